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

import { periodCode } from '../model/period';
import { assembleTable, newColumn, type ColumnName, type DictionaryName, type TradeTable } from '../table/trade-table';
import type { Dimension } from './dimensions';
import type { Amounts, QuantityAmount, QueryResult, QueryRow, TradeQuery } from './query-types';
import { runKernel, warmUpKernel } from './group-kernel';
import { buildPlan } from './query-plan';

export type { Amounts, GroupDimension, QuantityAmount, QueryResult, QueryRow, TradeFilter, TradeQuery } from './query-types';

export function runQuery(t: TradeTable, query: TradeQuery): QueryResult {
  if (!warmedUp && t.rowCount > WARM_UP_ABOVE) warmUp();
  return answer(t, query);
}

/**
 * Warms the query up now (once; tens of ms) instead of in the first query of a large table:
 * the page calls it while it has nothing else to do (worker/dataset-worker-client.ts), so a
 * filter click never pays it.
 */
export function prepareQueries(): void {
  if (!warmedUp) warmUp();
}

/** Tables of more rows than this make the query warm up first (tens of ms, once); smaller ones gain nothing from it. */
const WARM_UP_ABOVE = 50_000;

let warmedUp = false;

/**
 * Runs every path of the query (and the kernel's) once on a small made-up table before the
 * first query of a large table.
 * V8 optimises a long loop while it runs; code after it that has never run has no type
 * feedback, and the optimised code then bails out there on every call (measured: a 52,000-
 * group answer took 4× as long). See also the kernel's warm-up (group-kernel.ts).
 */
function warmUp(): void {
  warmedUp = true;
  warmUpKernel();
  // 400 rows in period order (months of 2020–2022), of several partners, reporters, units and
  // code lengths, some kept apart; then the same rows out of order and without quantities.
  const n = 400;
  const codes = Array.from({ length: n }, (_, i) => String(1000000000 + i * 7919).slice(0, 2 + (i % 5) * 2));
  const column = (name: ColumnName, value: (i: number) => number) => {
    const out = newColumn(name, n);
    for (let i = 0; i < n; i++) out[i] = value(i);
    return out;
  };
  const columns: { [K in ColumnName]: (i: number) => number } = {
    period: (i) => periodCode(2020 + Math.floor(i / 134), 1 + Math.floor((i % 134) / 12)),
    flow: (i) => i % 2,
    reporter: (i) => (i >> 1) % 2,
    partner: (i) => i % 7,
    commodity: (i) => i,
    valueUsd: (i) => i + 0.5,
    netKg: (i) => (i % 5 ? i : NaN),
    quantity: (i) => (i % 3 ? i : NaN),
    unit: (i) => (i % 3 ? 1 + (i % 2) : 0),
    counted: (i) => (i % 11 ? 1 : 0),
  };
  const dictionaries: Record<DictionaryName, string[]> = { reporters: ['RU', 'RU-KAM'], partners: ['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6'], commodities: codes, units: ['', 'ШТУКА', 'ЛИТР'] };
  const table = assembleTable(n, (name) => column(name, columns[name]) as never, (dict) => dictionaries[dict]);
  const plain = assembleTable(n, (name) => (name === 'quantity' ? column(name, () => NaN) : name === 'unit' ? column(name, () => 0) : column(name, (i) => columns[name](n - 1 - i))) as never, (dict) => (dict === 'units' ? [''] : dictionaries[dict]));
  for (const t of [table, plain]) {
    for (const by of [[], ['partner'], ['quarter', 'partner', 'section'], ['month', 'hs4', 'flow'], ['reporter', 'hs10']] as Dimension[][]) {
      for (const amounts of ['all', 'value'] as const) answer(t, { filter: {}, by, amounts });
      answer(t, { filter: { fromMonth: 2021 * 12, toMonth: 2021 * 12 + 11, flows: ['export'], partners: ['P1', 'P2'], commodities: ['10', '1001'], reporters: ['RU'] }, by });
    }
  }
}

function answer(t: TradeTable, query: TradeQuery): QueryResult {
  const by = [...new Set(query.by)];
  const amounts = query.amounts !== 'value';
  const { plan, keyOf } = buildPlan(t, query.filter, by, amounts);
  const result = runKernel(t, plan);
  const units = t.units;
  const unitOf = t.unit;
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
      const outer = (result.group[s] - unitOf[result.firstRow[s]]) / nUnits;
      let index = rowOf.get(outer);
      if (index === undefined) rowOf.set(outer, (index = nRows++));
      rowOfSlot[s] = index;
    }
  }
  const value = new Float64Array(nRows);
  const weight = new Float64Array(nRows);
  const firstRow = new Int32Array(nRows).fill(-1);
  const quantities: (QuantityAmount[] | undefined)[] = new Array(nRows);
  for (let s = 0; s < result.size; s++) {
    const r = rowOfSlot === null ? s : rowOfSlot[s];
    value[r] += result.valueUsd[s];
    weight[r] += result.netKg[s];
    if (firstRow[r] === -1) firstRow[r] = result.firstRow[s];
    const amount = result.quantity[s];
    if (amount === amount && units[unitOf[result.firstRow[s]]] !== '') addQuantity((quantities[r] ??= []), units[unitOf[result.firstRow[s]]], amount);
  }

  const order = largestFirst(value, nRows);
  const keyReaders = by.map((d) => keyOf(d));

  const total: Amounts = { valueUsd: 0, netKg: amounts ? 0 : null, quantity: [] };
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
    rows.push({ keys, valueUsd: value[r], netKg: kg, quantity, share: base > 0 ? value[r] / base : 0 });
    total.valueUsd += value[r];
    if (total.netKg !== null) total.netKg = kg === null ? null : total.netKg + kg;
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
