// The one pass every query makes over a table (or its chapter roll-up): test each
// counted row against the filters, add it to the share base, and sum it into its
// group. Everything per row is a typed-array read and a table lookup: the plan
// (trade-query.ts) turns filters and group keys into per-code tables first, one
// per source column, so the loop never touches a string.
//
//   fails = periodFail[p] | flowFail[f] | reporterFail[r] | partnerFail[q] | commodityFail[c]
//   group = periodKey[p] + flowKey[f] + reporterKey[r] + partnerKey[q] + commodityKey[c] + unit[i]
//
// Group numbers are mixed-radix (trade-query.ts gives each dimension a stride), the
// supplementary unit is always the last digit, so quantities in different units are
// never added together; the caller joins a group's units afterwards.

import type { TradeTable } from '../table/trade-table';
import { rowTuples, type RowTuples } from './row-tuples';

export interface KernelPlan {
  /** Period code − minCode indexes periodFail / periodKey. */
  minCode: number;
  periodFail: Uint8Array;
  periodKey: Float64Array;
  flowFail: Uint8Array;
  flowKey: Float64Array;
  reporterFail: Uint8Array;
  reporterKey: Float64Array;
  partnerFail: Uint8Array;
  partnerKey: Float64Array;
  commodityFail: Uint8Array;
  commodityKey: Float64Array;
  /** Filter families (dimensions.ts FAMILY bits) whose failure still counts in the share base. */
  shown: number;
  /** Number of possible group numbers (product of the key spaces, units included). */
  groups: number;
  /** False: sum values only (charts); weights and quantities are then neither read nor summed. */
  amounts: boolean;
  /** The rows to read, [rowStart, rowEnd): all of them, or the period range of a table sorted by period. */
  rowStart: number;
  rowEnd: number;
  /** For a table in period order: the first row of each period code offset, then the row count; else null. */
  starts: Int32Array | null;
}

export interface KernelResult {
  /** Groups that received rows. */
  size: number;
  /** Group number of each slot. */
  group: Float64Array;
  /** A row of each slot (its first), to read keys back from. */
  firstRow: Int32Array;
  valueUsd: Float64Array;
  /** NaN when any row of the slot had no weight: a partial sum is no weight. 0 when weights were not asked for. */
  netKg: Float64Array;
  /** The weights the slot's rows have (rows without one left out), and those rows' value: a unit value's two halves. */
  knownKg: Float64Array;
  weighedUsd: Float64Array;
  /** NaN where the slot's rows have no quantity. */
  quantity: Float64Array;
  /** Sum of values under the filters except those of the shown families. */
  base: number;
}

/** Slot lookups through a plain array up to this many groups (16 MB, allocated zeroed). */
export const DENSE_GROUPS = 1 << 22;
/** Up to this many groups, sums are kept in arrays indexed by the group number itself. */
export const DIRECT_GROUPS = 1 << 20;

export function runKernel(t: TradeTable, plan: KernelPlan): KernelResult {
  if (plan.groups > DIRECT_GROUPS) return runIndexed(t, plan);
  // Tables are kept in period order (table/period-order.ts): the builder, the merge and the
  // worker's reading of a stored table all give one. A table made some other way is read
  // column by column.
  const tuples = plan.starts === null ? null : rowTuples(t);
  return tuples === null ? runDirect(t, plan) : runPeriodsTuples(t, tuples, plan, plan.starts!);
}

/** The amounts a pass sums: a table's columns, or a roll-up's values alone (its kernel never asks for more). */
export interface KernelAmounts {
  readonly valueUsd: Float64Array;
  readonly netKg: Float64Array;
  readonly quantity: Float64Array;
  readonly units: readonly string[];
}

/** A roll-up's pass (roll-up.ts): its cells are in period order and named by their tuples; values only. */
export function runCellsKernel(valueUsd: Float64Array, tuples: RowTuples, plan: KernelPlan, starts: Int32Array): KernelResult {
  if (plan.amounts) throw new Error('a roll-up sums values only');
  return runPeriodsTuples({ valueUsd, netKg: NO_AMOUNTS, quantity: NO_AMOUNTS, units: NO_UNITS }, tuples, plan, starts);
}

