// One query for every question the app asks of a table: filters (period range,
// flows, reporters, partners, commodity code prefixes) → group by any dimensions
// (dimensions.ts) → sums of value, net weight and quantity per unit, and each
// group's share. Every chart, the `query` command and the benchmarks go through here.
//
// The share rule (docs/architecture.md): a share is a value ÷ the total under the
// same filters except the filters on the dimensions being shown. The partner chart
// with `partners=CN` therefore still shows China's share of all partners, and the
// goods chart with `partners=CN` the goods composition of trade with China.
//
// Missing weights stay missing: a group with any row without a weight has no weight
// (null), never a partial sum. Quantities are summed per unit, never across units.
// Aggregate rows kept apart (`counted` = 0) are never added.

import type { TradeTable } from '../table/trade-table';
import type { Amounts, QuantityAmount, QueryResult, QueryRow, TradeQuery } from './query-types';
import { runKernel, type KernelPlan, type KernelResult } from './group-kernel';
import { buildPlan, tableRowCodes, type PlanTable, type RowCodes } from './query-plan';

export type { Amounts, GroupDimension, QuantityAmount, QueryResult, QueryRow, TradeFilter, TradeQuery } from './query-types';

export function runQuery(t: TradeTable, query: TradeQuery): QueryResult {
  const { unit } = t;
  return answer({ table: t, rowCode: tableRowCodes(t), unitOf: (row) => unit[row], kernel: (plan) => runKernel(t, plan) }, query);
}

/** What a query runs on: a TradeTable (runQuery) or a roll-up (roll-up.ts). */
export interface QuerySource {
  table: PlanTable;
  rowCode: RowCodes;
  /** A row's supplementary unit (an index into table.units). */
  unitOf: (row: number) => number;
  /** The pass over the rows the plan names. */
  kernel: (plan: KernelPlan) => KernelResult;
}

export function answer(source: QuerySource, query: TradeQuery): QueryResult {
  const t = source.table;
  const by = [...new Set(query.by)];
  const amounts = query.amounts !== 'value';
  const { plan, keyOf } = buildPlan(t, source.rowCode, query.filter, by, amounts);
  const result = source.kernel(plan);
  const units = t.units;
  const { unitOf } = source;
  const nUnits = Math.max(1, units.length);

  // Join each group's units (the unit is the last digit of the group number); with one
  // unit in the table every slot is a row of its own.
  let rowOfSlot: Int32Array | null = null;
  let nRows = result.size;
  if (nUnits > 1) {
    rowOfSlot = new Int32Array(result.size);
    const rowOf = new Map<number, number>();
    nRows = 0;
    for (let s = 0; s < result.size; s++) {
      const outer = (result.group[s] - unitOf(result.firstRow[s])) / nUnits;
      let index = rowOf.get(outer);
      if (index === undefined) rowOf.set(outer, (index = nRows++));
      rowOfSlot[s] = index;
    }
  }
  const value = new Float64Array(nRows);
  const weight = new Float64Array(nRows);
  const known = new Float64Array(nRows);
  const weighed = new Float64Array(nRows);
  const firstRow = new Int32Array(nRows).fill(-1);
  const quantities: (QuantityAmount[] | undefined)[] = new Array(nRows);
  for (let s = 0; s < result.size; s++) {
    const r = rowOfSlot === null ? s : rowOfSlot[s];
    value[r] += result.valueUsd[s];
    weight[r] += result.netKg[s];
    known[r] += result.knownKg[s];
    weighed[r] += result.weighedUsd[s];
    if (firstRow[r] === -1) firstRow[r] = result.firstRow[s];
    const amount = result.quantity[s];
    if (amount === amount) {
      const unit = units[unitOf(result.firstRow[s])];
      if (unit !== '') addQuantity((quantities[r] ??= []), unit, amount);
    }
  }

  const order = largestFirst(value, nRows);
  const keyReaders = by.map((d) => keyOf(d));

  const total: Amounts = { valueUsd: 0, netKg: amounts ? 0 : null, knownKg: amounts ? 0 : null, weighedUsd: amounts ? 0 : null, quantity: [] };
  const base = result.base;
  const rows: QueryRow[] = [];
  for (let k = 0; k < nRows; k++) {
    const r = order[k];
    const first = firstRow[r];
    const keys = new Array<string>(by.length);
    for (let d = 0; d < by.length; d++) keys[d] = keyReaders[d](first);
    const quantity = quantities[r] ?? NO_QUANTITY;
    if (quantity.length > 1) quantity.sort(byValue);
    // NaN: some row of the group had no weight.
    const kg = amounts && weight[r] === weight[r] ? weight[r] : null;
    const knownKg = amounts ? known[r] : null;
    const weighedUsd = amounts ? weighed[r] : null;
    rows.push({ keys, valueUsd: value[r], netKg: kg, knownKg, weighedUsd, quantity, share: base > 0 ? value[r] / base : 0 });
    total.valueUsd += value[r];
    if (total.netKg !== null) total.netKg = kg === null ? null : total.netKg + kg;
    if (amounts) {
      total.knownKg! += known[r];
      total.weighedUsd! += weighed[r];
    }
    for (let i = 0; i < quantity.length; i++) addQuantity(total.quantity, quantity[i].unit, quantity[i].value);
  }
  total.quantity.sort(byValue);
  return { by, rows, total, shareBase: base };
}

/**
 * Row indices by value, largest first; equal values in index order (the order of their group
 * numbers: the keys' order of first appearance in the table's dictionaries, the same on every
 * run). The values are sorted natively as numbers and each index placed by a binary search
 * for its value: several times faster than a comparator sort for the tens of thousands of
 * groups a three-dimension question can have.
 */
function largestFirst(value: Float64Array, n: number): Int32Array {
  const ascending = value.slice(0, n).sort();
  /** Next free place in each block of equal values (indexed by the block's first place). */
  const taken = new Int32Array(n);
  const order = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const v = value[r];
    // First place after the values ≤ v, in ascending order: the block of v ends there.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ascending[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    const block = n - lo; // the block's first place, largest first
    order[block + taken[block]++] = r;
  }
  return order;
}

/** Rows without quantities share this (frozen: nothing may add to it). */
const NO_QUANTITY: QuantityAmount[] = Object.freeze([]) as unknown as QuantityAmount[];

function addQuantity(list: QuantityAmount[], unit: string, value: number): void {
  const known = list.find((q) => q.unit === unit);
  if (known) known.value += value;
  else list.push({ unit, value });
}

const byValue = (a: QuantityAmount, b: QuantityAmount) => b.value - a.value || (a.unit < b.unit ? -1 : 1);
