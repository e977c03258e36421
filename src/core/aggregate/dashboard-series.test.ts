import { describe, expect, it } from 'vitest';
import { TradeTableBuilder, tableRow } from '../table/table-builder';
import { computeDashboardSeries, OTHER_KEY } from './dashboard-series';
import { monthIndex, periodCode } from '../model/period';
import { FLOW_CODE } from '../model/trade-record';

function table(rows: [string, 'export' | 'import', string, string, number][]) {
  const b = new TradeTableBuilder();
  for (const [period, flow, partner, commodity, value] of rows) {
    const [y, m] = period.split('-').map(Number);
    b.append(tableRow(periodCode(y, m ?? 0), 'RU-KAM', FLOW_CODE[flow], partner, commodity, value, NaN));
  }
  return b.finish().table;
}

const all = { fromMonth: monthIndex(2019, 1), toMonth: monthIndex(2020, 12), measure: 'turnover' as const, partners: [] };

describe('computeDashboardSeries', () => {
  const t = table([
    ['2019-01', 'export', 'CN', '0303', 100],
    ['2019-01', 'import', 'KR', '8901', 50],
    ['2020-01', 'export', 'CN', '0303', 300],
    ['2020-02', 'export', 'JP', '0303', 100],
    ['2020-02', 'import', 'CN', '2710', 100],
    ['2020-02', 'export', 'W00', 'TOTAL', 999999], // aggregate: must not be added
  ]);

  it('sums flows, turnover and balance for the period, leaving aggregates out', () => {
    const s = computeDashboardSeries(t, { ...all, fromMonth: monthIndex(2020, 1) }, { dataFirstMonth: monthIndex(2019, 1), dataLastMonth: monthIndex(2020, 12) });
    expect(s.current).toEqual({ exports: 400, imports: 100, turnover: 500, balance: 300 });
    expect(s.previous).toEqual({ exports: 100, imports: 50, turnover: 150, balance: 50 });
    expect(s.partnerShares.find((p) => p.key === 'CN')?.share).toBeCloseTo(0.8);
  });

  it('compares only the same months a year earlier, and only when the data covers them', () => {
    const janFeb2020 = { ...all, fromMonth: monthIndex(2020, 1), toMonth: monthIndex(2020, 2) };
    const s = computeDashboardSeries(t, janFeb2020, { dataFirstMonth: monthIndex(2019, 1), dataLastMonth: monthIndex(2020, 12) });
    expect(s.previous?.turnover).toBe(150);
    const uncovered = computeDashboardSeries(t, janFeb2020, { dataFirstMonth: monthIndex(2019, 6), dataLastMonth: monthIndex(2020, 12) });
    expect(uncovered.previous).toBeNull();
  });

  it('filters by flow measure and partners; a partner keeps its share of all partners', () => {
    const exports = computeDashboardSeries(t, { ...all, measure: 'export' });
    expect(exports.partnerShares.map((p) => [p.key, p.value])).toEqual([['CN', 400], ['JP', 100]]);
    const onlyKr = computeDashboardSeries(t, { ...all, partners: ['KR'] });
    expect(onlyKr.current.turnover).toBe(50);
    expect(onlyKr.partnerCount).toBe(1);
    // The share rule: partners are what the chart shows, so the partner filter is not its base.
    expect(onlyKr.partnerShares.find((p) => p.key === 'KR')).toMatchObject({ key: 'KR', value: 50, share: 50 / 650 });
    // The goods chart shows the goods of trade with KR alone.
    expect(onlyKr.goodsShares).toMatchObject([{ key: '89', value: 50, share: 1 }]);
    // The whole KR's figures are a share of: every partner, same period and reporter.
    expect(onlyKr.whole).toEqual({ exports: 500, imports: 150, turnover: 650, balance: 350 });
    expect(computeDashboardSeries(t, all).whole).toBeNull();
  });

  it('filters by HS chapter; the goods chart shows the level below it, each a share of the chapter', () => {
    const fish = computeDashboardSeries(t, { ...all, goods: ['03'] });
    expect(fish.current).toMatchObject({ exports: 500, imports: 0 });
    expect(fish.goodsLevel).toBe('hs4');
    expect(fish.goodsShares.map((c) => [c.key, c.share])).toEqual([['0303', 1]]);
    expect(fish.partnerShares.map((p) => p.key)).toEqual(['CN', 'JP']);
    // With no goods chosen: every chapter's share of all goods.
    const allGoods = computeDashboardSeries(t, all);
    expect(allGoods.goodsLevel).toBe('hs2');
    expect(allGoods.goodsShares.map((c) => [c.key, c.share])).toEqual([['03', 500 / 650], ['27', 100 / 650], ['89', 50 / 650]]);
  });

  it('names a chosen partner outside the top N instead of hiding it in «other»', () => {
    const many = table(Array.from({ length: 12 }, (_, i) => ['2020-01', 'export', `A${String.fromCharCode(65 + i)}`, '03', 10 + i] as [string, 'export', string, string, number]));
    const s = computeDashboardSeries(many, { ...all, partners: ['AA'] }, { topPartners: 5 });
    expect(s.partnerShares.map((p) => p.key)).toEqual(['AL', 'AK', 'AJ', 'AI', 'AH', 'AA', OTHER_KEY]);
    expect(s.partnerShares.reduce((a, p) => a + p.share, 0)).toBeCloseTo(1);
  });

  it('groups partners beyond the top N into "other" and yearly shares add up', () => {
    const many = table(Array.from({ length: 12 }, (_, i) => ['2020-01', 'export', `A${String.fromCharCode(65 + i)}`, '03', 10 + i] as [string, 'export', string, string, number]));
    const s = computeDashboardSeries(many, all, { topPartners: 5 });
    expect(s.partnerShares).toHaveLength(6);
    expect(s.partnerShares.at(-1)?.key).toBe(OTHER_KEY);
    expect(s.partnerShares.reduce((a, p) => a + p.share, 0)).toBeCloseTo(1);
    const year = s.partnerSharesByYear[0];
    expect(Object.values(year.values).reduce((a, b) => a + b, 0)).toBe(year.total);
  });

  it('spans the over-time series over the history while the figures stay in the period', () => {
    const s = computeDashboardSeries(t, { ...all, fromMonth: monthIndex(2020, 2), toMonth: monthIndex(2020, 2), historyFromMonth: monthIndex(2019, 1), historyToMonth: monthIndex(2020, 12) });
    expect(s.current.turnover).toBe(200);
    expect(s.byYear.map((y) => y.year)).toEqual([2019, 2020]);
    expect(s.byMonth).toHaveLength(24);
    // The stack shows the period's top partners; KR traded only outside it, so it counts as «other».
    expect(s.partnerSharesByYear[0].values).toEqual({ CN: 100, JP: 0, other: 50 });
  });

  it('keys the stack with «other» whenever some year has it, even when the period has none', () => {
    // February 2020: CN and JP only; KR traded in 2019, so 2019's stack needs «other».
    const s = computeDashboardSeries(t, { ...all, fromMonth: monthIndex(2020, 2), toMonth: monthIndex(2020, 2), historyFromMonth: monthIndex(2019, 1), historyToMonth: monthIndex(2020, 12) });
    expect(s.partnerShares.map((p) => p.key)).toEqual(['CN', 'JP']);
    expect(s.partnerKeys).toEqual(['CN', 'JP', OTHER_KEY]);
    for (const year of s.partnerSharesByYear) expect(s.partnerKeys.reduce((a, k) => a + year.values[k], 0)).toBe(year.total);
    // Within the period's top alone, no «other» key is added.
    expect(computeDashboardSeries(t, { ...all, fromMonth: monthIndex(2020, 2), toMonth: monthIndex(2020, 2) }).partnerKeys).toEqual(['CN', 'JP']);
  });

  it('gives monthly and yearly series', () => {
    const s = computeDashboardSeries(t, all);
    expect(s.byYear.map((y) => [y.year, y.exports, y.imports])).toEqual([[2019, 100, 50], [2020, 400, 100]]);
    expect(s.byMonth).toHaveLength(24);
    expect(s.byMonth[13]).toEqual({ month: '2020-02', exports: 100, imports: 100, balance: 0 });
    expect(s.goodsShares.map((c) => c.key)).toEqual(['03', '27', '89']);
  });
});

