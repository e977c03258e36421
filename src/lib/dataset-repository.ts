// Uploaded datasets: IndexedDB when the browser allows it, memory otherwise.
// When storage is unavailable or full the app says so and keeps working with
// the dataset in memory for this tab.

import type { TradeTable } from '../core/table/trade-table';
import type { DatasetStore, StoredDatasetMeta } from './dataset-store';
import { announceDatasetChange } from './dataset-broadcast';

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

export async function listStoredDatasets(): Promise<StoredDatasetMeta[]> {
  const memory = await memoryPromise();
  const s = await store();
  const stored = s ? await s.list().catch(() => []) : [];
  const inMemory = await memory.list();
  const ids = new Set(inMemory.map((m) => m.id));
  return [...inMemory, ...stored.filter((m) => !ids.has(m.id))].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function getStoredDataset(id: string): Promise<{ meta: StoredDatasetMeta; table: TradeTable } | undefined> {
  const memory = await memoryPromise();
  return (await memory.get(id)) ?? (await (await store())?.get(id));
}

/** Saves; returns false when it could only be kept in memory. */
export async function saveDataset(meta: StoredDatasetMeta, table: TradeTable): Promise<boolean> {
  const memory = await memoryPromise();
  const s = await store();
  if (s) {
    try {
      await s.put(meta, table);
      await memory.remove(meta.id);
      announceDatasetChange({ type: 'dataset-saved', id: meta.id });
      return true;
    } catch (error) {
      // Full, or closed under us (another tab upgraded the database): keep it in memory.
      const { StorageQuotaError, StorageUnavailableError } = await storeModule();
      if (error instanceof StorageQuotaError) setStatus({ persistent: false, reason: 'quota' });
      else if (error instanceof StorageUnavailableError) setStatus({ persistent: false, reason: 'unavailable' });
      else throw error;
    }
  }
  await memory.put(meta, table);
  return false;
}

export async function renameDataset(id: string, name: string): Promise<void> {
  const memory = await memoryPromise();
  if (await memory.get(id)) await memory.rename(id, name);
  else await (await store())?.rename(id, name);
  announceDatasetChange({ type: 'dataset-renamed', id });
}

export async function removeDataset(id: string): Promise<void> {
  const memory = await memoryPromise();
  await memory.remove(id);
  await (await store())?.remove(id);
  announceDatasetChange({ type: 'dataset-deleted', id });
}

export async function findDatasetBySourceHash(hash: string): Promise<StoredDatasetMeta | undefined> {
  const memory = await memoryPromise();
  return (await memory.findBySourceHash(hash)) ?? (await (await store())?.findBySourceHash(hash));
}
