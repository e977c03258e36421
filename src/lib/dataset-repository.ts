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
 * the save ends), or kept for the tab because storage would not take them (too large for the
 * quota, full, or unavailable). One place for all of them: tables are never changed in place,
 * so none is copied here (a second copy of a large table when storage filled mid-save was
 * what a separate in-memory store cost); `getStoredDataset` hands out a copy, since its
 * caller may transfer the buffers to the worker.
 */
const held = new Map<string, { meta: StoredDatasetMeta; table: TradeTable }>();
/** Each dataset's saves, one after another: the last one written is the last one asked for. */
const saves = new Map<string, Promise<unknown>>();

/** True while a save has not ended: leaving the page now would lose that dataset. */
export function savesPending(): boolean {
  return saves.size > 0;
}

export async function listStoredDatasets(): Promise<StoredDatasetMeta[]> {
  const s = await store();
  const stored = s ? await s.list().catch(() => []) : [];
  const inMemory = [...held.values()].map((h) => ({ ...h.meta }));
  const ids = new Set(inMemory.map((m) => m.id));
  return [...inMemory, ...stored.filter((m) => !ids.has(m.id))].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function getStoredDataset(id: string): Promise<{ meta: StoredDatasetMeta; table: TradeTable } | undefined> {
  const h = held.get(id);
  if (h) return { meta: { ...h.meta }, table: copyTable(h.table) };
  return (await store())?.get(id);
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
    // Stored, or a programming error (thrown, never hidden in memory): no longer held. Not
    // stored for want of room or of storage: held for the tab. A newer version asked for
    // meanwhile stays held until its own save ends.
    if (held.get(meta.id)?.table === table && (outcome === null || outcome.persisted)) held.delete(meta.id);
    if (saves.get(meta.id) === run) saves.delete(meta.id);
  };
  run.then(settle, () => settle(null));
  return run;
}

async function write(meta: StoredDatasetMeta, table: TradeTable, options: SaveOptions): Promise<SaveOutcome> {
  const s = await store();
  if (!s) return { persisted: false, reason: 'unavailable' };
  const replaced = (await s.list().catch(() => [])).find((m) => m.id === meta.id);
  const bytesPerRow = table.rowCount > 0 ? tableByteSize(table) / table.rowCount : 0;
  const shortfall = await storageShortfall(table, replaced ? replaced.rowCount * bytesPerRow : 0, options.estimate ?? browserEstimate);
  if (shortfall) return { persisted: false, reason: 'wont-fit', ...shortfall };
  // The meta as it is now: a rename while the save waited for the charts is written with it.
  const current = () => (held.get(meta.id)?.table === table ? held.get(meta.id)!.meta : meta);
  const written = current();
  try {
    await s.put(written, table, options.onProgress);
  } catch (error) {
    // Full, or closed under us (another tab upgraded the database): kept for the tab.
    const { StorageQuotaError, StorageUnavailableError } = await storeModule();
    if (error instanceof StorageQuotaError) setStatus({ persistent: false, reason: 'quota' });
    else if (error instanceof StorageUnavailableError) setStatus({ persistent: false, reason: 'unavailable' });
    else throw error;
    return { persisted: false, reason: status.persistent ? 'unavailable' : status.reason };
  }
  // Renamed while it was being written: the stored copy takes the new name too.
  if (current().name !== written.name) await s.rename(meta.id, current().name);
  announceDatasetChange({ type: 'dataset-saved', id: meta.id });
  return { persisted: true };
}

export async function renameDataset(id: string, name: string): Promise<void> {
  const h = held.get(id);
  const s = await store();
  if (h) {
    // Held for the tab or being saved (the save writes the new name): an older stored copy, if
    // any, is renamed as well; none is no error.
    h.meta = { ...h.meta, name };
    if (s && (await s.list().catch(() => [])).some((m) => m.id === id)) await s.rename(id, name);
  } else await s?.rename(id, name);
  announceDatasetChange({ type: 'dataset-renamed', id });
}

export async function removeDataset(id: string): Promise<void> {
  held.delete(id);
  // A save still running would write the dataset back: it is removed after that save.
  await saves.get(id)?.catch(() => undefined);
  await (await store())?.remove(id);
  announceDatasetChange({ type: 'dataset-deleted', id });
}

export async function findDatasetBySourceHash(hash: string): Promise<StoredDatasetMeta | undefined> {
  const h = [...held.values()].find((e) => e.meta.sources.some((source) => source.hash === hash));
  if (h) return { ...h.meta };
  return (await store())?.findBySourceHash(hash);
}
