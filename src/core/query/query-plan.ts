// A query's plan: its filters and group keys turned into one table per source column
// (period, flow, reporter, partner, commodity), indexed by code, so the kernel's pass
// over the rows (group-kernel.ts) never touches a string; and the rows it must read.

import { FLOW_CODE, type Flow } from '../model/trade-record';
import { periodMonthSpan } from '../model/period';
import type { TradeTable } from '../table/trade-table';
import { commodityKey, commodityMatches, DIMENSION_FAMILY, DIMENSION_SOURCE, FAMILY, periodKey, type SourceColumn } from './dimensions';
import type { KernelPlan } from './group-kernel';
import type { GroupDimension, TradeFilter } from './query-types';

interface SourceTables {
  fail: Uint8Array;
  key: Float64Array;
}

export interface Plan {
  plan: KernelPlan;
  /** A reader of dimension `d`'s key string of a row (its column and strings looked up once). */
  keyOf: (d: GroupDimension) => (row: number) => string;
}

/**
 * What a plan reads of the table it runs on: a TradeTable, or a roll-up (roll-up.ts), whose
 * cells keep their period and value but name their flow, reporter, partner and goods only
 * through their tuple (row-tuples.ts).
 */
export interface PlanTable {
  readonly rowCount: number;
  readonly period: Int32Array;
  readonly reporters: readonly string[];
  readonly partners: readonly string[];
  readonly commodities: readonly string[];
  readonly units: readonly string[];
}

/** A row's code in each source column but the period (read for the rows a result names, not in the kernel). */
export type RowCodes = Record<Exclude<SourceColumn, 'period'>, (row: number) => number>;

/** A TradeTable's row codes: its columns. */
export function tableRowCodes(t: TradeTable): RowCodes {
  const { flow, reporter, partner, commodity } = t;
  return { flow: (row) => flow[row], reporter: (row) => reporter[row], partner: (row) => partner[row], commodity: (row) => commodity[row] };
}

export function buildPlan(t: PlanTable, rowCode: RowCodes, filter: TradeFilter, by: readonly GroupDimension[], amounts = true): Plan {
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
    starts: periodStarts(t),
  };
  const keyOf = (d: GroupDimension): ((row: number) => string) => {
    const strings = keyStrings.get(d)!;
    const source = d === 'period' ? 'period' : DIMENSION_SOURCE[d];
    if (source === 'period') {
      const column = t.period;
      return (row) => strings[column[row] - minCode];
    }
    const code = rowCode[source];
    return (row) => strings[code(row)];
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
function rowRange(t: PeriodColumn, periodFail: Uint8Array, shown: number): { rowStart: number; rowEnd: number } {
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

/** What the period helpers read: a table's or a roll-up's period column. */
type PeriodColumn = Pick<PlanTable, 'rowCount' | 'period'>;

export function periodStarts(t: PeriodColumn): Int32Array | null {
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

export function periodCodes(t: PeriodColumn): { minCode: number; codes: Int32Array } {
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

function sourceKeys(t: PlanTable, dim: GroupDimension, codes: Int32Array): readonly string[] {
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
