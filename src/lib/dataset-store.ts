// Uploaded datasets kept in the browser across reloads (PRODUCT.md, Storage):
// IndexedDB database `tradeshare`, version 1, two object stores:
//   datasets  the metadata, keyPath `id`, with a multiEntry index `sourceHashes`
//             over the content hashes of the files the dataset was built from
//   tables    the columnar table (typed arrays + dictionaries), key = dataset id
// Tables are stored in their compact columnar form (structured clone copies the
// typed arrays), never as row objects. Meta and table are written in one
// transaction. Storage can fail (private windows, full quota): openDatasetStore
// rejects with StorageUnavailableError and put with StorageQuotaError, and
// MemoryDatasetStore offers the same behaviour for this tab only (QUALITY.md).

import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { FormatId } from '../core/import/import-report';
import type { TradeTable } from '../core/table/trade-table';

export interface StoredSource {
  fileName: string;
  size: number;
  /** ContentHash digest of the file's bytes. */
  hash: string;
  /** ISO date-time. */
  addedAt: string;
  format: FormatId;
  encoding: 'utf-8' | 'windows-1251';
  rows: { read: number; accepted: number; rejected: number; aggregate: number };
  duplicatesSkipped: number;
}

export interface StoredDatasetMeta {
  id: string;
  name: string;
  /** ISO date-times. */
  createdAt: string;
  updatedAt: string;
  rowCount: number;
  firstMonth: number;
  lastMonth: number;
  finest: 'year' | 'quarter' | 'month';
  sources: StoredSource[];
}

export interface DatasetStore {
  /** False for the in-memory fallback. */
  readonly persistent: boolean;
  /** Newest first: by updatedAt, then createdAt, descending (ISO strings), then id. */
  list(): Promise<StoredDatasetMeta[]>;
  /** The table's buffers belong to the caller alone (they may be transferred to a worker). */
  get(id: string): Promise<{ meta: StoredDatasetMeta; table: TradeTable } | undefined>;
  /** Insert or replace; meta and table together or not at all. Copies the caller's arrays. */
  put(meta: StoredDatasetMeta, table: TradeTable): Promise<void>;
  /** Changes the name only (updatedAt is left alone); rejects with DatasetNotFoundError. */
  rename(id: string, name: string): Promise<StoredDatasetMeta>;
  /** Deletes meta and table; no-op for an unknown id. */
  remove(id: string): Promise<void>;
  /** The newest dataset built from a file with this content hash. */
  findBySourceHash(hash: string): Promise<StoredDatasetMeta | undefined>;
  /** Releases the database connection; the store must not be used afterwards. */
  close(): void;
}

/** IndexedDB missing, blocked (private windows), closed under us or failing. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

/** The browser refused to store more (QuotaExceededError). */
export class StorageQuotaError extends Error {
  override name = 'StorageQuotaError';
}

export class DatasetNotFoundError extends Error {
  override name = 'DatasetNotFoundError';
}

export const DB_NAME = 'tradeshare';
export const DB_VERSION = 2;
const DATASETS = 'datasets';
const TABLES = 'tables';
/** Version 2: columns stored in parts, so no single value is large (see put). */
const PARTS = 'table-parts';
/**
 * Rows per stored part: 500,000 rows of a Float64 column is 4 MB. Each part is
 * cloned in its own task (no long main-thread task while saving), and no value
 * nears Chromium's limit for one IndexedDB value (about 127 MiB), which a
 * table of 4.4 million rows in one record exceeds.
 */
export const PART_ROWS = 500_000;
const SOURCE_HASH_INDEX = 'sourceHashes';
/** Some browsers never answer indexedDB.open in some modes; do not wait forever. */
const DEFAULT_OPEN_TIMEOUT_MS = 10_000;

interface DatasetRecord extends StoredDatasetMeta {
  /** Derived from sources, for the multiEntry index. */
  sourceHashes: string[];
}

