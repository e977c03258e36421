// The over-time figures at every step the data has (docs/product.md, issue 13): flows by
// quarter, partner figures by quarter and by month, and the seasons (Jan…Dec, one line per
// year). Two queries of the query core over the history span — by month × flow (the view's
// partners) and by month × partner (every partner, the measured flows) — whose keys say what
// each row covers: a month `2024-01`, a quarter `2024-Q1`, a year `2024`. A quarterly row is
// never spread over its months, an annual row never over its quarters.
//
// This module must not import dashboard-series.ts: that file computes its `time` field with
// computeTimeSeries, and the import graph has no cycles (eslint tradeshare/no-cycle). So the
// filter is taken structurally (a DashboardFilter is one) and the two shared rules —
// OTHER_KEY and the metric of summed rows — are restated here; time-series.test.ts checks
// they stay equal to dashboard-series.ts's.

import type { Flow } from '../model/trade-record';
import { parseCanonicalPeriod, periodGranularity } from '../model/period';
import type { TradeTable } from '../table/trade-table';
import { queryTable } from '../query/roll-up';
import type { QueryRow, TradeFilter } from '../query/query-types';
import { metricAmount, Sums } from './metric-sums';

/** The step of an over-time chart, coarsest first (state/view-state.ts TIME_STEPS). */
export type Step = 'year' | 'quarter' | 'month';
const FINENESS: Record<Step, number> = { year: 0, quarter: 1, month: 2 };

export interface StepFlows {
  period: string;
  exports: number;
  imports: number;
  /** NaN for unit values. */
  balance: number;
}

export interface StepShares {
  period: string;
  values: Record<string, number>;
  total: number;
}

export interface TimeSeries {
  /** Flows by quarter over the history span (`2024-Q1`): monthly and quarterly rows summed into their quarter; annual rows never spread (a year with only annual rows has no quarters). */
  byQuarter: StepFlows[];
  /** Partner figures per quarter and per month over the history span, keyed like partnerSharesByYear (the given partner keys + OTHER_KEY for the rest). */
  partnersByQuarter: StepShares[];
  partnersByMonth: StepShares[];
  /** The last `years` years with monthly data: per calendar month 1..12, the figure of each year (null where that month has no monthly rows). */
  seasons: { years: number[]; months: { month: number; values: (number | null)[] }[] };
  /** The finest step the data has within the history span. */
  finest: Step;
}

/** What computeTimeSeries reads of the view's filter (dashboard-series.ts DashboardFilter). */
export interface TimeSeriesFilter {
  fromMonth: number;
  toMonth: number;
  measure: 'turnover' | 'export' | 'import';
  metric?: 'value' | 'weight' | 'price';
  partners: readonly string[];
  goods?: readonly string[];
  reporters?: readonly string[];
  historyFromMonth?: number;
  historyToMonth?: number;
}

/** The key of everything outside the top partners (= dashboard-series.ts OTHER_KEY). */
const OTHER = 'other';

/** Years the seasons chart shows by default. */
export const SEASON_YEARS = 5;



/** `2024-Q2` for a month key `2024-05` or a quarter key; null for a year key. */
function quarterOfKey(key: string): string | null {
  if (key.length === 7 && key[5] === 'Q') return key;
  if (key.length !== 7) return null;
  return `${key.slice(0, 4)}-Q${Math.floor((Number(key.slice(5)) - 1) / 3) + 1}`;
}

const granularityOf = (key: string): Step => {
  const code = parseCanonicalPeriod(key);
  return code === null ? 'year' : periodGranularity(code);
};

const pad2 = (n: number) => String(n).padStart(2, '0');

