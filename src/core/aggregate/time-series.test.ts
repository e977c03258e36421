import { describe, expect, it } from 'vitest';
import { TradeTableBuilder, tableRow } from '../table/table-builder';
import { monthIndex, periodCode } from '../model/period';
import { FLOW_CODE } from '../model/trade-record';
import { metricAmount, OTHER_KEY } from './dashboard-series';
import { computeTimeSeries, emptyTimeSeries, seriesSteps, stepAmong, shownStep, stepsWithin, timeOfSeries } from './time-series';

type Row = [period: string, flow: 'export' | 'import', partner: string, usd: number, kg?: number];

/** `2023-05` a month, `2023-Q2` a quarter, `2023` a year. */
function code(period: string): number {
  const [y, sub] = period.split('-');
  if (sub === undefined) return periodCode(Number(y), 0);
  if (sub.startsWith('Q')) return periodCode(Number(y), 20 + Number(sub.slice(1)));
  return periodCode(Number(y), Number(sub));
}

function table(rows: Row[]) {
  const b = new TradeTableBuilder();
  for (const [period, flow, partner, usd, kg] of rows) b.append(tableRow(code(period), 'RU-KAM', FLOW_CODE[flow], partner, '0303670000', usd, kg ?? NaN));
  return b.finish().table;
}

const span = (from: [number, number], to: [number, number]) => ({ fromMonth: monthIndex(...from), toMonth: monthIndex(...to), measure: 'turnover' as const, partners: [] as string[] });