interface TableRecord {
  /** Layout of this record, for future migrations. */
  layout: 1;
  rowCount: number;
  period: Int32Array;
  flow: Uint8Array;
  reporter: Uint16Array;
  reporters: string[];
  partner: Uint16Array;
  partners: string[];
  commodity: Uint32Array;
  commodities: string[];
  valueUsd: Float64Array;
  netKg: Float64Array;
  counted: Uint8Array;
}

/** Layout 2: the table record holds the dictionaries; the columns are in PARTS. */
interface PartedTableRecord {
  layout: 2;
  rowCount: number;
  reporters: string[];
  partners: string[];
  commodities: string[];
}

interface PartRecord {
  column: (typeof COLUMNS)[number];
  index: number;
  data: AnyColumn;
}

type PartKey = [string, string, number];

interface TradeShareDB extends DBSchema {
  datasets: { key: string; value: DatasetRecord; indexes: { sourceHashes: string } };
  tables: { key: string; value: TableRecord | PartedTableRecord };
  'table-parts': { key: PartKey; value: PartRecord };
}

/** Every part key of one dataset: arrays compare element by element, and [] sorts after any string. */
function partsOf(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id], [id, []]);
}

type AnyColumn = Int32Array | Uint8Array | Uint16Array | Uint32Array | Float64Array;

const COLUMNS = ['period', 'flow', 'reporter', 'partner', 'commodity', 'valueUsd', 'netKg', 'counted'] as const;
const COLUMN_TYPES: Record<(typeof COLUMNS)[number], new (n: number) => AnyColumn> = {
  period: Int32Array,
  flow: Uint8Array,
  reporter: Uint16Array,
  partner: Uint16Array,
  commodity: Uint32Array,
  valueUsd: Float64Array,
  netKg: Float64Array,
  counted: Uint8Array,
};

// ---------------------------------------------------------------------------
// Errors

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string' ? (error as { name: string }).name : '';
}

function errorMessage(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string' ? (error as { message: string }).message : String(error);
}

/** QuotaExceededError (any spelling, e.g. Firefox's NS_ERROR_DOM_QUOTA_REACHED), or legacy code 22. */
export function isQuotaError(error: unknown): boolean {
  if (error instanceof StorageQuotaError) return true;
  if (/quota/i.test(errorName(error))) return true;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 22) return true;
  // Some engines abort with a generic error whose message names the quota.
  return (errorName(error) === 'UnknownError' || errorName(error) === 'AbortError') && /quota/i.test(errorMessage(error));
}

function isDomException(error: unknown): boolean {
  return (typeof DOMException !== 'undefined' && error instanceof DOMException) || (error instanceof Error && error.constructor?.name === 'DOMException');
}

/**
 * What a storage failure means for the app: StorageQuotaError for a full quota,
 * StorageUnavailableError for any other IndexedDB failure (DOMException), the
 * error itself otherwise (programming errors stay visible).
 */
export function toStorageError(error: unknown): unknown {
  if (error instanceof StorageQuotaError || error instanceof StorageUnavailableError || error instanceof DatasetNotFoundError) return error;
  if (isQuotaError(error)) return new StorageQuotaError(`Browser storage is full: ${errorMessage(error)}`, { cause: error });
  if (isDomException(error)) return new StorageUnavailableError(`Browser storage failed: ${errorName(error)} ${errorMessage(error)}`.trim(), { cause: error });
  return error;
}

// ---------------------------------------------------------------------------
// Copies and checks shared by both stores

function newestFirst(a: StoredDatasetMeta, b: StoredDatasetMeta): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function copyMeta(meta: StoredDatasetMeta): StoredDatasetMeta {
  return {
    id: meta.id,
    name: meta.name,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    rowCount: meta.rowCount,
    firstMonth: meta.firstMonth,
    lastMonth: meta.lastMonth,
    finest: meta.finest,
    sources: meta.sources.map((s) => ({ ...s, rows: { ...s.rows } })),
  };
}

function toRecord(meta: StoredDatasetMeta): DatasetRecord {
  return { ...copyMeta(meta), sourceHashes: [...new Set(meta.sources.map((s) => s.hash))] };
}

