// The query's fast paths: the table's counted rows summed by period code, flow,
// reporter, partner, HS chapter and unit — itself a TradeTable, so the same query
// runs on it — and the same again with all goods together. A million rows of monthly
// detail make a few hundred thousand chapter cells and a few thousand all-goods cells;
// queryTable answers each question from the coarsest of the three that can (the
// dashboard's charts never read the rows). Built in the worker next to the table
// (worker/dataset-worker.ts) and transferred with it; built on first use otherwise.
//
// A cell's value is its rows' sum in file order, so a result may differ from a
// row-by-row sum in the last bits of a double (never for whole dollars below 2^53).
// Weights: NaN when any row of the cell had none, exactly as the query treats them.

import { tableTransferables, type TradeTable } from '../table/trade-table';
import { attachRowTuples, tupleTransferables, type RowTuples } from './row-tuples';
import { runQuery } from './trade-query';
import type { QueryResult, TradeQuery } from './query-types';
import type { Dimension } from './dimensions';

/** The two roll-ups of a table: by chapter, and with all goods together. */
export interface RollUps {
  /** Rows summed by period, flow, reporter, partner, HS chapter, unit. */
  chapters: TradeTable;
  /** The same without goods: a few thousand cells where the chapters have hundreds of thousands. */
  allGoods: TradeTable;
  /** Row tuples (row-tuples.ts) of the table, the chapters and all goods, built with them. */
  tuples: [RowTuples | null, RowTuples | null, RowTuples | null];
}

/** Dimensions the chapter roll-up can answer: everything but goods finer than chapters. */
const CHAPTER_DIMENSIONS = new Set<Dimension>(['reporter', 'partner', 'flow', 'year', 'quarter', 'month', 'section', 'hs2']);
/** Dimensions the all-goods roll-up can answer. */
const ALL_GOODS_DIMENSIONS = new Set<Dimension>(['reporter', 'partner', 'flow', 'year', 'quarter', 'month']);

/** A loaded table's columns are never written again (a merge or a new import makes new ones). */
const known = new WeakMap<Int32Array, { rows: number; rollUps: RollUps }>();

/** The roll-ups known for a table (built by roll-up-build.ts, in the worker or in Node), or undefined. */
export function knownRollUps(t: TradeTable): RollUps | undefined {
  const found = known.get(t.period);
  return found && found.rows === t.rowCount ? found.rollUps : undefined;
}

/** Registers roll-ups built elsewhere (the worker builds them next to the table and transfers all). */
export function attachRollUps(t: TradeTable, rollUps: RollUps): void {
  known.set(t.period, { rows: t.rowCount, rollUps });
  attachRowTuples(t, rollUps.tuples[0]);
  attachRowTuples(rollUps.chapters, rollUps.tuples[1]);
  attachRowTuples(rollUps.allGoods, rollUps.tuples[2]);
}

export function rollUpTransferables(rollUps: RollUps): ArrayBuffer[] {
  return [...tableTransferables(rollUps.chapters), ...tableTransferables(rollUps.allGoods), ...rollUps.tuples.flatMap(tupleTransferables)];
}

/** True when the chapter roll-up gives the same answer as the rows. */
export function rollUpAnswers(query: TradeQuery): boolean {
  if (!query.by.every((d) => CHAPTER_DIMENSIONS.has(d))) return false;
  return (query.filter.commodities ?? []).every((prefix) => prefix.length <= 2);
}

/** True when the all-goods roll-up does: no goods filter, no goods shown. */
function allGoodsAnswers(query: TradeQuery): boolean {
  return query.by.every((d) => ALL_GOODS_DIMENSIONS.has(d)) && !query.filter.commodities;
}

/**
 * runQuery on the coarsest table that gives the same answer: all-goods roll-up, chapter
 * roll-up, or the rows. A table without roll-ups (none built for it yet) is asked directly:
 * the same answer, read from the rows.
 */
export function queryTable(t: TradeTable, query: TradeQuery): QueryResult {
  // A cell of rows some of which lack a weight has none (NaN), so its known weight and weighed
  // value cannot be read back from it: weights then come from the rows.
  const rollUps = query.amounts !== 'value' && hasMissingWeights(t) ? undefined : knownRollUps(t);
  if (rollUps && allGoodsAnswers(query)) return runQuery(rollUps.allGoods, query);
  return runQuery(rollUps && rollUpAnswers(query) ? rollUps.chapters : t, query);
}

const missingWeights = new WeakMap<Float64Array, boolean>();

/** True when some row of the table has no weight (NaN); read once per table. */
export function hasMissingWeights(t: TradeTable): boolean {
  let found = missingWeights.get(t.netKg);
  if (found === undefined) {
    found = false;
    const kg = t.netKg;
    for (let i = 0; i < t.rowCount; i++) {
      if (kg[i] !== kg[i] && t.counted[i] !== 0) {
        found = true;
        break;
      }
    }
    missingWeights.set(t.netKg, found);
  }
  return found;
}
