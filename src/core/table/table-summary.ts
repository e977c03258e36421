// What a dataset covers: used for filter bounds, defaults and the dataset list.

import { periodMonthSpan, periodGranularity, type Granularity } from '../model/period';
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
}

export function summariseTable(t: TradeTable): TableSummary {
  let minCode = Infinity;
  let maxCode = -Infinity;
  const subs = new Set<number>();
  for (let i = 0; i < t.rowCount; i++) {
    const p = t.period[i];
    if (p < minCode) minCode = p;
    if (p > maxCode) maxCode = p;
    subs.add(p % 100 === 0 ? 0 : p % 100 >= 21 ? 21 : 1);
  }
  if (t.rowCount === 0) return { rowCount: 0, firstMonth: 0, lastMonth: 0, finest: 'year', partners: [], reporters: [], chapters: [] };
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
  };
}