function checkMeta(meta: StoredDatasetMeta): void {
  if (typeof meta.id !== 'string' || meta.id === '') throw new TypeError('A stored dataset needs a non-empty id');
  if (!Array.isArray(meta.sources)) throw new TypeError('A stored dataset needs a sources array');
}

function checkTable(table: TradeTable): void {
  for (const key of COLUMNS) {
    const column = table[key];
    if (!(column instanceof COLUMN_TYPES[key])) throw new TypeError(`Column ${key} has the wrong type`);
    if (column.length !== table.rowCount) throw new RangeError(`Column ${key} has ${column.length} values for ${table.rowCount} rows`);
  }
}

/** A column owning exactly its own plain ArrayBuffer: as is when it already does, else copied. */
function compact<T extends AnyColumn>(column: T, taken: Set<ArrayBufferLike>): T {
  const buffer = column.buffer;
  const owns = buffer instanceof ArrayBuffer && column.byteOffset === 0 && column.byteLength === buffer.byteLength && !taken.has(buffer);
  const result = owns ? column : (column.slice() as T);
  taken.add(result.buffer);
  return result;
}

/** A table from a record; `copy` forces fresh buffers (the memory store hands out copies of what it keeps). */
function fromRecord(record: TableRecord, copy: boolean): TradeTable {
  const taken = new Set<ArrayBufferLike>();
  const own = <T extends AnyColumn>(column: T): T => (copy ? (column.slice() as T) : compact(column, taken));
  const table: TradeTable = {
    rowCount: record.rowCount,
    period: own(record.period),
    flow: own(record.flow),
    reporter: own(record.reporter),
    reporters: [...record.reporters],
    partner: own(record.partner),
    partners: [...record.partners],
    commodity: own(record.commodity),
    commodities: [...record.commodities],
    valueUsd: own(record.valueUsd),
    netKg: own(record.netKg),
    counted: own(record.counted),
  };
  checkTable(table);
  return table;
}

/** Joins the stored parts of each column back into one array. */
function fromParts(record: PartedTableRecord, parts: PartRecord[]): TradeTable {
  const joined = {} as Record<(typeof COLUMNS)[number], AnyColumn>;
  for (const column of COLUMNS) {
    const pieces = parts.filter((p) => p.column === column).sort((a, b) => a.index - b.index);
    const out = new COLUMN_TYPES[column](record.rowCount);
    let offset = 0;
    for (const piece of pieces) {
      out.set(piece.data as never, offset);
      offset += piece.data.length;
    }
    if (offset !== record.rowCount) throw new RangeError(`Stored column ${column} has ${offset} values for ${record.rowCount} rows`);
    joined[column] = out;
  }
  const table = { rowCount: record.rowCount, reporters: [...record.reporters], partners: [...record.partners], commodities: [...record.commodities], ...joined } as unknown as TradeTable;
  checkTable(table);
  return table;
}

function copyTable(table: TradeTable): TableRecord {
  return {
    layout: 1,
    rowCount: table.rowCount,
    period: table.period.slice(),
    flow: table.flow.slice(),
    reporter: table.reporter.slice(),
    reporters: [...table.reporters],
    partner: table.partner.slice(),
    partners: [...table.partners],
    commodity: table.commodity.slice(),
    commodities: [...table.commodities],
    valueUsd: table.valueUsd.slice(),
    netKg: table.netKg.slice(),
    counted: table.counted.slice(),
  };
}

// ---------------------------------------------------------------------------
// IndexedDB

async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}

class IndexedDbDatasetStore implements DatasetStore {
  readonly persistent = true;

  constructor(
    private readonly db: IDBPDatabase<TradeShareDB>,
    private readonly partRows: number,
  ) {}

  list(): Promise<StoredDatasetMeta[]> {
    return guard(async () => {
      const tx = this.db.transaction(DATASETS, 'readonly');
      const [records] = await Promise.all([tx.store.getAll(), tx.done]);
      return records.map(copyMeta).sort(newestFirst);
    });
  }