const NO_AMOUNTS = new Float64Array(0);
const NO_UNITS: readonly string[] = [''];

/** The filters and keys of flow, reporter, partner, commodity and unit folded into one table per tuple. */
function tupleTables(tuples: RowTuples, plan: KernelPlan): { tupleFail: Uint8Array; tupleKey: Int32Array } {
  const tupleFail = new Uint8Array(tuples.size);
  const tupleKey = new Int32Array(tuples.size);
  for (let u = 0; u < tuples.size; u++) {
    const f = tuples.flow[u];
    const r = tuples.reporter[u];
    const q = tuples.partner[u];
    const c = tuples.commodity[u];
    tupleFail[u] = tuples.counted[u] === 0 ? NOT_COUNTED : plan.flowFail[f] | plan.reporterFail[r] | plan.partnerFail[q] | plan.commodityFail[c];
    tupleKey[u] = plan.flowKey[f] + plan.reporterKey[r] + plan.partnerKey[q] + plan.commodityKey[c] + tuples.unit[u];
  }
  return { tupleFail, tupleKey };
}

/**
 * The kernel for a table in period order (table/period-order.ts) with row tuples
 * (row-tuples.ts): one period at a time, so a period the filters exclude is skipped whole,
 * and a row costs reads of its tuple and value only.
 */
function runPeriodsTuples(t: KernelAmounts, tuples: RowTuples, plan: KernelPlan, starts: Int32Array): KernelResult {
  const { valueUsd, netKg, quantity } = t;
  const { periodFail } = plan;
  const periodKey = Int32Array.from(plan.periodKey);
  const { tupleFail, tupleKey } = tupleTables(tuples, plan);
  const { tuple } = tuples;
  const hidden = ~plan.shown;
  const withWeight = plan.amounts;
  const withQuantity = plan.amounts && t.units.some((u) => u !== '');
  const n = plan.groups;
  const first = new Int32Array(n);
  const values = new Float64Array(n);
  const weights = new Float64Array(withWeight ? n : 0);
  const known = new Float64Array(withWeight ? n : 0);
  const weighed = new Float64Array(withWeight ? n : 0);
  const quantities = new Float64Array(withQuantity ? n : 0);
  const hasQuantity = new Uint8Array(withQuantity ? n : 0);
  let base = 0;
  for (let k = 0; k < periodFail.length; k++) {
    const pf = periodFail[k];
    if ((pf & hidden) !== 0) continue;
    const pk = periodKey[k];
    for (let i = Math.max(starts[k], plan.rowStart), end = Math.min(starts[k + 1], plan.rowEnd); i < end; i++) {
      const u = tuple[i];
      const fails = pf | tupleFail[u];
      if ((fails & hidden) !== 0) continue;
      const v = valueUsd[i];
      base += v;
      if (fails !== 0) continue;
      const g = (pk + tupleKey[u]) | 0;
      if (first[g] === 0) first[g] = i + 1;
      values[g] += v;
      if (withWeight) {
        const w = netKg[i];
        weights[g] += w;
        if (w === w) {
          known[g] += w;
          weighed[g] += v;
        }
      }
      if (withQuantity) {
        const amount = quantity[i];
        if (amount === amount) {
          quantities[g] += amount;
          hasQuantity[g] = 1;
        }
      }
    }
  }
  return collect(n, first, values, weights, known, weighed, quantities, hasQuantity, base, withWeight, withQuantity);
}

/** A bit no plan shows: a tuple of rows that do not add up (aggregates kept apart) fails it, base included. */
const NOT_COUNTED = 128;

/**
 * Few enough groups (the usual case): every sum lives at its group number, so a row costs
 * no lookup, and group numbers are int32 (a double index would cost a conversion per row).
 * Groups come out in the order of their numbers.
 */
