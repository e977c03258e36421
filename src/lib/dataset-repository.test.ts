// The repository's fallback (docs/architecture.md, «Uploads and storage»): when IndexedDB
// is unavailable or full, datasets live in memory for the tab and the status says so.
// idb checks values against the global IDB classes: fake-indexeddb's globals are installed,
// and every test gets a fresh factory and a fresh copy of the repository's module state.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { TradeTableBuilder, tableRow } from '../core/table/table-builder';
import type { TradeTable } from '../core/table/trade-table';
import type { StoredDatasetMeta } from './dataset-store';
import type { StorageStatus } from './dataset-repository';

type Repository = typeof import('./dataset-repository');

function makeTable(rows: number): TradeTable {
  const builder = new TradeTableBuilder();
  for (let i = 0; i < rows; i++) builder.append(tableRow(202001 + (i % 12), 'RU', 1 + (i % 2), i % 2 ? 'CN' : 'DE', '0303', 100 + i));
  return builder.finish().table;
}

function makeMeta(id: string, hash: string, updatedAt = '2024-03-01T00:00:00.000Z'): StoredDatasetMeta {
  return {
    id,
    name: `Dataset ${id}`,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt,
    rowCount: 4,
    firstMonth: 24240,
    lastMonth: 24243,
    finest: 'month',
    sources: [{ fileName: `${id}.csv`, size: 100, hash, addedAt: updatedAt, format: 'canonical', encoding: 'utf-8', rows: { read: 4, accepted: 4, rejected: 0, aggregate: 0 }, duplicatesSkipped: 0 }],
  };
}

async function freshRepository(indexedDb: IDBFactory | undefined): Promise<{ repo: Repository; statuses: StorageStatus[] }> {
  vi.stubGlobal('indexedDB', indexedDb);
  vi.resetModules();
  const repo = await import('./dataset-repository');
  const statuses: StorageStatus[] = [];
  repo.onStorageStatus((s) => statuses.push(s));
  return { repo, statuses };
}