  get(id: string): Promise<{ meta: StoredDatasetMeta; table: TradeTable } | undefined> {
    return guard(async () => {
      const tx = this.db.transaction([DATASETS, TABLES, PARTS], 'readonly');
      const [meta, record, parts] = await Promise.all([tx.objectStore(DATASETS).get(id), tx.objectStore(TABLES).get(id), tx.objectStore(PARTS).getAll(partsOf(id)), tx.done]);
      if (!meta || !record) return undefined;
      return { meta: copyMeta(meta), table: record.layout === 2 ? fromParts(record, parts) : fromRecord(record, false) };
    });
  }

  put(meta: StoredDatasetMeta, table: TradeTable): Promise<void> {
    return guard(async () => {
      checkMeta(meta);
      checkTable(table);
      const tx = this.db.transaction([DATASETS, TABLES, PARTS], 'readwrite');
      const done = tx.done;
      const requests: Promise<unknown>[] = [];
      try {
        const parts = tx.objectStore(PARTS);
        requests.push(parts.delete(partsOf(meta.id)));
        requests.push(tx.objectStore(DATASETS).put(toRecord(meta)));
        const header: PartedTableRecord = { layout: 2, rowCount: table.rowCount, reporters: [...table.reporters], partners: [...table.partners], commodities: [...table.commodities] };
        requests.push(tx.objectStore(TABLES).put(header, meta.id));
        // One part at a time, each put awaited: every clone is a small task of its
        // own, and awaiting a request keeps the transaction open for the next.
        const partCount = Math.max(1, Math.ceil(table.rowCount / this.partRows));
        for (const column of COLUMNS) {
          for (let index = 0; index < partCount; index++) {
            // slice, not subarray: cloning a view would clone its whole buffer.
            const data = table[column].slice(index * this.partRows, (index + 1) * this.partRows);
            const request = parts.put({ column, index, data }, [meta.id, column, index]);
            requests.push(request);
            await request;
          }
        }
        await Promise.all([...requests, done]);
      } catch (error) {
        // A request may have thrown before the others were awaited: they will fail with AbortError.
        for (const request of requests) request.catch(() => undefined);
        // A request that threw does not abort the transaction by itself: never commit half a dataset.
        try {
          tx.abort();
        } catch {
          // Already finished or aborted.
        }
        const transactionError = await done.then(
          () => null,
          (e: unknown) => e,
        );
        // A quota failure aborts the transaction; its requests then report a mere AbortError.
        throw isQuotaError(transactionError) ? transactionError : error;
      }
    });
  }

  rename(id: string, name: string): Promise<StoredDatasetMeta> {
    return guard(async () => {
      const tx = this.db.transaction(DATASETS, 'readwrite');
      const done = tx.done;
      const record = await tx.store.get(id);
      if (!record) {
        tx.abort();
        await done.catch(() => undefined);
        throw new DatasetNotFoundError(`No stored dataset ${id}`);
      }
      const renamed = { ...record, name };
      await Promise.all([tx.store.put(renamed), done]);
      return copyMeta(renamed);
    });
  }

  remove(id: string): Promise<void> {
    return guard(async () => {
      const tx = this.db.transaction([DATASETS, TABLES, PARTS], 'readwrite');
      await Promise.all([tx.objectStore(DATASETS).delete(id), tx.objectStore(TABLES).delete(id), tx.objectStore(PARTS).delete(partsOf(id)), tx.done]);
    });
  }

  findBySourceHash(hash: string): Promise<StoredDatasetMeta | undefined> {
    return guard(async () => {
      const tx = this.db.transaction(DATASETS, 'readonly');
      const [records] = await Promise.all([tx.store.index(SOURCE_HASH_INDEX).getAll(hash), tx.done]);
      const newest = records.map(copyMeta).sort(newestFirst)[0];
      return newest;
    });
  }

  close(): void {
    this.db.close();
  }
}

function upgrade(db: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    const datasets = db.createObjectStore(DATASETS, { keyPath: 'id' });
    datasets.createIndex(SOURCE_HASH_INDEX, 'sourceHashes', { multiEntry: true });
    db.createObjectStore(TABLES);
  }
  // Version 1 kept whole tables in one record (still readable); new saves write parts.
  if (oldVersion < 2) db.createObjectStore(PARTS);
}

