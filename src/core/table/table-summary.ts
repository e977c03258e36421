// What a dataset covers: used for filter bounds, defaults and the dataset list.

import { periodMonthSpan, periodGranularity, periodYear, type Granularity } from '../model/period';
import { mainBodyLastYear } from '../model/view-period';
import type { TradeTable } from './trade-table';

export interface TableSummary {
  rowCount: number;
  /** First and last month index covered (see model/period.ts monthIndex). */
  firstMonth: number;
  lastMonth: number;
  /** The finest granularity present: monthly data allows monthly charts. */
  finest: Granularity;
  partners: string[];
  reporters: string[];
  /** HS chapters present (`03`), sorted; TOTAL rows have none. */
  chapters: string[];
  /** Every month index some row covers, ascending (gaps left out): what the period selects list. */
  months?: number[];
  /**
   * The last month of the bulk of the data: `lastMonth`, unless the last rows are a far
   * outlier (a few rows years after the rest), which the default period then passes over.
   */
  defaultLastMonth?: number;
}

export function summariseTable(t: TradeTable): TableSummary {
  let minCode = Infinity;
  let maxCode = -Infinity;
  const subs = new Set<number>();
  // Rows per period code: tables are in period order, so a run of one code is counted at once.
  const perCode = new Map<number, number>();
  let runCode = NaN;
  let runStart = 0;
  for (let i = 0; i < t.rowCount; i++) {
    const p = t.period[i];
    if (p !== runCode) {
      if (i > 0) perCode.set(runCode, (perCode.get(runCode) ?? 0) + i - runStart);
      runCode = p;
      runStart = i;
    }
    if (p < minCode) minCode = p;
    if (p > maxCode) maxCode = p;
    subs.add(p % 100 === 0 ? 0 : p % 100 >= 21 ? 21 : 1);
  }
  if (t.rowCount === 0) return EMPTY_SUMMARY;
  perCode.set(runCode, (perCode.get(runCode) ?? 0) + t.rowCount - runStart);
  const monthSet = new Set<number>();
  const perYear = new Map<number, number>();
  for (const [code, rows] of perCode) {
    const [a, b] = periodMonthSpan(code);
    for (let m = a; m <= b; m++) monthSet.add(m);
    perYear.set(periodYear(code), (perYear.get(periodYear(code)) ?? 0) + rows);
  }
  const months = [...monthSet].sort((a, b) => a - b);
  const mainYear = mainBodyLastYear(perYear);
  const defaultLastMonth = months.filter((m) => Math.floor(m / 12) <= mainYear).pop() ?? months[months.length - 1];
  const finest: Granularity = subs.has(1) ? 'month' : subs.has(21) ? 'quarter' : 'year';
  // A dictionary holds exactly the values that were appended: no scan needed.
  return {
    rowCount: t.rowCount,
    firstMonth: periodMonthSpan(minCode)[0],
    lastMonth: periodMonthSpan(maxCode)[1],
    finest: finest === 'month' || periodGranularity(minCode) === 'month' ? 'month' : finest,
    partners: [...t.partners].sort(),
    reporters: [...t.reporters],
    chapters: [...new Set(t.commodities.filter((c) => /^\d{2}/.test(c)).map((c) => c.slice(0, 2)))].sort(),
    months,
    defaultLastMonth,
  };
}

/**
 * An empty table: no months at all. Its bounds are the current month, never month 0 (which
 * once showed as «янв. 0» and broke every view); nothing empty is saved as a dataset.
 */
export const EMPTY_SUMMARY: TableSummary = (() => {
  const now = new Date();
  const month = now.getFullYear() * 12 + now.getMonth();
  return { rowCount: 0, firstMonth: month, lastMonth: month, finest: 'year', partners: [], reporters: [], chapters: [], months: [], defaultLastMonth: month };
})();
