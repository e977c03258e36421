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

import { FLOW_CODE, type Flow } from '../model/trade-record';
import { periodCode, periodMonthSpan } from '../model/period';
import { TradeTableBuilder, tableRow } from '../table/table-builder';
import type { TradeTable } from '../table/trade-table';
import { commodityKey, commodityMatches, DIMENSION_FAMILY, DIMENSION_SOURCE, FAMILY, periodKey, type Dimension, type SourceColumn } from './dimensions';
import { runKernel, type KernelPlan } from './group-kernel';

export interface TradeFilter {
  /** Inclusive month indices (model/period.ts monthIndex); a row counts when its whole period lies inside. */
  fromMonth?: number | null;
  toMonth?: number | null;
  /** Absent or null: every flow. */
  flows?: readonly Flow[] | null;
  /** Reporter codes (`RU-KAM`, `RU`); absent or null: every reporter. */
  reporters?: readonly string[] | null;
  /** Partner codes; absent or null: every partner. */
  partners?: readonly string[] | null;
  /** Commodity code prefixes of 2–10 digits; absent or null: all goods (TOTAL rows included). */
  commodities?: readonly string[] | null;
}

/** Internal dimensions: the period code as it is, used by the chapter roll-up (roll-up.ts). */
export type GroupDimension = Dimension | 'period';

export interface TradeQuery {
  filter: TradeFilter;
  by: readonly Dimension[];
  /** 'value': values and shares only (the charts), weights and quantities not read; default 'all'. */
  amounts?: 'all' | 'value';
}

export interface QuantityAmount {
  unit: string;
  value: number;
}

export interface Amounts {
  valueUsd: number;
  /** Null when any row summed has no weight (or weights were not asked for). */
  netKg: number | null;
  /** One entry per unit, largest first; empty when no row has a quantity. */
  quantity: QuantityAmount[];
}

export interface QueryRow extends Amounts {
  /** One key per `by` dimension, in its order. */
  keys: string[];
  /** valueUsd ÷ shareBase (0 when the base is 0). */
  share: number;
}

export interface QueryResult {
  by: readonly Dimension[];
  /** Largest value first; equal values in the order their groups first occur in the table. */
  rows: QueryRow[];
  /** Everything under all the filters. */
  total: Amounts;
  /** The share rule's denominator: the total without the filters on the shown dimensions. */
  shareBase: number;
}

export function runQuery(t: TradeTable, query: TradeQuery): QueryResult {
  if (!warmedUp) warmUp();
  return answer(t, query);
}

let warmedUp = false;

/**
 * Runs every path of the query once on a small made-up table before the first real query.
 * V8 optimises a long loop while it runs; code after it that has never run has no type
 * feedback, and the optimised code then bails out there on every call (measured: a 52,000-
 * group answer took 4× as long). See also the kernel's warm-up (group-kernel.ts).
 */
function warmUp(): void {
  warmedUp = true;
  const builder = new TradeTableBuilder(64);
  for (let i = 0; i < 400; i++) {
    builder.append(tableRow(periodCode(2020 + (i % 3), i % 4 === 0 ? 22 : (i % 12) + 1), i % 2 ? 'RU-KAM' : 'RU', i % 2, `P${i % 7}`, String(1000000000 + i * 7919).slice(0, 2 + (i % 5) * 2), i + 0.5, i % 5 ? i : NaN, i % 3 ? { quantity: i, unit: i % 2 ? 'ШТУКА' : 'ЛИТР' } : {}));
  }
  const { table } = builder.finish();
  const plain = { ...table, period: table.period.slice(), units: [''], unit: new Uint16Array(table.rowCount), quantity: new Float64Array(table.rowCount).fill(NaN) };
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

  // Largest value first; equal values in the order of their group numbers (the keys' order
  // of first appearance in the table's dictionaries): the same order on every run.
  const order: number[] = new Array(nRows);
  for (let r = 0; r < nRows; r++) order[r] = r;
  order.sort((a, b) => value[b] - value[a] || a - b);
  const keyReaders = by.map((d) => keyOf(d));

  const total: Amounts = { valueUsd: 0, netKg: amounts ? 0 : null, quantity: [] };
  const base = result.base;
  const rows: QueryRow[] = new Array(nRows);
  for (let k = 0; k < nRows; k++) {
    const r = order[k];
    const first = firstRow[r];
    const keys = new Array<string>(by.length);
    for (let d = 0; d < by.length; d++) keys[d] = keyReaders[d](first);
    const quantity = quantities[r] ?? NO_QUANTITY;
    if (quantity.length > 1) quantity.sort(byValue);
    // NaN: some row of the group had no weight.
    const kg = amounts && weight[r] === weight[r] ? weight[r] : null;
    rows[k] = { keys, valueUsd: value[r], netKg: kg, quantity, share: base > 0 ? value[r] / base : 0 };
    total.valueUsd += value[r];
    if (total.netKg !== null) total.netKg = kg === null ? null : total.netKg + kg;
    for (const q of quantity) addQuantity(total.quantity, q.unit, q.value);
  }
  total.quantity.sort(byValue);
  return { by, rows, total, shareBase: base };
}

