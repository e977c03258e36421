// Uploaded datasets kept in the browser across reloads (docs/architecture.md,
// «Uploads and storage»): IndexedDB database `tradeshare`, version 2, three stores:
//   datasets     the metadata, keyPath `id`, with a multiEntry index `sourceHashes`
//                over the content hashes of the files the dataset was built from
//   tables       the table's header record: layout and dictionaries (stored-table.ts)
//   table-parts  the columns in parts of PART_ROWS rows, key [id, column, part]
// Tables are stored in their compact columnar form (structured clone copies the
// typed arrays), never as row objects. Meta and table are written in one
// transaction. Storage can fail (private windows, full quota): openDatasetStore
// rejects with StorageUnavailableError and put with StorageQuotaError; the repository
// (dataset-repository.ts) then keeps the dataset for the tab.
// This module is the lazy entry of the storage layer (dataset-repository.ts): it
// re-exports the rest so one dynamic import brings all of it.

import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { checkTable, type TradeTable } from '../core/table/trade-table';
import { checkMeta, copyMeta, newestFirst, type DatasetStore, type StoredDatasetMeta } from './stored-meta';
import { DatasetNotFoundError, errorMessage, isQuotaError, StorageUnavailableError, toStorageError } from './storage-errors';
import { columnPartCount, columnParts, fromParts, fromWholeRecord, tableHeader, type PartRecord, type TableRecord } from './stored-table';

export * from './stored-meta';
export * from './storage-errors';

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

type PartKey = [string, string, number];

interface TradeShareDB extends DBSchema {
  datasets: { key: string; value: DatasetRecord; indexes: { sourceHashes: string } };
  tables: { key: string; value: TableRecord };
  'table-parts': { key: PartKey; value: PartRecord };
}

/** Every part key of one dataset: arrays compare element by element, and [] sorts after any string. */
function partsOf(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id], [id, []]);
}

function toRecord(meta: StoredDatasetMeta): DatasetRecord {
  return { ...copyMeta(meta), sourceHashes: [...new Set(meta.sources.map((s) => s.hash))] };
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
      return { meta: copyMeta(meta), table: record.layout === 1 ? fromWholeRecord(record, false) : fromParts(record, parts) };
    });
  }

  put(meta: StoredDatasetMeta, table: TradeTable, onProgress?: (fraction: number) => void): Promise<void> {
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
        requests.push(tx.objectStore(TABLES).put(tableHeader(table), meta.id));
        // One part at a time, each put awaited: every clone is a small task of its
        // own, and awaiting a request keeps the transaction open for the next.
        const total = columnPartCount(table, this.partRows);
        let written = 0;
        for (const part of columnParts(table, this.partRows)) {
          const request = parts.put(part, [meta.id, part.column, part.index]);
          requests.push(request);
          await request;
          onProgress?.(++written / total);
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

