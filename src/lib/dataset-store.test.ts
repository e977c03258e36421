// idb checks values against the global IDB classes: install fake-indexeddb's globals,
// but every test opens its own fresh factory.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { COLUMN_NAMES, type TradeTable } from '../core/table/trade-table';
import {
  DatasetNotFoundError,
  DB_NAME,
  openDatasetStore,
  StorageQuotaError,
  StorageUnavailableError,
  type DatasetStore,
  type StoredDatasetMeta,
  type StoredSource,
} from './dataset-store';

const COLUMNS = COLUMN_NAMES;

function makeTable(rows: number, seed = 1): TradeTable {
  const partners = ['CN', 'DE', 'TR', 'W00'];
  const commodities = ['TOTAL', '0303', '2709', '870323'];
  return {
    rowCount: rows,
    period: Int32Array.from({ length: rows }, (_, i) => 202001 + (i % 12)),
    flow: Uint8Array.from({ length: rows }, (_, i) => (i + seed) % 4),
    reporter: Uint16Array.from({ length: rows }, (_, i) => i % 2),
    reporters: ['RU', 'Мурманская область'],
    partner: Uint16Array.from({ length: rows }, (_, i) => (i * seed) % partners.length),
    partners,
    commodity: Uint32Array.from({ length: rows }, (_, i) => i % commodities.length),
    commodities,
    valueUsd: Float64Array.from({ length: rows }, (_, i) => i * 1.25 + seed),
    netKg: Float64Array.from({ length: rows }, (_, i) => (i % 5 === 0 ? NaN : i * 3)),
    quantity: Float64Array.from({ length: rows }, (_, i) => (i % 3 === 0 ? NaN : i * 2)),
    unit: Uint16Array.from({ length: rows }, (_, i) => (i % 3 === 0 ? 0 : 1 + (i % 2))),
    units: ['', 'ШТУКА', 'ЛИТР'],
    counted: Uint8Array.from({ length: rows }, (_, i) => (i % 7 === 0 ? 0 : 1)),
  };
}

function source(hash: string, fileName = `${hash}.csv`): StoredSource {
  return {
    fileName,
    size: 1234,
    hash,
    addedAt: '2024-03-01T10:00:00.000Z',
    format: 'customs',
    encoding: 'windows-1251',
    rows: { read: 10, accepted: 9, rejected: 1, aggregate: 2 },
    duplicatesSkipped: 0,
  };
}

function makeMeta(id: string, updatedAt: string, hashes: string[] = [`h-${id}`], rowCount = 0): StoredDatasetMeta {
  return {
    id,
    name: `Dataset ${id}`,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt,
    rowCount,
    firstMonth: 2020 * 12,
    lastMonth: 2020 * 12 + 11,
    finest: 'month',
    sources: hashes.map((h) => source(h)),
  };
}

function expectSameTable(actual: TradeTable, expected: TradeTable): void {
  expect(actual.rowCount).toBe(expected.rowCount);
  for (const key of COLUMNS) {
    expect(actual[key].constructor).toBe(expected[key].constructor);
    expect(Array.from(actual[key] as ArrayLike<number>)).toEqual(Array.from(expected[key] as ArrayLike<number>));
  }
  expect([...actual.reporters]).toEqual([...expected.reporters]);
  expect([...actual.partners]).toEqual([...expected.partners]);
  expect([...actual.commodities]).toEqual([...expected.commodities]);
}

interface Variant {
  name: string;
  persistent: boolean;
  open(): Promise<DatasetStore>;
}

const opened: DatasetStore[] = [];

/** Records in the parts store, read beside the store under test (another connection). */
function countParts(factory: IDBFactory): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME);
    request.onsuccess = () => {
      const db = request.result;
      const count = db.transaction('table-parts', 'readonly').objectStore('table-parts').count();
      count.onsuccess = () => {
        db.close();
        resolve(count.result);
      };
      count.onerror = () => reject(count.error);
    };
    request.onerror = () => reject(request.error);
  });
}

