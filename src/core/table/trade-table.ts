// The loaded dataset: one typed array per field, strings dictionary-coded.
// About 40 bytes a row against ~48 in the CSV and ~480 for row objects
// (docs/quality.md); the buffers transfer from the worker to the page without copying.
//
// TABLE_COLUMNS is the one list of the table's columns. The `TradeTable` type, the
// transfer list, the byte count, copies, checks, the merge (merge-tables.ts) and the
// stored form (lib/stored-table.ts) are all derived from it: adding a column is an
// entry here plus the line in table-builder.ts that writes it.

import { FLOWS, type Flow } from '../model/trade-record';

/** Typed-array kinds a column can have. */
interface KindArrays {
  i32: Int32Array;
  u8: Uint8Array;
  u16: Uint16Array;
  u32: Uint32Array;
  f64: Float64Array;
}
type Kind = keyof KindArrays;

const KIND_CONSTRUCTORS: { [K in Kind]: new (n: number) => KindArrays[K] } = {
  i32: Int32Array,
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  f64: Float64Array,
};

interface ColumnSpec {
  readonly kind: Kind;
  /** The dictionary the column's codes index into. */
  readonly dictionary?: string;
  /**
   * For columns added after tables were first stored: the value a row of an older
   * table gets (and, for a dictionary column, the dictionary it gets). Columns
   * without one are required in every stored table.
   */
  readonly fill?: number;
  readonly fillDictionary?: readonly string[];
  /** The table layout that introduced the column (lib/stored-table.ts migrates older ones). */
  readonly since?: number;
}

export const TABLE_COLUMNS = {
  /** Period codes (model/period.ts): year*100 + month, quarter 21–24, or 0 for a year. */
  period: { kind: 'i32' },
  /** Index into FLOWS. */
  flow: { kind: 'u8' },
  /** Whose trade: a Russian region (`RU-KAM`) or a country (ISO alpha-2). */
  reporter: { kind: 'u16', dictionary: 'reporters' },
  /** ISO alpha-2, `W00` World, or another aggregate area. */
  partner: { kind: 'u16', dictionary: 'partners' },
  /** HS / TN VED code of 2–10 digits, or TOTAL. */
  commodity: { kind: 'u32', dictionary: 'commodities' },
  valueUsd: { kind: 'f64' },
  /** NaN where the source has no weight (missing, never zero). */
  netKg: { kind: 'f64' },
  /** Quantity in the supplementary unit; NaN where the source has none. */
  quantity: { kind: 'f64', fill: NaN, since: 3 },
  /** The supplementary unit (`ШТУКА`); '' where there is no quantity. */
  unit: { kind: 'u16', dictionary: 'units', fill: 0, fillDictionary: [''], since: 3 },
  /** 1 = add this row up; 0 = an aggregate kept apart because its parts are present (aggregate-coverage.ts). */
  counted: { kind: 'u8' },
} as const satisfies Record<string, ColumnSpec>;

type Columns = typeof TABLE_COLUMNS;
export type ColumnName = keyof Columns;
export type ColumnArray<K extends ColumnName> = KindArrays[Columns[K]['kind']];
export type AnyColumn = KindArrays[Kind];
export type DictionaryName = { [K in ColumnName]: Columns[K] extends { dictionary: infer D extends string } ? D : never }[ColumnName];

export type TradeTable = { readonly rowCount: number } & { readonly [K in ColumnName]: ColumnArray<K> } & {
  readonly [D in DictionaryName]: readonly string[];
};

export const COLUMN_NAMES = Object.keys(TABLE_COLUMNS) as ColumnName[];
export const DICTIONARY_NAMES = COLUMN_NAMES.flatMap((name) => {
  const spec: ColumnSpec = TABLE_COLUMNS[name];
  return spec.dictionary === undefined ? [] : [spec.dictionary as DictionaryName];
});

export function columnSpec(name: ColumnName): ColumnSpec {
  return TABLE_COLUMNS[name];
}

/** A zeroed column of `n` values of the column's type. */
export function newColumn<K extends ColumnName>(name: K, n: number): ColumnArray<K> {
  const Constructor = KIND_CONSTRUCTORS[TABLE_COLUMNS[name].kind] as new (n: number) => AnyColumn;
  return new Constructor(n) as ColumnArray<K>;
}

/** A column of the registry's type over `buffer` (its whole length). */
export function columnOver<K extends ColumnName>(name: K, buffer: ArrayBuffer): ColumnArray<K> {
  const Constructor = KIND_CONSTRUCTORS[TABLE_COLUMNS[name].kind] as unknown as new (buffer: ArrayBuffer) => AnyColumn;
  return new Constructor(buffer) as ColumnArray<K>;
}

/** Bytes of one value of the column. */
export function bytesPerValue(name: ColumnName): number {
  return (KIND_CONSTRUCTORS[TABLE_COLUMNS[name].kind] as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
}

/** True when `column` has the type the registry gives `name`. */
export function isColumnOfType(name: ColumnName, column: unknown): column is AnyColumn {
  return column instanceof KIND_CONSTRUCTORS[TABLE_COLUMNS[name].kind];
}

/** Bytes held by the table's columns and dictionaries (strings counted at 2 bytes a char). */
export function tableByteSize(t: TradeTable): number {
  let bytes = 0;
  for (const name of COLUMN_NAMES) bytes += t[name].byteLength;
  for (const dict of DICTIONARY_NAMES) for (const s of t[dict]) bytes += 16 + 2 * s.length;
  return bytes;
}

/** The buffers to list as transferables when posting a table between threads. */
export function tableTransferables(t: TradeTable): ArrayBuffer[] {
  return [...new Set(COLUMN_NAMES.map((name) => t[name].buffer as ArrayBuffer))];
}

/** Throws when a column is missing, of the wrong type or of the wrong length. */
export function checkTable(t: TradeTable): void {
  for (const name of COLUMN_NAMES) {
    const column: unknown = t[name];
    if (!isColumnOfType(name, column)) throw new TypeError(`Column ${name} has the wrong type`);
    if (column.length !== t.rowCount) throw new RangeError(`Column ${name} has ${column.length} values for ${t.rowCount} rows`);
  }
  for (const dict of DICTIONARY_NAMES) if (!Array.isArray(t[dict])) throw new TypeError(`Dictionary ${dict} is missing`);
}

/** A table with fresh buffers and dictionaries: nothing shared with `t`. */
export function copyTable(t: TradeTable): TradeTable {
  return assembleTable(
    t.rowCount,
    (name) => t[name].slice() as never,
    (dict) => [...t[dict]],
  );
}

/** A table from one function giving each column and one giving each dictionary. */
export function assembleTable(
  rowCount: number,
  column: <K extends ColumnName>(name: K) => ColumnArray<K>,
  dictionary: (name: DictionaryName) => readonly string[],
): TradeTable {
  const table: Record<string, unknown> = { rowCount };
  for (const name of COLUMN_NAMES) table[name] = column(name);
  for (const dict of DICTIONARY_NAMES) table[dict] = dictionary(dict);
  return table as TradeTable;
}

export function emptyTable(): TradeTable {
  return assembleTable(
    0,
    (name) => newColumn(name, 0),
    () => [],
  );
}

export function flowName(code: number): Flow {
  return FLOWS[code];
}
