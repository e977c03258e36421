import { describe, expect, it } from 'vitest';
import { TradeTableBuilder, tableRow } from '../table/table-builder';
import { monthIndex, periodCode } from '../model/period';
import { FLOW_CODE } from '../model/trade-record';
import { computePartnerProfile, periodAtStep } from './partner-profile';
import type { DashboardFilter } from './dashboard-series';

type Row = [period: string, flow: 'export' | 'import', partner: string, usd: number, commodity?: string, kg?: number];

/** `2023-05` a month, `2023-Q2` a quarter, `2023` a year. */
function code(period: string): number {
  const [y, sub] = period.split('-');
  if (sub === undefined) return periodCode(Number(y), 0);
  if (sub.startsWith('Q')) return periodCode(Number(y), 20 + Number(sub.slice(1)));
  return periodCode(Number(y), Number(sub));
}

function table(rows: Row[]) {
  const b = new TradeTableBuilder();
  for (const [period, flow, partner, usd, commodity, kg] of rows) b.append(tableRow(code(period), 'RU-KAM', FLOW_CODE[flow], partner, commodity ?? '0303670000', usd, kg ?? NaN));
  return b.finish().table;
}

const filter = (over: Partial<DashboardFilter> = {}): DashboardFilter => ({
  fromMonth: monthIndex(2023, 1),
  toMonth: monthIndex(2023, 12),
  measure: 'turnover',
  partners: [],
  historyFromMonth: monthIndex(2021, 1),
  historyToMonth: monthIndex(2023, 12),
  ...over,
});

// Three years of months: CN, KR, JP, both flows, two chapters.
const rows: Row[] = [];
for (let y = 2021; y <= 2023; y++)
  for (let m = 1; m <= 12; m++) {
    const p = `${y}-${String(m).padStart(2, '0')}`;
    rows.push([p, 'export', 'CN', 1000 * y + m, '0303670000']);
    rows.push([p, 'import', 'CN', 10 * m, '8901909000']);
    rows.push([p, 'export', 'KR', (y - 2020) * 700 + m, '0303670000']);
    rows.push([p, 'export', 'JP', y === 2023 ? 3000 : 50, '1605210000']);
    rows.push([p, 'import', 'JP', 5, '8901909000']);
  }
const t = table(rows);
const sum = (pick: (r: Row) => boolean) => rows.filter(pick).reduce((a, r) => a + r[3], 0);
const inYear = (y: number) => (r: Row) => r[0].startsWith(`${y}`);

