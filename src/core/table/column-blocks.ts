// A column kept in fixed-size blocks while a file is read, joined into one exact array
// at the end. Growing one array by doubling held the old and the new array at once and
// finished with a trimming copy: about 2.1× the final table at the peak (issue 17). Blocks
// never move, and joining a column frees its blocks, so the import's columns peak at the
// table plus its largest column (docs/architecture.md «Import memory»).
//
// «Frees» must mean at once, not at the next garbage collection: a block dropped is still
// memory until the GC runs, and nothing makes it run during the join (measured in Chromium's
// worker: the blocks and the joined columns were both held, 2.3× the table). So each block
// lives on a resizable ArrayBuffer where the engine has them (ES2024; Chromium 111, Firefox
// 128, Safari 16.4, Node 20) and is released by resizing it to zero bytes once copied, which
// gives its pages back there and then. Elsewhere blocks are plain and wait for the GC.
//
// Rows go into period order as they are joined (period-order.ts explains why tables keep
// it): a counting sort's per-period starts, then each column scattered from file order
// to its place — no order array of 4 bytes a row.

import { bytesPerValue, columnOver, newColumn, type AnyColumn, type ColumnArray, type ColumnName } from './trade-table';

/** Rows per block: 2^14 (at most 16 384 × 40 bytes of a table unused in the last block). */
const BLOCK_BITS = 14;
export const BLOCK_ROWS = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK_ROWS - 1;

/** Where each period code's rows start in period order, or null when rows are in order already. */
export interface PeriodStarts {
  readonly min: number;
  /** starts[code - min]: the first row of that period in period order. */
  readonly starts: Int32Array;
}

type Resizable = ArrayBuffer & { resizable?: boolean; resize?: (bytes: number) => void };
const RESIZABLE = typeof (ArrayBuffer.prototype as Resizable).resize === 'function';

/** A block of a registry column, on a buffer that `releaseBlock` can give back at once. */
export function newBlock<K extends ColumnName>(name: K): ColumnArray<K> {
  if (!RESIZABLE) return newColumn(name, BLOCK_ROWS);
  const bytes = BLOCK_ROWS * bytesPerValue(name);
  return columnOver(name, new (ArrayBuffer as new (bytes: number, options: { maxByteLength: number }) => ArrayBuffer)(bytes, { maxByteLength: bytes }));
}

/** A block of split flags (one byte a row), the same way. */
export function newByteBlock(): Uint8Array {
  if (!RESIZABLE) return new Uint8Array(BLOCK_ROWS);
  return new Uint8Array(new (ArrayBuffer as new (bytes: number, options: { maxByteLength: number }) => ArrayBuffer)(BLOCK_ROWS, { maxByteLength: BLOCK_ROWS }));
}

/** Gives a copied block's memory back now (a resizable buffer shrunk to nothing); else leaves it to the GC. */
function releaseBlock(block: AnyColumn): void {
  const buffer = block.buffer as Resizable;
  if (buffer.resizable === true) buffer.resize!(0);
}

function blockLength(k: number, n: number): number {
  return Math.min(BLOCK_ROWS, n - k * BLOCK_ROWS);
}

function blockCount(n: number): number {
  return Math.ceil(n / BLOCK_ROWS);
}

/** The counting sort's starts for `n` rows' period codes in blocks; null when already sorted (stable order = file order). */
export function periodStarts(blocks: readonly Int32Array[], n: number): PeriodStarts | null {
  if (n === 0) return null;
  let sorted = true;
  let min = blocks[0][0];
  let max = min;
  let previous = min;
  for (let k = 0; k < blockCount(n); k++) {
    const block = blocks[k];
    const length = blockLength(k, n);
    for (let j = 0; j < length; j++) {
      const code = block[j];
      if (code < previous) sorted = false;
      if (code < min) min = code;
      else if (code > max) max = code;
      previous = code;
    }
  }
  if (sorted) return null;
  const starts = new Int32Array(max - min + 2);
  for (let k = 0; k < blockCount(n); k++) {
    const block = blocks[k];
    const length = blockLength(k, n);
    for (let j = 0; j < length; j++) starts[block[j] - min + 1]++;
  }
  for (let c = 1; c < starts.length; c++) starts[c] += starts[c - 1];
  return { min, starts };
}

/**
 * One array of the `n` values in `blocks`, in file order when `order` is null, else in
 * period order (`periods` are the rows' period blocks, which must outlive this call).
 * Each block is dropped from `blocks` once copied, so it can be freed.
 */
export function joinBlocks<T extends AnyColumn>(blocks: T[], n: number, make: (n: number) => T, order: PeriodStarts | null, periods: readonly Int32Array[]): T {
  const out = make(n);
  const dropped = blocks as (T | undefined)[];
  if (order === null) {
    for (let k = 0; k < blockCount(n); k++) {
      const length = blockLength(k, n);
      out.set((length === BLOCK_ROWS ? blocks[k] : blocks[k].subarray(0, length)) as never, k * BLOCK_ROWS);
      releaseBlock(blocks[k]);
      dropped[k] = undefined;
    }
  } else {
    const next = order.starts.slice();
    for (let k = 0; k < blockCount(n); k++) {
      scatter(blocks[k], periods[k], blockLength(k, n), next, order.min, out);
      // (The period column is joined last: its block k is read here for the last time.)
      releaseBlock(blocks[k]);
      dropped[k] = undefined;
    }
  }
  blocks.length = 0;
  return out;
}

/**
 * out[next[period − min]++] = value, for one block's rows in file order. One loop per array
 * type: a single loop over five typed-array types is megamorphic in V8 (see period-order.ts
 * `permuted`).
 */
function scatter(block: AnyColumn, periods: Int32Array, length: number, next: Int32Array, min: number, out: AnyColumn): void {
  if (out instanceof Float64Array) {
    const b = block as Float64Array;
    for (let j = 0; j < length; j++) out[next[periods[j] - min]++] = b[j];
  } else if (out instanceof Int32Array) {
    const b = block as Int32Array;
    for (let j = 0; j < length; j++) out[next[periods[j] - min]++] = b[j];
  } else if (out instanceof Uint32Array) {
    const b = block as Uint32Array;
    for (let j = 0; j < length; j++) out[next[periods[j] - min]++] = b[j];
  } else if (out instanceof Uint16Array) {
    const b = block as Uint16Array;
    for (let j = 0; j < length; j++) out[next[periods[j] - min]++] = b[j];
  } else {
    const b = block as Uint8Array;
    for (let j = 0; j < length; j++) out[next[periods[j] - min]++] = b[j];
  }
}

/** The block a row is in, and its place there. */
export function blockOf(row: number): number {
  return row >>> BLOCK_BITS;
}
export function placeInBlock(row: number): number {
  return row & BLOCK_MASK;
}
