// Everything on screen that a link must reproduce. Pure: no React, no DOM.

import type { ViewFilter } from '../core/aggregate/view-filter';
import type { Language } from '../core/model/language';
import type { ReporterChoice } from '../core/aggregate/reporters';
import type { GoodsTop, Metric } from '../core/aggregate/dashboard-series';

// Languages and measures are the core's (model/language.ts, aggregate/view-filter.ts).
export { LANGUAGES, type Language } from '../core/model/language';
export { MEASURES, METRICS, type Measure } from '../core/aggregate/view-filter';
export type { Metric, GoodsTop } from '../core/aggregate/dashboard-series';

/** The goods chart as ranked bars or as a treemap. */
export const GOODS_CHARTS = ['bars', 'treemap'] as const;
export type GoodsChart = (typeof GOODS_CHARTS)[number];

/** With no goods chosen, the goods chart's level: HS chapters or sections. */
export const GOODS_TOPS = ['chapter', 'section'] as const satisfies readonly GoodsTop[];

/** The contributions waterfall steps by partner or by goods (at the goods chart's level). */
export const CONTRIBUTION_STEPS = ['partners', 'goods'] as const;
export type ContributionSteps = (typeof CONTRIBUTION_STEPS)[number];

export const TIME_STEPS = ['year', 'quarter', 'month'] as const;
export type TimeStep = (typeof TIME_STEPS)[number];

export const SHARE_MODES = ['share', 'absolute'] as const;
export type ShareMode = (typeof SHARE_MODES)[number];

export const PAGES = ['dashboard', 'brief'] as const;
export type Page = (typeof PAGES)[number];

/**
 * Charts that can be shown alone (embed mode): the `?embed=<id>` values. The dashboard's panel
 * registry (features/dashboard/panels/chart-panels.ts) maps each id to its panel.
 */
export const CHART_IDS = ['kpi', 'partners', 'shares', 'flows', 'seasons', 'goods', 'goods-partners', 'movers', 'contributions', 'partner-table', 'map'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** The filter of the view (core/aggregate/view-filter.ts) with its period still open. */
export interface ViewState extends Pick<ViewFilter, 'measure' | 'partners' | 'goods'> {
  /** Value (USD), net weight (tonnes) or unit value (USD per kg). */
  metric: Metric;
  goodsChart: GoodsChart;
  goodsTop: GoodsTop;
  lang: Language;
  dataset: string;
  /** `YYYY-MM`; null (with `to` null) = the latest year to date (core/model/view-period.ts resolvePeriod). */
  from: string | null;
  /** `YYYY-MM`; null = the last month of the data. */
  to: string | null;
  /** Step of the exports/imports chart and of shares over time. */
  step: TimeStep;
  /** A partner's profile (`profile=CN`): its share over time, its flows, its goods, its rank; null = none open. */
  profile: string | null;
  /** `compare=reporter`: the reporters shown side by side instead of summed or one at a time. */
  compare: 'reporter' | null;
  /** What the contributions waterfall steps by. */
  steps: ContributionSteps;
  /** The comparison base (`vs=2021-01..2021-12`); null = the same months a year earlier. */
  vs: { from: string; to: string } | null;
  /** Partner shares over time as 100 % bars or absolute values. */
  shareMode: ShareMode;
  /** The dashboard, or the printable briefing. */
  page: Page;
  /** One chart alone, without the app around it (for an iframe); null = the whole app. */
  embed: ChartId | null;
  /**
   * Reporters shown (`?reporter=RU-PRI`; `RU-PRI,RU-KAM` their sum; `all` every one summed); empty =
   * the one with the largest turnover (core/aggregate/reporters.ts).
   */
  reporter: ReporterChoice;
  /**
   * Names of the files an uploaded dataset was built from, in the order they were added (`file`
   * repeated in the link): tells a recipient which files to load. Empty for built-in data.
   */
  files: string[];
}

export const DEFAULT_DATASET = 'kamchatka-demo';

export const DEFAULT_VIEW: ViewState = {
  lang: 'ru',
  dataset: DEFAULT_DATASET,
  from: null,
  to: null,
  measure: 'turnover',
  metric: 'value',
  goodsChart: 'bars',
  goodsTop: 'chapter',
  partners: [],
  goods: [],
  step: 'year',
  vs: null,
  steps: 'partners',
  profile: null,
  compare: null,
  shareMode: 'share',
  page: 'dashboard',
  embed: null,
  reporter: [],
  files: [],
};