describe('computeDashboardSeries: metrics and the drill-down', () => {
  // Weights: one pollock row without one (its value counts, its weight is unknown, never 0).
  const b = new TradeTableBuilder();
  const rows: [string, 'export' | 'import', string, string, number, number][] = [
    ['2024-01', 'export', 'CN', '0303670000', 1000, 500],
    ['2024-02', 'export', 'CN', '0303670000', 600, NaN],
    ['2024-01', 'export', 'KR', '0303670000', 900, 300],
    ['2024-01', 'export', 'KR', '0304750000', 2000, 400],
    ['2024-01', 'import', 'JP', '8901909000', 5000, 100_000],
  ];
  for (const [period, flow, partner, commodity, value, kg] of rows) {
    const [y, m] = period.split('-').map(Number);
    b.append(tableRow(periodCode(y, m), 'RU-KAM', FLOW_CODE[flow], partner, commodity, value, kg));
  }
  const t = b.finish().table;
  const year = { fromMonth: monthIndex(2024, 1), toMonth: monthIndex(2024, 12), measure: 'turnover' as const, partners: [] };

  it('sums known weights only and says how much value has none', () => {
    const s = computeDashboardSeries(t, { ...year, metric: 'weight' });
    expect(s.current).toEqual({ exports: 1200, imports: 100_000, turnover: 101_200, balance: -98_800 });
    expect(s.weightCoverage).toEqual({ valueUsd: 9500, unweighedUsd: 600 });
    expect(s.partnerShares.find((p) => p.key === 'CN')).toMatchObject({ value: 500, share: 500 / 101_200 });
  });

  it('gives unit values as weighed value ÷ weight, with no shares and no balance', () => {
    const s = computeDashboardSeries(t, { ...year, metric: 'price' });
    expect(s.current.exports).toBeCloseTo((1000 + 900 + 2000) / 1200);
    expect(s.current.balance).toBeNaN();
    const pollock = computeDashboardSeries(t, { ...year, metric: 'price', goods: ['030367'] }).goodsShares;
    expect(pollock).toHaveLength(1);
    expect(pollock[0]).toMatchObject({ key: '0303670000', value: 1900 / 800, detail: { valueUsd: 2500, knownKg: 800, weighedUsd: 1900 } });
    expect(pollock[0].share).toBeNaN();
  });

  it('drills from chapters to headings, subheadings and 10-digit lines, each a share of the goods chosen', () => {
    const fish = computeDashboardSeries(t, { ...year, goods: ['03'] });
    expect(fish.goodsLevel).toBe('hs4');
    expect(fish.goodsShares.map((g) => [g.key, g.value, g.share])).toEqual([['0303', 2500, 2500 / 4500], ['0304', 2000, 2000 / 4500]]);
    expect(computeDashboardSeries(t, { ...year, goods: ['0303'] }).goodsShares.map((g) => g.key)).toEqual(['030367']);
    // Sections on request when nothing is chosen.
    expect(computeDashboardSeries(t, { ...year, goodsTop: 'section' }).goodsShares.map((g) => g.key)).toEqual(['XVII', 'I']);
  });

  it('tabulates the chart’s goods by their top partners; each row adds up to its goods', () => {
    const s = computeDashboardSeries(t, { ...year, goods: ['03'] }, { matrixPartners: 1 });
    expect(s.goodsByPartner.goods).toEqual(['0303', '0304']);
    expect(s.goodsByPartner.partners).toEqual(['KR', 'other']);
    expect(s.goodsByPartner.cells).toEqual([[900, 1600], [2000, 0]]);
    expect(s.goodsByPartner.rowTotals).toEqual([2500, 2000]);
  });
});

