// The dimensions a query can group by, the filter family each belongs to, and the
// key each gives a row. Keys never spread a row over finer units it does not have:
// a quarterly row grouped by month keeps its quarter (`2023-Q1`), an annual row its
// year; a 4-digit code grouped by hs6 keeps its 4 digits; TOTAL stays TOTAL.
// (docs/architecture.md, «The query core».)

import { sectionOfChapter } from '../model/commodities';
import { periodGranularity, periodMonth, periodYear } from '../model/period';
import { TOTAL_COMMODITY } from '../model/trade-record';

export const DIMENSIONS = ['reporter', 'partner', 'flow', 'year', 'quarter', 'month', 'section', 'hs2', 'hs4', 'hs6', 'hs8', 'hs10'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export function isDimension(text: string): text is Dimension {
  return (DIMENSIONS as readonly string[]).includes(text);
}

/**
 * Filter families: each filter constrains one family, each dimension belongs to one.
 * A share drops the filters of the families it shows (share-rule in trade-query.ts).
 */
export const FAMILY = { time: 1, flow: 2, reporter: 4, partner: 8, goods: 16 } as const;
export type Family = keyof typeof FAMILY;

export const DIMENSION_FAMILY: Record<Dimension, Family> = {
  reporter: 'reporter',
  partner: 'partner',
  flow: 'flow',
  year: 'time',
  quarter: 'time',
  month: 'time',
  section: 'goods',
  hs2: 'goods',
  hs4: 'goods',
  hs6: 'goods',
  hs8: 'goods',
  hs10: 'goods',
};

/** The table column a dimension's key is read from. */
export type SourceColumn = 'period' | 'flow' | 'reporter' | 'partner' | 'commodity';

export const DIMENSION_SOURCE: Record<Dimension, SourceColumn> = {
  reporter: 'reporter',
  partner: 'partner',
  flow: 'flow',
  year: 'period',
  quarter: 'period',
  month: 'period',
  section: 'commodity',
  hs2: 'commodity',
  hs4: 'commodity',
  hs6: 'commodity',
  hs8: 'commodity',
  hs10: 'commodity',
};

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `2023`, `2023-Q1` or `2023-05` by the dimension; a coarser row keeps its own period. */
export function periodKey(code: number, dimension: 'year' | 'quarter' | 'month'): string {
  const year = periodYear(code);
  if (dimension === 'year') return String(year);
  const granularity = periodGranularity(code);
  if (granularity === 'year') return String(year);
  const sub = code - year * 100;
  if (granularity === 'quarter') return `${year}-Q${sub - 20}`;
  if (dimension === 'quarter') return `${year}-Q${Math.floor((periodMonth(code) - 1) / 3) + 1}`;
  return `${year}-${pad2(sub)}`;
}

/** The code at `digits` digits, or the code itself when it is no longer; TOTAL stays TOTAL. */
export function commodityKey(code: string, dimension: 'section' | 'hs2' | 'hs4' | 'hs6' | 'hs8' | 'hs10'): string {
  if (code === TOTAL_COMMODITY) return TOTAL_COMMODITY;
  if (dimension === 'section') return sectionOfChapter(code.slice(0, 2))?.roman ?? `?${code.slice(0, 2)}`;
  const digits = Number(dimension.slice(2));
  return code.length > digits ? code.slice(0, digits) : code;
}

/** True when a commodity code lies under one of the prefixes (a shorter code under none of its own extensions). */
export function commodityMatches(code: string, prefixes: readonly string[]): boolean {
  if (code === TOTAL_COMMODITY) return false;
  for (const prefix of prefixes) if (code.startsWith(prefix)) return true;
  return false;
}
