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
  /** NaN where the slot's rows have no quantity. */
  quantity: Float64Array;
  /** Sum of values under the filters except those of the shown families. */
  base: number;
}

/** Slot lookups through a plain array up to this many groups (16 MB, allocated zeroed). */
const DENSE_GROUPS = 1 << 22;

export function runKernel(t: TradeTable, plan: KernelPlan): KernelResult {
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
  let quantities = new Float64Array(capacity).fill(NaN);
  let size = 0;
  let base = 0;
  let lastGroup = -1;
  let lastSlot = -1;

  for (let i = 0, n = t.rowCount; i < n; i++) {
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
    if (withWeight) weights[slot] += netKg[i];
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
