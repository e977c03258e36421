// An index that halves the query kernel's work per row: every distinct combination of a
// row's flow, reporter, partner, commodity, unit and `counted` flag (a "tuple") gets a
// number, and each row keeps only that number. A query then turns its filters and keys
// into one table per tuple (a few thousand entries where the rows are millions) and reads
// three columns a row — period, tuple, value — instead of eight (group-kernel.ts).
// Built once per table and kept while it lives; the worker builds the roll-ups' tuples with
// the roll-ups (roll-up.ts). A table whose rows are nearly all different combinations gains
// nothing from it: then there is none, and the kernel reads the columns.

import type { TradeTable } from '../table/trade-table';
import { mix } from '../table/hash-mix';

export interface RowTuples {
  /** Number of distinct tuples. */
  size: number;
  /** The tuple of each row: 2 bytes a row while there are at most 65 536 tuples (nearly always), else 4. */
  tuple: Uint16Array | Uint32Array;
  flow: Uint8Array;
  reporter: Uint16Array;
  partner: Uint16Array;
  commodity: Uint32Array;
  unit: Uint16Array;
  counted: Uint8Array;
}

/** Above this share of the rows, tuples save nothing worth their memory. */
const MAX_TUPLES_PER_ROW = 0.25;

const known = new WeakMap<Int32Array, { rows: number; tuples: RowTuples | null }>();

/** The table's tuples, built on first use; null when the table has too many distinct combinations. */
export function rowTuples(t: TradeTable): RowTuples | null {
  const found = known.get(t.period);
  if (found && found.rows === t.rowCount) return found.tuples;
  const tuples = buildTuples(t);
  known.set(t.period, { rows: t.rowCount, tuples });
  return tuples;
}

/** Registers tuples built elsewhere (the worker builds the roll-ups' tuples and transfers them). */
export function attachRowTuples(t: TradeTable, tuples: RowTuples | null): void {
  known.set(t.period, { rows: t.rowCount, tuples });
}

export function tupleTransferables(tuples: RowTuples | null): ArrayBuffer[] {
  if (tuples === null) return [];
  return [tuples.tuple, tuples.flow, tuples.reporter, tuples.partner, tuples.commodity, tuples.unit, tuples.counted].map((a) => a.buffer as ArrayBuffer);
}


/** The columns tuples are made of: a table's, or the cells of a roll-up being built (roll-up-build.ts). */
export type TupleColumns = Pick<TradeTable, 'rowCount' | 'flow' | 'reporter' | 'partner' | 'commodity' | 'unit' | 'counted'>;

/** The rows' tuples; null when there would be more than `limit`. */
export function buildTuples(t: TupleColumns, limit = Math.max(1024, Math.floor(t.rowCount * MAX_TUPLES_PER_ROW))): RowTuples | null {
  const n = t.rowCount;
  const { flow, reporter, partner, commodity, unit, counted } = t;
  // Two bytes a row until a 65 537th tuple appears (then widened once): the index is kept with the
  // table for its lifetime, and at 4 bytes it was a tenth of the table's 40 (issue 17).
  let tuple: Uint16Array | Uint32Array = new Uint16Array(n);
  // Open addressing: slot → tuple + 1 (0 = empty), at most half full.
  let capacity = 1024;
  while (capacity < 2 * Math.min(limit, 1 << 16)) capacity *= 2;
  let slots: Int32Array = new Int32Array(capacity);
  let size = 0;
  let cap = 1024;
  let tf = new Uint8Array(cap);
  let tr = new Uint16Array(cap);
  let tp = new Uint16Array(cap);
  let tc = new Uint32Array(cap);
  let tu = new Uint16Array(cap);
  let tk = new Uint8Array(cap);
  let last = -1;
  for (let i = 0; i < n; i++) {
    const f = flow[i];
    const r = reporter[i];
    const p = partner[i];
    const c = commodity[i];
    const u = unit[i];
    const k = counted[i];
    // Neighbouring rows often repeat a combination.
    if (last >= 0 && tc[last] === c && tp[last] === p && tf[last] === f && tr[last] === r && tu[last] === u && tk[last] === k) {
      tuple[i] = last;
      continue;
    }
    const h = mix(mix(mix(mix(mix(mix(0x2f1b3c4d, c), p), f), r), u), k);
    let slot = h & (capacity - 1);
    let id = -1;
    for (;;) {
      const stored = slots[slot] - 1;
      if (stored === -1) break;
      if (tc[stored] === c && tp[stored] === p && tf[stored] === f && tr[stored] === r && tu[stored] === u && tk[stored] === k) {
        id = stored;
        break;
      }
      slot = (slot + 1) & (capacity - 1);
    }
    if (id === -1) {
      if (size === limit) return null;
      if (size === cap) {
        cap *= 2;
        tf = grown(tf, cap);
        tr = grown(tr, cap);
        tp = grown(tp, cap);
        tc = grown(tc, cap);
        tu = grown(tu, cap);
        tk = grown(tk, cap);
      }
      id = size++;
      if (id === U16_TUPLES) tuple = widened(tuple, i);
      tf[id] = f;
      tr[id] = r;
      tp[id] = p;
      tc[id] = c;
      tu[id] = u;
      tk[id] = k;
      slots[slot] = id + 1;
      if (2 * size > capacity) {
        capacity *= 2;
        slots = rehash(tf, tr, tp, tc, tu, tk, size, capacity);
      }
    }
    tuple[i] = id;
    last = id;
  }
  return { size, tuple, flow: tf.slice(0, size), reporter: tr.slice(0, size), partner: tp.slice(0, size), commodity: tc.slice(0, size), unit: tu.slice(0, size), counted: tk.slice(0, size) };
}

/** Tuples a Uint16Array of tuple numbers can name. */
const U16_TUPLES = 1 << 16;

/** The first `filled` tuple numbers in a Uint32Array of the same length. */
function widened(tuple: Uint16Array | Uint32Array, filled: number): Uint32Array {
  const wide = new Uint32Array(tuple.length);
  wide.set(tuple.subarray(0, filled));
  return wide;
}

function rehash(tf: Uint8Array, tr: Uint16Array, tp: Uint16Array, tc: Uint32Array, tu: Uint16Array, tk: Uint8Array, size: number, capacity: number): Int32Array {
  const slots = new Int32Array(capacity);
  for (let id = 0; id < size; id++) {
    let slot = mix(mix(mix(mix(mix(mix(0x2f1b3c4d, tc[id]), tp[id]), tf[id]), tr[id]), tu[id]), tk[id]) & (capacity - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (capacity - 1);
    slots[slot] = id + 1;
  }
  return slots;
}

function grown<T extends Uint8Array | Uint16Array | Uint32Array>(a: T, capacity: number): T {
  const next = new (a.constructor as new (n: number) => T)(capacity);
  next.set(a);
  return next;
}
