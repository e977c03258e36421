// Figures in the view's metric (core/aggregate/dashboard-series.ts): value in USD
// (format.ts formatUsd), net weight kept in kg and written in tonnes (`12 345,6 т`,
// `1,23 тыс. т`), unit value in USD per kg (`1,84 долл./кг`). A unit value that cannot be
// computed (no row with a weight) is a dash, never 0.

import type { Metric } from '../core/aggregate/dashboard-series';
import { LOCALES, type Language } from '../core/model/language';
import { columnScale, formatInScale, formatShare, formatUsd, MESSAGES, moneyUnit, trueMinus, type MoneyScale } from './format';

export const NO_FIGURE = '—';

type TonneScale = 'million' | 'thousand' | 'one';

function tonneScale(kg: number): TonneScale {
  const t = Math.abs(kg) / 1000;
  if (Math.round(t / 1e5) >= 10) return 'million';
  if (Math.round(t / 100) >= 10) return 'thousand';
  return 'one';
}

const TONNE_DIVISOR: Record<TonneScale, number> = { million: 1e9, thousand: 1e6, one: 1e3 };

function tonneUnit(scale: TonneScale, lang: Language): string {
  const m = MESSAGES[lang].metric;
  return scale === 'million' ? m.millionTonnes : scale === 'thousand' ? m.thousandTonnes : m.tonnes;
}

/** Kilograms as tonnes with their unit, in the scale a person writes them: `845,2 т`, `12,35 тыс. т`. */
export function formatTonnes(kg: number, lang: Language): string {
  if (!Number.isFinite(kg)) return NO_FIGURE;
  const scale = tonneScale(kg);
  const digits = scale === 'one' ? 1 : 2;
  return `${trueMinus(formatInDigits(kg / TONNE_DIVISOR[scale], lang, digits))} ${tonneUnit(scale, lang)}`;
}

/** USD per kg with two decimals (three below 0,1): `1,84 долл./кг`. */
export function formatPrice(usdPerKg: number, lang: Language): string {
  if (!Number.isFinite(usdPerKg)) return NO_FIGURE;
  return `${formatInDigits(usdPerKg, lang, Math.abs(usdPerKg) < 0.1 ? 3 : 2)} ${MESSAGES[lang].metric.perKg}`;
}

/** A figure of the metric with its unit always stated. */
export function formatMetric(amount: number, metric: Metric, lang: Language, signed = false): string {
  if (metric === 'value') return formatUsd(amount, lang, signed);
  if (metric === 'weight') return (signed && amount > 0 ? '+' : '') + formatTonnes(amount, lang);
  return formatPrice(amount, lang);
}

/** A share, or a dash where the metric has none (unit values). */
export function formatMetricShare(share: number, lang: Language): string {
  return Number.isFinite(share) ? formatShare(share, lang) : NO_FIGURE;
}

/** One scale for a column of a table (its header states the unit), and its cells. */
export interface MetricColumn {
  unit: string;
  cell: (amount: number) => string;
}

export function metricColumn(values: readonly number[], metric: Metric, lang: Language): MetricColumn {
  if (metric === 'value') {
    const scale: MoneyScale = columnScale(values);
    return { unit: moneyUnit(scale, lang), cell: (v) => formatInScale(v, scale, lang) };
  }
  if (metric === 'weight') return { unit: MESSAGES[lang].metric.tonnes, cell: (kg) => (Number.isFinite(kg) ? trueMinus(formatInDigits(kg / 1000, lang, 1)) : NO_FIGURE) };
  return { unit: MESSAGES[lang].metric.perKg, cell: (p) => (Number.isFinite(p) ? formatInDigits(p, lang, Math.abs(p) < 0.1 ? 3 : 2) : NO_FIGURE) };
}

/** A CSV cell of the metric: whole dollars, kilograms as tonnes with three decimals, prices with four; empty where none. */
export function metricCsv(amount: number, metric: Metric): number | string {
  if (!Number.isFinite(amount)) return '';
  if (metric === 'value') return Math.round(amount);
  if (metric === 'weight') return Number((amount / 1000).toFixed(3));
  return Number(amount.toFixed(4));
}

/** The CSV header's unit of the metric: `USD`, `t`, `USD/kg`. */
export const METRIC_CSV_UNIT: Record<Metric, string> = { value: 'USD', weight: 't', price: 'USD/kg' };

const decimals = new Map<string, Intl.NumberFormat>();

function formatInDigits(n: number, lang: Language, digits: number): string {
  const key = `${lang}:${digits}`;
  let f = decimals.get(key);
  if (!f) decimals.set(key, (f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return trueMinus(f.format(n));
}