export interface OpenDatasetStoreOptions {
  /** Give up on an open that never answers (default 10 s). */
  timeoutMs?: number;
  /** Rows per stored part (default PART_ROWS); tests use small parts to exercise splitting cheaply. */
  partRows?: number;
}

/**
 * Opens (creating or upgrading) the `tradeshare` database. `factory` defaults to
 * `globalThis.indexedDB`. Rejects with StorageUnavailableError when IndexedDB is
 * missing, refused (private windows), a newer version is stored, or it does not answer.
 */
export function openDatasetStore(factory?: IDBFactory, options: OpenDatasetStoreOptions = {}): Promise<DatasetStore> {
  const idb = factory ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
  if (!idb) return Promise.reject(new StorageUnavailableError('IndexedDB is not available in this browser'));
  const timeoutMs = options.timeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS;

  return new Promise<DatasetStore>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const mapped = toStorageError(error);
      reject(mapped instanceof StorageUnavailableError ? mapped : new StorageUnavailableError(`Cannot open browser storage: ${errorMessage(error)}`, { cause: error }));
    };
    const timer = setTimeout(() => fail(new StorageUnavailableError(`Browser storage did not answer within ${timeoutMs} ms`)), timeoutMs);

    const succeed = (raw: IDBDatabase) => {
      if (settled) {
        // Answered after we gave up: the app already works in memory.
        raw.close();
        return;
      }
      try {
        const db = wrap(raw) as unknown as IDBPDatabase<TradeShareDB>;
        settled = true;
        clearTimeout(timer);
        // Another tab wants a newer schema: step aside (later calls fail as StorageUnavailableError).
        raw.addEventListener('versionchange', () => raw.close());
        resolve(new IndexedDbDatasetStore(db, options.partRows ?? PART_ROWS));
      } catch (error) {
        raw.close();
        fail(error);
      }
    };
    try {
      const request = idb.open(DB_NAME, DB_VERSION);
      request.addEventListener('upgradeneeded', (event) => {
        try {
          upgrade(request.result, event.oldVersion);
        } catch (error) {
          request.transaction?.abort();
          fail(error);
        }
      });
      request.addEventListener('success', () => succeed(request.result));
      request.addEventListener('error', (event) => {
        // Handled here: do not let it surface as an uncaught error on the page.
        event.preventDefault();
        fail(request.error);
      });
    } catch (error) {
      fail(error);
    }
  });
}

// ---------------------------------------------------------------------------
// Memory

/** The same behaviour as the IndexedDB store, for this tab only. Keeps and hands out copies. */
export class MemoryDatasetStore implements DatasetStore {
  readonly persistent = false;
  private readonly entries = new Map<string, { meta: StoredDatasetMeta; table: TableRecord }>();

  async list(): Promise<StoredDatasetMeta[]> {
    return [...this.entries.values()].map((e) => copyMeta(e.meta)).sort(newestFirst);
  }

  async get(id: string): Promise<{ meta: StoredDatasetMeta; table: TradeTable } | undefined> {
    const entry = this.entries.get(id);
    return entry && { meta: copyMeta(entry.meta), table: fromRecord(entry.table, true) };
  }

  async put(meta: StoredDatasetMeta, table: TradeTable): Promise<void> {
    checkMeta(meta);
    checkTable(table);
    this.entries.set(meta.id, { meta: copyMeta(meta), table: copyTable(table) });
  }

  async rename(id: string, name: string): Promise<StoredDatasetMeta> {
    const entry = this.entries.get(id);
    if (!entry) throw new DatasetNotFoundError(`No stored dataset ${id}`);
    entry.meta = { ...entry.meta, name };
    return copyMeta(entry.meta);
  }

  async remove(id: string): Promise<void> {
    this.entries.delete(id);
  }

  async findBySourceHash(hash: string): Promise<StoredDatasetMeta | undefined> {
    const matches = [...this.entries.values()].filter((e) => e.meta.sources.some((s) => s.hash === hash)).map((e) => copyMeta(e.meta));
    return matches.sort(newestFirst)[0];
  }

  close(): void {
    // Nothing to release.
  }
}
