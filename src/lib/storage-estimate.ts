// Will a table fit in the browser's storage? Asked before a save starts, so a dataset too
// large for the quota is said at once — a 48M-row import once drew its charts and only
// then failed with «Хранилище переполнено» (issue 17). The browser's figure is an estimate
// (Chromium pads usage; quotas move): a table is refused only when it clearly will not fit.

import { tableByteSize, type TradeTable } from '../core/table/trade-table';

/** IndexedDB's own overhead on our parts (keys, clone headers) is small: 5 % to be safe. */
const OVERHEAD = 1.05;
/** Room left over after the save, so the browser's padded usage figures do not decide it. */
const SLACK_BYTES = 1 << 20;

export interface StorageShortfall {
  /** Bytes the table needs in storage. */
  neededBytes: number;
  /** Bytes the browser says are free for this site (with what the dataset's older version frees). */
  freeBytes: number;
}

export type EstimateStorage = () => Promise<{ quota?: number; usage?: number } | undefined>;

/** The browser's `navigator.storage.estimate`, or nothing where it is missing. */
export const browserEstimate: EstimateStorage = async () => {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.estimate !== 'function') return undefined;
  return navigator.storage.estimate().catch(() => undefined);
};

/** Bytes a table takes in storage. */
export function storedBytes(table: TradeTable): number {
  return Math.ceil(tableByteSize(table) * OVERHEAD);
}

/**
 * The shortfall when `table` will not fit, or null when it will or nobody can tell.
 * `replacedBytes`: what the version being replaced (a merge into a stored dataset) frees.
 */
export async function storageShortfall(table: TradeTable, replacedBytes = 0, estimate: EstimateStorage = browserEstimate): Promise<StorageShortfall | null> {
  const e = await estimate();
  if (!e || typeof e.quota !== 'number' || !Number.isFinite(e.quota) || e.quota <= 0) return null;
  const freeBytes = Math.max(0, e.quota - (e.usage ?? 0) + replacedBytes);
  const neededBytes = storedBytes(table);
  return neededBytes + SLACK_BYTES > freeBytes ? { neededBytes, freeBytes } : null;
}
