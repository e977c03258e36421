// Every chart's numbers for one view, each a query of the query core
// (query/trade-query.ts) — on the chapter roll-up where it can answer, so a filter click
// reads cells, not rows (docs/quality.md: ≤ 20 ms per million rows). Components receive
// these ready series and only draw them.
//
// Figures are in the view's metric (docs/product.md, «Measures»): value in USD, net weight in
// kg (shown as tonnes), or unit value in USD per kg — the value of the rows that have a
// weight ÷ that weight, never a weight-less row's value over someone else's kilograms.
// Unit values are not additive: they have no shares and no balance (NaN).
//
// Shares follow the query's rule: the partner charts show every partner's share of all
// partners even when partners are filtered (the chart highlights the chosen ones). The goods
// chart shows the level below the goods chosen (goods-level.ts): chapters of all goods, the
// headings of `03`, the subheadings of `0303`…, each a share of the goods it splits.

import type { Flow } from '../model/trade-record';
import { monthKey, parseCanonicalPeriod, periodMonthSpan } from '../model/period';
import type { TradeTable } from '../table/trade-table';
import { queryTable } from '../query/roll-up';
import type { QuantityAmount, QueryRow, TradeFilter } from '../query/trade-query';
import { goodsKeyUnder, goodsLevelOf, type GoodsLevel, type GoodsTop } from './goods-level';
import { compareWithBase, type Comparison } from './series-comparison';
import { goodsByPartner, type GoodsByPartner } from './goods-by-partner';
export type { GoodsByPartner } from './goods-by-partner';
import { computeTimeSeries, type TimeSeries } from './time-series';
import { metricAmount, Sums, type Metric } from './metric-sums';
import { OTHER_KEY } from './other-key';

export type FlowMeasure = 'turnover' | 'export' | 'import';
export type { Metric } from './metric-sums';
export { metricAmount } from './metric-sums';

export interface DashboardFilter {
  /** Inclusive month-index range (model/period.ts monthIndex). */
  fromMonth: number;
  toMonth: number;
  measure: FlowMeasure;
  /** Absent: value. */
  metric?: Metric;
  /** ISO alpha-2 codes; empty = all partners. */
  partners: readonly string[];
  /** HS / ТН ВЭД code prefixes of 2–10 digits (`03`, `0303`, `030367`); empty = all goods. */
  goods?: readonly string[];
  /** With no goods chosen, the goods chart shows chapters (default) or sections. */
  goodsTop?: GoodsTop;
  /** The time step of the over-time charts (absent: year); partners by quarter and month are read only for a finer one. */
  step?: 'year' | 'quarter' | 'month';
  /** The comparison base, inclusive month indices; absent = the same months a year earlier. */
  baseFromMonth?: number;
  baseToMonth?: number;
  /** Reporter codes; empty or absent = every reporter. */
  reporters?: readonly string[];
  /** Months the over-time series span (the whole data by default), so history stays visible around the period. */
  historyFromMonth?: number;
  historyToMonth?: number;
}

/** Totals by flow in the metric's unit; balance is NaN for unit values. */
export interface FlowTotals {
  exports: number;
  imports: number;
  turnover: number;
  balance: number;
}

/** What a unit value is made of, and what the goods table shows beside the metric. */
export interface AmountDetail {
  valueUsd: number;
  /** Weight of the rows that have one. */
  knownKg: number;
  /** Value of the rows that have a weight. */
  weighedUsd: number;
  /** Supplementary quantities by unit, never added across units (goods only). */
  quantity?: QuantityAmount[];
}

export interface ShareSlice {
  /** ISO alpha-2 (an HS code or section for goods, `TOTAL` for goods not specified), or OTHER_KEY for everything outside the top N. */
  key: string;
  /** In the metric's unit. */
  value: number;
  /** Of the chart's whole; NaN for unit values. */
  share: number;
  /** Absent in snapshot links. */
  detail?: AmountDetail;
}

export { OTHER_KEY } from './other-key';



