// Inputs shared by the tests of reading an import's bytes (byte-stream-reader.test.ts,
// reused-bytes.test.ts): a trade CSV of over a megabyte (past the bytes the decoder holds back
// before choosing an encoding), its UTF-16 bytes, and the two kinds of ReadableStream a worker
// or a script hands importStream, cut into reads of the sizes given; an import's result in a
// form compared quickly.

import { ContentHash } from '../parse/content-hash';
import type { ImportResult } from './trade-importer';

/** A canonical CSV of `rows` rows with Cyrillic names (two UTF-8 bytes a letter) and one unknown partner per 97 rows. */
export function tradeCsv(rows: number): string {
  const partners = ['Китай', 'Республика Корея', 'Атлантида'];
  const lines = ['period,reporter,flow,partner,commodity,value_usd,net_kg'];
  for (let i = 0; i < rows; i++) {
    const partner = i % 97 === 0 ? partners[2] : partners[i % 2];
    lines.push(`20${10 + (i % 12)}-${String((i % 12) + 1).padStart(2, '0')},Камчатский край,${i % 3 === 0 ? 'import' : 'export'},${partner},${String(30000 + (i % 5000)).padStart(6, '0')},${i * 7 + 0.5},${i % 5 === 0 ? '' : i}`);
  }
  return lines.join('\r\n') + '\r\n';
}

/** UTF-16 bytes of `text` with a BOM. */
export function utf16(text: string, bigEndian = false): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2 + (bigEndian ? 0 : 1)] = c >> 8;
    out[2 + i * 2 + (bigEndian ? 1 : 0)] = c & 0xff;
  }
  return out;
}

export interface ByteStreamOptions {
  /** Fails the stream with this once `failAfter` bytes have been given. */
  error?: unknown;
  failAfter?: number;
  /** Before filling a reader's buffer from its start, overwrite all of it (what a reader keeps of its last piece is then gone). */
  poison?: number;
}

/**
 * A byte stream (`type: 'bytes'`, as a File's or a fetch body in Chromium) giving `bytes` in
 * reads of `sizes` in turn: odd turns fill the reader's buffer in place (byobRequest), even
 * turns enqueue a chunk of their own (copied into that buffer by the stream, or queued).
 */
export function byteStream(bytes: Uint8Array, sizes: readonly number[], options: ByteStreamOptions = {}): ReadableStream<Uint8Array> {
  let at = 0;
  let turn = 0;
  const end = Math.min(bytes.length, options.failAfter ?? Infinity);
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (at === end && end < bytes.length) return controller.error(options.error);
      if (at === end) {
        controller.close();
        controller.byobRequest?.respond(0);
        return;
      }
      const t = turn++;
      const n = Math.min(sizes[t % sizes.length], end - at);
      const view = controller.byobRequest?.view;
      if (view && options.poison !== undefined && view.byteOffset === 0) new Uint8Array(view.buffer).fill(options.poison);
      if (view && t % 2 === 1) {
        const k = Math.min(n, view.byteLength);
        new Uint8Array(view.buffer, view.byteOffset, k).set(bytes.subarray(at, at + k));
        at += k;
        controller.byobRequest!.respond(k);
      } else {
        controller.enqueue(bytes.slice(at, at + n));
        at += n;
      }
    },
  });
}

/** A default stream (not a byte stream, as Node's Readable.toWeb) of `bytes` in chunks of `sizes` in turn. */
export function chunkStream(bytes: Uint8Array, sizes: readonly number[], options: ByteStreamOptions = {}): ReadableStream<Uint8Array> {
  let at = 0;
  let turn = 0;
  const end = Math.min(bytes.length, options.failAfter ?? Infinity);
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at === end) return end < bytes.length ? controller.error(options.error) : controller.close();
      const n = Math.min(sizes[turn++ % sizes.length], end - at);
      controller.enqueue(bytes.slice(at, at + n));
      at += n;
    },
  });
}

/** An import's result with each typed array as its content hash: compared in a moment, where Vitest compares big typed arrays element by element. */
export function comparable(result: ImportResult): unknown {
  const digest = (view: ArrayBufferView) => {
    const hash = new ContentHash();
    hash.update(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    return `${view.constructor.name} ${view.byteLength} ${hash.digest()}`;
  };
  const table = Object.fromEntries(Object.entries(result.table).map(([name, value]) => [name, ArrayBuffer.isView(value) ? digest(value) : value]));
  return { table, report: result.report };
}
