// Which reporters a dataset holds and which the dashboard shows (docs/architecture.md,
// «Reporter as a dimension»): a file with several reporters (customs regions, Comtrade
// countries) is never summed silently. The view names one reporter, several (their sum) or
// all; with none named, the reporter with the largest turnover (exports + imports over the
// whole data) is shown. Pure: one query on the all-goods roll-up.

import { queryTable } from '../query/roll-up';
import type { TradeTable } from '../table/trade-table';

export interface ReporterTurnover {
  code: string;
  /** Exports + imports over the whole data, counted rows only. */
  turnoverUsd: number;
}

/** What a view asks for: named reporters (empty = the default) or every reporter summed. */
export type ReporterChoice = readonly string[] | 'all';

/** The reporters a view shows, settled against the data. */
export interface EffectiveReporters {
  /** The reporters summed, largest turnover first; every reporter when `all`. */
  codes: string[];
  /** Every reporter of the dataset, summed. */
  all: boolean;
}

const CACHE = new WeakMap<TradeTable, ReporterTurnover[]>();

/** Every reporter of the table with its turnover, largest first (ties by code). */
export function reportersByTurnover(t: TradeTable): ReporterTurnover[] {
  const cached = CACHE.get(t);
  if (cached) return cached;
  const sums = new Map<string, number>();
  for (const code of t.reporters) if (code) sums.set(code, 0);
  if (t.rowCount > 0) {
    const rows = queryTable(t, { filter: { flows: ['export', 'import'] }, by: ['reporter'], amounts: 'value' }).rows;
    for (const r of rows) sums.set(r.keys[0], (sums.get(r.keys[0]) ?? 0) + r.valueUsd);
  }
  const list = [...sums].map(([code, turnoverUsd]) => ({ code, turnoverUsd }));
  list.sort((a, b) => b.turnoverUsd - a.turnoverUsd || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  CACHE.set(t, list);
  return list;
}

/** The default: the reporter with the largest turnover; none for an empty dataset. */
export function defaultReporters(ranked: readonly ReporterTurnover[]): string[] {
  return ranked.length > 0 ? [ranked[0].code] : [];
}

/**
 * The reporters a choice shows: named ones the data holds (in turnover order), else the
 * default; `all` (or a list naming every reporter of a multi-reporter dataset) = all of them.
 */
export function effectiveReporters(choice: ReporterChoice, ranked: readonly ReporterTurnover[]): EffectiveReporters {
  const every = ranked.map((r) => r.code);
  if (choice === 'all') return { codes: every, all: true };
  const wanted = new Set(choice);
  const named = every.filter((code) => wanted.has(code));
  if (named.length === 0) return { codes: defaultReporters(ranked), all: false };
  return { codes: named, all: named.length === every.length && every.length > 1 };
}