beforeEach(() => {
  vi.restoreAllMocks();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('dataset repository', () => {
  it('stores in IndexedDB when it is there: persistent, no status change', async () => {
    const factory = new IDBFactory();
    const { repo, statuses } = await freshRepository(factory);
    expect((await repo.saveDataset(makeMeta('u-a', 'hash-a'), makeTable(4))).persisted).toBe(true);
    expect(repo.storageStatus()).toEqual({ persistent: true });
    expect(statuses).toEqual([]);
    expect((await repo.getStoredDataset('u-a'))?.table.rowCount).toBe(4);
    expect((await repo.findDatasetBySourceHash('hash-a'))?.id).toBe('u-a');
    await repo.renameDataset('u-a', 'Renamed');
    expect((await repo.listStoredDatasets()).map((m) => m.name)).toEqual(['Renamed']);

    // Another tab (a fresh module over the same database) sees it: it was really persisted.
    const other = await freshRepository(factory);
    expect((await other.repo.listStoredDatasets()).map((m) => m.id)).toEqual(['u-a']);
    await other.repo.removeDataset('u-a');
    expect(await other.repo.getStoredDataset('u-a')).toBeUndefined();
  });

  it('without IndexedDB: keeps everything in memory for the tab and says storage is unavailable', async () => {
    const { repo, statuses } = await freshRepository(undefined);
    expect(await repo.listStoredDatasets()).toEqual([]);
    expect(repo.storageStatus()).toEqual({ persistent: false, reason: 'unavailable' });
    expect(statuses).toEqual([{ persistent: false, reason: 'unavailable' }]);

    expect((await repo.saveDataset(makeMeta('u-a', 'hash-a', '2024-03-01T00:00:00.000Z'), makeTable(4))).persisted).toBe(false);
    expect((await repo.saveDataset(makeMeta('u-b', 'hash-b', '2024-04-01T00:00:00.000Z'), makeTable(2))).persisted).toBe(false);
    expect((await repo.listStoredDatasets()).map((m) => m.id)).toEqual(['u-b', 'u-a']);
    expect((await repo.getStoredDataset('u-a'))?.table.rowCount).toBe(4);
    expect((await repo.findDatasetBySourceHash('hash-b'))?.id).toBe('u-b');
    await repo.renameDataset('u-a', 'Renamed');
    expect((await repo.getStoredDataset('u-a'))?.meta.name).toBe('Renamed');
    await repo.removeDataset('u-b');
    expect((await repo.listStoredDatasets()).map((m) => m.id)).toEqual(['u-a']);
    // Said once, not on every call.
    expect(statuses).toHaveLength(1);
  });

  it('when opening IndexedDB is refused (private window): the same memory fallback', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const { repo, statuses } = await freshRepository(refusing);
    expect((await repo.saveDataset(makeMeta('u-a', 'hash-a'), makeTable(4))).persisted).toBe(false);
    expect(statuses).toEqual([{ persistent: false, reason: 'unavailable' }]);
    expect((await repo.getStoredDataset('u-a'))?.meta.id).toBe('u-a');
  });

  it('when storage is full: the dataset stays in memory, the status says «quota», and a later save that fits moves it to storage', async () => {
    const { repo, statuses } = await freshRepository(new IDBFactory());
    expect((await repo.saveDataset(makeMeta('u-old', 'hash-old', '2024-01-01T00:00:00.000Z'), makeTable(2))).persisted).toBe(true);

    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect((await repo.saveDataset(makeMeta('u-new', 'hash-new', '2024-05-01T00:00:00.000Z'), makeTable(4))).persisted).toBe(false);
    expect(repo.storageStatus()).toEqual({ persistent: false, reason: 'quota' });
    expect(statuses).toEqual([{ persistent: false, reason: 'quota' }]);
    // Nothing half-written: the stored list still has only the old dataset, memory the new one.
    expect((await repo.listStoredDatasets()).map((m) => m.id)).toEqual(['u-new', 'u-old']);
    expect((await repo.getStoredDataset('u-new'))?.table.rowCount).toBe(4);
    expect((await repo.findDatasetBySourceHash('hash-new'))?.id).toBe('u-new');

    put.mockRestore();
    expect((await repo.saveDataset(makeMeta('u-new', 'hash-new', '2024-06-01T00:00:00.000Z'), makeTable(4))).persisted).toBe(true);
    const list = await repo.listStoredDatasets();
    expect(list.map((m) => [m.id, m.updatedAt])).toEqual([
      ['u-new', '2024-06-01T00:00:00.000Z'],
      ['u-old', '2024-01-01T00:00:00.000Z'],
    ]);
  });

  it('serves a dataset from memory while its save runs, then from IndexedDB', async () => {
    const { repo } = await freshRepository(new IDBFactory());
    const fractions: number[] = [];
    const saving = repo.saveDataset(makeMeta('u-a', 'hash-a'), makeTable(4), { onProgress: (f) => fractions.push(f) });
    // Asked before the save has written anything: the dataset is there at once.
    expect((await repo.getStoredDataset('u-a'))?.table.rowCount).toBe(4);
    expect((await repo.findDatasetBySourceHash('hash-a'))?.id).toBe('u-a');
    expect((await repo.listStoredDatasets()).map((m) => m.id)).toEqual(['u-a']);
    expect(await saving).toEqual({ persisted: true });
    expect(fractions.at(-1)).toBe(1);
  });

  it('a table the storage estimate says will not fit is not written: said with both sizes, kept for the tab', async () => {
    const factory = new IDBFactory();
    const { repo, statuses } = await freshRepository(factory);
    const estimate = async () => ({ quota: 10_000_000, usage: 9_500_000 });
    const outcome = await repo.saveDataset(makeMeta('u-big', 'hash-big'), makeTable(4), { estimate });
    expect(outcome).toMatchObject({ persisted: false, reason: 'wont-fit', freeBytes: 500_000 });
    // A table of a few hundred bytes: the megabyte kept free after a save is what is missing.
    expect(outcome.persisted === false && outcome.reason === 'wont-fit' && outcome.neededBytes).toBeGreaterThan(0);
    expect(statuses).toEqual([]);
    // Usable in this tab, absent from the database.
    expect((await repo.getStoredDataset('u-big'))?.table.rowCount).toBe(4);
    const other = await freshRepository(factory);
    expect(await other.repo.listStoredDatasets()).toEqual([]);
    // With room, the same dataset is written.
    expect((await repo.saveDataset(makeMeta('u-big', 'hash-big'), makeTable(4), { estimate: async () => ({ quota: 1e9, usage: 0 }) })).persisted).toBe(true);
  });

  it('renames a dataset kept for the tab (it would not fit), and one renamed while its save waits or writes', async () => {
    const factory = new IDBFactory();
    const { repo } = await freshRepository(factory);
    const small = async () => ({ quota: 10_000_000, usage: 9_500_000 });
    expect((await repo.saveDataset(makeMeta('u-big', 'hash-big'), makeTable(4), { estimate: small })).persisted).toBe(false);
    await repo.renameDataset('u-big', 'Kept for the tab');
    expect((await repo.getStoredDataset('u-big'))?.meta.name).toBe('Kept for the tab');
    expect((await repo.listStoredDatasets()).map((m) => m.name)).toEqual(['Kept for the tab']);

    // Renamed before the save starts, and again while it writes: the stored copy has the last name.
    let start: () => void = () => {};
    const started = new Promise<void>((resolve) => (start = resolve));
    const saving = repo.saveDataset(makeMeta('u-a', 'hash-a'), makeTable(4), { startAfter: started, onProgress: () => void repo.renameDataset('u-a', 'While writing') });
    await repo.renameDataset('u-a', 'Before writing');
    start();
    expect(await saving).toEqual({ persisted: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const other = await freshRepository(factory);
    expect((await other.repo.listStoredDatasets()).map((m) => [m.id, m.name])).toEqual([['u-a', 'While writing']]);
  });

  it('writes nothing before `startAfter` settles, and serves the dataset from memory meanwhile', async () => {
    const factory = new IDBFactory();
    const { repo } = await freshRepository(factory);
    let start: () => void = () => {};
    const started = new Promise<void>((resolve) => (start = resolve));
    const saving = repo.saveDataset(makeMeta('u-a', 'hash-a'), makeTable(4), { startAfter: started });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const other = await freshRepository(factory);
    expect(await other.repo.listStoredDatasets()).toEqual([]);
    expect((await repo.getStoredDataset('u-a'))?.table.rowCount).toBe(4);
    start();
    expect(await saving).toEqual({ persisted: true });
  });

  it('a dataset deleted while its save runs stays deleted', async () => {
    const factory = new IDBFactory();
    const { repo } = await freshRepository(factory);
    const saving = repo.saveDataset(makeMeta('u-a', 'hash-a'), makeTable(4));
    await repo.removeDataset('u-a');
    await saving;
    expect(await repo.getStoredDataset('u-a')).toBeUndefined();
    expect(await repo.listStoredDatasets()).toEqual([]);
  });

  it('a programming error while saving is thrown, not hidden in memory', async () => {
    const { repo, statuses } = await freshRepository(new IDBFactory());
    await expect(repo.saveDataset(makeMeta('', 'hash-x'), makeTable(1))).rejects.toBeInstanceOf(TypeError);
    expect(statuses).toEqual([]);
    expect(await repo.listStoredDatasets()).toEqual([]);
  });

  it('stops telling a listener that unsubscribed', async () => {
    vi.stubGlobal('indexedDB', undefined);
    vi.resetModules();
    const repo = await import('./dataset-repository');
    const listener = vi.fn();
    const unsubscribe = repo.onStorageStatus(listener);
    unsubscribe();
    await repo.listStoredDatasets();
    expect(listener).not.toHaveBeenCalled();
    expect(repo.storageStatus()).toEqual({ persistent: false, reason: 'unavailable' });
  });
});