afterEach(() => {
  opened.splice(0).forEach((s) => s.close());
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const variants: Variant[] = [
  {
    name: 'IndexedDB (fake-indexeddb)',
    persistent: true,
    open: async () => {
      const store = await openDatasetStore(new IDBFactory());
      opened.push(store);
      return store;
    },
  },
];

describe.each(variants)('DatasetStore: $name', (variant) => {
  it('says whether it persists', async () => {
    expect((await variant.open()).persistent).toBe(variant.persistent);
  });

  it('returns the stored columns, dictionaries and meta', async () => {
    const store = await variant.open();
    const table = makeTable(500);
    const meta = makeMeta('a', '2024-03-01T00:00:00.000Z', ['h1', 'h2'], 500);
    await store.put(meta, table);
    const got = await store.get('a');
    expect(got).toBeDefined();
    expect(got!.meta).toEqual(meta);
    expectSameTable(got!.table, table);
    expect(await store.get('missing')).toBeUndefined();
  });

  it('keeps nothing of the caller: later changes to the arrays or meta do not leak in', async () => {
    const store = await variant.open();
    const table = makeTable(10);
    const meta = makeMeta('a', '2024-03-01T00:00:00.000Z');
    await store.put(meta, table);
    table.valueUsd[0] = -1;
    (table.partners as string[])[0] = 'XX';
    meta.name = 'changed';
    meta.sources[0].rows.read = 999;
    const got = (await store.get('a'))!;
    expect(got.table.valueUsd[0]).toBe(1);
    expect(got.table.partners[0]).toBe('CN');
    expect(got.meta.name).toBe('Dataset a');
    expect(got.meta.sources[0].rows.read).toBe(10);
  });

  it('hands out tables whose buffers nobody else holds, so they can be transferred', async () => {
    const store = await variant.open();
    await store.put(makeMeta('a', '2024-03-01T00:00:00.000Z'), makeTable(100));
    const first = (await store.get('a'))!.table;
    const buffers = COLUMNS.map((k) => first[k].buffer);
    expect(new Set(buffers).size).toBe(COLUMNS.length);
    for (const key of COLUMNS) expect(first[key].byteLength).toBe(first[key].buffer.byteLength);
    // Transferring detaches them; the store's copy is untouched.
    structuredClone(first, { transfer: buffers as ArrayBuffer[] });
    expect(first.period.length).toBe(0);
    const second = (await store.get('a'))!.table;
    expectSameTable(second, makeTable(100));
    for (const key of COLUMNS) expect(buffers).not.toContain(second[key].buffer);
  });

  it('stores views into bigger buffers by their own values only', async () => {
    const store = await variant.open();
    const big = makeTable(50);
    const view: TradeTable = { ...big, rowCount: 20 };
    for (const key of COLUMNS) (view as unknown as Record<string, unknown>)[key] = big[key].subarray(10, 30);
    await store.put(makeMeta('v', '2024-03-01T00:00:00.000Z'), view);
    const got = (await store.get('v'))!.table;
    expect(Array.from(got.valueUsd)).toEqual(Array.from(big.valueUsd.subarray(10, 30)));
    for (const key of COLUMNS) expect(got[key].buffer.byteLength).toBe(got[key].byteLength);
  });

  it('rejects a table whose columns do not match its row count, storing nothing', async () => {
    const store = await variant.open();
    const bad = { ...makeTable(10), rowCount: 11 };
    await expect(store.put(makeMeta('bad', '2024-03-01T00:00:00.000Z'), bad)).rejects.toThrow(RangeError);
    expect(await store.list()).toEqual([]);
  });

  it('replaces a dataset put again under the same id', async () => {
    const store = await variant.open();
    await store.put(makeMeta('a', '2024-03-01T00:00:00.000Z', ['h1']), makeTable(10));
    const updated = makeMeta('a', '2024-03-02T00:00:00.000Z', ['h1', 'h2'], 25);
    await store.put(updated, makeTable(25, 3));
    expect(await store.list()).toEqual([updated]);
    expectSameTable((await store.get('a'))!.table, makeTable(25, 3));
  });

  it('lists newest first', async () => {
    const store = await variant.open();
    await store.put(makeMeta('old', '2024-01-01T00:00:00.000Z'), makeTable(1));
    await store.put(makeMeta('new', '2024-05-01T00:00:00.000Z'), makeTable(1));
    await store.put(makeMeta('mid', '2024-03-01T00:00:00.000Z'), makeTable(1));
    expect((await store.list()).map((m) => m.id)).toEqual(['new', 'mid', 'old']);
  });

  it('renames, keeping everything else', async () => {
    const store = await variant.open();
    const meta = makeMeta('a', '2024-03-01T00:00:00.000Z');
    await store.put(meta, makeTable(5));
    const renamed = await store.rename('a', 'Импорт 2024');
    expect(renamed).toEqual({ ...meta, name: 'Импорт 2024' });
    expect((await store.get('a'))!.meta).toEqual(renamed);
    expect(await store.list()).toEqual([renamed]);
    expectSameTable((await store.get('a'))!.table, makeTable(5));
    await expect(store.rename('missing', 'x')).rejects.toBeInstanceOf(DatasetNotFoundError);
  });

  it('removes meta and table', async () => {
    const store = await variant.open();
    await store.put(makeMeta('a', '2024-03-01T00:00:00.000Z', ['ha']), makeTable(5));
    await store.put(makeMeta('b', '2024-03-02T00:00:00.000Z', ['hb']), makeTable(5));
    await store.remove('a');
    expect(await store.get('a')).toBeUndefined();
    expect((await store.list()).map((m) => m.id)).toEqual(['b']);
    expect(await store.findBySourceHash('ha')).toBeUndefined();
    await store.remove('never-there');
    expect((await store.list()).map((m) => m.id)).toEqual(['b']);
  });

  it('finds a dataset by the hash of any of its source files, newest first', async () => {
    const store = await variant.open();
    await store.put(makeMeta('a', '2024-03-01T00:00:00.000Z', ['jan', 'feb']), makeTable(5));
    await store.put(makeMeta('b', '2024-04-01T00:00:00.000Z', ['feb', 'mar']), makeTable(5));
    expect((await store.findBySourceHash('jan'))?.id).toBe('a');
    expect((await store.findBySourceHash('mar'))?.id).toBe('b');
    expect((await store.findBySourceHash('feb'))?.id).toBe('b');
    expect(await store.findBySourceHash('apr')).toBeUndefined();
    // A replaced dataset is found by its new sources only.
    await store.put(makeMeta('a', '2024-03-05T00:00:00.000Z', ['dec']), makeTable(5));
    expect(await store.findBySourceHash('jan')).toBeUndefined();
    expect((await store.findBySourceHash('dec'))?.id).toBe('a');
  });

  it('stores a table of 100,000 rows', async () => {
    const store = await variant.open();
    const table = makeTable(100_000, 5);
    await store.put(makeMeta('big', '2024-03-01T00:00:00.000Z', ['big'], 100_000), table);
    expectSameTable((await store.get('big'))!.table, table);
  });
});

describe('IndexedDB dataset store', () => {
  it('keeps datasets across closing and reopening (a reload)', async () => {
    const factory = new IDBFactory();
    const first = await openDatasetStore(factory);
    const table = makeTable(1000, 2);
    await first.put(makeMeta('a', '2024-03-01T00:00:00.000Z', ['ha'], 1000), table);
    await first.put(makeMeta('b', '2024-03-02T00:00:00.000Z', ['hb']), makeTable(3));
    await first.rename('b', 'renamed');
    first.close();

    const second = await openDatasetStore(factory);
    opened.push(second);
    expect((await second.list()).map((m) => [m.id, m.name])).toEqual([
      ['b', 'renamed'],
      ['a', 'Dataset a'],
    ]);
    expectSameTable((await second.get('a'))!.table, table);
    expect((await second.findBySourceHash('ha'))?.id).toBe('a');
  });

  it('stores a table larger than one part in parts, and a smaller re-save leaves no stale part', async () => {
    // Small parts: the same splitting as PART_ROWS, without cloning a million rows in fake-indexeddb.
    const partRows = 1000;
    const factory = new IDBFactory();
    const store = await openDatasetStore(factory, { partRows });
    opened.push(store);
    const rows = partRows * 2 + 7;
    const big = makeTable(rows, 3);
    await store.put(makeMeta('p', '2024-03-01T00:00:00.000Z', ['hp'], rows), big);
    expectSameTable((await store.get('p'))!.table, big);
    // Three parts per column.
    expect(await countParts(factory)).toBe(3 * COLUMNS.length);
    const small = makeTable(10, 4);
    await store.put(makeMeta('p', '2024-03-02T00:00:00.000Z', ['hp'], 10), small);
    expectSameTable((await store.get('p'))!.table, small);
    expect(await countParts(factory)).toBe(COLUMNS.length);
  });

  it('keeps different factories (origins) apart', async () => {
    const a = await openDatasetStore(new IDBFactory());
    const b = await openDatasetStore(new IDBFactory());
    opened.push(a, b);
    await a.put(makeMeta('x', '2024-03-01T00:00:00.000Z'), makeTable(1));
    expect(await b.list()).toEqual([]);
  });

  it('writes meta and table together: a failing table write leaves no meta behind', async () => {
    const store = await openDatasetStore(new IDBFactory());
    opened.push(store);
    await store.put(makeMeta('a', '2024-03-01T00:00:00.000Z', ['old']), makeTable(5));
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'tables') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const error = await store.put(makeMeta('a', '2024-03-09T00:00:00.000Z', ['new']), makeTable(8)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect((error as Error).cause).toBeInstanceOf(DOMException);
    await expect(store.put(makeMeta('b', '2024-03-09T00:00:00.000Z'), makeTable(8))).rejects.toBeInstanceOf(StorageQuotaError);
    vi.restoreAllMocks();
    // The failed puts changed nothing.
    expect((await store.list()).map((m) => [m.id, m.sources[0].hash])).toEqual([['a', 'old']]);
    expectSameTable((await store.get('a'))!.table, makeTable(5));
    expect(await store.findBySourceHash('new')).toBeUndefined();
    // And the store still works.
    await store.put(makeMeta('b', '2024-03-10T00:00:00.000Z'), makeTable(2));
    expect((await store.list()).map((m) => m.id)).toEqual(['b', 'a']);
  });

  it('reports a quota failure that aborts the transaction (requests see only AbortError) as StorageQuotaError', async () => {
    const store = await openDatasetStore(new IDBFactory());
    opened.push(store);
    await store.put(makeMeta('a', '2024-03-01T00:00:00.000Z', ['old']), makeTable(5));
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = realPut.apply(this, args);
      // What browsers do when the disk quota is hit: abort with QuotaExceededError on the transaction.
      if (this.name === 'tables') (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      return request;
    });
    await expect(store.put(makeMeta('a', '2024-03-09T00:00:00.000Z', ['new']), makeTable(8))).rejects.toBeInstanceOf(StorageQuotaError);
    vi.restoreAllMocks();
    expect((await store.list()).map((m) => [m.id, m.sources[0].hash])).toEqual([['a', 'old']]);
    expectSameTable((await store.get('a'))!.table, makeTable(5));
  });

  it('rejects with StorageUnavailableError when open() throws (private windows)', async () => {
    const factory = { open: () => { throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'); } } as unknown as IDBFactory;
    const error = await openDatasetStore(factory).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect((error as Error).cause).toBeInstanceOf(DOMException);
  });

  it('rejects with StorageUnavailableError when the open request fails', async () => {
    // A newer app version upgraded the database; this one cannot open it (VersionError).
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open(DB_NAME, 5);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    await expect(openDatasetStore(factory)).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('rejects with StorageUnavailableError when open never answers', async () => {
    const silent = { open: () => ({ addEventListener() {}, removeEventListener() {} }) } as unknown as IDBFactory;
    await expect(openDatasetStore(silent, { timeoutMs: 20 })).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('rejects with StorageUnavailableError when there is no IndexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openDatasetStore()).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('fails later calls with StorageUnavailableError once the connection is gone', async () => {
    const store = await openDatasetStore(new IDBFactory());
    store.close();
    await expect(store.list()).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});
