import { describe, expect, it } from 'vitest';
import type { Comparison, DashboardSeries } from '../../../core/aggregate/dashboard-series';
import { DEFAULT_PARTNER_SORT, nextPartnerSort, partnerTableRows, searchPartnerRows, sortPartnerRows } from './partner-table-data';

const NAMES: Record<string, string> = { CN: 'Китай', KR: 'Республика Корея', JP: 'Япония', FO: 'Фарерские острова', BE: 'Бельгия', NE: 'Нёвия' };
const comparison = (covered: boolean, now: [string, number][], then: [string, number][]): Comparison => ({
  from: '2023-01',
  to: '2023-12',
  covered,
  amountMetric: 'value',
  partners: { now, then },
  goods: { now: [], then: [] },
  priceVolume: { changeUsd: 0, volumeUsd: 0, priceUsd: 0, unexplainedUsd: 0 },
  baseWeighedUsd: 0,
  goodsPriceVolume: [],
});

const partnersAll: DashboardSeries['partnersAll'] = [
  { key: 'CN', valueUsd: 600, knownKg: 100, weighedUsd: 500 },
  { key: 'KR', valueUsd: 250, knownKg: 400, weighedUsd: 250 },
  { key: 'JP', valueUsd: 100, knownKg: 0, weighedUsd: 0 },
  { key: 'FO', valueUsd: 50, knownKg: 10, weighedUsd: 50 },
];
const series = (metric: DashboardSeries['metric'] = 'value', covered = true): Pick<DashboardSeries, 'partnersAll' | 'comparison' | 'metric'> => ({
  metric,
  partnersAll,
  comparison: comparison(
    covered,
    partnersAll.map((p) => [p.key, p.valueUsd]),
    [
      ['CN', 700],
      ['KR', 100],
      ['FO', 0.0],
      ['BE', 30],
    ],
  ),
});
const label = (c: string) => NAMES[c] ?? c;

describe('partner table rows', () => {
  it('every partner ranked, with its share, change and growth against the base', () => {
    const rows = partnerTableRows(series(), label);
    expect(rows.map((r) => [r.key, r.rank, r.value, r.share, r.base, r.change, r.growth])).toEqual([
      ['CN', 1, 600, 0.6, 700, -100, -100 / 700],
      ['KR', 2, 250, 0.25, 100, 150, 1.5],
      ['JP', 3, 100, 0.1, 0, 100, null],
      ['FO', 4, 50, 0.05, 0, 50, null],
    ]);
  });

  it('under weights: tonnes ranked by weight; under prices: no shares', () => {
    const w = partnerTableRows(series('weight'), label);
    expect(w.map((r) => [r.key, r.rank, r.value])).toEqual([
      ['KR', 1, 400],
      ['CN', 2, 100],
      ['FO', 3, 10],
      ['JP', 4, 0],
    ]);
    expect(w[0].share).toBeCloseTo(400 / 510, 12);
    const p = partnerTableRows(series('price'), label);
    expect(p[0].value).toBe(5);
    expect(p.every((r) => Number.isNaN(r.share))).toBe(true);
    expect(p.find((r) => r.key === 'JP')!.value).toBeNaN();
  });

  it('no base covered: no change, said by nulls', () => {
    const rows = partnerTableRows(series('value', false), label);
    expect(rows.every((r) => r.change === null && r.base === null && r.growth === null)).toBe(true);
    expect(sortPartnerRows(rows, { key: 'change', descending: true }, 'ru').map((r) => r.key)).toEqual(['CN', 'KR', 'JP', 'FO']);
  });

  it('sorts by any column, largest change first; rows without a figure last', () => {
    const rows = partnerTableRows(series(), label);
    expect(sortPartnerRows(rows, DEFAULT_PARTNER_SORT, 'ru').map((r) => r.key)).toEqual(['CN', 'KR', 'JP', 'FO']);
    expect(sortPartnerRows(rows, { key: 'change', descending: true }, 'ru').map((r) => r.key)).toEqual(['KR', 'JP', 'FO', 'CN']);
    expect(sortPartnerRows(rows, { key: 'change', descending: false }, 'ru').map((r) => r.key)).toEqual(['CN', 'FO', 'JP', 'KR']);
    expect(sortPartnerRows(rows, { key: 'growth', descending: true }, 'ru').map((r) => r.key)).toEqual(['KR', 'CN', 'JP', 'FO']);
    expect(sortPartnerRows(rows, { key: 'growth', descending: false }, 'ru').map((r) => r.key)).toEqual(['CN', 'KR', 'JP', 'FO']);
    expect(sortPartnerRows(rows, { key: 'name', descending: false }, 'ru').map((r) => r.label)).toEqual(['Китай', 'Республика Корея', 'Фарерские острова', 'Япония']);
    expect(sortPartnerRows(rows, { key: 'weight', descending: true }, 'ru').map((r) => r.key)).toEqual(['KR', 'CN', 'FO', 'JP']);
  });

  it('a header click: the same column flips, a new one starts largest first', () => {
    expect(nextPartnerSort(DEFAULT_PARTNER_SORT, 'change')).toEqual({ key: 'change', descending: true });
    expect(nextPartnerSort({ key: 'change', descending: true }, 'change')).toEqual({ key: 'change', descending: false });
    expect(nextPartnerSort({ key: 'change', descending: true }, 'name')).toEqual({ key: 'name', descending: false });
    expect(nextPartnerSort({ key: 'name', descending: false }, 'rank')).toEqual({ key: 'rank', descending: false });
  });

  it('searches names with ё = е and any case, and codes', () => {
    const rows = partnerTableRows({ ...series(), partnersAll: [...partnersAll, { key: 'NE', valueUsd: 1, knownKg: 0, weighedUsd: 0 }] }, label);
    expect(searchPartnerRows(rows, 'кор').map((r) => r.key)).toEqual(['KR']);
    expect(searchPartnerRows(rows, '  КОР ').map((r) => r.key)).toEqual(['KR']);
    expect(searchPartnerRows(rows, 'нев').map((r) => r.key)).toEqual(['NE']);
    expect(searchPartnerRows(rows, 'нёв').map((r) => r.key)).toEqual(['NE']);
    expect(searchPartnerRows(rows, 'cn').map((r) => r.key)).toEqual(['CN']);
    expect(searchPartnerRows(rows, 'ос').map((r) => r.key)).toEqual(['FO']);
    expect(searchPartnerRows(rows, '')).toHaveLength(5);
    expect(searchPartnerRows(rows, 'zz')).toEqual([]);
  });
});