describe('computeDashboardSeries: supplementary quantities of the goods', () => {
  it('gives each drilled goods row its quantities per unit, never added across units', () => {
    const b = new TradeTableBuilder();
    b.append(tableRow(periodCode(2024, 3), 'RU-KAM', FLOW_CODE.import, 'JP', '8901909000', 5_000_000, 800_000, { quantity: 2, unit: 'ШТУКА' }));
    b.append(tableRow(periodCode(2024, 4), 'RU-KAM', FLOW_CODE.import, 'KR', '8901909000', 3_000_000, 500_000, { quantity: 1, unit: 'ШТУКА' }));
    b.append(tableRow(periodCode(2024, 4), 'RU-KAM', FLOW_CODE.import, 'KR', '8905200000', 9_000_000, 2_000_000, { quantity: 1, unit: 'ШТУКА' }));
    b.append(tableRow(periodCode(2024, 5), 'RU-KAM', FLOW_CODE.import, 'CN', '8901909000', 100, 10, { quantity: 40, unit: 'ЛИТР' }));
    const s = computeDashboardSeries(b.finish().table, { fromMonth: monthIndex(2024, 1), toMonth: monthIndex(2024, 12), measure: 'import', partners: [], goods: ['89'] });
    const vessels = s.goodsShares.find((g) => g.key === '8901')!;
    expect(vessels.detail?.quantity).toHaveLength(2);
    expect(vessels.detail?.quantity).toEqual(expect.arrayContaining([{ unit: 'ШТУКА', value: 3 }, { unit: 'ЛИТР', value: 40 }]));
    expect(s.goodsShares.find((g) => g.key === '8905')?.detail?.quantity).toEqual([{ unit: 'ШТУКА', value: 1 }]);
  });
});