export interface DashboardSeries {
  metric: Metric;
  comparison: Comparison;
  current: FlowTotals;
  /** The comparison base's totals (the same months a year earlier unless another base is chosen); null when the data does not cover the whole base. */
  previous: FlowTotals | null;
  /**
   * The period's totals of the reporter(s) without the partner and goods filters — the whole
   * a filtered figure is a share of; null when neither filter is set (then it is `current`).
   */
  whole: FlowTotals | null;
  /** Value of the view (measured flows, all filters) and the part of it with no weight: what a weight or unit value leaves out. */
  weightCoverage: { valueUsd: number; unweighedUsd: number };
  partnerShares: ShareSlice[];
  /** Every partner of the period (measured flows, every filter but partners'), largest value first: the ranked partner table. */
  partnersAll: { key: string; valueUsd: number; knownKg: number; weighedUsd: number }[];
  /** Per year over the history span: value by partner key (top partners of the period + OTHER_KEY). */
  partnerKeys: string[];
  partnerSharesByYear: { year: number; values: Record<string, number>; total: number }[];
  byYear: { year: number; exports: number; imports: number; balance: number }[];
  /** Empty when the data has no monthly rows. */
  byMonth: { month: string; exports: number; imports: number; balance: number }[];
  /** Quarters, partners by quarter and month, seasons, and the finest step the data has (time-series.ts). */
  time: TimeSeries;
  /** The level the goods chart shows (below the goods chosen). */
  goodsLevel: GoodsLevel;
  goodsShares: ShareSlice[];
  goodsByPartner: GoodsByPartner;
  /** Distinct partners with a non-zero value in the view. */
  partnerCount: number;
}

export interface SeriesOptions {
  topPartners: number;
  topGoods: number;
  /** Columns of the goods × partners table (besides «other»). */
  matrixPartners: number;
  /** Coverage of the dataset, to know whether last year's months exist. */
  dataFirstMonth: number;
  dataLastMonth: number;
}

const DEFAULT_OPTIONS: SeriesOptions = { topPartners: 8, topGoods: 12, matrixPartners: 5, dataFirstMonth: 0, dataLastMonth: Number.MAX_SAFE_INTEGER };



