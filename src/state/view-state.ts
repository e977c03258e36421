// Everything on screen that a link must reproduce. Pure: no React, no DOM.

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const MEASURES = ['turnover', 'export', 'import'] as const;
export type Measure = (typeof MEASURES)[number];

export const TIME_STEPS = ['year', 'month'] as const;
export type TimeStep = (typeof TIME_STEPS)[number];

export const SHARE_MODES = ['share', 'absolute'] as const;
export type ShareMode = (typeof SHARE_MODES)[number];

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
  /** Step of the exports/imports chart. */
  step: TimeStep;
  /** Partner shares over time as 100 % bars or absolute values. */
  shareMode: ShareMode;
}

export const DEFAULT_DATASET = 'kamchatka-demo';

export const DEFAULT_VIEW: ViewState = {
  lang: 'ru',
  dataset: DEFAULT_DATASET,
  from: null,
  to: null,
  measure: 'turnover',
  partners: [],
  step: 'year',
  shareMode: 'share',
};