function runDirect(t: TradeTable, plan: KernelPlan): KernelResult {
  const { period, flow, reporter, partner, commodity, valueUsd, netKg, quantity, unit, counted } = t;
  const { minCode, periodFail, flowFail, reporterFail, partnerFail, commodityFail } = plan;
  const periodKey = Int32Array.from(plan.periodKey);
  const flowKey = Int32Array.from(plan.flowKey);
  const reporterKey = Int32Array.from(plan.reporterKey);
  const partnerKey = Int32Array.from(plan.partnerKey);
  const commodityKey = Int32Array.from(plan.commodityKey);
  const hidden = ~plan.shown;
  const withWeight = plan.amounts;
  const withQuantity = plan.amounts && t.units.some((u) => u !== '');
  const n = plan.groups;
  /** Row + 1 of each group's first row; 0 = no row yet. */
  const first = new Int32Array(n);
  const values = new Float64Array(n);
  const weights = new Float64Array(withWeight ? n : 0);
  const known = new Float64Array(withWeight ? n : 0);
  const weighed = new Float64Array(withWeight ? n : 0);
  const quantities = new Float64Array(withQuantity ? n : 0);
  const hasQuantity = new Uint8Array(withQuantity ? n : 0);
  let base = 0;
  for (let i = plan.rowStart, rows = plan.rowEnd; i < rows; i++) {
    if (counted[i] === 0) continue;
    const p = period[i] - minCode;
    const f = flow[i];
    const r = reporter[i];
    const q = partner[i];
    const c = commodity[i];
    const fails = periodFail[p] | flowFail[f] | reporterFail[r] | partnerFail[q] | commodityFail[c];
    if ((fails & hidden) !== 0) continue;
    const v = valueUsd[i];
    base += v;
    if (fails !== 0) continue;
    const g = (periodKey[p] + flowKey[f] + reporterKey[r] + partnerKey[q] + commodityKey[c] + unit[i]) | 0;
    if (first[g] === 0) first[g] = i + 1;
    values[g] += v;
    if (withWeight) {
      const w = netKg[i];
      weights[g] += w;
      if (w === w) {
        known[g] += w;
        weighed[g] += v;
      }
    }
    if (withQuantity) {
      const amount = quantity[i];
      // NaN ≠ NaN: rows without a quantity leave the sum alone.
      if (amount === amount) {
        quantities[g] += amount;
        hasQuantity[g] = 1;
      }
    }
  }
  return collect(n, first, values, weights, known, weighed, quantities, hasQuantity, base, withWeight, withQuantity);
}

/** The groups that received rows, in the order of their numbers. */
function collect(n: number, first: Int32Array, values: Float64Array, weights: Float64Array, known: Float64Array, weighed: Float64Array, quantities: Float64Array, hasQuantity: Uint8Array, base: number, withWeight: boolean, withQuantity: boolean): KernelResult {
  let size = 0;
  for (let g = 0; g < n; g++) if (first[g] !== 0) size++;
  const result: KernelResult = {
    size,
    group: new Float64Array(size),
    firstRow: new Int32Array(size),
    valueUsd: new Float64Array(size),
    netKg: new Float64Array(size),
    knownKg: new Float64Array(size),
    weighedUsd: new Float64Array(size),
    quantity: new Float64Array(size).fill(NaN),
    base,
  };
  for (let g = 0, s = 0; g < n; g++) {
    if (first[g] === 0) continue;
    result.group[s] = g;
    result.firstRow[s] = first[g] - 1;
    result.valueUsd[s] = values[g];
    if (withWeight) {
      result.netKg[s] = weights[g];
      result.knownKg[s] = known[g];
      result.weighedUsd[s] = weighed[g];
    }
    if (withQuantity && hasQuantity[g] === 1) result.quantity[s] = quantities[g];
    s++;
  }
  return result;
}