describe('computeTimeSeries', () => {
  it('restates dashboard-series.ts rules it may not import (no import cycle)', () => {
    const s = computeTimeSeries(table([['2023-01', 'export', 'CN', 1], ['2023-01', 'export', 'JP', 1]]), span([2023, 1], [2023, 12]), ['CN']);
    expect(Object.keys(s.partnersByMonth[0].values)).toEqual(['CN', OTHER_KEY]);
    expect(metricAmount({ usd: 5, kg: 2, weighed: 3 }, 'price')).toBe(1.5);
  });

  it('sums months into quarters, keeps quarterly rows, never spreads annual rows', () => {
    const t = table([
      ['2022', 'export', 'CN', 1200],
      ['2023-Q1', 'export', 'CN', 300],
      ['2023-Q1', 'import', 'KR', 30],
      ['2023-04', 'export', 'CN', 10],
      ['2023-05', 'export', 'JP', 20],
      ['2023-06', 'import', 'CN', 5],
      ['2023-11', 'export', 'CN', 7],
    ]);
    const s = computeTimeSeries(t, span([2022, 1], [2023, 12]), ['CN', 'JP']);
    expect(s.byQuarter).toEqual([
      { period: '2023-Q1', exports: 300, imports: 30, balance: 270 },
      { period: '2023-Q2', exports: 30, imports: 5, balance: 25 },
      { period: '2023-Q4', exports: 7, imports: 0, balance: 7 },
    ]);
    // Turnover by partner: the quarter keeps its rows, KR is «other».
    expect(s.partnersByQuarter.map((r) => [r.period, r.values, r.total])).toEqual([
      ['2023-Q1', { CN: 300, JP: 0, [OTHER_KEY]: 30 }, 330],
      ['2023-Q2', { CN: 15, JP: 20 }, 35],
      ['2023-Q4', { CN: 7, JP: 0 }, 7],
    ]);
    // Months only from monthly rows: the quarter's 300 is in no month.
    expect(s.partnersByMonth.map((r) => r.period)).toEqual(['2023-04', '2023-05', '2023-06', '2023-11']);
    expect(s.finest).toBe('month');
  });

  it('finds the finest step of the history span', () => {
    const annual = table([['2022', 'export', 'CN', 1], ['2023', 'import', 'CN', 2]]);
    const a = computeTimeSeries(annual, span([2022, 1], [2023, 12]), ['CN']);
    expect(a).toEqual({ ...emptyTimeSeries('year'), seasons: { years: [], months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, values: [] })) } });
    const quarterly = table([['2022', 'export', 'CN', 1], ['2023-Q2', 'export', 'CN', 2]]);
    expect(computeTimeSeries(quarterly, span([2022, 1], [2023, 12]), ['CN']).finest).toBe('quarter');
    // Outside the span, months do not count.
    const early = table([['2021-03', 'export', 'CN', 1], ['2023', 'export', 'CN', 2]]);
    expect(computeTimeSeries(early, span([2022, 1], [2023, 12]), ['CN']).finest).toBe('year');
    expect(computeTimeSeries(early, { ...span([2022, 1], [2023, 12]), historyFromMonth: monthIndex(2021, 1) }, ['CN']).finest).toBe('month');
  });

  it('seasons: the last five years with monthly rows, null where a month has none', () => {
    const rows: Row[] = [];
    for (let y = 2017; y <= 2024; y++) for (let m = 1; m <= (y === 2024 ? 3 : 12); m++) rows.push([`${y}-${String(m).padStart(2, '0')}`, 'export', 'CN', y * 100 + m]);
    rows.push(['2024-Q2', 'export', 'CN', 999]); // a quarter is in no month
    rows.push(['2024-02', 'import', 'CN', 1]);
    const s = computeTimeSeries(table(rows), span([2017, 1], [2024, 6]), ['CN']);
    expect(s.seasons.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(s.seasons.months).toHaveLength(12);
    expect(s.seasons.months[0]).toEqual({ month: 1, values: [202001, 202101, 202201, 202301, 202401] });
    expect(s.seasons.months[1].values[4]).toBe(202402 + 1);
    expect(s.seasons.months[4]).toEqual({ month: 5, values: [202005, 202105, 202205, 202305, null] });
    // The measure: exports alone leave the import out; three years asked for, three given.
    const exp = computeTimeSeries(table(rows), { ...span([2017, 1], [2024, 6]), measure: 'export' }, ['CN'], { seasonYears: 3 });
    expect(exp.seasons.years).toEqual([2022, 2023, 2024]);
    expect(exp.seasons.months[1].values).toEqual([202202, 202302, 202402]);
  });

  it('follows the filters: partners for flows, reporters and goods for all', () => {
    const b = new TradeTableBuilder();
    b.append(tableRow(periodCode(2023, 1), 'RU-KAM', 0, 'CN', '0303670000', 10));
    b.append(tableRow(periodCode(2023, 1), 'RU-KAM', 0, 'JP', '0303670000', 20));
    b.append(tableRow(periodCode(2023, 1), 'RU-KAM', 0, 'CN', '8901909000', 40));
    b.append(tableRow(periodCode(2023, 1), 'RU-PRI', 0, 'CN', '0303670000', 80));
    const t = b.finish().table;
    const s = computeTimeSeries(t, { ...span([2023, 1], [2023, 12]), partners: ['CN'], goods: ['03'], reporters: ['RU-KAM'] }, ['CN', 'JP']);
    expect(s.byQuarter).toEqual([{ period: '2023-Q1', exports: 10, imports: 0, balance: 10 }]);
    // Partner figures show every partner, whatever the partner filter (the share rule).
    expect(s.partnersByMonth).toEqual([{ period: '2023-01', values: { CN: 10, JP: 20 }, total: 30 }]);
    expect(s.seasons.months[0].values).toEqual([10]);
  });

  it('gives figures in the metric: tonnes of the rows that have one, prices as weighed value ÷ weight', () => {
    const rows: Row[] = [
      ['2023-01', 'export', 'CN', 100, 50],
      ['2023-02', 'export', 'CN', 300, 100],
      ['2023-02', 'export', 'JP', 999], // no weight: in no tonne and no price
      ['2023-02', 'import', 'JP', 40, 10],
    ];
    const w = computeTimeSeries(table(rows), { ...span([2023, 1], [2023, 12]), metric: 'weight' }, ['CN', 'JP']);
    expect(w.byQuarter).toEqual([{ period: '2023-Q1', exports: 150, imports: 10, balance: 140 }]);
    expect(w.partnersByMonth[1]).toEqual({ period: '2023-02', values: { CN: 100, JP: 10 }, total: 110 });
    expect(w.seasons.months.slice(0, 2).map((m) => m.values)).toEqual([[50], [110]]);
    const p = computeTimeSeries(table(rows), { ...span([2023, 1], [2023, 12]), metric: 'price' }, ['CN', 'JP']);
    expect(p.byQuarter[0].exports).toBeCloseTo(400 / 150);
    expect(p.byQuarter[0].imports).toBe(4);
    expect(p.byQuarter[0].balance).toBeNaN();
    expect(p.partnersByQuarter[0].values.CN).toBeCloseTo(400 / 150);
    expect(p.partnersByQuarter[0].total).toBeCloseTo(440 / 160);
    expect(p.seasons.months[1].values[0]).toBeCloseTo(340 / 110);
  });
});

describe('steps', () => {
  it('offers only the steps the data has and never draws finer', () => {
    expect(stepsWithin('year')).toEqual(['year']);
    expect(stepsWithin('quarter')).toEqual(['year', 'quarter']);
    expect(stepsWithin('month')).toEqual(['year', 'quarter', 'month']);
    expect(shownStep('month', 'quarter')).toBe('quarter');
    expect(shownStep('quarter', 'month')).toBe('quarter');
    expect(shownStep('month', 'year')).toBe('year');
  });

  it('reads a series without time figures as years, and months when it has them', () => {
    expect(timeOfSeries({ byMonth: [] }).finest).toBe('year');
    const old = timeOfSeries({ byMonth: [{}] });
    expect(old.finest).toBe('month');
    // No quarter figures: quarter is not offered, and asked for, the months' coarser neighbour is years.
    expect(seriesSteps(old)).toEqual(['year', 'month']);
    expect(stepAmong('quarter', seriesSteps(old))).toBe('year');
    expect(stepAmong('month', seriesSteps(old))).toBe('month');
    expect(stepAmong('month', seriesSteps(emptyTimeSeries('year')))).toBe('year');
  });
});
