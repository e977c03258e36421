// The same behaviour as the IndexedDB store (dataset-store.ts), for this tab only:
// used when the browser will not store anything (docs/architecture.md).

import { checkTable, type TradeTable } from '../core/table/trade-table';
import { checkMeta, copyMeta, newestFirst, type DatasetStore, type StoredDatasetMeta } from './stored-meta';
import { DatasetNotFoundError } from './storage-errors';
import { fromWholeRecord, wholeRecord, type WholeTableRecord } from './stored-table';

/** The same behaviour as the IndexedDB store, for this tab only. Keeps and hands out copies. */
export class MemoryDatasetStore implements DatasetStore {
  readonly persistent = false;
  private readonly entries = new Map<string, { meta: StoredDatasetMeta; table: WholeTableRecord }>();

  async list(): Promise<StoredDatasetMeta[]> {
    return [...this.entries.values()].map((e) => copyMeta(e.meta)).sort(newestFirst);
  }

  async get(id: string): Promise<{ meta: StoredDatasetMeta; table: TradeTable } | undefined> {
    const entry = this.entries.get(id);
    return entry && { meta: copyMeta(entry.meta), table: fromWholeRecord(entry.table, true) };
  }

  async put(meta: StoredDatasetMeta, table: TradeTable): Promise<void> {
    checkMeta(meta);
    checkTable(table);
    this.entries.set(meta.id, { meta: copyMeta(meta), table: wholeRecord(table) });
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