/** Rows without quantities share this (frozen: nothing may add to it). */
const NO_QUANTITY: QuantityAmount[] = Object.freeze([]) as unknown as QuantityAmount[];

function addQuantity(list: QuantityAmount[], unit: string, value: number): void {
  const known = list.find((q) => q.unit === unit);
  if (known) known.value += value;
  else list.push({ unit, value });
}

const byValue = (a: QuantityAmount, b: QuantityAmount) => b.value - a.value || (a.unit < b.unit ? -1 : 1);


// ---------------------------------------------------------------------------
// The plan: per source column, a fail table and a key table indexed by code.

interface SourceTables {
  fail: Uint8Array;
  key: Float64Array;
}

export interface Plan {
  plan: KernelPlan;
  /** A reader of dimension `d`'s key string of a row (its column and strings looked up once). */
  keyOf: (d: GroupDimension) => (row: number) => string;
}

export function buildPlan(t: TradeTable, filter: TradeFilter, by: readonly GroupDimension[], amounts = true): Plan {
  const { minCode, codes } = periodCodes(t);
  const sources: Record<SourceColumn, SourceTables> = {
    period: { fail: new Uint8Array(codes.length), key: new Float64Array(codes.length) },
    flow: { fail: new Uint8Array(4), key: new Float64Array(4) },
    reporter: { fail: new Uint8Array(t.reporters.length), key: new Float64Array(t.reporters.length) },
    partner: { fail: new Uint8Array(t.partners.length), key: new Float64Array(t.partners.length) },
    commodity: { fail: new Uint8Array(t.commodities.length), key: new Float64Array(t.commodities.length) },
  };

  // Filters: the family bit where a code fails.
  const from = filter.fromMonth ?? null;
  const to = filter.toMonth ?? null;
  if (from !== null || to !== null) {
    codes.forEach((code, k) => {
      // No row has an unused code: marking it keeps rowRange from starting the scan there.
      if (code === NO_CODE) {
        sources.period.fail[k] = FAMILY.time;
        return;
      }
      const [start, end] = periodMonthSpan(code);
      if ((from !== null && start < from) || (to !== null && end > to)) sources.period.fail[k] = FAMILY.time;
    });
  }
  if (filter.flows) {
    const wanted = new Set(filter.flows.map((f) => FLOW_CODE[f]));
    for (let f = 0; f < 4; f++) if (!wanted.has(f)) sources.flow.fail[f] = FAMILY.flow;
  }
  failOutside(sources.reporter.fail, t.reporters, filter.reporters, FAMILY.reporter);
  failOutside(sources.partner.fail, t.partners, filter.partners, FAMILY.partner);
  if (filter.commodities) {
    const prefixes = filter.commodities;
    t.commodities.forEach((code, c) => {
      if (!commodityMatches(code, prefixes)) sources.commodity.fail[c] = FAMILY.goods;
    });
  }

  // Keys: each dimension numbers the keys of the codes that pass its own filter, and
  // gets a stride; the unit is the last digit (stride 1).
  const keyStrings = new Map<GroupDimension, readonly string[]>();
  let stride = Math.max(1, t.units.length);
  let shown = 0;
  for (let d = by.length - 1; d >= 0; d--) {
    const dim = by[d];
    const source: SourceColumn = dim === 'period' ? 'period' : DIMENSION_SOURCE[dim];
    if (dim !== 'period') shown |= FAMILY[DIMENSION_FAMILY[dim]];
    const strings = sourceKeys(t, dim, codes);
    keyStrings.set(dim, strings);
    const tables = sources[source];
    const index = new Map<string, number>();
    for (let code = 0; code < strings.length; code++) {
      if (tables.fail[code] !== 0 || strings[code] === undefined) continue;
      let k = index.get(strings[code]);
      if (k === undefined) index.set(strings[code], (k = index.size));
      tables.key[code] += k * stride;
    }
    stride *= Math.max(1, index.size);
  }

  const plan: KernelPlan = {
    minCode,
    periodFail: sources.period.fail,
    periodKey: sources.period.key,
    flowFail: sources.flow.fail,
    flowKey: sources.flow.key,
    reporterFail: sources.reporter.fail,
    reporterKey: sources.reporter.key,
    partnerFail: sources.partner.fail,
    partnerKey: sources.partner.key,
    commodityFail: sources.commodity.fail,
    commodityKey: sources.commodity.key,
    shown,
    groups: stride,
    amounts,
    ...rowRange(t, sources.period.fail, shown),
  };
  const keyOf = (d: GroupDimension): ((row: number) => string) => {
    const strings = keyStrings.get(d)!;
    switch (d === 'period' ? 'period' : DIMENSION_SOURCE[d]) {
      case 'period': {
        const column = t.period;
        return (row) => strings[column[row] - minCode];
      }
      case 'flow': {
        const column = t.flow;
        return (row) => strings[column[row]];
      }
      case 'reporter': {
        const column = t.reporter;
        return (row) => strings[column[row]];
      }
      case 'partner': {
        const column = t.partner;
        return (row) => strings[column[row]];
      }
      case 'commodity': {
        const column = t.commodity;
        return (row) => strings[column[row]];
      }
    }
  };
  return { plan, keyOf };
}

