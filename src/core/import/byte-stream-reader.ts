// Reads a byte stream as pieces for the importer without a new ArrayBuffer per piece.
// A default reader on a File's stream or a fetch body gives a fresh buffer per chunk: garbage
// once the importer has decoded it, yet resident until V8 collects it (issue 17; in Chromium's
// worker a 46 MB file read that way left 46.5 MB of buffers, read by a BYOB reader 0.1 MB).
// A BYOB reader fills one buffer instead, handed back to each read (each read transfers it and
// returns a view on the same memory). Streams that are not byte streams (Node's
// Readable.toWeb, a plain ReadableStream) are read with the default reader; their chunks
// smaller than a piece are gathered in one reused buffer too, larger ones passed on as they are.
//
// A piece is valid only until the next read: whoever is handed it must copy what it keeps.
// The importer and the content hash do (import-stream.ts; reused-bytes.test.ts checks it).

export interface BytePieceReader {
  /** The next piece, or null after the last: at least `size` bytes but the last one; valid until the next call. */
  read(): Promise<Uint8Array | null>;
  /** Unlocks the stream (not cancelled: whoever owns it decides). Must be called: a BYOB reader is held until then. */
  release(): void;
  /** 'byob' when the stream is a byte stream, read into one buffer. */
  readonly mode: 'byob' | 'default';
}

export interface BytePieceOptions {
  /** Bytes a piece is filled to (the reused buffer's size). */
  size?: number;
  /** What a failure to read the stream becomes (the worker's ReadFailure): errors thrown while reading, nothing else. */
  readFailure?: (error: unknown) => unknown;
}

/** The importer decodes 64 KB at a time (trade-importer.ts): one such piece per read. */
export const PIECE_BYTES = 64 << 10;

/**
 * BYOB readers in use, held from here until released. Chromium (156) collects a File's BYOB
 * reader, and with it the read it owes (which then never settles), when a GC runs while that
 * read waits for the file and nothing but the read's own promise leads to the reader: the
 * import's async functions hang off that promise. Unheld, the worker went idle mid-file in 1
 * import of 15 at 1M rows (4 of 12 under a memory profiler), and in every one with a GC forced
 * every 5 ms; held, in none. The default reader never did.
 */
const reading = new Set<ReadableStreamBYOBReader>();

export function bytePieces(stream: ReadableStream<Uint8Array>, options: BytePieceOptions = {}): BytePieceReader {
  const size = options.size ?? PIECE_BYTES;
  const failure = options.readFailure ?? ((error: unknown) => error);
  let byob: ReadableStreamBYOBReader | null = null;
  try {
    byob = stream.getReader({ mode: 'byob' });
  } catch (error) {
    // Not a byte stream (a TypeError). A locked stream throws here too, and again just below.
    if (!(error instanceof TypeError)) throw error;
  }
  return byob !== null ? byobPieces(byob, size, failure) : defaultPieces(stream.getReader(), size, failure);
}

async function guarded<T>(read: Promise<T>, failure: (error: unknown) => unknown): Promise<T> {
  try {
    return await read;
  } catch (error) {
    throw failure(error);
  }
}

function byobPieces(reader: ReadableStreamBYOBReader, size: number, failure: (error: unknown) => unknown): BytePieceReader {
  reading.add(reader);
  let buffer = new ArrayBuffer(size);
  let ended = false;
  return {
    mode: 'byob',
    async read() {
      let filled = 0;
      // Filled to the end, however few bytes each read brings (a File's stream gives what its
      // pipe holds), so the importer is handed the pieces it decodes.
      while (!ended && filled < size) {
        const { done, value } = await guarded(reader.read(new Uint8Array(buffer, filled, size - filled)), failure);
        // Only a cancel by this reader's holder answers without a view (and the buffer is gone with it).
        if (value === undefined) throw failure(new TypeError('the stream was cancelled while it was read'));
        buffer = value.buffer;
        filled += value.byteLength;
        if (done) ended = true;
      }
      return filled === 0 ? null : new Uint8Array(buffer, 0, filled);
    },
    release: () => {
      reading.delete(reader);
      reader.releaseLock();
    },
  };
}

function defaultPieces(reader: ReadableStreamDefaultReader<Uint8Array>, size: number, failure: (error: unknown) => unknown): BytePieceReader {
  let gather: Uint8Array | null = null;
  let chunk: Uint8Array | null = null;
  let at = 0;
  let ended = false;
  return {
    mode: 'default',
    async read() {
      let filled = 0;
      while (filled < size) {
        if (chunk === null || at === chunk.length) {
          if (ended) break;
          const { done, value } = await guarded(reader.read(), failure);
          if (done) {
            ended = true;
            break;
          }
          chunk = value;
          at = 0;
          continue;
        }
        // A chunk of a piece or more with nothing gathered: passed on as it is, no copy.
        if (filled === 0 && chunk.length - at >= size) {
          const piece = at === 0 ? chunk : chunk.subarray(at);
          chunk = null;
          return piece;
        }
        gather ??= new Uint8Array(size);
        const take = Math.min(size - filled, chunk.length - at);
        gather.set(chunk.subarray(at, at + take), filled);
        filled += take;
        at += take;
      }
      return filled === 0 ? null : gather!.subarray(0, filled);
    },
    release: () => reader.releaseLock(),
  };
}
