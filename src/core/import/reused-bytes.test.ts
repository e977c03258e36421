// Issue 17 «import memory»: importStream reads a file into one reused buffer
// (byte-stream-reader.ts), so the bytes handed to the importer and to the content hash are
// overwritten by the next read. Whatever either kept a view of (instead of a copy) would then be
// garbage: here every piece is overwritten the moment it has been handed on, and the table,
// report and hash must be those of a clean import.

import { describe, expect, it } from 'vitest';
import { importStream } from './import-stream';
import { TradeImporter } from './trade-importer';
import { ContentHash } from '../parse/content-hash';
import { encodeWindows1251 } from '../parse/windows-1251';
import { byteStream, comparable, tradeCsv, utf16 } from './byte-stream-test-fixtures';

/** Piece sizes that cut letters, code units and line ends anywhere, with runs of small pieces (a carried line end). */
const SIZES = [1, 2, 3, 5, 7, 64, 1000, 4093, 65_536, 1, 1, 100_003];
/** A byte that is garbage in every encoding here: «я» in Windows-1251, invalid in UTF-8, odd in UTF-16. */
const GARBAGE = 0xff;

const csv = tradeCsv(18_000);
const utf8 = new TextEncoder().encode(csv);
// A UTF-8 file with a Windows-1251 tail: its lines are read one by one in either encoding.
const mixed = new Uint8Array([...utf8, ...encodeWindows1251(tradeCsv(300).split('\r\n').slice(1).join('\r\n'))]);
const FILES = [
  ['utf-8', utf8],
  ['windows-1251', encodeWindows1251(csv)],
  ['utf-16le', utf16(csv)],
  ['utf-16be', utf16(csv, true)],
  ['mixed utf-8 and windows-1251', mixed],
] as const;

function clean(file: Uint8Array) {
  const importer = new TradeImporter();
  importer.push(file.slice());
  const result = importer.finish();
  // Rows that import, and the mixed file read line by line, or garbage could match garbage.
  expect(result.report.rows.accepted).toBeGreaterThan(17_000);
  expect(result.report.warnings.some((w) => w.code === 'mixed-encoding')).toBe(file === mixed);
  const hash = new ContentHash();
  hash.update(file);
  return { result: comparable(result), hash: hash.digest() };
}

/** Pieces of SIZES in turn, or cut just after each line feed byte and 5 bytes later (a piece with no line end after one that ended a line). */
function* pieces(file: Uint8Array, atLineEnds: boolean): Generator<[number, number]> {
  let at = 0;
  let afterLineEnd = true;
  for (let turn = 0; at < file.length; turn++) {
    let to = Math.min(file.length, at + SIZES[turn % SIZES.length]);
    if (atLineEnds) {
      const lf = file.indexOf(0x0a, at);
      const lineEnd = lf === -1 ? file.length : lf + 1;
      to = afterLineEnd && lineEnd > at + 5 ? at + 5 : lineEnd;
      afterLineEnd = to === lineEnd;
    }
    yield [at, to];
    at = to;
  }
}

describe('bytes overwritten once they have been handed on', () => {
  it.each(FILES)('TradeImporter.push and ContentHash.update copy what they keep (%s)', (_name, file) => {
    expect(file.length).toBeGreaterThan(1 << 20); // past the sample the decoder holds back
    const expected = clean(file);
    for (const atLineEnds of [false, true]) {
      const importer = new TradeImporter();
      const hash = new ContentHash();
      const memory = new Uint8Array(100_003 + 2);
      let turn = 0;
      for (const [from, to] of pieces(file, atLineEnds)) {
        // The same memory for every piece, at a varying offset (as the reused buffer's views).
        const view = memory.subarray(turn % 3, (turn++ % 3) + to - from);
        view.set(file.subarray(from, to));
        hash.update(view);
        importer.push(view);
        memory.fill(GARBAGE);
      }
      expect({ result: comparable(importer.finish()), hash: hash.digest() }, atLineEnds ? 'cut at line ends' : 'cut in SIZES').toEqual(expected);
    }
  });

  it.each(FILES)('importStream over a byte stream that overwrites the whole buffer before each piece (%s)', async (_name, file) => {
    const expected = clean(file);
    const hash = new ContentHash();
    const result = await importStream(byteStream(file, SIZES, { poison: GARBAGE }), { onBytes: (b) => hash.update(b) });
    expect({ result: comparable(result), hash: hash.digest() }).toEqual(expected);
  });
});
