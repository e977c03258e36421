// Adds one imported file's table to a dataset without double counting: an
// incoming record identical to an existing one (period, reporter, flow,
// partner, commodity, value, weight, quantity and unit: every column of
// trade-table.ts but `counted`; NaN equals NaN) is skipped. Multiset
// semantics: each existing record absorbs at most one identical incoming
// record, so a record present twice in the dataset and three times in the file
// is added once. Rows of the same table are never compared with each other (a
// file may legitimately hold equal rows).
//
// No string or object is built per row: records are hashed from their
// dictionary codes (mapped into the merged dictionaries) and float bits into an
// open-addressing table of distinct existing records with a count each, and
// equality is confirmed field by field on a hash match.

import { assembleTable, COLUMN_NAMES, columnSpec, newColumn, type AnyColumn, type ColumnName, type DictionaryName, type TradeTable } from './trade-table';
import { finish, mix } from './hash-mix';
import { sortedByPeriod } from './period-order';

export interface MergeResult {
  /** The existing rows and the incoming rows that were added, in period order (period-order.ts). Fresh buffers. */
  table: TradeTable;
  /** Incoming rows skipped as already present. */
  skipped: number;
}

const MAX_UINT16_CODES = 0x10000;
// Codes are mapped through Int32Arrays; far beyond any real commodity list.
const MAX_COMMODITY_CODES = 0x80000000;

const floatScratch = new Float64Array(1);
const floatWords = new Uint32Array(floatScratch.buffer);

class MergedDictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly limit: number, private readonly name: string) {}

  /** Codes of `source` in this dictionary, adding every value. */
  addAll(source: readonly string[]): Int32Array {
    const codes = new Int32Array(source.length);
    for (let i = 0; i < source.length; i++) codes[i] = this.code(source[i]);
    return codes;
  }

  /** Codes of `source` for values already present; -1 for the others (added on first use). */
  lookupAll(source: readonly string[]): Int32Array {
    const codes = new Int32Array(source.length);
    for (let i = 0; i < source.length; i++) codes[i] = this.index.get(source[i]) ?? -1;
    return codes;
  }

  code(value: string): number {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      if (code >= this.limit) throw new RangeError(`Too many distinct ${this.name} values to merge (limit ${this.limit})`);
      this.values.push(value);
      this.index.set(value, code);
    }
    return code;
  }
}


/** Mixes a float's bits; all NaNs hash alike, and so do 0 and -0 (they compare equal). */
function mixFloat(h: number, v: number): number {
  if (v !== v) return mix(mix(h, 0), 0x7ff80000);
  floatScratch[0] = v === 0 ? 0 : v;
  return mix(mix(h, floatWords[0]), floatWords[1]);
}


