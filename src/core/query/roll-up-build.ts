// Building the roll-ups (roll-up.ts describes them and answers from them): in the worker, next
// to a table it has imported, merged or read from storage (worker/dataset-worker.ts), and in
// Node (the query command, benchmarks, tests). The page never builds one: its tables arrive
// with their roll-ups (and this code stays out of the first-load bundle).

import { assembleTable, newColumn, type TradeTable } from '../table/trade-table';
import { TOTAL_COMMODITY } from '../model/trade-record';
import { runKernel } from './group-kernel';
import { buildPlan, periodCodes } from './query-plan';
import { rowTuples, type RowTuples } from './row-tuples';
import { attachRollUps, knownRollUps, type RollUps } from './roll-up';

/** The table's roll-ups, built on first use and kept while the table lives. */
export function rollUpsOf(t: TradeTable): RollUps {
  const found = knownRollUps(t);
  if (found) return found;
  const chapters = buildRollUp(t, 'hs2');
  const allGoods = buildRollUp(chapters, null);
  const rollUps: RollUps = { chapters, allGoods, tuples: [rowTuples(t), rowTuples(chapters), rowTuples(allGoods)] };
  attachRollUps(t, rollUps);
  return rollUps;
}

export function chapterRollUp(t: TradeTable): TradeTable {
  return rollUpsOf(t).chapters;
}

/** A roll-up's cells, in period order: a row of each (to read its codes from) and the sums. */
interface Cells {
  size: number;
  firstRow: Int32Array;
  valueUsd: Float64Array;
  netKg: Float64Array;
  quantity: Float64Array;
}

/** Above this many possible cells the tuple path's arrays would be too large: the kernel's lookups instead. */
const MAX_TUPLE_CELLS = 1 << 22;
/** periodCodes marks the codes no row has with -1. */
const NO_PERIOD = -1;

/**
 * Cells through the row tuples (row-tuples.ts): each tuple maps to its cell's combination
 * without the commodity detail, so a cell is (period, combination) and the sums live in
 * arrays indexed by it — period-major, so the cells come out in period order.
 */
function tupleCells(t: TradeTable, tuples: RowTuples, goods: 'hs2' | null): Cells | null {
  const combination = new Int32Array(tuples.size).fill(-1);
  const index = new Map<string, number>();
  const chapterOf = t.commodities.map((code) => (goods === null ? TOTAL_COMMODITY : code === TOTAL_COMMODITY || code.length <= 2 ? code : code.slice(0, 2)));
  for (let u = 0; u < tuples.size; u++) {
    if (tuples.counted[u] === 0) continue;
    const key = `${tuples.flow[u]}|${tuples.reporter[u]}|${tuples.partner[u]}|${chapterOf[tuples.commodity[u]]}|${tuples.unit[u]}`;
    let k = index.get(key);
    if (k === undefined) index.set(key, (k = index.size));
    combination[u] = k;
  }
  // Period codes numbered in order, skipping the codes no row has (199513…199520).
  const { minCode, codes } = periodCodes(t);
  const periodIndex = new Int32Array(codes.length);
  let periods = 0;
  for (let k = 0; k < codes.length; k++) if (codes[k] !== NO_PERIOD) periodIndex[k] = periods++;
  const width = Math.max(1, index.size);
  const n = periods * width;
  if (n > MAX_TUPLE_CELLS) return null;
  const { period, valueUsd, netKg, quantity } = t;
  const { tuple } = tuples;
  // Two passes, so only the cells that occur get sums: the grid of every period × combination
  // holds one Int32 each (its first row, then its cell number), not 28 bytes of sums — at 1M rows
  // that grid has millions of places and the sums there were most of the import's peak (issue 17).
  const cellOf = new Int32Array(n);
  for (let i = 0; i < t.rowCount; i++) {
    const k = combination[tuple[i]];
    if (k === -1) continue;
    const g = periodIndex[period[i] - minCode] * width + k;
    if (cellOf[g] === 0) cellOf[g] = i + 1;
  }
  let size = 0;
  for (let g = 0; g < n; g++) if (cellOf[g] !== 0) size++;
  const cells: Cells = { size, firstRow: new Int32Array(size), valueUsd: new Float64Array(size), netKg: new Float64Array(size), quantity: new Float64Array(size).fill(NaN) };
  // Cells numbered in grid order: period-major, so they come out in period order.
  for (let g = 0, c = 0; g < n; g++) {
    if (cellOf[g] === 0) continue;
    cells.firstRow[c] = cellOf[g] - 1;
    cellOf[g] = ++c;
  }
  const { valueUsd: values, netKg: weights, quantity: quantities } = cells;
  for (let i = 0; i < t.rowCount; i++) {
    const k = combination[tuple[i]];
    if (k === -1) continue;
    const c = cellOf[periodIndex[period[i] - minCode] * width + k] - 1;
    values[c] += valueUsd[i];
    weights[c] += netKg[i];
    const amount = quantity[i];
    if (amount === amount) quantities[c] = quantities[c] === quantities[c] ? quantities[c] + amount : amount;
  }
  return cells;
}

/** Cells through the query kernel (tables without tuples), put in period order by a stable counting sort. */
function kernelCells(t: TradeTable, goods: 'hs2' | null): Cells {
  const { plan } = buildPlan(t, {}, goods === null ? ['period', 'flow', 'reporter', 'partner'] : ['period', 'flow', 'reporter', 'partner', goods]);
  const kernel = runKernel(t, plan);
  const n = kernel.size;
  const { minCode, codes } = periodCodes(t);
  const startOf = new Int32Array(codes.length + 1);
  for (let s = 0; s < n; s++) startOf[t.period[kernel.firstRow[s]] - minCode + 1]++;
  for (let k = 0; k < codes.length; k++) startOf[k + 1] += startOf[k];
  const order = new Int32Array(n);
  for (let s = 0; s < n; s++) order[startOf[t.period[kernel.firstRow[s]] - minCode]++] = s;
  const cells: Cells = { size: n, firstRow: new Int32Array(n), valueUsd: new Float64Array(n), netKg: new Float64Array(n), quantity: new Float64Array(n) };
  for (let out = 0; out < n; out++) {
    const s = order[out];
    cells.firstRow[out] = kernel.firstRow[s];
    cells.valueUsd[out] = kernel.valueUsd[s];
    cells.netKg[out] = kernel.netKg[s];
    cells.quantity[out] = kernel.quantity[s];
  }
  return cells;
}

/** Cells by period, flow, reporter, partner, unit and `goods` (the chapter; null: all goods as one, TOTAL). */
function buildRollUp(t: TradeTable, goods: 'hs2' | null): TradeTable {
  const tuples = rowTuples(t);
  const cells = (tuples !== null ? tupleCells(t, tuples, goods) : null) ?? kernelCells(t, goods);
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
  const from = { period: t.period, flow: t.flow, reporter: t.reporter, partner: t.partner, unit: t.unit, commodity: t.commodity };
  const { firstRow } = cells;
  for (let out = 0; out < n; out++) {
    const row = firstRow[out];
    period[out] = from.period[row];
    flow[out] = from.flow[row];
    reporter[out] = from.reporter[row];
    partner[out] = from.partner[row];
    unit[out] = from.unit[row];
    const c = from.commodity[row];
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
    valueUsd: cells.valueUsd,
    netKg: cells.netKg,
    quantity: cells.quantity,
    counted: newColumn('counted', n).fill(1),
  };
  return assembleTable(
    n,
    (name) => columns[name] as never,
    (dict) => (dict === 'commodities' ? chapters : t[dict]),
  );
}