/** Many groups: sums in arrays of the groups met, found through a lookup (an array or a map). */
function runIndexed(t: TradeTable, plan: KernelPlan): KernelResult {
  const { period, flow, reporter, partner, commodity, valueUsd, netKg, quantity, unit, counted } = t;
  const { minCode, periodFail, periodKey, flowFail, flowKey, reporterFail, reporterKey, partnerFail, partnerKey, commodityFail, commodityKey } = plan;
  const hidden = ~plan.shown;
  // Weights and quantities only when asked for, and quantities only when the table has any:
  // each is another 8 bytes a row to read.
  const withWeight = plan.amounts;
  const withQuantity = plan.amounts && t.units.some((u) => u !== '');
  const dense = plan.groups <= DENSE_GROUPS ? new Int32Array(plan.groups) : null;
  const sparse = dense === null ? new Map<number, number>() : null;

  let capacity = 256;
  let group = new Float64Array(capacity);
  let firstRow = new Int32Array(capacity);
  let values = new Float64Array(capacity);
  let weights = new Float64Array(capacity);
  let known = new Float64Array(capacity);
  let weighed = new Float64Array(capacity);
  let quantities = new Float64Array(capacity).fill(NaN);
  let size = 0;
  let base = 0;
  let lastGroup = -1;
  let lastSlot = -1;

  for (let i = plan.rowStart, n = plan.rowEnd; i < n; i++) {
    if (counted[i] === 0) continue;
    const p = period[i] - minCode;
    const f = flow[i];
    const r = reporter[i];
    const q = partner[i];
    const c = commodity[i];
    const fails = periodFail[p] | flowFail[f] | reporterFail[r] | partnerFail[q] | commodityFail[c];
    if ((fails & hidden) !== 0) continue;
    const v = valueUsd[i];
    base += v;
    if (fails !== 0) continue;
    const g = periodKey[p] + flowKey[f] + reporterKey[r] + partnerKey[q] + commodityKey[c] + unit[i];
    let slot: number;
    // Neighbouring rows are often of one group (a month, partner and code in a row).
    if (g === lastGroup) slot = lastSlot;
    else {
      slot = (dense !== null ? dense[g] : (sparse!.get(g) ?? 0)) - 1;
      if (slot === -1) {
        if (size === capacity) {
          capacity *= 2;
          group = grown(group, capacity, 0);
          firstRow = grown(firstRow, capacity, 0);
          values = grown(values, capacity, 0);
          weights = grown(weights, capacity, 0);
          known = grown(known, capacity, 0);
          weighed = grown(weighed, capacity, 0);
          quantities = grown(quantities, capacity, NaN);
        }
        slot = size++;
        group[slot] = g;
        firstRow[slot] = i;
        if (dense !== null) dense[g] = slot + 1;
        else sparse!.set(g, slot + 1);
      }
      lastGroup = g;
      lastSlot = slot;
    }
    values[slot] += v;
    if (withWeight) {
      const w = netKg[i];
      weights[slot] += w;
      if (w === w) {
        known[slot] += w;
        weighed[slot] += v;
      }
    }
    if (withQuantity) {
      const amount = quantity[i];
      // NaN ≠ NaN: rows without a quantity leave the sum alone.
      if (amount === amount) quantities[slot] = quantities[slot] === quantities[slot] ? quantities[slot] + amount : amount;
    }
  }
  return {
    size,
    group: group.subarray(0, size),
    firstRow: firstRow.subarray(0, size),
    valueUsd: values.subarray(0, size),
    netKg: weights.subarray(0, size),
    knownKg: known.subarray(0, size),
    weighedUsd: weighed.subarray(0, size),
    quantity: quantities.subarray(0, size),
    base,
  };
}

function grown<T extends Float64Array | Int32Array>(a: T, capacity: number, fill: number): T {
  const next = new (a.constructor as new (n: number) => T)(capacity);
  next.set(a);
  if (fill !== 0) next.fill(fill, a.length);
  return next;
}
