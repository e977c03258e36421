// The numbers and labels of the briefing, prepared from the view's series: the generated
// paragraph (core/aggregate/briefing-text.ts), the top partners and chapters with «other», and
// the change columns of the key figures (the change rule is core/aggregate/flow-change.ts; period
// labels and dates are i18n/format.ts). No React here; the page (briefing-page.tsx) and its
// tables (briefing-tables.tsx) only lay them out.

import { briefingParagraph, briefingReporterNames, capShares, type BriefingNumberFormat } from '../../core/aggregate/briefing-text';
import type { DashboardSeries, FlowTotals, ShareSlice } from '../../core/aggregate/dashboard-series';
import { flowChange } from '../../core/aggregate/flow-change';
import type { ViewFilter } from '../../core/aggregate/view-filter';
import { countryName } from '../../core/model/country-names';
import { columnScale, formatChange, formatInScale, formatInteger, formatMillions, formatShare, formatUsd, type MoneyScale } from '../../i18n/format';
import type { Language } from '../../state/view-state';
import { BRIEFING_TEXT } from './briefing-strings';

/** Rows of each share table; the rest are summed as «other». */
const TOP_ROWS = 8;
const NUMBER_FORMAT: BriefingNumberFormat = { millions: formatMillions, money: formatUsd, share: formatShare, change: formatChange, integer: formatInteger };

/** The briefing paragraph for the view's period, measure, reporters and partners. */
export function briefingParagraphOf(series: DashboardSeries, view: ViewFilter, lang: Language, goodsName?: (code: string) => string): string {
  return briefingParagraph({
    goodsName,
    series,
    from: view.from,
    to: view.to,
    measure: view.measure,
    lang,
    partners: view.partners,
    reporters: view.reporters,
    allReporters: view.allReporters,
    format: NUMBER_FORMAT,
  });
}

/**
 * Whose trade the briefing shows, for a dataset with several reporters: «Субъект: Приморский край»,
 * «Все субъекты вместе: …»; null for a dataset with one reporter.
 */
export function reporterLine(view: ViewFilter, lang: Language): string | null {
  const names = briefingReporterNames(view, lang);
  if (!names) return null;
  const t = BRIEFING_TEXT[lang];
  const label = view.allReporters ? t.allReporters : names.length === 1 ? t.reporter : t.reporters;
  return `${label}: ${names.join(', ')}`;
}

/** The largest slices of a share table, the rest as one «other» slice. */
export function topShares(slices: ShareSlice[]): ShareSlice[] {
  return capShares(slices, TOP_ROWS);
}

/** The selected partners' names, comma-separated; empty when all partners are shown. */
export function selectedPartnerNames(view: ViewFilter, lang: Language): string {
  return view.partners.map((code) => countryName(code, lang)).join(', ');
}

/** The one scale of the key figures table (its heading states the unit): billions when a figure reaches 1 000 million. */
export function keyFiguresScale(series: DashboardSeries): MoneyScale {
  const totals = [series.current, ...(series.previous ? [series.previous] : [])];
  return columnScale(totals.flatMap((t) => [t.turnover, t.exports, t.imports, t.balance]));
}

/** Difference in the table's scale with its sign (`+`, `−`); no sign when it rounds to zero. */
export function difference(current: FlowTotals, previous: FlowTotals, field: keyof FlowTotals, lang: Language, scale: MoneyScale = 'million'): string {
  return formatInScale(flowChange(current, previous, field).difference, scale, lang, true);
}

/** A percentage only where it means something: not for a balance, nor against zero or less. */
export function growth(current: FlowTotals, previous: FlowTotals, field: keyof FlowTotals, lang: Language): string {
  const { ratio } = flowChange(current, previous, field);
  return ratio === null ? '—' : formatChange(ratio, lang);
}