function failOutside(fail: Uint8Array, dictionary: readonly string[], wanted: readonly string[] | null | undefined, bit: number): void {
  if (!wanted) return;
  const set = new Set(wanted);
  dictionary.forEach((value, code) => {
    if (!set.has(value)) fail[code] = bit;
  });
}

const NO_CODE = -1;

/**
 * The rows a query must read: in a table sorted by period (the roll-ups, many files), only
 * those of the periods that pass the time filter — unless time is shown, when the share base
 * needs every period.
 */
function rowRange(t: TradeTable, periodFail: Uint8Array, shown: number): { rowStart: number; rowEnd: number } {
  const starts = (shown & FAMILY.time) === 0 ? periodStarts(t) : null;
  if (starts === null) return { rowStart: 0, rowEnd: t.rowCount };
  let first = 0;
  while (first < periodFail.length && periodFail[first] !== 0) first++;
  let last = periodFail.length - 1;
  while (last >= first && periodFail[last] !== 0) last--;
  return last < first ? { rowStart: 0, rowEnd: 0 } : { rowStart: starts[first], rowEnd: starts[last + 1] };
}

/** For a table sorted by period code: the first row of each code offset (and the row count last); null when unsorted. */
const sortedStarts = new WeakMap<Int32Array, { rows: number; starts: Int32Array | null }>();

export function periodStarts(t: TradeTable): Int32Array | null {
  const found = sortedStarts.get(t.period);
  if (found && found.rows === t.rowCount) return found.starts;
  const { minCode, codes } = periodCodes(t);
  const { period } = t;
  let sorted = true;
  for (let i = 1; i < t.rowCount && sorted; i++) sorted = period[i - 1] <= period[i];
  let starts: Int32Array | null = null;
  if (sorted) {
    starts = new Int32Array(codes.length + 1);
    let row = 0;
    for (let k = 0; k <= codes.length; k++) {
      while (row < t.rowCount && period[row] - minCode < k) row++;
      starts[k] = row;
    }
  }
  sortedStarts.set(t.period, { rows: t.rowCount, starts });
  return starts;
}

/** Every period code between the table's smallest and largest, NO_CODE where none is used. */
const periodRanges = new WeakMap<Int32Array, { rows: number; minCode: number; codes: Int32Array }>();

export function periodCodes(t: TradeTable): { minCode: number; codes: Int32Array } {
  const known = periodRanges.get(t.period);
  if (known && known.rows === t.rowCount) return known;
  let min = 0x7fffffff;
  let max = -1;
  const { period } = t;
  for (let i = 0; i < t.rowCount; i++) {
    const code = period[i];
    if (code < min) min = code;
    if (code > max) max = code;
  }
  const span = t.rowCount === 0 ? 0 : max - min + 1;
  const codes = new Int32Array(span).fill(NO_CODE);
  for (let i = 0; i < t.rowCount; i++) codes[period[i] - min] = period[i];
  const range = { rows: t.rowCount, minCode: t.rowCount === 0 ? 0 : min, codes };
  periodRanges.set(t.period, range);
  return range;
}

/** Key strings of a dimension, indexed by the source column's code; cached per dictionary. */
const keyCache = new WeakMap<object, Map<GroupDimension, readonly string[]>>();

function sourceKeys(t: TradeTable, dim: GroupDimension, codes: Int32Array): readonly string[] {
  const owner: object = dim === 'period' || DIMENSION_SOURCE[dim] === 'period' ? codes : dim === 'flow' ? FLOW_NAMES : DIMENSION_SOURCE[dim] === 'reporter' ? t.reporters : DIMENSION_SOURCE[dim] === 'partner' ? t.partners : t.commodities;
  let forOwner = keyCache.get(owner);
  if (!forOwner) keyCache.set(owner, (forOwner = new Map()));
  let strings = forOwner.get(dim);
  if (strings) return strings;
  switch (dim) {
    case 'period':
      strings = Array.from(codes, (code) => (code === NO_CODE ? (undefined as unknown as string) : String(code)));
      break;
    case 'year':
    case 'quarter':
    case 'month':
      strings = Array.from(codes, (code) => (code === NO_CODE ? (undefined as unknown as string) : periodKey(code, dim)));
      break;
    case 'flow':
      strings = FLOW_NAMES;
      break;
    case 'reporter':
      strings = t.reporters;
      break;
    case 'partner':
      strings = t.partners;
      break;
    default:
      strings = t.commodities.map((code) => commodityKey(code, dim));
  }
  forOwner.set(dim, strings);
  return strings;
}

const FLOW_NAMES: readonly string[] = Object.keys(FLOW_CODE).sort((a, b) => FLOW_CODE[a as Flow] - FLOW_CODE[b as Flow]);
