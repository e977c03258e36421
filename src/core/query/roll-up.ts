// The query's fast paths: the table's counted rows summed by period code, flow, reporter,
// partner and HS chapter, and the same again with all goods together. A million rows of
// monthly detail make a few hundred thousand chapter cells and a few thousand all-goods
// cells; queryTable answers each value question from the coarsest of the two that can (the
// dashboard's charts never read the rows). Built in the worker next to the table
// (worker/dataset-worker.ts, roll-up-build.ts) and transferred with it.
//
// Values only, and a cell keeps only its period, its value and its tuple (row-tuples.ts: the
// flow, reporter, partner and goods it sums): 14 bytes a cell where a roll-up shaped as a
// TradeTable took 44 with its tuples. The roll-ups live as long as the table, and at 40 bytes
// a cell they were half the table again (issue 17). Weights, quantities and unit values come
// from the rows: a weight or price view reads them (about 15 ms a million rows over the whole
// history), a value view does not.
//
// A chapter cell's value is its rows' sum in file order, an all-goods cell its chapters' sums
// added, so a result may differ from a row-by-row sum in the last bits of a double (never for
// whole dollars below 2^53).

import type { TradeTable } from '../table/trade-table';
import { attachRowTuples, tupleTransferables, type RowTuples } from './row-tuples';
import { answer, runQuery } from './trade-query';
import { runCellsKernel } from './group-kernel';
import type { PlanTable, RowCodes } from './query-plan';
import type { QueryResult, TradeQuery } from './query-types';
import type { Dimension } from './dimensions';

/** Cells of summed rows, in period order. */
export interface RollUp extends PlanTable {
  /** The period code of each cell. */
  readonly period: Int32Array;
  /** The sum of each cell's rows' values. */
  readonly valueUsd: Float64Array;
  /** Each cell's tuple (tuples.tuple), and each tuple's flow, reporter, partner and goods (`commodity` indexes `commodities`). */
  readonly tuples: RowTuples;
  /** The chapters ('03', TOTAL where the file has totals), or [TOTAL] for all goods. */
  readonly commodities: readonly string[];
}

/** The two roll-ups of a table, and the table's own row tuples, built with them. */
export interface RollUps {
  /** Values by period, flow, reporter, partner and HS chapter. */
  chapters: RollUp;
  /** The same without goods: a few thousand cells where the chapters have hundreds of thousands. */
  allGoods: RollUp;
  tableTuples: RowTuples | null;
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
  attachRowTuples(t, rollUps.tableTuples);
}

export function rollUpTransferables(rollUps: RollUps): ArrayBuffer[] {
  const cells = (r: RollUp) => [r.period.buffer as ArrayBuffer, r.valueUsd.buffer as ArrayBuffer, ...tupleTransferables(r.tuples)];
  return [...cells(rollUps.chapters), ...cells(rollUps.allGoods), ...tupleTransferables(rollUps.tableTuples)];
}

/** Bytes a roll-up holds (its dictionaries are the table's, or a few chapter codes). */
export function rollUpByteSize(r: RollUp): number {
  return r.period.byteLength + r.valueUsd.byteLength + tupleTransferables(r.tuples).reduce((sum, b) => sum + b.byteLength, 0);
}

/** True when the chapter roll-up gives the same answer as the rows (for values: the roll-ups hold nothing else). */
export function rollUpAnswers(query: TradeQuery): boolean {
  if (query.amounts !== 'value' || !query.by.every((d) => CHAPTER_DIMENSIONS.has(d))) return false;
  return (query.filter.commodities ?? []).every((prefix) => prefix.length <= 2);
}

/** True when the all-goods roll-up does: values, no goods filter, no goods shown. */
function allGoodsAnswers(query: TradeQuery): boolean {
  return query.amounts === 'value' && query.by.every((d) => ALL_GOODS_DIMENSIONS.has(d)) && !query.filter.commodities;
}

/**
 * runQuery on the coarsest table that gives the same answer: all-goods roll-up, chapter
 * roll-up, or the rows. A table without roll-ups (none built for it yet) is asked directly:
 * the same answer, read from the rows.
 */
export function queryTable(t: TradeTable, query: TradeQuery): QueryResult {
  const rollUps = knownRollUps(t);
  if (rollUps && allGoodsAnswers(query)) return queryRollUp(rollUps.allGoods, query);
  if (rollUps && rollUpAnswers(query)) return queryRollUp(rollUps.chapters, query);
  return runQuery(t, query);
}

/** A value query answered from a roll-up's cells. */
export function queryRollUp(r: RollUp, query: TradeQuery): QueryResult {
  if (query.amounts !== 'value') throw new Error('a roll-up answers values only');
  const { tuples } = r;
  const { tuple } = tuples;
  const rowCode: RowCodes = {
    flow: (cell) => tuples.flow[tuple[cell]],
    reporter: (cell) => tuples.reporter[tuple[cell]],
    partner: (cell) => tuples.partner[tuple[cell]],
    commodity: (cell) => tuples.commodity[tuple[cell]],
  };
  const kernel = (plan: Parameters<typeof runCellsKernel>[2]) => {
    // Built in period order: the plan always finds the periods' starts.
    if (plan.starts === null) throw new Error('roll-up cells out of period order');
    return runCellsKernel(r.valueUsd, tuples, plan, plan.starts);
  };
  return answer({ table: r, rowCode, unitOf: () => 0, kernel }, query);
}
