// Building the roll-ups (roll-up.ts describes them and answers from them): in the worker, next
// to a table it has imported, merged or read from storage (worker/dataset-worker.ts), and in
// Node (the query command, benchmarks, tests). The page never builds one: its tables arrive
// with their roll-ups (and this code stays out of the first-load bundle).

import type { TradeTable } from '../table/trade-table';
import { TOTAL_COMMODITY } from '../model/trade-record';
import { runKernel } from './group-kernel';
import { buildPlan, periodCodes, periodStarts, tableRowCodes } from './query-plan';
import { buildTuples, rowTuples, type RowTuples } from './row-tuples';
import { attachRollUps, knownRollUps, type RollUp, type RollUps } from './roll-up';

/** The table's roll-ups, built on first use and kept while the table lives. */
export function rollUpsOf(t: TradeTable): RollUps {
  const found = knownRollUps(t);
  if (found) return found;
  const tableTuples = rowTuples(t);
  const rows: TupleRows | null = tableTuples === null ? null : { ...dictionariesOf(t), rowCount: t.rowCount, period: t.period, valueUsd: t.valueUsd, tuples: tableTuples };
  const chapters = (rows !== null ? cellsByTuple(rows, 'hs2') : null) ?? kernelRollUp(t, 'hs2');
  // All goods from the chapters' cells (a third of the reads): each the sum of its chapters' sums,
  // which may differ from a row-by-row sum in the last bits of a double, as any roll-up's may.
  const allGoods = cellsByTuple(chapters, null) ?? kernelRollUp(t, null);
  const rollUps: RollUps = { chapters, allGoods, tableTuples };
  attachRollUps(t, rollUps);
  return rollUps;
}

export function chapterRollUp(t: TradeTable): RollUp {
  return rollUpsOf(t).chapters;
}

/** Rows to sum into cells, named by their tuples: a table's (with its row tuples) or a roll-up's cells. */
interface TupleRows {
  readonly rowCount: number;
  readonly period: Int32Array;
  readonly valueUsd: Float64Array;
  readonly tuples: RowTuples;
  readonly reporters: readonly string[];
  readonly partners: readonly string[];
  readonly commodities: readonly string[];
}

function dictionariesOf(t: TradeTable): Pick<TupleRows, 'reporters' | 'partners' | 'commodities'> {
  return { reporters: t.reporters, partners: t.partners, commodities: t.commodities };
}

/** The goods a code is summed under: its chapter (TOTAL and 2-digit codes as they are), or all goods as one. */
function goodsKey(code: string, goods: 'hs2' | null): string {
  return goods === null ? TOTAL_COMMODITY : code === TOTAL_COMMODITY || code.length <= 2 ? code : code.slice(0, 2);
}

/** The roll-up's goods dictionary and each source code's place in it. */
function goodsCodes(commodities: readonly string[], goods: 'hs2' | null): { codes: string[]; indexOf: Int32Array } {
  const codes: string[] = [];
  const seen = new Map<string, number>();
  const indexOf = new Int32Array(commodities.length);
  commodities.forEach((code, c) => {
    const key = goodsKey(code, goods);
    let k = seen.get(key);
    if (k === undefined) seen.set(key, (k = codes.push(key) - 1));
    indexOf[c] = k;
  });
  return { codes, indexOf };
}

/**
 * Cells through the rows' tuples: each tuple maps to a combination of flow, reporter, partner
 * and goods (the unit dropped: values add across units), which is the roll-up's own tuple,
 * so a cell is (period, combination). Null when the rows are not in period order.
 */
