// Issue 17 «import memory»: an import reads a byte stream (a File's, a fetch body) into one
// reused buffer through a BYOB reader, and any other stream through the default reader; both
// give the importer the same bytes, so the same table and report.

import { describe, expect, it } from 'vitest';
import { bytePieces } from './byte-stream-reader';
import { ImportCancelled, importStream } from './import-stream';
import { TradeImporter } from './trade-importer';
import { ContentHash } from '../parse/content-hash';
import { encodeWindows1251 } from '../parse/windows-1251';
import { byteStream, chunkStream, comparable, tradeCsv, utf16 } from './byte-stream-test-fixtures';
import { concatBytes } from '../parse/concat-bytes';

/** Read sizes that split UTF-8 letters, UTF-16 code units and CRLFs anywhere. */
const AWKWARD = [1, 3, 7, 4093, 65537, 2, 100003, 5, 31];
const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);

async function pieces(stream: ReadableStream<Uint8Array>, size: number) {
  const reader = bytePieces(stream, { size });
  const all: Uint8Array[] = [];
  let previous: Uint8Array | null = null;
  const detached: boolean[] = [];
  for (let piece = await reader.read(); piece !== null; piece = await reader.read()) {
    // A BYOB read transfers the buffer it fills: the last piece's view is empty from then on.
    if (previous !== null) detached.push(previous.byteLength === 0);
    all.push(piece.slice());
    previous = piece;
  }
  reader.release();
  return { mode: reader.mode, all, detached, joined: Buffer.from(concatBytes(all, all.reduce((n, p) => n + p.length, 0))) };
}

describe('bytePieces', () => {
  it('reads a byte stream into one buffer, each piece filled to the size but the last', async () => {
    const data = bytes(50_000);
    const read = await pieces(byteStream(data, [1, 7, 5000, 70_000, 3]), 4096);
    expect(read.mode).toBe('byob');
    expect(read.joined.equals(data)).toBe(true);
    expect(read.all.slice(0, -1).every((p) => p.length === 4096)).toBe(true);
    expect(read.all.at(-1)!.length).toBe(50_000 % 4096);
    expect(read.detached.every(Boolean)).toBe(true);
  });

  it('reads any other stream with the default reader: small chunks gathered in one buffer, large ones as they are', async () => {
    const data = bytes(50_000);
    const read = await pieces(chunkStream(data, [1, 3, 4093, 10_000]), 4096);
    expect(read.mode).toBe('default');
    expect(read.joined.equals(data)).toBe(true);
    expect(read.all.slice(0, -1).every((p) => p.length >= 4096)).toBe(true);

    const chunk = bytes(10_000);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const reader = bytePieces(stream, { size: 4096 });
    expect(await reader.read()).toBe(chunk);
    expect(await reader.read()).toBeNull();
  });

  it.each([
    ['byte', byteStream],
    ['default', chunkStream],
  ] as const)('turns a failed read of a %s stream into what readFailure makes of it, after the bytes before it', async (_kind, make) => {
    const cause = new TypeError('network error');
    const reader = bytePieces(make(bytes(10_000), [3000], { failAfter: 6000, error: cause }), { size: 4096, readFailure: (error) => new Error('read', { cause: error }) });
    expect((await reader.read())!.length).toBe(4096);
    const failure = await reader.read().catch((error: unknown) => error);
    expect(failure).toMatchObject({ message: 'read', cause });
    // Without readFailure the stream's error is thrown as it is.
    const plain = await bytePieces(make(bytes(10), [3], { failAfter: 3, error: cause })).read().catch((error: unknown) => error);
    expect(plain).toBe(cause);
  });
});

describe('importStream over a byte stream', () => {
  const csv = tradeCsv(18_000);
  it.each([
    ['utf-8', new TextEncoder().encode(csv)],
    ['windows-1251', encodeWindows1251(csv)],
    ['utf-16le', utf16(csv)],
  ] as const)('gives the table, report and hash of the default path for a %s file in awkward reads', async (encoding, file) => {
    expect(file.length).toBeGreaterThan(1 << 20); // past the bytes the decoder holds back to choose the encoding
    const whole = new TradeImporter();
    whole.push(file);
    const expected = comparable(whole.finish());
    expect(expected).toMatchObject({ report: { encoding } });
    const hash = new ContentHash();
    hash.update(file);

    const viaDefault = new ContentHash();
    expect(comparable(await importStream(chunkStream(file, AWKWARD), { onBytes: (b) => viaDefault.update(b) }))).toEqual(expected);
    const viaByob = new ContentHash();
    const progress: number[] = [];
    const result = await importStream(byteStream(file, AWKWARD), { onBytes: (b) => viaByob.update(b), chunkBytes: 256 << 10, onProgress: (p) => progress.push(p.bytes) });
    expect(comparable(result)).toEqual(expected);
    expect([viaDefault.digest(), viaByob.digest()]).toEqual([hash.digest(), hash.digest()]);
    expect(progress.at(-1)).toBe(file.length);
    expect(progress.length).toBeGreaterThan(3);
  });

  it('stops between pieces when aborted', async () => {
    const controller = new AbortController();
    const file = new TextEncoder().encode(tradeCsv(18_000));
    const failure = await importStream(byteStream(file, AWKWARD), { signal: controller.signal, chunkBytes: 64 << 10, onProgress: () => controller.abort() }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportCancelled);
  });
});