export function computeDashboardSeries(t: TradeTable, filter: DashboardFilter, options: Partial<SeriesOptions> = {}): DashboardSeries {
  const opt = { ...DEFAULT_OPTIONS, ...options };
  const metric = filter.metric ?? 'value';
  const amountOf = (s: Sums) => metricAmount(s, metric);
  /** What ranks partners and goods: their weight for weights, else their value (a unit value ranks nothing). */
  const rankOf = (s: Sums) => (metric === 'weight' ? s.kg : s.usd);
  const from = filter.fromMonth;
  const to = filter.toMonth;
  const baseFrom = filter.baseFromMonth ?? from - 12;
  const baseTo = filter.baseToMonth ?? to - 12;
  const histFrom = Math.min(from, filter.historyFromMonth ?? from);
  const histTo = Math.max(to, filter.historyToMonth ?? to);
  const measured: Flow[] = filter.measure === 'turnover' ? ['export', 'import'] : [filter.measure];
  const nonEmpty = (list: readonly string[] | undefined) => (list && list.length > 0 ? list : null);
  const partners = nonEmpty(filter.partners);
  const goods = nonEmpty(filter.goods);
  const common: TradeFilter = { reporters: nonEmpty(filter.reporters), commodities: goods };
  const inPeriod: TradeFilter = { ...common, partners, fromMonth: from, toMonth: to };
  const inHistory: TradeFilter = { ...common, partners, fromMonth: histFrom, toMonth: histTo };
  // Weights only when shown: values alone read half the bytes and come from the roll-ups (values only).
  const amounts = metric === 'value' ? 'value' : 'all';
  const q = (f: TradeFilter, by: Parameters<typeof queryTable>[1]['by']) => queryTable(t, { filter: f, by, amounts }).rows;

  // One query by month × flow over all time gives the key figures, last year's and the
  // over-time series: each key says which months it covers (a quarter or year row keeps its
  // own key, never spread over months).
  const byMonthFlow = q({ ...common, partners, flows: ['export', 'import'] }, ['month', 'flow']);
  const cur = flowSums();
  const prev = flowSums();
  const yearFlows = new Map<number, FlowSums>();
  const monthFlows = new Map<string, FlowSums>();
  let monthlyRows = 0;
  for (const r of byMonthFlow) {
    const [key, flow] = r.keys;
    const f = flow === 'export' ? 'exports' : 'imports';
    const [start, end] = periodKeySpan(key);
    if (start >= from && end <= to) cur[f].add(r);
    if (start >= baseFrom && end <= baseTo) prev[f].add(r);
    if (start < histFrom || end > histTo) continue;
    const year = Number(key.slice(0, 4));
    if (!yearFlows.has(year)) yearFlows.set(year, flowSums());
    yearFlows.get(year)![f].add(r);
    if (start === end) {
      if (!monthFlows.has(key)) monthFlows.set(key, flowSums());
      monthFlows.get(key)![f].add(r);
      monthlyRows++;
    }
  }
  const totals = (c: FlowSums): FlowTotals => flowTotals(c, metric);
  const current = totals(cur);
  let whole: FlowTotals | null = null;
  if (partners !== null || goods !== null) {
    const byFlow = q({ reporters: common.reporters, fromMonth: from, toMonth: to, flows: ['export', 'import'] }, ['flow']);
    const c = flowSums();
    for (const r of byFlow) c[r.keys[0] === 'export' ? 'exports' : 'imports'].add(r);
    whole = totals(c);
  }
  // A base the data does not fully cover is no base: never a silently partial comparison.
  const previousCovered = baseFrom >= opt.dataFirstMonth && baseTo <= opt.dataLastMonth;
  const previous = previousCovered ? totals(prev) : null;
  const measuredSums = new Sums();
  for (const f of measured) measuredSums.addSums(cur[f === 'export' ? 'exports' : 'imports']);
  const weightCoverage = { valueUsd: measuredSums.usd, unweighedUsd: measuredSums.usd - measuredSums.weighed };

  // Partners shown: every partner, whatever the partner filter (the chart highlights the chosen).
  // Weights only when the metric shows them: they come from the rows (the roll-ups hold values
  // only, query/roll-up.ts). The partner table gives tonnes under «Вес нетто» and «Цена».
  const byPartner = q({ ...inPeriod, partners: null, flows: measured }, ['partner']);
  const partnerEntries = byPartner.filter((r) => r.valueUsd > 0).map((r): [string, Sums] => [r.keys[0], Sums.of([r])]);
  const partnerShares = slicesOf(partnerEntries, opt.topPartners, partners ?? [], metric, rankOf);
  const partnerKeys = partnerShares.map((s) => s.key);
  const inTop = new Set(partnerKeys);

  const firstYear = Math.floor(histFrom / 12);
  const lastYear = Math.floor(histTo / 12);
  const yearCells = new Map<number, Map<string, Sums>>();
  for (let year = firstYear; year <= lastYear; year++) yearCells.set(year, new Map(partnerKeys.map((k) => [k, new Sums()])));
  let otherInHistory = false;
  for (const r of q({ ...inHistory, partners: null, flows: measured }, ['year', 'partner'])) {
    const cells = yearCells.get(Number(r.keys[0]));
    if (!cells || r.valueUsd === 0) continue;
    const key = inTop.has(r.keys[1]) ? r.keys[1] : OTHER_KEY;
    if (key === OTHER_KEY && !inTop.has(OTHER_KEY)) otherInHistory = true;
    if (!cells.has(key)) cells.set(key, new Sums());
    cells.get(key)!.add(r);
  }
  // A partner outside the period's top (or outside the period) still counts in other years,
  // as «other»: without its key there, those years' stacks would leave it out unseen.
  if (otherInHistory) partnerKeys.push(OTHER_KEY);
  const partnerSharesByYear: DashboardSeries['partnerSharesByYear'] = [];
  for (const [year, cells] of yearCells) {
    const all = new Sums();
    for (const s of cells.values()) all.addSums(s);
    if (all.usd === 0) continue;
    const values: Record<string, number> = {};
    for (const k of partnerKeys) values[k] = cells.has(k) ? amountOf(cells.get(k)!) : 0;
    partnerSharesByYear.push({ year, values, total: amountOf(all) });
  }

  const byYear: DashboardSeries['byYear'] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const cell = yearFlows.get(year);
    if (cell && (cell.exports.usd !== 0 || cell.imports.usd !== 0)) {
      const f = totals(cell);
      byYear.push({ year, exports: f.exports, imports: f.imports, balance: f.balance });
    }
  }
  const byMonth: DashboardSeries['byMonth'] = [];
  if (monthlyRows > 0) {
    for (let m = histFrom; m <= histTo; m++) {
      const key = monthKey(m);
      const f = totals(monthFlows.get(key) ?? flowSums());
      byMonth.push({ month: key, exports: f.exports, imports: f.imports, balance: f.balance });
    }
  }

  // Goods shown: the level below the goods chosen (all goods: chapters or sections), each with
  // its share of the goods it splits, under the other filters (partners included).
  const goodsLevel = goodsLevelOf(goods ?? [], filter.goodsTop ?? 'chapter');
  const goodsRows = goods === null ? q({ ...inPeriod, flows: measured }, [goodsLevel === 'section' ? 'section' : 'hs2']) : queryWithUnits(t, { ...inPeriod, flows: measured }, ['hs10']);
  const goodsCells = new Map<string, { sums: Sums; quantity: QuantityAmount[] }>();
  for (const r of goodsRows) {
    if (r.valueUsd <= 0) continue;
    const key = goods === null ? r.keys[0] : goodsKeyUnder(r.keys[0], goods);
    let cell = goodsCells.get(key);
    if (!cell) goodsCells.set(key, (cell = { sums: new Sums(), quantity: [] }));
    cell.sums.add(r);
    for (const qty of r.quantity) addQuantity(cell.quantity, qty);
  }
  const goodsShares = slicesOf(
    [...goodsCells].map(([key, c]): [string, Sums] => [key, c.sums]),
    opt.topGoods,
    [],
    metric,
    rankOf,
  );
  for (const s of goodsShares) if (s.detail && goodsCells.has(s.key)) s.detail.quantity = goodsCells.get(s.key)!.quantity;

  const comparison = compareWithBase(t, {
    filter: { ...inPeriod, flows: measured },
    base: { ...common, partners, fromMonth: baseFrom, toMonth: baseTo, flows: measured },
    covered: previousCovered,
    metric,
    goods,
    goodsLevel,
    partnersNow: partnerEntries,
    goodsNow: [...goodsCells].map(([key, c]): [string, Sums] => [key, c.sums]),
    amounts,
  });

  return {
    metric,
    comparison,
    current,
    previous,
    whole,
    weightCoverage,
    partnerShares,
    partnersAll: partnerEntries.map(([key, s]) => ({ key, valueUsd: s.usd, knownKg: s.kg, weighedUsd: s.weighed })).sort((a, b) => b.valueUsd - a.valueUsd || (a.key < b.key ? -1 : 1)),
    partnerKeys,
    partnerSharesByYear,
    byYear,
    byMonth,
    time: computeTimeSeries(t, filter, partnerKeys, { partnerSteps: filter.step !== undefined && filter.step !== 'year' }),
    goodsLevel,
    goodsShares,
    goodsByPartner: goodsByPartner(t, goodsShares, goodsLevel, { ...inPeriod, flows: measured }, opt.matrixPartners, metric, amounts),
    partnerCount: partners ? partnerEntries.filter(([key]) => partners.includes(key)).length : partnerEntries.length,
  };
}