function sameFloat(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

/** One column of the record's identity, in both tables; dictionary codes mapped into the merged dictionary. */
interface KeyColumn {
  name: ColumnName;
  existing: AnyColumn;
  incoming: AnyColumn;
  /** Existing code → merged code (dictionary columns only). */
  existingMap: Int32Array | null;
  /** Incoming code → merged code, -1 until the value is added. */
  incomingMap: Int32Array | null;
  incomingValues: readonly string[] | null;
  dictionary: MergedDictionary | null;
  float: boolean;
}

/** Everything but `counted` says what a record is (trade-table.ts TABLE_COLUMNS). */
const KEY_COLUMNS = COLUMN_NAMES.filter((name) => name !== 'counted');

export function mergeTables(existing: TradeTable, incoming: TradeTable): MergeResult {
  const e = existing;
  const inc = incoming;
  const existingRows = e.rowCount;
  const incomingRows = inc.rowCount;

  // Merged dictionaries: all of the existing values, then incoming values as added rows need them.
  const keys: KeyColumn[] = KEY_COLUMNS.map((name) => {
    const spec = columnSpec(name);
    const column: KeyColumn = { name, existing: e[name], incoming: inc[name], existingMap: null, incomingMap: null, incomingValues: null, dictionary: null, float: spec.kind === 'f64' };
    if (spec.dictionary !== undefined) {
      const dict = spec.dictionary as DictionaryName;
      const limit = spec.kind === 'u16' ? MAX_UINT16_CODES : MAX_COMMODITY_CODES;
      column.dictionary = new MergedDictionary(limit, name);
      column.existingMap = column.dictionary.addAll(e[dict]);
      column.incomingMap = column.dictionary.lookupAll(inc[dict]);
      column.incomingValues = inc[dict];
    }
    return column;
  });
  // Integer columns first, then floats, each looped over apart: one loop reading five
  // typed-array types is megamorphic in V8 (twice as slow); four integer types, or one float
  // type, are not.
  keys.sort((a, b) => Number(a.float) - Number(b.float));
  const ints = keys.filter((k) => !k.float);
  const floats = keys.filter((k) => k.float);

  const hashExisting = (i: number): number => {
    let h = 0x2f1b3c4d;
    for (const k of ints) {
      const v = k.existing[i];
      h = mix(h, k.existingMap !== null ? k.existingMap[v] : v);
    }
    for (const k of floats) h = mixFloat(h, k.existing[i]);
    return finish(h);
  };
  const sameExisting = (a: number, b: number): boolean => {
    for (const k of ints) {
      const x = k.existing[a];
      const y = k.existing[b];
      if (k.existingMap !== null ? k.existingMap[x] !== k.existingMap[y] : x !== y) return false;
    }
    for (const k of floats) if (!sameFloat(k.existing[a], k.existing[b])) return false;
    return true;
  };

  // Distinct existing records in an open-addressing table, three ints a slot (kept together
  // for locality): representative row + 1 (0 = empty), its hash, copies left to absorb.
  let capacity = 16;
  while (capacity < existingRows * 2) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity * 3);

  for (let i = 0; i < existingRows; i++) {
    const h = hashExisting(i);
    let slot = h & mask;
    for (;;) {
      const at = slot * 3;
      const stored = slots[at];
      if (stored === 0) {
        slots[at] = i + 1;
        slots[at + 1] = h;
        slots[at + 2] = 1;
        break;
      }
      if (slots[at + 1] === h && sameExisting(stored - 1, i)) {
        slots[at + 2]++;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }

  // Incoming rows: absorbed by an identical existing record while copies are left, otherwise added.
  const added = new Uint8Array(incomingRows);
  let addedCount = 0;
  let skipped = 0;
  const incomingValues = new Float64Array(keys.length);
  for (let j = 0; j < incomingRows; j++) {
    let absorbed = false;
    let known = existingRows > 0;
    // Merged code (or value) of each column; -1 for a dictionary value the existing table lacks.
    for (let c = 0; c < ints.length && known; c++) {
      const k = ints[c];
      const v = k.incoming[j];
      const code = k.incomingMap !== null ? k.incomingMap[v] : v;
      if (k.incomingMap !== null && code < 0) known = false;
      incomingValues[c] = code;
    }
    if (known) {
      for (let c = 0; c < floats.length; c++) incomingValues[ints.length + c] = floats[c].incoming[j];
      let h = 0x2f1b3c4d;
      for (let c = 0; c < ints.length; c++) h = mix(h, incomingValues[c]);
      for (let c = ints.length; c < keys.length; c++) h = mixFloat(h, incomingValues[c]);
      h = finish(h);
      let slot = h & mask;
      for (;;) {
        const at = slot * 3;
        const stored = slots[at];
        if (stored === 0) break;
        const r = stored - 1;
        if (slots[at + 1] === h && sameAsExisting(ints, floats, r, incomingValues)) {
          if (slots[at + 2] > 0) {
            slots[at + 2]--;
            absorbed = true;
          }
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    if (absorbed) skipped++;
    else {
      added[j] = 1;
      addedCount++;
    }
  }

  const n = existingRows + addedCount;
  const columns = {} as Record<ColumnName, AnyColumn>;
  for (const name of COLUMN_NAMES) columns[name] = newColumn(name, n);
  for (const k of keys) {
    const out = columns[k.name];
    if (k.existingMap === null) out.set(k.existing.subarray(0, existingRows) as never);
    else for (let i = 0; i < existingRows; i++) out[i] = k.existingMap[k.existing[i]];
    let row = existingRows;
    for (let j = 0; j < incomingRows; j++) {
      if (!added[j]) continue;
      let v = k.incoming[j];
      if (k.incomingMap !== null) {
        let code = k.incomingMap[v];
        if (code < 0) code = k.incomingMap[v] = k.dictionary!.code(k.incomingValues![v]);
        v = code;
      }
      out[row++] = v;
    }
  }
  columns.counted.set(e.counted.subarray(0, existingRows));
  let row = existingRows;
  for (let j = 0; j < incomingRows; j++) if (added[j]) columns.counted[row++] = inc.counted[j];

  const dictionaries = new Map(keys.filter((k) => k.dictionary !== null).map((k) => [columnSpec(k.name).dictionary as DictionaryName, k.dictionary!.values]));
  const table = assembleTable(
    n,
    (name) => columns[name] as never,
    (dict) => dictionaries.get(dict) ?? [],
  );
  return { table: sortedByPeriod(table), skipped };
}

function sameAsExisting(ints: KeyColumn[], floats: KeyColumn[], r: number, incoming: Float64Array): boolean {
  for (let c = 0; c < ints.length; c++) {
    const k = ints[c];
    const v = k.existing[r];
    if ((k.existingMap !== null ? k.existingMap[v] : v) !== incoming[c]) return false;
  }
  for (let c = 0; c < floats.length; c++) if (!sameFloat(floats[c].existing[r], incoming[ints.length + c])) return false;
  return true;
}