export function computeTimeSeries(t: TradeTable, filter: TimeSeriesFilter, partnerKeys: readonly string[], options: { seasonYears?: number; partnerSteps?: boolean } = {}): TimeSeries {
  const metric = filter.metric ?? 'value';
  const seasonYears = Math.max(1, Math.floor(options.seasonYears ?? SEASON_YEARS));
  const histFrom = Math.min(filter.fromMonth, filter.historyFromMonth ?? filter.fromMonth);
  const histTo = Math.max(filter.toMonth, filter.historyToMonth ?? filter.toMonth);
  const measured: Flow[] = filter.measure === 'turnover' ? ['export', 'import'] : [filter.measure];
  const nonEmpty = (list: readonly string[] | undefined) => (list && list.length > 0 ? list : null);
  const partners = nonEmpty(filter.partners);
  const inHistory: TradeFilter = { reporters: nonEmpty(filter.reporters), commodities: nonEmpty(filter.goods), fromMonth: histFrom, toMonth: histTo };
  // Weights only when shown: values alone come from the roll-ups.
  const amounts = metric === 'value' ? 'value' : 'all';
  const q = (f: TradeFilter, by: Parameters<typeof queryTable>[1]['by']) => queryTable(t, { filter: f, by, amounts }).rows;
  let finest: Step = 'year';
  const seen = (key: string) => {
    const g = granularityOf(key);
    if (FINENESS[g] > FINENESS[finest]) finest = g;
    return g;
  };

  // Flows (the view's partners, both flows): quarters, and the measured flows' months for the seasons.
  const quarterFlows = new Map<string, { exports: Sums; imports: Sums }>();
  const monthMeasured = new Map<string, Sums>();
  const measuredSet = new Set<string>(measured);
  for (const r of q({ ...inHistory, partners, flows: ['export', 'import'] }, ['month', 'flow'])) {
    const [key, flow] = r.keys;
    const g = seen(key);
    if (g === 'year') continue;
    const quarter = quarterOfKey(key)!;
    let cell = quarterFlows.get(quarter);
    if (!cell) quarterFlows.set(quarter, (cell = { exports: new Sums(), imports: new Sums() }));
    cell[flow === 'export' ? 'exports' : 'imports'].add(r);
    if (g === 'month' && measuredSet.has(flow)) {
      let m = monthMeasured.get(key);
      if (!m) monthMeasured.set(key, (m = new Sums()));
      m.add(r);
    }
  }
  const byQuarter: StepFlows[] = [...quarterFlows.keys()].sort().map((period) => {
    const c = quarterFlows.get(period)!;
    const exports = metricAmount(c.exports, metric);
    const imports = metricAmount(c.imports, metric);
    return { period, exports, imports, balance: metric === 'price' ? NaN : exports - imports };
  });

  // Partners (every partner, the measured flows): the given keys, the rest as «other».
  const keys = [...new Set(partnerKeys)];
  const named = new Set(keys.filter((k) => k !== OTHER));
  const quarterCells = new Map<string, Map<string, Sums>>();
  const monthCells = new Map<string, Map<string, Sums>>();
  const addCell = (cells: Map<string, Map<string, Sums>>, period: string, key: string, r: QueryRow) => {
    let row = cells.get(period);
    if (!row) cells.set(period, (row = new Map()));
    let s = row.get(key);
    if (!s) row.set(key, (s = new Sums()));
    s.add(r);
  };
  // Partners by quarter and month are tens of thousands of cells on a large file: read only when
  // shares over time are shown by quarter or month (`partnerSteps`), not on every click.
  for (const r of options.partnerSteps === false ? [] : q({ ...inHistory, flows: measured }, ['month', 'partner'])) {
    const [period, partner] = r.keys;
    if (r.valueUsd === 0) continue;
    const g = seen(period);
    if (g === 'year') continue;
    const key = named.has(partner) ? partner : OTHER;
    addCell(quarterCells, quarterOfKey(period)!, key, r);
    if (g === 'month') addCell(monthCells, period, key, r);
  }
  const stepShares = (cells: Map<string, Map<string, Sums>>): StepShares[] =>
    [...cells.keys()].sort().flatMap((period) => {
      const row = cells.get(period)!;
      const all = new Sums();
      for (const s of row.values()) all.addSums(s);
      if (all.usd === 0) return [];
      const values: Record<string, number> = {};
      for (const k of keys) values[k] = row.has(k) ? metricAmount(row.get(k)!, metric) : 0;
      if (row.has(OTHER) && !(OTHER in values)) values[OTHER] = metricAmount(row.get(OTHER)!, metric);
      return [{ period, values, total: metricAmount(all, metric) }];
    });

  // Seasons: the last years with monthly rows of the measured flows, month by month.
  const monthYears = [...new Set([...monthMeasured.keys()].map((k) => Number(k.slice(0, 4))))].sort((a, b) => a - b);
  const years = monthYears.slice(-seasonYears);
  const months = Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    values: years.map((year) => {
      const s = monthMeasured.get(`${year}-${pad2(i + 1)}`);
      return s ? metricAmount(s, metric) : null;
    }),
  }));

  return { byQuarter, partnersByQuarter: stepShares(quarterCells), partnersByMonth: stepShares(monthCells), seasons: { years, months }, finest };
}

/** The steps a chart may offer for data whose finest step is `finest`, coarsest first. */
export function stepsWithin(finest: Step): Step[] {
  return (['year', 'quarter', 'month'] as const).filter((s) => FINENESS[s] <= FINENESS[finest]);
}

/** The step drawn when `asked` is: never finer than the data (a quarter is never spread over months). */
export function shownStep(asked: Step, finest: Step): Step {
  return FINENESS[asked] > FINENESS[finest] ? finest : asked;
}

/** The steps a series' over-time charts offer: those its data has (quarters only with their figures). */
export function seriesSteps(time: TimeSeries): Step[] {
  return stepsWithin(time.finest).filter((s) => s !== 'quarter' || time.byQuarter.length > 0);
}

/** The step drawn when `asked` is and `steps` are offered: `asked`, or the finest coarser one (years at least). */
export function stepAmong(asked: Step, steps: readonly Step[]): Step {
  return steps.includes(asked) ? asked : (steps.filter((s) => FINENESS[s] < FINENESS[asked]).at(-1) ?? 'year');
}

/** No over-time figures at quarters or months: what a series without them (an old snapshot link) has. */
export function emptyTimeSeries(finest: Step = 'year'): TimeSeries {
  return { byQuarter: [], partnersByQuarter: [], partnersByMonth: [], seasons: { years: [], months: [] }, finest };
}

/**
 * A series' time figures; a series made without them (before they existed, or a snapshot link
 * that does not carry them) has the years, and months when it has `byMonth`.
 */
export function timeOfSeries(series: { time?: TimeSeries; byMonth: readonly unknown[] }): TimeSeries {
  return series.time ?? emptyTimeSeries(series.byMonth.length > 0 ? 'month' : 'year');
}
