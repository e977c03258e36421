// The largest file the page accepts, from what the device can hold (issue 16). Pure: the
// upload panel passes `navigator.deviceMemory` (GB, rounded down to a power of two; Chrome
// reports at most 8, Firefox and Safari nothing) and refuses a larger file before its import
// starts, with failureText's 'over-size-limit' message.
//
// The figures are the README's «Performance» measures: the table holds ~40 B per row, a
// canonical CSV has ~46 B per row (the densest layout: other layouts have fewer rows per byte,
// so the estimate errs on the side of refusing), and the import peaks at 1.3× the final table
// (issue 17: its columns grow in blocks and are joined without doubling — 1.2× counted by the
// builder; `npm run bench:memory` measured the process's peak growth at 1.14× the table for 12M
// rows, plus a fixed ~25 MB of reads and text). A tab is counted on for half the device's memory.

/** The hard cap, whatever the device: the worker refuses a larger file too (dataset-worker.ts). */
export const HARD_IMPORT_CAP_BYTES = 3 * 1024 ** 3;
/** Bytes per row of the in-memory table (README «Performance», table_bytes_per_file_byte × 46). */
export const TABLE_BYTES_PER_ROW = 40;
/** Bytes per row of a canonical CSV (46.5 MB for 1,000,000 rows). */
export const CSV_BYTES_PER_ROW = 46;
/** The import's peak in the worker, as a multiple of the final table (was 2 before issue 17). */
export const IMPORT_PEAK_FACTOR = 1.3;
/** The share of the device's memory one tab can count on. */
export const TAB_MEMORY_SHARE = 0.5;
/** Chrome reports at most 8 (GB): 8 means "8 or more", so it sets no device limit. */
export const DEVICE_MEMORY_REPORT_CAP_GB = 8;

export interface ImportSizeLimit {
  /** The largest file accepted, in bytes. */
  bytes: number;
  /** The device memory the limit follows (GB), or null when only the hard cap applies. */
  deviceGb: number | null;
}

/** The largest file accepted on a device reporting `deviceMemoryGb` (undefined: not reported). */
export function importSizeLimit(deviceMemoryGb: number | null | undefined): ImportSizeLimit {
  if (deviceMemoryGb == null || !Number.isFinite(deviceMemoryGb) || deviceMemoryGb <= 0 || deviceMemoryGb >= DEVICE_MEMORY_REPORT_CAP_GB) {
    return { bytes: HARD_IMPORT_CAP_BYTES, deviceGb: null };
  }
  const rows = (deviceMemoryGb * 1024 ** 3 * TAB_MEMORY_SHARE) / (TABLE_BYTES_PER_ROW * IMPORT_PEAK_FACTOR);
  const bytes = Math.floor(rows * CSV_BYTES_PER_ROW);
  return bytes < HARD_IMPORT_CAP_BYTES ? { bytes, deviceGb: deviceMemoryGb } : { bytes: HARD_IMPORT_CAP_BYTES, deviceGb: null };
}

/** The failure for a file over the limit, or null when it may be imported. */
export function checkImportSize(fileBytes: number, limit: ImportSizeLimit): { code: 'over-size-limit'; fileBytes: number; limitBytes: number; deviceGb: number | null } | null {
  return fileBytes > limit.bytes ? { code: 'over-size-limit', fileBytes, limitBytes: limit.bytes, deviceGb: limit.deviceGb } : null;
}

/** `navigator.deviceMemory` where the browser reports it (Chromium), else undefined. */
export function reportedDeviceMemory(nav: unknown = typeof navigator === 'undefined' ? undefined : navigator): number | undefined {
  const value = (nav as { deviceMemory?: unknown } | undefined)?.deviceMemory;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}
