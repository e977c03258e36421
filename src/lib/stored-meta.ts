// The description of a stored dataset (its files, period and size) and the contract
// the IndexedDB store keeps (dataset-store.ts).

import type { FormatId } from '../core/formats/format-ids';
import type { TradeTable } from '../core/table/trade-table';
import type { TextEncodingName } from '../core/parse/byte-decoder';

export interface StoredSource {
  fileName: string;
  size: number;
  /** ContentHash digest of the file's bytes. */
  hash: string;
  /** ISO date-time. */
  addedAt: string;
  format: FormatId;
  encoding: TextEncodingName;
  rows: { read: number; accepted: number; rejected: number; aggregate: number };
  duplicatesSkipped: number;
  /** Months this file covers (model/period.ts monthIndex); absent in datasets stored before they were kept. */
  firstMonth?: number;
  lastMonth?: number;
  /** The file's reporters as stored codes (`RU-KAM`, `CN`); absent in older datasets. */
  reporters?: string[];
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
  /**
   * Insert or replace; meta and table together or not at all. Copies the caller's arrays.
   * `onProgress` gets the fraction of the table written (0–1) as parts are written.
   */
  put(meta: StoredDatasetMeta, table: TradeTable, onProgress?: (fraction: number) => void): Promise<void>;
  /** Changes the name only (updatedAt is left alone); rejects with DatasetNotFoundError. */
  rename(id: string, name: string): Promise<StoredDatasetMeta>;
  /** Deletes meta and table; no-op for an unknown id. */
  remove(id: string): Promise<void>;
  /** The newest dataset built from a file with this content hash. */
  findBySourceHash(hash: string): Promise<StoredDatasetMeta | undefined>;
  /** Releases the database connection; the store must not be used afterwards. */
  close(): void;
}


export function newestFirst(a: StoredDatasetMeta, b: StoredDatasetMeta): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function copyMeta(meta: StoredDatasetMeta): StoredDatasetMeta {
  return {
    id: meta.id,
    name: meta.name,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    rowCount: meta.rowCount,
    firstMonth: meta.firstMonth,
    lastMonth: meta.lastMonth,
    finest: meta.finest,
    sources: meta.sources.map((s) => ({ ...s, rows: { ...s.rows }, ...(s.reporters ? { reporters: [...s.reporters] } : {}) })),
  };
}

export function checkMeta(meta: StoredDatasetMeta): void {
  if (typeof meta.id !== 'string' || meta.id === '') throw new TypeError('A stored dataset needs a non-empty id');
  if (!Array.isArray(meta.sources)) throw new TypeError('A stored dataset needs a sources array');
}

