// The query's fast path: the table's counted rows summed by period code, flow,
// reporter, partner, HS chapter and unit — itself a TradeTable, so the same query
// runs on it. A million rows of monthly detail make a few hundred thousand cells;
// every question that needs no more than chapters (the dashboard's default charts)
// reads those instead of the rows. Built in the worker next to the table
// (worker/dataset-worker.ts) and transferred with it; built on first use otherwise.
//
// A cell's value is its rows' sum in file order, so a result may differ from a
// row-by-row sum in the last bits of a double (never for whole dollars below 2^53).
// Weights: NaN when any row of the cell had none, exactly as the query treats them.

import { assembleTable, newColumn, type TradeTable } from '../table/trade-table';
import { TOTAL_COMMODITY } from '../model/trade-record';
import { runKernel } from './group-kernel';
import { buildPlan, runQuery, type QueryResult, type TradeQuery } from './trade-query';
import type { Dimension } from './dimensions';

/** Dimensions a roll-up can answer: everything but goods finer than chapters. */
const ROLL_UP_DIMENSIONS = new Set<Dimension>(['reporter', 'partner', 'flow', 'year', 'quarter', 'month', 'section', 'hs2']);

/** A loaded table's columns are never written again (a merge or a new import makes new ones). */
const rollUps = new WeakMap<Int32Array, { rows: number; rollUp: TradeTable }>();

export function chapterRollUp(t: TradeTable): TradeTable {
  const known = rollUps.get(t.period);
  if (known && known.rows === t.rowCount) return known.rollUp;
  const rollUp = buildRollUp(t);
  rollUps.set(t.period, { rows: t.rowCount, rollUp });
  return rollUp;
}

/** Registers a roll-up built elsewhere (the worker builds it next to the table and transfers both). */
export function attachRollUp(t: TradeTable, rollUp: TradeTable): void {
  rollUps.set(t.period, { rows: t.rowCount, rollUp });
}

/** True when the roll-up gives the same answer as the rows. */
export function rollUpAnswers(query: TradeQuery): boolean {
  if (!query.by.every((d) => ROLL_UP_DIMENSIONS.has(d))) return false;
  return (query.filter.commodities ?? []).every((prefix) => prefix.length <= 2);
}

/** runQuery on the roll-up when it can answer, on the rows otherwise. */
export function queryTable(t: TradeTable, query: TradeQuery): QueryResult {
  return runQuery(rollUpAnswers(query) ? chapterRollUp(t) : t, query);
}

function buildRollUp(t: TradeTable): TradeTable {
  const { plan } = buildPlan(t, {}, ['period', 'flow', 'reporter', 'partner', 'hs2']);
  const cells = runKernel(t, plan);
  const n = cells.size;
  const period = newColumn('period', n);
  const flow = newColumn('flow', n);
  const reporter = newColumn('reporter', n);
  const partner = newColumn('partner', n);
  const commodity = newColumn('commodity', n);
  const unit = newColumn('unit', n);
  const chapters: string[] = [];
  const chapterCode = new Map<string, number>();
  const codeOf = new Int32Array(t.commodities.length).fill(-1);
  for (let s = 0; s < n; s++) {
    const row = cells.firstRow[s];
    period[s] = t.period[row];
    flow[s] = t.flow[row];
    reporter[s] = t.reporter[row];
    partner[s] = t.partner[row];
    unit[s] = t.unit[row];
    const c = t.commodity[row];
    if (codeOf[c] === -1) {
      const code = t.commodities[c];
      const chapter = code === TOTAL_COMMODITY || code.length <= 2 ? code : code.slice(0, 2);
      let k = chapterCode.get(chapter);
      if (k === undefined) {
        chapterCode.set(chapter, (k = chapters.length));
        chapters.push(chapter);
      }
      codeOf[c] = k;
    }
    commodity[s] = codeOf[c];
  }
  const columns = {
    period,
    flow,
    reporter,
    partner,
    commodity,
    unit,
    valueUsd: cells.valueUsd.slice(),
    netKg: cells.netKg.slice(),
    quantity: cells.quantity.slice(),
    counted: newColumn('counted', n).fill(1),
  };
  return assembleTable(
    n,
    (name) => columns[name] as never,
    (dict) => (dict === 'commodities' ? chapters : t[dict]),
  );
}
