// The numbers and labels of the briefing, prepared from the view's series: the generated
// paragraph (core/aggregate/briefing-text.ts), the top partners and chapters with «other», the
// period labels, and the change columns of the key figures. No React here; the page
// (briefing-page.tsx) and its tables (briefing-tables.tsx) only lay them out.

import { briefingParagraph, capShares, previousPeriod, type BriefingNumberFormat } from '../../core/aggregate/briefing-text';
import type { DashboardSeries, FlowTotals, ShareSlice } from '../../core/aggregate/dashboard-series';
import { countryName } from '../../core/model/country-names';
import { formatChange, formatInteger, formatMillions, formatMonthRange, formatShare } from '../../i18n/format';
import type { SeriesView } from '../../lib/series-query';
import type { Language } from '../../state/view-state';
import { BRIEFING_DATE_LOCALE } from './briefing-strings';

/** Rows of each share table; the rest are summed as «other». */
const TOP_ROWS = 8;
const NUMBER_FORMAT: BriefingNumberFormat = { millions: formatMillions, share: formatShare, change: formatChange, integer: formatInteger };

/** The key figures' rows: message key of the label, field of the totals. */
export const FIGURES = [
  ['turnover', 'turnoverUsd'],
  ['export', 'exportUsd'],
  ['import', 'importUsd'],
  ['balance', 'balanceUsd'],
] as const;

/** The briefing paragraph for the view's period, measure and partners. */
export function briefingParagraphOf(series: DashboardSeries, view: SeriesView, lang: Language): string {
  return briefingParagraph({ series, from: view.from, to: view.to, measure: view.measure, lang, partners: view.partners, format: NUMBER_FORMAT });
}

/** The largest slices of a share table, the rest as one «other» slice. */
export function topShares(slices: ShareSlice[]): ShareSlice[] {
  return capShares(slices, TOP_ROWS);
}

/** «янв.–май 2020 г.» for the view's period and for the same months a year earlier. */
export function periodLabels(view: SeriesView, lang: Language): { period: string; previous: string } {
  const previous = previousPeriod(view.from, view.to);
  return { period: formatMonthRange(view.from, view.to, lang), previous: formatMonthRange(previous.from, previous.to, lang) };
}

/** The selected partners' names, comma-separated; empty when all partners are shown. */
export function selectedPartnerNames(view: SeriesView, lang: Language): string {
  return view.partners.map((code) => countryName(code, lang)).join(', ');
}

/** The print date in words, e.g. «25 ноября 2026 г.». */
export function printedDateText(date: Date, lang: Language): string {
  return new Intl.DateTimeFormat(BRIEFING_DATE_LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** Difference in millions with its sign; no sign when it rounds to zero. */
export function difference(current: FlowTotals, previous: FlowTotals, field: keyof FlowTotals, lang: Language): string {
  const diff = current[field] - previous[field];
  const text = formatMillions(Math.abs(diff), lang);
  if (text === formatMillions(0, lang)) return text;
  return `${diff > 0 ? '+' : '\u2212'}${text}`;
}

/** A percentage only where it means something: not for a balance, nor against zero or less. */
export function growth(current: FlowTotals, previous: FlowTotals, field: keyof FlowTotals, lang: Language): string {
  if (field === 'balanceUsd' || previous[field] <= 0) return '—';
  return formatChange(current[field] / previous[field] - 1, lang);
}
