// Feeds a byte stream (fetch body, File.stream(), Node file stream) into a
// TradeImporter 64 KB at a time, reporting progress every few MB and honouring an
// abort signal between pieces. Runs in the worker, in Node and in tests.

import { TradeImporter, type ImportResult } from './trade-importer';
import type { FormatReader } from '../formats/format-reader';
import { bytePieces, PIECE_BYTES } from './byte-stream-reader';

export interface ImportProgress {
  bytes: number;
  rows: number;
}

export interface ImportStreamOptions {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  formats?: FormatReader[];
  /** Bytes between progress reports. */
  chunkBytes?: number;
  /**
   * Sees every byte in order (e.g. a content hash computed in the same pass). The bytes are
   * overwritten by the next read once it returns: copy what is kept.
   */
  onBytes?: (bytes: Uint8Array) => void;
  /** Told, once the table is built, the most bytes of columns the table builder held at once (`npm run bench:memory`). */
  onBuilderPeak?: (bytes: number) => void;
  /** What a failure to read the stream becomes (the worker's ReadFailure); the importer's own errors are left alone. */
  readFailure?: (error: unknown) => unknown;
}

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

export async function importStream(stream: ReadableStream<Uint8Array>, options: ImportStreamOptions = {}): Promise<ImportResult> {
  const importer = new TradeImporter(options.formats);
  const target = options.chunkBytes ?? 4 << 20;
  // Pieces of 64 KB (the importer decodes that much at once, and a file's first bytes are checked
  // for binary content as one piece), read into one reused buffer where the stream allows it
  // (byte-stream-reader.ts): no new ArrayBuffer per chunk piling up until a GC. The hash and the
  // importer copy what they keep of a piece (reused-bytes.test.ts), so reusing it is safe.
  const pieces = bytePieces(stream, { size: PIECE_BYTES, readFailure: options.readFailure });
  let sinceProgress = 0;
  try {
    for (;;) {
      if (options.signal?.aborted) throw new ImportCancelled();
      const piece = await pieces.read();
      if (piece === null) break;
      options.onBytes?.(piece);
      importer.push(piece);
      sinceProgress += piece.length;
      if (sinceProgress >= target) {
        sinceProgress = 0;
        options.onProgress?.({ bytes: importer.bytesRead, rows: importer.rowsRead });
      }
    }
    options.onProgress?.({ bytes: importer.bytesRead, rows: importer.rowsRead });
    if (options.signal?.aborted) throw new ImportCancelled();
    const result = importer.finish();
    options.onBuilderPeak?.(importer.builderPeakBytes);
    return result;
  } finally {
    pieces.release();
  }
}
