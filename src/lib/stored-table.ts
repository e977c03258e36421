// A trade table as IndexedDB keeps it, and the migration of older layouts.
// Every column and dictionary of the registry (core/table/trade-table.ts) is stored;
// the layouts differ only in where they live:
//   1  one record holding the whole table (the first release)
//   2  a header record with the three dictionaries; columns in parts of PART_ROWS rows
//   3  as 2, with the dictionaries under `dictionaries` (every registry dictionary)
// Tables stored before a column existed (quantity and unit arrived with layout 3) are
// read with that column filled as its registry entry says: NaN quantities, unit ''.

import {
  assembleTable,
  checkTable,
  COLUMN_NAMES,
  columnSpec,
  DICTIONARY_NAMES,
  newColumn,
  type AnyColumn,
  type ColumnArray,
  type ColumnName,
  type DictionaryName,
  type TradeTable,
} from '../core/table/trade-table';

export const CURRENT_LAYOUT = 3;

/** Layout 1: the whole table in one record (columns of that time only). */
export interface WholeTableRecord {
  layout: 1;
  rowCount: number;
  [field: string]: unknown;
}

/** Layouts 2 and 3: the header record; the columns are in PartRecords. */
export interface PartedTableRecord {
  layout: 2 | 3;
  rowCount: number;
  /** Layout 3. */
  dictionaries?: Record<string, string[]>;
  /** Layout 2 kept these three at the top. */
  reporters?: string[];
  partners?: string[];
  commodities?: string[];
}

export type TableRecord = WholeTableRecord | PartedTableRecord;

export interface PartRecord {
  column: ColumnName;
  index: number;
  data: AnyColumn;
}

/** The header record of a table in the current layout. */
export function tableHeader(table: TradeTable): PartedTableRecord {
  return { layout: CURRENT_LAYOUT as 3, rowCount: table.rowCount, dictionaries: Object.fromEntries(DICTIONARY_NAMES.map((d) => [d, [...table[d]]])) };
}

/**
 * The parts of each column, `partRows` rows each (at least one part, possibly empty); slice:
 * cloning a view would clone its whole buffer. A column that holds nothing but its registry
 * fill (no quantities: every quantity NaN, every unit '') is not written: reading fills it
 * again, as it does for tables stored before the column existed.
 */
export function* columnParts(table: TradeTable, partRows: number): Generator<PartRecord> {
  const partCount = Math.max(1, Math.ceil(table.rowCount / partRows));
  for (const column of COLUMN_NAMES) {
    if (onlyFill(table, column)) continue;
    for (let index = 0; index < partCount; index++) yield { column, index, data: table[column].slice(index * partRows, (index + 1) * partRows) };
  }
}

/** How many parts `columnParts` yields (for a save's progress), without slicing any. */
export function columnPartCount(table: TradeTable, partRows: number): number {
  const partCount = Math.max(1, Math.ceil(table.rowCount / partRows));
  return COLUMN_NAMES.filter((column) => !onlyFill(table, column)).length * partCount;
}

function onlyFill(table: TradeTable, name: ColumnName): boolean {
  const spec = columnSpec(name);
  if (spec.fill === undefined || table.rowCount === 0) return false;
  if (spec.dictionary !== undefined) {
    const dictionary = table[spec.dictionary as DictionaryName];
    if (dictionary.length !== (spec.fillDictionary ?? []).length || dictionary.some((v, i) => v !== spec.fillDictionary![i])) return false;
  }
  const column = table[name];
  const fill = spec.fill;
  if (fill !== fill) {
    for (let i = 0; i < column.length; i++) if (column[i] === column[i]) return false;
  } else {
    for (let i = 0; i < column.length; i++) if (column[i] !== fill) return false;
  }
  return true;
}

/** A column of `rowCount` rows filled as the registry says for tables stored before it existed. */
function filledColumn<K extends ColumnName>(name: K, rowCount: number): ColumnArray<K> {
  const fill = columnSpec(name).fill;
  if (fill === undefined) throw new RangeError(`Stored table has no column ${name}`);
  const column = newColumn(name, rowCount);
  if (fill !== 0) column.fill(fill);
  return column;
}

/** A dictionary of a stored record, or the one the registry gives tables stored before it existed. */
function storedDictionary(found: unknown, name: DictionaryName): string[] {
  if (Array.isArray(found)) return [...(found as string[])];
  const column = COLUMN_NAMES.find((c) => columnSpec(c).dictionary === name)!;
  const fill = columnSpec(column).fillDictionary;
  if (fill === undefined) throw new RangeError(`Stored table has no dictionary ${name}`);
  return [...fill];
}

/** A column owning exactly its own plain ArrayBuffer: as is when it already does, else copied. */
function compact<T extends AnyColumn>(column: T, taken: Set<ArrayBufferLike>): T {
  const buffer = column.buffer;
  const owns = buffer instanceof ArrayBuffer && column.byteOffset === 0 && column.byteLength === buffer.byteLength && !taken.has(buffer);
  const result = owns ? column : (column.slice() as T);
  taken.add(result.buffer);
  return result;
}

/** A table from a layout-1 record; `copy` forces fresh buffers. */
export function fromWholeRecord(record: WholeTableRecord, copy: boolean): TradeTable {
  const taken = new Set<ArrayBufferLike>();
  const table = assembleTable(
    record.rowCount,
    (name) => {
      const stored = record[name] as AnyColumn | undefined;
      if (stored === undefined) return filledColumn(name, record.rowCount);
      return (copy ? stored.slice() : compact(stored, taken)) as never;
    },
    (dict) => storedDictionary(record[dict], dict),
  );
  checkTable(table);
  return table;
}

/** Joins the stored parts of each column back into one array (layouts 2 and 3). */
export function fromParts(record: PartedTableRecord, parts: PartRecord[]): TradeTable {
  const table = assembleTable(
    record.rowCount,
    (name) => {
      const pieces = parts.filter((p) => p.column === name).sort((a, b) => a.index - b.index);
      if (pieces.length === 0) return filledColumn(name, record.rowCount);
      const out = newColumn(name, record.rowCount);
      let offset = 0;
      for (const piece of pieces) {
        out.set(piece.data as never, offset);
        offset += piece.data.length;
      }
      if (offset !== record.rowCount) throw new RangeError(`Stored column ${name} has ${offset} values for ${record.rowCount} rows`);
      return out;
    },
    (dict) => storedDictionary(record.dictionaries ? record.dictionaries[dict] : (record as unknown as Record<string, unknown>)[dict], dict),
  );
  checkTable(table);
  return table;
}
