// Everything on screen that a link must reproduce. Pure: no React, no DOM.

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const MEASURES = ['turnover', 'export', 'import'] as const;
export type Measure = (typeof MEASURES)[number];

export const TIME_STEPS = ['year', 'month'] as const;
export type TimeStep = (typeof TIME_STEPS)[number];

export const SHARE_MODES = ['share', 'absolute'] as const;
export type ShareMode = (typeof SHARE_MODES)[number];

export const PAGES = ['dashboard', 'brief'] as const;
export type Page = (typeof PAGES)[number];

/** Charts that can be shown alone (embed mode). */
export const CHART_IDS = ['kpi', 'partners', 'shares', 'flows', 'goods'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface ViewState {
  lang: Language;
  dataset: string;
  /** `YYYY-MM`; null (with `to` null) = the latest year to date: January to the data's last month. */
  from: string | null;
  /** `YYYY-MM`; null = the last month of the data. */
  to: string | null;
  measure: Measure;
  /** ISO alpha-2 partner codes, sorted; empty = all. */
  partners: string[];
  /** HS chapters (`03`), sorted; empty = all goods. */
  chapters: string[];
  /** Step of the exports/imports chart. */
  step: TimeStep;
  /** Partner shares over time as 100 % bars or absolute values. */
  shareMode: ShareMode;
  /** The dashboard, or the printable briefing. */
  page: Page;
  /** One chart alone, without the app around it (for an iframe); null = the whole app. */
  embed: ChartId | null;
  /** Name of the file an uploaded dataset came from: tells a recipient which file to load. */
  file: string | null;
}

export const DEFAULT_DATASET = 'kamchatka-demo';

export const DEFAULT_VIEW: ViewState = {
  lang: 'ru',
  dataset: DEFAULT_DATASET,
  from: null,
  to: null,
  measure: 'turnover',
  partners: [],
  chapters: [],
  step: 'year',
  shareMode: 'share',
  page: 'dashboard',
  embed: null,
  file: null,
};
