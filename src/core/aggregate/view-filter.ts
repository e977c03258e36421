// The filter of the figures on screen — one type for the dashboard, the series query, the
// snapshot link, the briefing and the filtered-CSV export (docs/architecture.md, «Data flow»:
// ViewState → series-query → core/aggregate). The URL's view state holds the same pieces with
// the period still open (null = the default period, see model/view-period.ts resolvePeriod);
// this is the filter once the period is settled against the data.

import { parseMonthKey } from '../model/period';
import { comparisonBase, type MonthRange } from '../model/view-period';
import type { DashboardFilter, FlowMeasure, GoodsTop, Metric } from './dashboard-series';

/** What the charts measure: exports + imports, exports or imports. */
export const MEASURES = ['turnover', 'export', 'import'] as const satisfies readonly FlowMeasure[];
export type Measure = (typeof MEASURES)[number];

/** In what the charts measure it: value (USD), net weight (tonnes on screen), unit value (USD per kg of the rows with a weight). */
export const METRICS = ['value', 'weight', 'price'] as const satisfies readonly Metric[];

export interface ViewFilter {
  /** `YYYY-MM`, inclusive. */
  from: string;
  /** `YYYY-MM`, inclusive. */
  to: string;
  measure: Measure;
  /** Absent in filters made before it (snapshot links): value. */
  metric?: Metric;
  /** The comparison base (`vs=`), of the period's length; absent = the same months a year earlier (model/view-period.ts comparisonBase). */
  base?: MonthRange;
  /** The over-time charts' step (absent: year). */
  step?: 'year' | 'quarter' | 'month';
  /** With no goods chosen, the goods chart shows chapters (absent) or sections. */
  goodsTop?: GoodsTop;
  /** ISO alpha-2 partner codes, sorted; empty = all partners. */
  partners: string[];
  /** HS / ТН ВЭД code prefixes of 2–10 digits (`03`, `0303`, `030367`), sorted; empty = all goods. */
  goods: string[];
  /**
   * The reporters shown (aggregate/reporters.ts), largest turnover first; absent when the dataset
   * has one reporter (the page then looks as it always did).
   */
  reporters?: string[];
  /** The reporters shown are every reporter of the dataset, summed. */
  allReporters?: boolean;
}

/** The filter's period as month indices (model/period.ts monthIndex). */
export function filterMonths(filter: Pick<ViewFilter, 'from' | 'to'>): { fromMonth: number; toMonth: number } {
  const fromMonth = parseMonthKey(filter.from);
  const toMonth = parseMonthKey(filter.to);
  if (fromMonth === null || toMonth === null) throw new Error(`not a month key: ${filter.from}..${filter.to}`);
  return { fromMonth, toMonth };
}

/** The reporters to filter on: the ones shown; none (= every reporter) when all are summed or the dataset has one. */
export function reporterFilter(filter: Pick<ViewFilter, 'reporters' | 'allReporters'>): string[] | undefined {
  return filter.reporters && !filter.allReporters ? filter.reporters : undefined;
}

/**
 * The filter as computeDashboardSeries takes it; the over-time series span `history` (the data's
 * first and last month), so the charts show the whole history around the period.
 */
export function dashboardFilter(filter: ViewFilter, history: { firstMonth: number; lastMonth: number }): DashboardFilter {
  const reporters = reporterFilter(filter);
  return {
    ...filterMonths(filter),
    measure: filter.measure,
    partners: filter.partners,
    goods: filter.goods,
    metric: filter.metric ?? 'value',
    goodsTop: filter.goodsTop ?? 'chapter',
    ...(filter.step ? { step: filter.step } : {}),
    ...baseMonths(filter),
    // Every reporter needs no filter (absent = every reporter).
    ...(reporters ? { reporters } : {}),
    historyFromMonth: history.firstMonth,
    historyToMonth: history.lastMonth,
  };
}

/** The comparison base as month indices (the previous year's months when none is chosen). */
export function baseMonths(filter: Pick<ViewFilter, 'from' | 'to' | 'base'>): { baseFromMonth: number; baseToMonth: number } {
  const base = comparisonBase(filter);
  const { fromMonth, toMonth } = filterMonths(base);
  return { baseFromMonth: fromMonth, baseToMonth: toMonth };
}