/** Goods by the full code with weights and quantities (the goods table shows them whatever the metric). */
function queryWithUnits(t: TradeTable, filter: TradeFilter, by: ['hs10']): QueryRow[] {
  return queryTable(t, { filter, by, amounts: 'all' }).rows;
}


/** Top N by rank plus one «other», each in the metric with its share of all of them (none for unit values). */
function slicesOf(entries: [string, Sums][], n: number, keep: readonly string[], metric: Metric, rankOf: (s: Sums) => number): ShareSlice[] {
  const all = new Sums();
  for (const [, s] of entries) all.addSums(s);
  if (all.usd <= 0) return [];
  const sorted = [...entries].sort((a, b) => rankOf(b[1]) - rankOf(a[1]) || b[1].usd - a[1].usd || (a[0] < b[0] ? -1 : 1));
  let top = sorted.slice(0, n);
  for (const entry of sorted.slice(n)) if (keep.includes(entry[0])) top.push(entry);
  // An «other» of a single entry is just that entry: show it by name.
  if (sorted.length - top.length <= 1) top = sorted;
  const whole = metricAmount(all, metric);
  const slice = (key: string, s: Sums): ShareSlice => {
    const value = metricAmount(s, metric);
    return { key, value, share: metric === 'price' ? NaN : whole > 0 ? value / whole : 0, detail: { valueUsd: s.usd, knownKg: s.kg, weighedUsd: s.weighed } };
  };
  const slices = top.map(([key, s]) => slice(key, s));
  if (sorted.length > top.length) {
    const shown = new Set(top.map(([key]) => key));
    const rest = new Sums();
    for (const [key, s] of sorted) if (!shown.has(key)) rest.addSums(s);
    if (rest.usd > 0) slices.push(slice(OTHER_KEY, rest));
  }
  return slices;
}

function addQuantity(list: QuantityAmount[], q: QuantityAmount): void {
  const known = list.find((x) => x.unit === q.unit);
  if (known) known.value += q.value;
  else list.push({ unit: q.unit, value: q.value });
}

interface FlowSums {
  exports: Sums;
  imports: Sums;
}

const flowSums = (): FlowSums => ({ exports: new Sums(), imports: new Sums() });

function flowTotals(c: FlowSums, metric: Metric): FlowTotals {
  const both = new Sums();
  both.addSums(c.exports);
  both.addSums(c.imports);
  const exports = metricAmount(c.exports, metric);
  const imports = metricAmount(c.imports, metric);
  return { exports, imports, turnover: metricAmount(both, metric), balance: metric === 'price' ? NaN : exports - imports };
}

/** First and last month a time key covers (`2023` a year, `2023-Q2` a quarter, `2023-05` a month). */
function periodKeySpan(key: string): [number, number] {
  const code = parseCanonicalPeriod(key);
  if (code === null) throw new RangeError(`Not a period key: ${key}`);
  return periodMonthSpan(code);
}

export type { GoodsLevel, GoodsTop } from './goods-level';
export type { Comparison } from './series-comparison';
