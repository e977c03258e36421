// Uploaded datasets: IndexedDB when the browser allows it, memory otherwise.
// When storage is unavailable or full the app says so and keeps working with
// the dataset in memory for this tab.

import { copyTable, tableByteSize, type TradeTable } from '../core/table/trade-table';
import type { DatasetStore, StoredDatasetMeta } from './dataset-store';
import { announceDatasetChange } from './dataset-broadcast';
import { browserEstimate, storageShortfall, type EstimateStorage, type StorageShortfall } from './storage-estimate';

// The IndexedDB layer (idb) loads with the first storage call, not with the first chart.
const storeModule = () => import('./dataset-store');

export type StorageStatus = { persistent: true } | { persistent: false; reason: 'unavailable' | 'quota' };

let persistent: Promise<DatasetStore | null> | null = null;
let memoryStore: Promise<DatasetStore> | null = null;
const memoryPromise = () => (memoryStore ??= storeModule().then((m) => new m.MemoryDatasetStore()));
let status: StorageStatus = { persistent: true };
const statusListeners = new Set<(s: StorageStatus) => void>();

function setStatus(next: StorageStatus) {
  status = next;
  statusListeners.forEach((l) => l(next));
}

export function storageStatus(): StorageStatus {
  return status;
}

export function onStorageStatus(listener: (s: StorageStatus) => void): () => void {
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
}

function store(): Promise<DatasetStore | null> {
  persistent ??= storeModule().then((m) => m.openDatasetStore()).catch(() => {
    setStatus({ persistent: false, reason: 'unavailable' });
    return null;
  });
  return persistent;
}

/**
 * Tables this tab made and has not stored: being saved (the dashboard opens on them before
 * the save ends, issue 17), or too large for the storage quota and kept for the tab. Tables
 * are never changed in place, so none is copied here; `getStoredDataset` hands out a copy,
 * since its caller may transfer the buffers to the worker.
 */
const held = new Map<string, { meta: StoredDatasetMeta; table: TradeTable }>();
/** Each dataset's saves, one after another: the last one written is the last one asked for. */
const saves = new Map<string, Promise<unknown>>();

/** True while a save has not ended: leaving the page now would lose that dataset. */
export function savesPending(): boolean {
  return saves.size > 0;
}

export async function listStoredDatasets(): Promise<StoredDatasetMeta[]> {
  const memory = await memoryPromise();
  const s = await store();
  const stored = s ? await s.list().catch(() => []) : [];
  const inMemory = [...[...held.values()].map((h) => h.meta), ...(await memory.list())];
  const ids = new Set(inMemory.map((m) => m.id));
  return [...inMemory, ...stored.filter((m) => !ids.has(m.id))].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function getStoredDataset(id: string): Promise<{ meta: StoredDatasetMeta; table: TradeTable } | undefined> {
  const h = held.get(id);
  if (h) return { meta: { ...h.meta }, table: copyTable(h.table) };
  const memory = await memoryPromise();
  return (await memory.get(id)) ?? (await (await store())?.get(id));
}

export type SaveOutcome =
  | { persisted: true }
  /** Not tried: the browser says the table will not fit; kept for the tab. */
  | ({ persisted: false; reason: 'wont-fit' } & StorageShortfall)
  /** Storage full or unavailable while saving: kept in memory for the tab. */
  | { persisted: false; reason: 'quota' | 'unavailable' };

export interface SaveOptions {
  /** The fraction of the table written, 0–1. */
  onProgress?: (fraction: number) => void;
  /** The browser's storage estimate (tests pass their own). */
  estimate?: EstimateStorage;
  /** Writing starts once this settles (the upload's charts drawn); the dataset is served from memory meanwhile. */
  startAfter?: Promise<unknown>;
}

/**
 * Saves in the background: from this call until the save ends the dataset is served from
 * memory (list, get, find by file), so the dashboard can open on it at once. Before writing,
 * the browser's storage estimate is checked; a table that will not fit is not tried.
 */
export function saveDataset(meta: StoredDatasetMeta, table: TradeTable, options: SaveOptions = {}): Promise<SaveOutcome> {
  held.set(meta.id, { meta, table });
  const previous = saves.get(meta.id) ?? Promise.resolve();
  const run = previous
    .catch(() => undefined)
    .then(() => options.startAfter?.catch(() => undefined))
    .then(() => write(meta, table, options));
  saves.set(meta.id, run);
  const settle = (outcome: SaveOutcome | null) => {
    // A newer version asked for meanwhile stays held until its own save ends.
    if (held.get(meta.id)?.table === table && !(outcome && !outcome.persisted && outcome.reason === 'wont-fit')) held.delete(meta.id);
    if (saves.get(meta.id) === run) saves.delete(meta.id);
  };
  run.then(settle, () => settle(null));
  return run;
}

async function write(meta: StoredDatasetMeta, table: TradeTable, options: SaveOptions): Promise<SaveOutcome> {
  const memory = await memoryPromise();
  const s = await store();
  if (s) {
    const replaced = (await s.list().catch(() => [])).find((m) => m.id === meta.id);
    const bytesPerRow = table.rowCount > 0 ? tableByteSize(table) / table.rowCount : 0;
    const shortfall = await storageShortfall(table, replaced ? replaced.rowCount * bytesPerRow : 0, options.estimate ?? browserEstimate);
    if (shortfall) return { persisted: false, reason: 'wont-fit', ...shortfall };
    try {
      await s.put(meta, table, options.onProgress);
      await memory.remove(meta.id);
      announceDatasetChange({ type: 'dataset-saved', id: meta.id });
      return { persisted: true };
    } catch (error) {
      // Full, or closed under us (another tab upgraded the database): keep it in memory.
      const { StorageQuotaError, StorageUnavailableError } = await storeModule();
      if (error instanceof StorageQuotaError) setStatus({ persistent: false, reason: 'quota' });
      else if (error instanceof StorageUnavailableError) setStatus({ persistent: false, reason: 'unavailable' });
      else throw error;
    }
  }
  await memory.put(meta, table);
  return { persisted: false, reason: status.persistent ? 'unavailable' : status.reason };
}

export async function renameDataset(id: string, name: string): Promise<void> {
  const h = held.get(id);
  if (h) h.meta = { ...h.meta, name };
  const memory = await memoryPromise();
  if (await memory.get(id)) await memory.rename(id, name);
  else await (await store())?.rename(id, name);
  announceDatasetChange({ type: 'dataset-renamed', id });
}

export async function removeDataset(id: string): Promise<void> {
  held.delete(id);
  // A save still running would write the dataset back: it is removed after that save.
  await saves.get(id)?.catch(() => undefined);
  const memory = await memoryPromise();
  await memory.remove(id);
  await (await store())?.remove(id);
  announceDatasetChange({ type: 'dataset-deleted', id });
}

export async function findDatasetBySourceHash(hash: string): Promise<StoredDatasetMeta | undefined> {
  const h = [...held.values()].find((e) => e.meta.sources.some((source) => source.hash === hash));
  if (h) return { ...h.meta };
  const memory = await memoryPromise();
  return (await memory.findBySourceHash(hash)) ?? (await (await store())?.findBySourceHash(hash));
}
