// The numbers and labels of the briefing, prepared from the view's series: the generated
// paragraph (core/aggregate/briefing-text.ts), the top partners and chapters with «other», and
// the change columns of the key figures (the change rule is core/aggregate/flow-change.ts; period
// labels and dates are i18n/format.ts). No React here; the page (briefing-page.tsx) and its
// tables (briefing-tables.tsx) only lay them out.
//
// Figures are in the series' metric (USD, tonnes, USD per kg: i18n/metric-format.ts); unit
// values have no balance and no shares, and the tables and text leave them out.

import { briefingParagraph, briefingReporterNames, capShares, type BriefingNumberFormat } from '../../core/aggregate/briefing-text';
import type { DashboardSeries, FlowTotals, Metric, ShareSlice } from '../../core/aggregate/dashboard-series';
import { flowChange } from '../../core/aggregate/flow-change';
import type { ViewFilter } from '../../core/aggregate/view-filter';
import { countryName } from '../../core/model/country-names';
import { columnScale, formatChange, formatInScale, formatInteger, formatMillions, formatShare, formatUsd, type MoneyScale } from '../../i18n/format';
import { formatMetric, metricColumn, NO_FIGURE, type MetricColumn } from '../../i18n/metric-format';
import type { Language } from '../../state/view-state';
import { BRIEFING_TEXT } from './briefing-strings';

/** Rows of each share table; the rest are summed as «other». */
const TOP_ROWS = 8;
const NUMBER_FORMAT: BriefingNumberFormat = { millions: formatMillions, money: formatUsd, share: formatShare, change: formatChange, integer: formatInteger };
const METRIC_FORMATS: Record<Metric, BriefingNumberFormat> = {
  value: NUMBER_FORMAT,
  weight: { ...NUMBER_FORMAT, money: (kg, lang) => formatMetric(kg, 'weight', lang) },
  price: { ...NUMBER_FORMAT, money: (usdPerKg, lang) => formatMetric(usdPerKg, 'price', lang) },
};

/** The briefing's number formats for a metric: its figures with the metric's unit. */
export function briefingFormat(metric: Metric): BriefingNumberFormat {
  return METRIC_FORMATS[metric];
}

/** The briefing paragraph for the view's period, measure, reporters and partners. */
export function briefingParagraphOf(series: DashboardSeries, view: ViewFilter, lang: Language, goodsName?: (code: string) => string): string {
  return briefingParagraph({
    goodsName,
    series,
    from: view.from,
    to: view.to,
    base: view.base,
    measure: view.measure,
    lang,
    partners: view.partners,
    reporters: view.reporters,
    allReporters: view.allReporters,
    format: briefingFormat(series.metric ?? 'value'),
    usd: formatUsd,
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

/** The largest slices of a share table, the rest as one «other» slice (for unit values: the rest's own price). */
export function topShares(slices: ShareSlice[], metric: Metric = 'value'): ShareSlice[] {
  return capShares(slices, TOP_ROWS, metric);
}

/**
 * The header line naming the metric when it is not value: «Показатель: вес нетто, т»; null for
 * value (the briefing as it always was).
 */
export function metricLine(metric: Metric, labels: { label: string; names: Record<Metric, string>; units: Record<Metric, string> }): string | null {
  if (metric === 'value') return null;
  return `${labels.label}: ${labels.names[metric].toLowerCase()}, ${labels.units[metric]}`;
}

/** The key figures of the table: all four, but no balance of unit values (they do not add up). */
export function keyFigureFields<K extends readonly (readonly [string, keyof FlowTotals])[]>(figures: K, metric: Metric): K[number][] {
  return figures.filter(([, field]) => !(metric === 'price' && field === 'balance'));
}

/** The one column of the key figures table (its heading states the unit): millions or billions of USD, tonnes, USD per kg. */
export function keyFiguresColumn(series: DashboardSeries, lang: Language): MetricColumn {
  const totals = [series.current, ...(series.previous ? [series.previous] : [])];
  return metricColumn(
    totals.flatMap((t) => [t.turnover, t.exports, t.imports, t.balance]).filter((v) => Number.isFinite(v)),
    series.metric ?? 'value',
    lang,
  );
}

/** Difference in the column's figure with its sign (`+`, `−`); no sign when it rounds to zero; a dash when there is none. */
export function metricDifference(series: DashboardSeries, field: keyof FlowTotals, column: MetricColumn, lang: Language): string {
  const { current, previous } = series;
  if (!previous) return NO_FIGURE;
  if ((series.metric ?? 'value') === 'value') return difference(current, previous, field, lang, keyFiguresScale(series));
  const diff = flowChange(current, previous, field).difference;
  if (!Number.isFinite(diff)) return NO_FIGURE;
  const text = column.cell(diff);
  if (!/[1-9]/.test(text)) return text.replace(/^\u2212/, '');
  return diff > 0 ? `+${text}` : text;
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
  return ratio === null || !Number.isFinite(ratio) ? NO_FIGURE : formatChange(ratio, lang);
}