describe('computePartnerProfile', () => {
  it('shares by year: the partner over every partner, against hand sums', () => {
    const p = computePartnerProfile(t, filter(), 'CN', 'year');
    expect(p.step).toBe('year');
    expect(p.finest).toBe('month');
    expect(p.shares.map((s) => s.period)).toEqual(['2021', '2022', '2023']);
    for (const s of p.shares) {
      const y = Number(s.period);
      const cn = sum((r) => inYear(y)(r) && r[2] === 'CN');
      const all = sum(inYear(y));
      expect(s.value).toBe(cn);
      expect(s.total).toBe(all);
      expect(s.share).toBeCloseTo(cn / all, 12);
    }
  });

  it('exports only: shares of exports, flows with the partner by quarter and month', () => {
    const p = computePartnerProfile(t, filter({ measure: 'export' }), 'CN', 'quarter');
    expect(p.step).toBe('quarter');
    expect(p.shares).toHaveLength(12);
    const q2 = p.shares.find((s) => s.period === '2022-Q2')!;
    const inQ2 = (r: Row) => ['2022-04', '2022-05', '2022-06'].includes(r[0]) && r[1] === 'export';
    expect(q2.value).toBe(sum((r) => inQ2(r) && r[2] === 'CN'));
    expect(q2.total).toBe(sum(inQ2));
    // Flows with China: both flows whatever the measure.
    const f = p.flows.find((x) => x.period === '2022-Q2')!;
    expect(f.exports).toBe(sum((r) => inQ2(r) && r[2] === 'CN'));
    expect(f.imports).toBe(10 * (4 + 5 + 6));
    expect(f.balance).toBe(f.exports - f.imports);
    const monthly = computePartnerProfile(t, filter(), 'KR', 'month');
    expect(monthly.shares).toHaveLength(36);
    expect(monthly.flows.every((x) => x.imports === 0)).toBe(true);
  });

  it('the partner filter of the view does not change the shares (the share rule)', () => {
    const a = computePartnerProfile(t, filter(), 'CN', 'year');
    const b = computePartnerProfile(t, filter({ partners: ['KR'] }), 'CN', 'year');
    expect(b).toEqual(a);
  });

  it('rank among partners: in the period and in each period', () => {
    // 2023: CN ≈ 24.3 M, JP 36 k + 60, KR ≈ 25 k → CN 1, JP 2, KR 3; 2021: JP (660) is third.
    const jp = computePartnerProfile(t, filter(), 'JP', 'year');
    expect(jp.period.rank).toBe(2);
    expect(jp.period.partners).toBe(3);
    expect(jp.shares.map((s) => s.rank)).toEqual([3, 3, 2]);
    expect(jp.period.value).toBe(sum((r) => inYear(2023)(r) && r[2] === 'JP'));
    expect(jp.period.exports).toBe(36_000);
    expect(jp.period.imports).toBe(60);
    expect(computePartnerProfile(t, filter(), 'CN', 'year').period.rank).toBe(1);
    // A partner that did not trade: no rank, no share.
    const none = computePartnerProfile(t, filter(), 'US', 'year');
    expect(none.period.rank).toBeNull();
    expect(none.period.value).toBe(0);
    expect(none.shares.every((s) => s.share === 0 && s.rank === null)).toBe(true);
    expect(none.goods).toEqual([]);
  });

  it('goods at the goods chart level: chapters, or the level below hs=', () => {
    const p = computePartnerProfile(t, filter(), 'CN', 'year');
    expect(p.goodsLevel).toBe('hs2');
    const exp = sum((r) => inYear(2023)(r) && r[2] === 'CN' && r[1] === 'export');
    const imp = sum((r) => inYear(2023)(r) && r[2] === 'CN' && r[1] === 'import');
    expect(p.goods).toEqual([
      { key: '03', value: exp, share: exp / (exp + imp) },
      { key: '89', value: imp, share: imp / (exp + imp) },
    ]);
    const drilled = computePartnerProfile(t, filter({ goods: ['03'] }), 'CN', 'year');
    expect(drilled.goodsLevel).toBe('hs4');
    expect(drilled.goods).toEqual([{ key: '0303', value: exp, share: 1 }]);
    // Goods chosen filter the shares too: CN's share of trade in chapter 03.
    const s2023 = drilled.shares.find((s) => s.period === '2023')!;
    expect(s2023.total).toBe(sum((r) => inYear(2023)(r) && r[4]!.startsWith('03')));
  });

  it('quarterly rows are never spread over months; annual rows never over quarters', () => {
    const q = table([
      ['2022', 'export', 'CN', 1200],
      ['2022', 'export', 'KR', 800],
      ['2023-Q1', 'export', 'CN', 300],
      ['2023-Q1', 'export', 'KR', 100],
      ['2023-Q2', 'export', 'CN', 50],
      ['2023-Q2', 'import', 'KR', 150],
    ]);
    const f = filter({ historyFromMonth: monthIndex(2022, 1), toMonth: monthIndex(2023, 6) });
    const byMonth = computePartnerProfile(q, f, 'CN', 'month');
    expect(byMonth.finest).toBe('quarter');
    expect(byMonth.step).toBe('quarter');
    expect(byMonth.shares).toEqual([
      { period: '2023-Q1', value: 300, total: 400, share: 0.75, rank: 1 },
      { period: '2023-Q2', value: 50, total: 200, share: 0.25, rank: 2 },
    ]);
    const byYear = computePartnerProfile(q, f, 'CN', 'year');
    expect(byYear.shares.map((s) => [s.period, s.value, s.total])).toEqual([
      ['2022', 1200, 2000],
      ['2023', 350, 600],
    ]);
    expect(periodAtStep('2023', 'quarter')).toBeNull();
    expect(periodAtStep('2023-Q3', 'month')).toBeNull();
    expect(periodAtStep('2023-08', 'quarter')).toBe('2023-Q3');
    expect(periodAtStep('2023-Q3', 'year')).toBe('2023');
  });

  it('weights and unit values: shares of tonnes, none for prices', () => {
    const w = table([
      ['2023-01', 'export', 'CN', 100, '0303670000', 40],
      ['2023-01', 'export', 'KR', 300, '0303670000', 10],
      ['2023-01', 'import', 'KR', 50],
    ]);
    const f = filter({ historyFromMonth: monthIndex(2023, 1) });
    const kg = computePartnerProfile(w, { ...f, metric: 'weight' }, 'CN', 'year');
    expect(kg.shares[0]).toEqual({ period: '2023', value: 40, total: 50, share: 0.8, rank: 1 });
    const price = computePartnerProfile(w, { ...f, metric: 'price' }, 'KR', 'year');
    expect(price.shares[0].value).toBe(30);
    expect(price.shares[0].share).toBeNaN();
    expect(price.period.rank).toBe(1);
  });
});
