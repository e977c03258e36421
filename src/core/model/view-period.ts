// The period rules of a view (docs/architecture.md, «Decisions and why»: default period):
// which months a view shows when its link names none or names months outside the data, and
// which months it is compared with. Months are month indices (period.ts monthIndex) or
// `YYYY-MM` keys; every bound is inclusive.

import { monthKey, parseMonthKey } from './period';
import { groupYears, outlierGroups } from './year-groups';

/**
 * What a dataset's months are beyond its first and last (table/table-summary.ts): the months
 * rows cover, ascending, and the last month of the bulk of the data (a far outlier after it is
 * passed over by the default period).
 */
export interface DataMonths {
  months?: readonly number[];
  defaultLastMonth?: number;
}

/** The last year of the bulk of the data: trailing far-outlying years (year-groups.ts) left out. */
export function mainBodyLastYear(rowsPerYear: ReadonlyMap<number, number>): number {
  const groups = groupYears([...rowsPerYear].sort((a, b) => a[0] - b[0]));
  const far = new Set(outlierGroups(groups));
  for (let i = groups.length - 1; i >= 0; i--) if (!far.has(groups[i])) return groups[i].years[groups[i].years.length - 1];
  return groups.length > 0 ? groups[groups.length - 1].years.at(-1)! : NaN;
}

/** An inclusive range of `YYYY-MM` month keys. */
export interface MonthRange {
  from: string;
  to: string;
}

/**
 * The default period: the latest year to date, January to the data's last month (from the
 * data's first month when the data starts later that year) — how regional reports are written.
 */
export function latestYearToDate(firstMonth: number, lastMonth: number): { fromMonth: number; toMonth: number } {
  return { fromMonth: Math.max(firstMonth, Math.floor(lastMonth / 12) * 12), toMonth: lastMonth };
}

/**
 * The period a view shows, as month keys. `from` and `to` are the link's (`YYYY-MM` or null):
 * both null = the default period; only `from` = from there to the data's last month; only `to` =
 * from the data's first month. Bounds outside the data are clamped to it; a range that ends
 * before it starts falls back to the default period.
 */
export function resolvePeriod(from: string | null, to: string | null, firstMonth: number, lastMonth: number, data?: DataMonths): MonthRange {
  const fallback = latestYearToDate(firstMonth, data?.defaultLastMonth ?? lastMonth);
  const clamp = (key: string | null, otherwise: number) => {
    const m = key === null ? null : parseMonthKey(key);
    return m === null ? otherwise : Math.min(lastMonth, Math.max(firstMonth, m));
  };
  let start = clamp(from, to === null ? fallback.fromMonth : firstMonth);
  let end = clamp(to, from === null ? fallback.toMonth : lastMonth);
  if (start > end) [start, end] = [fallback.fromMonth, fallback.toMonth];
  // A range with no month of data in it (between a far outlier and the rest) shows nothing: the default instead.
  if (data?.months !== undefined && data.months.length > 0 && !hasMonthWithin(data.months, start, end)) [start, end] = [fallback.fromMonth, fallback.toMonth];
  return { from: monthKey(start), to: monthKey(end) };
}

/**
 * The link's own period when resolvePeriod could not show it (a bound outside the data, clamped or
 * replaced by the default): what the link asked for and what is shown, for a notice; null when the
 * link named no period or its bounds are shown as written.
 */
export function periodOutsideData(from: string | null, to: string | null, shown: MonthRange): { asked: MonthRange; shown: MonthRange } | null {
  if (from === null && to === null) return null;
  if ((from === null || from === shown.from) && (to === null || to === shown.to)) return null;
  return { asked: { from: from ?? shown.from, to: to ?? shown.to }, shown };
}

/** Whether the ascending `months` hold one within `from..to` (binary search). */
export function hasMonthWithin(months: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = months.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (months[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < months.length && months[lo] <= to;
}

/** Whether `from..to` is the default period of data spanning `firstMonth..lastMonth`. */
export function isDefaultPeriod(range: MonthRange, firstMonth: number, lastMonth: number, data?: DataMonths): boolean {
  const d = latestYearToDate(firstMonth, data?.defaultLastMonth ?? lastMonth);
  return range.from === monthKey(d.fromMonth) && range.to === monthKey(d.toMonth);
}

/** A calendar year, cut to the months the data covers. */
export function yearWithinData(year: number, firstMonth: number, lastMonth: number): MonthRange {
  const first = monthKey(firstMonth);
  const last = monthKey(lastMonth);
  const from = `${year}-01`;
  const to = `${year}-12`;
  return { from: from < first ? first : from, to: to > last ? last : to };
}

/**
 * The comparison base of a period (the `vs=` of a link): `base` moved to the period's length
 * (a base chosen for a year keeps its start when the period becomes January–May), or, with no
 * base chosen, the same months one year earlier.
 */
export function comparisonBase(period: MonthRange & { base?: MonthRange | null }): MonthRange {
  if (!period.base) return previousPeriod(period.from, period.to);
  const f = parseMonthKey(period.from);
  const t = parseMonthKey(period.to);
  const b = parseMonthKey(period.base.from);
  if (f === null || t === null || b === null) throw new Error(`not a month key: ${period.from}..${period.to} vs ${period.base.from}`);
  return { from: monthKey(b), to: monthKey(b + (t - f)) };
}

/** The same months one year earlier: what the key figures and the briefing compare with by default. */
export function previousPeriod(from: string, to: string): MonthRange {
  const f = parseMonthKey(from);
  const t = parseMonthKey(to);
  if (f === null || t === null) throw new Error(`not a month key: ${from}..${to}`);
  return { from: monthKey(f - 12), to: monthKey(t - 12) };
}
