// Every chart's numbers for one view, each a query of the query core
// (query/trade-query.ts) — on the chapter roll-up, so a filter click reads cells,
// not rows (docs/quality.md: ≤ 20 ms per million rows). Components receive these
// ready series and only draw them.
//
// Shares follow the query's rule: the partner charts show every partner's share of
// all partners even when partners are filtered (the chart highlights the chosen
// ones), and the goods chart shows every chapter's share of the goods traded with
// the chosen partners.

import type { Flow } from '../model/trade-record';
import { monthKey, parseCanonicalPeriod, periodMonthSpan } from '../model/period';
import type { TradeTable } from '../table/trade-table';
import { queryTable } from '../query/roll-up';
import type { TradeFilter } from '../query/trade-query';
import { topWithOther } from './top-with-other';

export type FlowMeasure = 'turnover' | 'export' | 'import';

export interface DashboardFilter {
  /** Inclusive month-index range (model/period.ts monthIndex). */
  fromMonth: number;
  toMonth: number;
  measure: FlowMeasure;
  /** ISO alpha-2 codes; empty = all partners. */
  partners: readonly string[];
  /** HS chapters (`03`); empty = all goods. */
  chapters?: readonly string[];
  /** Reporter codes; empty or absent = every reporter. */
  reporters?: readonly string[];
  /** Months the over-time series span (the whole data by default), so history stays visible around the period. */
  historyFromMonth?: number;
  historyToMonth?: number;
}

export interface FlowTotals {
  exportUsd: number;
  importUsd: number;
  turnoverUsd: number;
  balanceUsd: number;
}

export interface ShareSlice {
  /** ISO alpha-2 (HS chapter for goods, `TOTAL` for goods not specified), or OTHER_KEY for everything outside the top N. */
  key: string;
  valueUsd: number;
  share: number;
}

export const OTHER_KEY = 'other';

export interface DashboardSeries {
  current: FlowTotals;
  /** The same months one year earlier; null when the data does not cover them. */
  previous: FlowTotals | null;
  /**
   * The period's totals of the reporter(s) without the partner and goods filters — the whole
   * a filtered figure is a share of; null when neither filter is set (then it is `current`).
   */
  whole: FlowTotals | null;
  partnerShares: ShareSlice[];
  /** Per year over the history span: value by partner key (top partners of the period + OTHER_KEY). */
  partnerKeys: string[];
  partnerSharesByYear: { year: number; values: Record<string, number>; totalUsd: number }[];
  byYear: { year: number; exportUsd: number; importUsd: number; balanceUsd: number }[];
  /** Empty when the data has no monthly rows. */
  byMonth: { month: string; exportUsd: number; importUsd: number; balanceUsd: number }[];
  chapterShares: ShareSlice[];
  /** Distinct partners with a non-zero value in the view. */
  partnerCount: number;
}

export interface SeriesOptions {
  topPartners: number;
  topChapters: number;
  /** Coverage of the dataset, to know whether last year's months exist. */
  dataFirstMonth: number;
  dataLastMonth: number;
}

const DEFAULT_OPTIONS: SeriesOptions = { topPartners: 8, topChapters: 10, dataFirstMonth: 0, dataLastMonth: Number.MAX_SAFE_INTEGER };

