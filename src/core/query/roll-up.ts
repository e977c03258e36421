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

import { assembleTable, newColumn, tableTransferables, type TradeTable } from '../table/trade-table';
import { TOTAL_COMMODITY } from '../model/trade-record';
import { runKernel } from './group-kernel';
import { attachRowTuples, rowTuples, tupleTransferables, type RowTuples } from './row-tuples';
import { runQuery } from './trade-query';
import { buildPlan, periodCodes } from './query-plan';
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

export function rollUpsOf(t: TradeTable): RollUps {
  const found = known.get(t.period);
  if (found && found.rows === t.rowCount) return found.rollUps;
  const chapters = buildRollUp(t, 'hs2');
  const allGoods = buildRollUp(chapters, null);
  const rollUps: RollUps = { chapters, allGoods, tuples: [rowTuples(t), rowTuples(chapters), rowTuples(allGoods)] };
  known.set(t.period, { rows: t.rowCount, rollUps });
  return rollUps;
}

export function chapterRollUp(t: TradeTable): TradeTable {
  return rollUpsOf(t).chapters;
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

/** runQuery on the coarsest table that gives the same answer: all-goods roll-up, chapter roll-up, or the rows. */
export function queryTable(t: TradeTable, query: TradeQuery): QueryResult {
  if (allGoodsAnswers(query)) return runQuery(rollUpsOf(t).allGoods, query);
  return runQuery(rollUpAnswers(query) ? rollUpsOf(t).chapters : t, query);
}

/** Cells by period, flow, reporter, partner, unit and `goods` (the chapter; null: all goods as one, TOTAL). */
function buildRollUp(t: TradeTable, goods: 'hs2' | null): TradeTable {
  const { plan } = buildPlan(t, {}, goods === null ? ['period', 'flow', 'reporter', 'partner'] : ['period', 'flow', 'reporter', 'partner', goods]);
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
  // Cells in period order (a stable counting sort): a query with a period filter then reads
  // only the cells of its periods (trade-query.ts rowRange).
  const { minCode, codes } = periodCodes(t);
  const startOf = new Int32Array(codes.length + 1);
  for (let s = 0; s < n; s++) startOf[t.period[cells.firstRow[s]] - minCode + 1]++;
  for (let k = 0; k < codes.length; k++) startOf[k + 1] += startOf[k];
  const order = new Int32Array(n);
  for (let s = 0; s < n; s++) order[startOf[t.period[cells.firstRow[s]] - minCode]++] = s;
  const valueUsd = newColumn('valueUsd', n);
  const netKg = newColumn('netKg', n);
  const quantity = newColumn('quantity', n);
  for (let out = 0; out < n; out++) {
    const s = order[out];
    valueUsd[out] = cells.valueUsd[s];
    netKg[out] = cells.netKg[s];
    quantity[out] = cells.quantity[s];
  }
  for (let out = 0; out < n; out++) {
    const s = order[out];
    const row = cells.firstRow[s];
    period[out] = t.period[row];
    flow[out] = t.flow[row];
    reporter[out] = t.reporter[row];
    partner[out] = t.partner[row];
    unit[out] = t.unit[row];
    const c = t.commodity[row];
    if (codeOf[c] === -1) {
      const code = t.commodities[c];
      const chapter = goods === null ? TOTAL_COMMODITY : code === TOTAL_COMMODITY || code.length <= 2 ? code : code.slice(0, 2);
      let k = chapterCode.get(chapter);
      if (k === undefined) {
        chapterCode.set(chapter, (k = chapters.length));
        chapters.push(chapter);
      }
      codeOf[c] = k;
    }
    commodity[out] = codeOf[c];
  }
  const columns = {
    period,
    flow,
    reporter,
    partner,
    commodity,
    unit,
    valueUsd,
    netKg,
    quantity,
    counted: newColumn('counted', n).fill(1),
  };
  return assembleTable(
    n,
    (name) => columns[name] as never,
    (dict) => (dict === 'commodities' ? chapters : t[dict]),
  );
}
