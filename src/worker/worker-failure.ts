// What went wrong with an import, as an ImportFailure code the user can act on.
// One pure function for both sides of the worker boundary: errors caught in the
// worker, and the worker's own `error` / `messageerror` events seen by the page.
// Failures are classified honestly (docs/architecture.md, src/worker): only bytes
// that could not be fetched or read are `network`; a TypeError or any other
// programming error is `internal` with its message.
//
// No runtime import from core: the page's client uses this module too, and the
// importer must stay in the worker chunk (docs/architecture.md, «Bundle»). Core's
// errors are recognised by the names they set.

import type { ImportFailure } from '../core/import/import-report';

/** The bytes could not be fetched or read: a failed fetch, an HTTP error, a file gone or unreadable. */
export class ReadFailure extends Error {
  override name = 'ReadFailure';
}

/** Refused before starting: the file is larger than a tab can hold. */
export class TooLargeFailure extends Error {
  override name = 'TooLargeFailure';
}

/** DOMException names that mean the source itself could not be read (File API, fetch). */
const READ_ERROR_NAMES = new Set(['NotReadableError', 'NotFoundError', 'NetworkError']);
/** RangeErrors that mean «too big for memory», not a bug (V8, SpiderMonkey, JavaScriptCore spellings). */
const OUT_OF_MEMORY = /allocation failed|array buffer|invalid (typed )?array length|invalid string length|out of memory|too large/i;
const IMPORT_ERROR_CODES = new Set(['empty', 'header-only', 'binary', 'no-line-breaks', 'spreadsheet']);

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function messageOf(error: unknown): string {
  const message = field(error, 'message');
  return typeof message === 'string' ? message : String(error);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function isWorkerEvent(value: unknown): value is Event {
  return typeof Event !== 'undefined' && value instanceof Event;
}

/**
 * `error`: anything thrown or rejected while importing, or an `error` /
 * `messageerror` event of the Worker itself. `aborted`: the user cancelled
 * (whatever the stream then threw is a consequence of that).
 */
export function classifyFailure(error: unknown, options: { aborted?: boolean } = {}): ImportFailure {
  const name = field(error, 'name');
  if (options.aborted || name === 'ImportCancelled') return { code: 'cancelled' };

  if (isWorkerEvent(error)) {
    // A message that could not be deserialised: a bug or a browser limit, never the network.
    if (error.type === 'messageerror') return { code: 'internal', detail: 'a message from the import worker could not be read' };
    const message = field(error, 'message');
    // An ErrorEvent with a message: an exception thrown in the worker and not caught there.
    if (typeof message === 'string' && message !== '') {
      const file = field(error, 'filename');
      const line = field(error, 'lineno');
      return { code: 'internal', detail: typeof file === 'string' && file ? `${message} (${file.split('/').pop()}:${String(line)})` : message };
    }
    // A bare Event: the worker's script did not load (offline, or the app was updated and the chunk is gone).
    return { code: 'network', detail: 'the import worker could not be loaded' };
  }

  if (error instanceof ReadFailure) return { code: 'network', detail: error.message };
  if (error instanceof TooLargeFailure) return { code: 'too-large', detail: error.message };
  if (name === 'ImportError') {
    const code = field(error, 'code');
    const detail = field(error, 'detail');
    if (code === 'unknown-layout') return { code: 'unknown-layout', missing: stringList(field(detail, 'missing')), columns: stringList(field(detail, 'columns')) };
    if (code === 'no-csv') return { code: 'no-csv', entries: stringList(field(detail, 'columns')) };
    if (code === 'duplicate-columns') return { code: 'duplicate-columns', columns: stringList(field(detail, 'columns')) };
    if (typeof code === 'string' && IMPORT_ERROR_CODES.has(code)) return { code: code as 'empty' | 'header-only' | 'binary' | 'no-line-breaks' | 'spreadsheet' };
  }
  if (typeof name === 'string' && READ_ERROR_NAMES.has(name) && (error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException))) {
    return { code: 'network', detail: `${name}: ${messageOf(error)}` };
  }
  if (error instanceof RangeError && OUT_OF_MEMORY.test(error.message)) return { code: 'too-large', detail: error.message };
  // TypeError, a RangeError from a bug, DataCloneError, anything else: ours to fix, said as it is.
  if (error instanceof Error) return { code: 'internal', detail: error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message };
  return { code: 'internal', detail: messageOf(error) };
}

/**
 * A failure to read a stream's bytes (a dropped connection, a File changed on disk) as a
 * ReadFailure, named after the DOMException or TypeError it was. The worker's imports hand it
 * to importStream, which reads the stream itself (into one reused buffer: core/import/byte-stream-reader.ts).
 */
export function readFailureOf(error: unknown): ReadFailure {
  const name = field(error, 'name');
  return new ReadFailure(typeof name === 'string' && name !== 'Error' ? `${name}: ${messageOf(error)}` : messageOf(error), { cause: error });
}

/**
 * The same bytes, but a failure to read them arrives as a ReadFailure: so a
 * TypeError from a dropped connection (fetch body) or a File changed on disk is
 * told apart from a TypeError thrown by the importer reading those bytes.
 */
export function withReadFailures(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = stream.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        throw readFailureOf(error);
      }
      if (result.done) controller.close();
      else controller.enqueue(result.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