export function computeDashboardSeries(t: TradeTable, filter: DashboardFilter, options: Partial<SeriesOptions> = {}): DashboardSeries {
  const opt = { ...DEFAULT_OPTIONS, ...options };
  const from = filter.fromMonth;
  const to = filter.toMonth;
  const histFrom = Math.min(from, filter.historyFromMonth ?? from);
  const histTo = Math.max(to, filter.historyToMonth ?? to);
  const measured: Flow[] = filter.measure === 'turnover' ? ['export', 'import'] : [filter.measure];
  const nonEmpty = (list: readonly string[] | undefined) => (list && list.length > 0 ? list : null);
  const partners = nonEmpty(filter.partners);
  const common: TradeFilter = { reporters: nonEmpty(filter.reporters), commodities: nonEmpty(filter.chapters) };
  const inPeriod: TradeFilter = { ...common, partners, fromMonth: from, toMonth: to };
  const inHistory: TradeFilter = { ...common, partners, fromMonth: histFrom, toMonth: histTo };
  const q = (f: TradeFilter, by: Parameters<typeof queryTable>[1]['by']) => queryTable(t, { filter: f, by, amounts: 'value' }).rows;

  // One query by month × flow over all time gives the key figures, last year's and the
  // over-time series: each key says which months it covers (a quarter or year row keeps its
  // own key, never spread over months).
  const byMonthFlow = q({ ...common, partners, flows: ['export', 'import'] }, ['month', 'flow']);
  const cur = { exportUsd: 0, importUsd: 0 };
  const prev = { exportUsd: 0, importUsd: 0 };
  const yearFlows = new Map<number, { exportUsd: number; importUsd: number }>();
  const monthFlows = new Map<string, { exportUsd: number; importUsd: number }>();
  let monthlyRows = 0;
  const add = (cell: { exportUsd: number; importUsd: number }, flow: string, v: number) => {
    if (flow === 'export') cell.exportUsd += v;
    else cell.importUsd += v;
  };
  for (const r of byMonthFlow) {
    const [key, flow] = r.keys;
    const [start, end] = periodKeySpan(key);
    if (start >= from && end <= to) add(cur, flow, r.valueUsd);
    if (start >= from - 12 && end <= to - 12) add(prev, flow, r.valueUsd);
    if (start < histFrom || end > histTo) continue;
    const year = Number(key.slice(0, 4));
    if (!yearFlows.has(year)) yearFlows.set(year, { exportUsd: 0, importUsd: 0 });
    add(yearFlows.get(year)!, flow, r.valueUsd);
    if (start === end) {
      if (!monthFlows.has(key)) monthFlows.set(key, { exportUsd: 0, importUsd: 0 });
      add(monthFlows.get(key)!, flow, r.valueUsd);
      monthlyRows++;
    }
  }
  const totals = (c: { exportUsd: number; importUsd: number }): FlowTotals => ({ ...c, turnoverUsd: c.exportUsd + c.importUsd, balanceUsd: c.exportUsd - c.importUsd });
  const current = totals(cur);
  let whole: FlowTotals | null = null;
  if (partners !== null || common.commodities !== null) {
    const byFlow = q({ reporters: common.reporters, fromMonth: from, toMonth: to, flows: ['export', 'import'] }, ['flow']);
    const of = (flow: string) => byFlow.find((r) => r.keys[0] === flow)?.valueUsd ?? 0;
    whole = totals({ exportUsd: of('export'), importUsd: of('import') });
  }
  const previousCovered = from - 12 >= opt.dataFirstMonth && to - 12 <= opt.dataLastMonth;
  const previous = previousCovered ? totals(prev) : null;

  // Partners shown: every partner, whatever the partner filter (the chart highlights the chosen).
  const byPartner = q({ ...inPeriod, partners: null, flows: measured }, ['partner']);
  const partnerEntries = byPartner.filter((r) => r.valueUsd > 0).map((r): [string, number] => [r.keys[0], r.valueUsd]);
  const partnerShares = topWithOther(partnerEntries, opt.topPartners, OTHER_KEY, partners ?? []);
  const partnerKeys = partnerShares.map((s) => s.key);
  const inTop = new Set(partnerKeys);

  const partnerSharesByYear: DashboardSeries['partnerSharesByYear'] = [];
  const yearRow = new Map<number, DashboardSeries['partnerSharesByYear'][number]>();
  const firstYear = Math.floor(histFrom / 12);
  const lastYear = Math.floor(histTo / 12);
  for (let year = firstYear; year <= lastYear; year++) {
    const row = { year, values: Object.fromEntries(partnerKeys.map((k) => [k, 0])) as Record<string, number>, totalUsd: 0 };
    yearRow.set(year, row);
    partnerSharesByYear.push(row);
  }
  for (const r of q({ ...inHistory, partners: null, flows: measured }, ['year', 'partner'])) {
    const row = yearRow.get(Number(r.keys[0]));
    if (!row || r.valueUsd === 0) continue;
    const key = inTop.has(r.keys[1]) ? r.keys[1] : OTHER_KEY;
    row.values[key] = (row.values[key] ?? 0) + r.valueUsd;
    row.totalUsd += r.valueUsd;
  }
  // A partner outside the period's top (or outside the period) still counts in other years,
  // as «other»: without its key there, those years' stacks would leave it out unseen.
  if (!inTop.has(OTHER_KEY) && partnerSharesByYear.some((r) => r.values[OTHER_KEY] > 0)) {
    partnerKeys.push(OTHER_KEY);
    for (const r of partnerSharesByYear) r.values[OTHER_KEY] ??= 0;
  }

  const byYear: DashboardSeries['byYear'] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const cell = yearFlows.get(year);
    if (cell && (cell.exportUsd !== 0 || cell.importUsd !== 0)) byYear.push({ year, ...cell, balanceUsd: cell.exportUsd - cell.importUsd });
  }
  const byMonth: DashboardSeries['byMonth'] = [];
  if (monthlyRows > 0) {
    for (let m = histFrom; m <= histTo; m++) {
      const key = monthKey(m);
      const cell = monthFlows.get(key) ?? { exportUsd: 0, importUsd: 0 };
      byMonth.push({ month: key, ...cell, balanceUsd: cell.exportUsd - cell.importUsd });
    }
  }

  // Goods shown: every chapter's share of the goods under the other filters (partners included).
  const chapterEntries = q({ ...inPeriod, commodities: null, flows: measured }, ['hs2'])
    .filter((r) => r.valueUsd > 0)
    .map((r): [string, number] => [r.keys[0], r.valueUsd]);

  return {
    current,
    previous,
    whole,
    partnerShares,
    partnerKeys,
    partnerSharesByYear: partnerSharesByYear.filter((r) => r.totalUsd > 0),
    byYear,
    byMonth,
    chapterShares: topWithOther(chapterEntries, opt.topChapters, OTHER_KEY, filter.chapters ?? []),
    partnerCount: partners ? partnerEntries.filter(([key]) => partners.includes(key)).length : partnerEntries.length,
  };
}

/** First and last month a time key covers (`2023` a year, `2023-Q2` a quarter, `2023-05` a month). */
function periodKeySpan(key: string): [number, number] {
  const code = parseCanonicalPeriod(key);
  if (code === null) throw new RangeError(`Not a period key: ${key}`);
  return periodMonthSpan(code);
}