function cellsByTuple(rows: TupleRows, goods: 'hs2' | null): RollUp | null {
  const { tuples } = rows;
  const { codes: goodsList, indexOf: goodsOf } = goodsCodes(rows.commodities, goods);
  const combination = new Int32Array(tuples.size).fill(-1);
  const index = new Map<number, number>();
  const nReporters = rows.reporters.length + 1;
  const nPartners = rows.partners.length + 1;
  const nGoods = goodsList.length + 1;
  const dims = { flow: new Uint8Array(tuples.size), reporter: new Uint16Array(tuples.size), partner: new Uint16Array(tuples.size), commodity: new Uint32Array(tuples.size) };
  for (let u = 0; u < tuples.size; u++) {
    if (tuples.counted[u] === 0) continue;
    const g = goodsOf[tuples.commodity[u]];
    // Below 2^53 whatever the dictionaries: 4 flows × 2^16 reporters × 2^16 partners × goods.
    const key = ((tuples.flow[u] * nReporters + tuples.reporter[u]) * nPartners + tuples.partner[u]) * nGoods + g;
    let k = index.get(key);
    if (k === undefined) {
      index.set(key, (k = index.size));
      dims.flow[k] = tuples.flow[u];
      dims.reporter[k] = tuples.reporter[u];
      dims.partner[k] = tuples.partner[u];
      dims.commodity[k] = g;
    }
    combination[u] = k;
  }
  // Rows come in period order (table/period-order.ts): cells are numbered a period at a time,
  // through one stamp and one cell number per combination, so the only memory beside the
  // roll-up itself is two arrays the width of the combinations (a grid of every period ×
  // combination was several MB at a million rows, issue 17). Two passes: count, then sum.
  const starts = periodStarts(rows);
  if (starts === null) return null;
  const { codes } = periodCodes(rows);
  const width = index.size;
  const { valueUsd } = rows;
  const { tuple } = tuples;
  const stamp = new Int32Array(width).fill(-1);
  let size = 0;
  for (let k = 0; k < codes.length; k++) {
    for (let i = starts[k], end = starts[k + 1]; i < end; i++) {
      const c = combination[tuple[i]];
      if (c !== -1 && stamp[c] !== k) {
        stamp[c] = k;
        size++;
      }
    }
  }
  const cellPeriod = new Int32Array(size);
  const cellTuple = width <= 1 << 16 ? new Uint16Array(size) : new Uint32Array(size);
  const cellValue = new Float64Array(size);
  const cellAt = new Int32Array(width);
  stamp.fill(-1);
  for (let k = 0, next = 0; k < codes.length; k++) {
    for (let i = starts[k], end = starts[k + 1]; i < end; i++) {
      const c = combination[tuple[i]];
      if (c === -1) continue;
      if (stamp[c] !== k) {
        stamp[c] = k;
        cellAt[c] = next;
        cellPeriod[next] = codes[k];
        cellTuple[next++] = c;
      }
      cellValue[cellAt[c]] += valueUsd[i];
    }
  }
  const m = index.size;
  const cellTuples: RowTuples = {
    size: m,
    tuple: cellTuple,
    flow: dims.flow.slice(0, m),
    reporter: dims.reporter.slice(0, m),
    partner: dims.partner.slice(0, m),
    commodity: dims.commodity.slice(0, m),
    unit: new Uint16Array(m),
    counted: new Uint8Array(m).fill(1),
  };
  return { rowCount: size, period: cellPeriod, valueUsd: cellValue, tuples: cellTuples, reporters: rows.reporters, partners: rows.partners, commodities: goodsList, units: NO_UNITS };
}

/** A roll-up's one unit: none (values only). */
const NO_UNITS: readonly string[] = [''];

/**
 * Cells through the query kernel, for a table without row tuples (nearly every row a
 * different combination) or out of period order: summed by period, flow,
 * reporter, partner and goods, put in period order by a stable counting sort.
 */
function kernelRollUp(t: TradeTable, goods: 'hs2' | null): RollUp {
  const { plan } = buildPlan(t, tableRowCodes(t), {}, goods === null ? ['period', 'flow', 'reporter', 'partner'] : ['period', 'flow', 'reporter', 'partner', goods], false);
  const kernel = runKernel(t, plan);
  // The kernel's group number keeps the unit as its last digit: a cell's rows in different
  // units come in several slots, joined here (values add across units).
  const nUnits = Math.max(1, t.units.length);
  const cellOfSlot = new Int32Array(kernel.size);
  const firstRow: number[] = [];
  const sums: number[] = [];
  const cellOfGroup = new Map<number, number>();
  for (let s = 0; s < kernel.size; s++) {
    const row = kernel.firstRow[s];
    const outer = (kernel.group[s] - t.unit[row]) / nUnits;
    let c = cellOfGroup.get(outer);
    if (c === undefined) {
      cellOfGroup.set(outer, (c = firstRow.push(row) - 1));
      sums.push(0);
    }
    sums[c] += kernel.valueUsd[s];
    cellOfSlot[s] = c;
  }
  const n = firstRow.length;
  const { minCode, codes } = periodCodes(t);
  const startOf = new Int32Array(codes.length + 1);
  for (let c = 0; c < n; c++) startOf[t.period[firstRow[c]] - minCode + 1]++;
  for (let k = 0; k < codes.length; k++) startOf[k + 1] += startOf[k];
  const { codes: goodsList, indexOf: goodsOf } = goodsCodes(t.commodities, goods);
  const cells = { rowCount: n, flow: new Uint8Array(n), reporter: new Uint16Array(n), partner: new Uint16Array(n), commodity: new Uint32Array(n), unit: new Uint16Array(n), counted: new Uint8Array(n).fill(1) };
  const period = new Int32Array(n);
  const valueUsd = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    const row = firstRow[c];
    const out = startOf[t.period[row] - minCode]++;
    period[out] = t.period[row];
    valueUsd[out] = sums[c];
    cells.flow[out] = t.flow[row];
    cells.reporter[out] = t.reporter[row];
    cells.partner[out] = t.partner[row];
    cells.commodity[out] = goodsOf[t.commodity[row]];
  }
  const tuples = buildTuples(cells, Infinity)!;
  return { rowCount: n, period, valueUsd, tuples, reporters: t.reporters, partners: t.partners, commodities: goodsList, units: NO_UNITS };
}
