// Tables stored by earlier releases stay readable (stored-table.ts): records written here
// exactly as the old code wrote them — layout 1 (one record, version-1 database) and layout 2
// (parts with three dictionaries), both without the quantity and unit columns — read back
// through today's store with those columns filled (NaN, unit ''). Also the storage error
// mapping (storage-errors.ts).

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { DB_NAME, openDatasetStore, StorageQuotaError, StorageUnavailableError, toStorageError, type StoredDatasetMeta } from './dataset-store';
import { fromParts, fromWholeRecord } from './stored-table';

/** The eight columns and three dictionaries of the first releases. */
const OLD_COLUMNS = {
  period: Int32Array.from([202001, 202002, 202003]),
  flow: Uint8Array.from([0, 1, 0]),
  reporter: Uint16Array.from([0, 0, 0]),
  partner: Uint16Array.from([0, 1, 0]),
  commodity: Uint32Array.from([0, 1, 1]),
  valueUsd: Float64Array.from([10, 20.5, 30]),
  netKg: Float64Array.from([1, NaN, 3]),
  counted: Uint8Array.from([1, 1, 1]),
};
const OLD_DICTIONARIES = { reporters: ['RU-KAM'], partners: ['CN', 'KR'], commodities: ['0303', '8901'] };

const meta = (id: string): StoredDatasetMeta & { sourceHashes: string[] } => ({
  id,
  name: id,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  rowCount: 3,
  firstMonth: 2020 * 12,
  lastMonth: 2020 * 12 + 2,
  finest: 'month',
  sources: [],
  sourceHashes: [],
});

function expectOldTableWithFilledColumns(table: ReturnType<typeof fromParts>): void {
  expect(table.rowCount).toBe(3);
  expect(Array.from(table.valueUsd)).toEqual([10, 20.5, 30]);
  expect(Array.from(table.netKg)).toEqual([1, NaN, 3]);
  expect([...table.partners]).toEqual(['CN', 'KR']);
  expect(Array.from(table.quantity)).toEqual([NaN, NaN, NaN]);
  expect(Array.from(table.unit)).toEqual([0, 0, 0]);
  expect([...table.units]).toEqual(['']);
}

/** Writes `records` into a database of `version` created as that release created it. */
function writeOldDatabase(factory: IDBFactory, version: number, write: (tx: IDBTransaction) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const request = factory.open(DB_NAME, version);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('datasets', { keyPath: 'id' }).createIndex('sourceHashes', 'sourceHashes', { multiEntry: true });
      db.createObjectStore('tables');
      if (version >= 2) db.createObjectStore('table-parts');
    };
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(version >= 2 ? ['datasets', 'tables', 'table-parts'] : ['datasets', 'tables'], 'readwrite');
      write(tx);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  });
}

describe('stored tables of earlier releases', () => {
  it('reads layout 1 (one record, version-1 database) with quantity and unit filled', async () => {
    const factory = new IDBFactory();
    await writeOldDatabase(factory, 1, (tx) => {
      tx.objectStore('datasets').put(meta('v1'));
      tx.objectStore('tables').put({ layout: 1, rowCount: 3, ...OLD_COLUMNS, ...OLD_DICTIONARIES }, 'v1');
    });
    const store = await openDatasetStore(factory);
    expectOldTableWithFilledColumns((await store.get('v1'))!.table);
    store.close();
  });

  it('reads layout 2 (parts, three dictionaries) with quantity and unit filled, and saves it back in layout 3', async () => {
    const factory = new IDBFactory();
    await writeOldDatabase(factory, 2, (tx) => {
      tx.objectStore('datasets').put(meta('v2'));
      tx.objectStore('tables').put({ layout: 2, rowCount: 3, ...OLD_DICTIONARIES }, 'v2');
      for (const [column, data] of Object.entries(OLD_COLUMNS)) tx.objectStore('table-parts').put({ column, index: 0, data }, ['v2', column, 0]);
    });
    const store = await openDatasetStore(factory);
    const { table } = (await store.get('v2'))!;
    expectOldTableWithFilledColumns(table);
    await store.put(meta('v2'), table);
    expectOldTableWithFilledColumns((await store.get('v2'))!.table);
    store.close();
  });

  it('does not write a column that holds only its fill (no quantities), and reads it back filled', async () => {
    const factory = new IDBFactory();
    const store = await openDatasetStore(factory);
    const table = { rowCount: 3, ...OLD_COLUMNS, ...OLD_DICTIONARIES, quantity: new Float64Array(3).fill(NaN), unit: new Uint16Array(3), units: [''] };
    await store.put(meta('noq'), table);
    expectOldTableWithFilledColumns((await store.get('noq'))!.table);
    store.close();
    const columns = await new Promise<string[]>((resolve, reject) => {
      const request = factory.open(DB_NAME);
      request.onsuccess = () => {
        const all = request.result.transaction('table-parts').objectStore('table-parts').getAll();
        all.onsuccess = () => {
          request.result.close();
          resolve([...new Set((all.result as { column: string }[]).map((p) => p.column))].sort());
        };
        all.onerror = () => reject(all.error);
      };
      request.onerror = () => reject(request.error);
    });
    expect(columns).toEqual(Object.keys(OLD_COLUMNS).sort());
  });

  it('refuses a stored table missing a column that has no fill (not silently zero)', () => {
    const { period: _dropped, ...rest } = OLD_COLUMNS;
    expect(() => fromWholeRecord({ layout: 1, rowCount: 3, ...rest, ...OLD_DICTIONARIES }, true)).toThrow(/period/);
    expect(() => fromParts({ layout: 2, rowCount: 3, ...OLD_DICTIONARIES }, [])).toThrow(/period/);
  });
});

describe('toStorageError', () => {
  it('maps every spelling of a full quota to StorageQuotaError', () => {
    const quota = [
      new DOMException('full', 'QuotaExceededError'),
      Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }),
      Object.assign(new Error('legacy'), { code: 22 }),
      new DOMException('Transaction aborted: quota exceeded', 'UnknownError'),
    ];
    for (const e of quota) {
      const mapped = toStorageError(e);
      expect(mapped).toBeInstanceOf(StorageQuotaError);
      expect((mapped as Error).cause).toBe(e);
    }
  });

  it('maps other IndexedDB failures to StorageUnavailableError and leaves programming errors alone', () => {
    expect(toStorageError(new DOMException('closed', 'InvalidStateError'))).toBeInstanceOf(StorageUnavailableError);
    expect(toStorageError(new DOMException('disk', 'UnknownError'))).toBeInstanceOf(StorageUnavailableError);
    const bug = new TypeError('x is undefined');
    expect(toStorageError(bug)).toBe(bug);
    const already = new StorageQuotaError('full');
    expect(toStorageError(already)).toBe(already);
  });
});
