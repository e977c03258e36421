// Feeds a byte stream (fetch body, File.stream(), Node file stream) into a
// TradeImporter in chunks of a few MB, reporting progress and honouring an
// abort signal between chunks. Runs in the worker, in Node and in tests.

import { TradeImporter, type ImportResult } from './trade-importer';
import type { FormatReader } from '../formats/format-reader';
import { concatBytes } from '../parse/concat-bytes';

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
  /** Sees every byte in order (e.g. a content hash computed in the same pass). */
  onBytes?: (bytes: Uint8Array) => void;
}

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/** Bytes handed to the importer at a time. */
const PUSH_BYTES = 64 << 10;

export async function importStream(stream: ReadableStream<Uint8Array>, options: ImportStreamOptions = {}): Promise<ImportResult> {
  const importer = new TradeImporter(options.formats);
  const target = options.chunkBytes ?? 4 << 20;
  const reader = stream.getReader();
  // Pieces go to the importer 64 KB at a time (it decodes that much at once, and a file's first
  // bytes are checked for binary content as one piece): gathering 4 MB steps into one array held
  // and copied them for nothing. Progress is still said every few MB.
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let sinceProgress = 0;
  const flush = () => {
    if (pendingBytes === 0) return;
    importer.push(concatBytes(pending, pendingBytes));
    sinceProgress += pendingBytes;
    pending = [];
    pendingBytes = 0;
    if (sinceProgress >= target) {
      sinceProgress = 0;
      options.onProgress?.({ bytes: importer.bytesRead, rows: importer.rowsRead });
    }
  };
  try {
    for (;;) {
      if (options.signal?.aborted) throw new ImportCancelled();
      const { done, value } = await reader.read();
      if (done) break;
      options.onBytes?.(value);
      pending.push(value);
      pendingBytes += value.length;
      if (pendingBytes >= PUSH_BYTES) flush();
    }
    flush();
    options.onProgress?.({ bytes: importer.bytesRead, rows: importer.rowsRead });
    if (options.signal?.aborted) throw new ImportCancelled();
    return importer.finish();
  } finally {
    reader.releaseLock();
  }
}