describe('computeDashboardSeries: any comparison base', () => {
  const b = new TradeTableBuilder();
  for (const [y, v] of [[2019, 100], [2020, 150], [2021, 200], [2024, 300]] as const) b.append(tableRow(periodCode(y, 3), 'RU-KAM', FLOW_CODE.export, 'CN', '03', v, NaN));
  const t = b.finish().table;
  const data = { dataFirstMonth: monthIndex(2019, 1), dataLastMonth: monthIndex(2024, 12) };
  const y2024 = { fromMonth: monthIndex(2024, 1), toMonth: monthIndex(2024, 12), measure: 'turnover' as const, partners: [] };

  it('compares with the base chosen, not only the previous year', () => {
    expect(computeDashboardSeries(t, y2024, data).previous).toMatchObject({ exports: 0 });
    const vs2021 = computeDashboardSeries(t, { ...y2024, baseFromMonth: monthIndex(2021, 1), baseToMonth: monthIndex(2021, 12) }, data);
    expect(vs2021.previous).toMatchObject({ exports: 200 });
  });

  it('gives no base the data does not fully cover, never a partial one', () => {
    const partly = computeDashboardSeries(t, { ...y2024, baseFromMonth: monthIndex(2018, 7), baseToMonth: monthIndex(2019, 6) }, data);
    expect(partly.previous).toBeNull();
  });
});

describe('computeDashboardSeries: the comparison with the base', () => {
  const b = new TradeTableBuilder();
  const rows: [number, string, string, number, number][] = [
    [2023, 'CN', '0303670000', 1000, 1000],
    [2023, 'KR', '0303670000', 500, 500],
    [2024, 'CN', '0303670000', 1800, 1200],
    [2024, 'KR', '0303670000', 300, 300],
    [2024, 'JP', '0304750000', 400, NaN],
  ];
  for (const [y, partner, code, value, kg] of rows) b.append(tableRow(periodCode(y, 6), 'RU-KAM', FLOW_CODE.export, partner, code, value, kg));
  const t = b.finish().table;
  const data = { dataFirstMonth: monthIndex(2023, 1), dataLastMonth: monthIndex(2024, 12) };
  const s = computeDashboardSeries(t, { fromMonth: monthIndex(2024, 1), toMonth: monthIndex(2024, 12), measure: 'export', partners: [], goods: ['03'] }, data);

  it('gives every partner and goods row now and in the base', () => {
    expect(s.comparison).toMatchObject({ from: '2023-01', to: '2023-12', covered: true });
    expect(new Map(s.comparison.partners.now)).toEqual(new Map([['CN', 1800], ['KR', 300], ['JP', 400]]));
    expect(new Map(s.comparison.partners.then)).toEqual(new Map([['CN', 1000], ['KR', 500]]));
    expect(new Map(s.comparison.goods.then)).toEqual(new Map([['0303', 1500]]));
  });

  it('splits the change of value into volume, price and the value without weight, per goods row too', () => {
    const pv = s.comparison.priceVolume;
    expect(pv.changeUsd).toBe(2500 - 1500);
    expect(pv.volumeUsd + pv.priceUsd + pv.unexplainedUsd).toBe(pv.changeUsd);
    // JP's fillets have no weight: not decomposed.
    expect(pv.unexplainedUsd).toBe(400);
    // Pollock: 1500 kg at 1 $/kg → 1500 kg at 1.4 $/kg: volume 0, price +600.
    const pollock = new Map(s.comparison.goodsPriceVolume).get('0303')!;
    expect(pollock).toEqual({ changeUsd: 600, volumeUsd: 0, priceUsd: 600, unexplainedUsd: 0 });
  });
});
