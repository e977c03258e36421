import { describe, expect, it } from 'vitest';
import { ImportCancelled, importStream } from '../core/import/import-stream';
import { ImportError } from '../core/import/trade-importer';
import { byteStream, chunkStream, tradeCsv } from '../core/import/byte-stream-test-fixtures';
import { classifyFailure, ReadFailure, readFailureOf, TooLargeFailure, withReadFailures } from './worker-failure';

/** What a browser hands a Worker's `error` listener for an uncaught exception (Node has no ErrorEvent). */
function errorEvent(message: string, filename = '', lineno = 0): Event {
  return Object.assign(new Event('error'), { message, filename, lineno });
}

describe('classifyFailure', () => {
  it('says cancelled when the user aborted, whatever was thrown then', () => {
    expect(classifyFailure(new TypeError('network error'), { aborted: true })).toEqual({ code: 'cancelled' });
    expect(classifyFailure(new ImportCancelled())).toEqual({ code: 'cancelled' });
  });

  it('keeps the importer’s own verdicts', () => {
    expect(classifyFailure(new ImportError('empty'))).toEqual({ code: 'empty' });
    expect(classifyFailure(new ImportError('header-only'))).toEqual({ code: 'header-only' });
    expect(classifyFailure(new ImportError('binary'))).toEqual({ code: 'binary' });
    expect(classifyFailure(new ImportError('unknown-layout', { missing: ['period'], columns: ['a', 'b'] }))).toEqual({ code: 'unknown-layout', missing: ['period'], columns: ['a', 'b'] });
  });

  it('calls only a failed fetch or read `network`', () => {
    expect(classifyFailure(new ReadFailure('Failed to fetch', { cause: new TypeError('Failed to fetch') }))).toEqual({ code: 'network', detail: 'Failed to fetch' });
    expect(classifyFailure(new ReadFailure('404 Not Found'))).toEqual({ code: 'network', detail: '404 Not Found' });
    expect(classifyFailure(new DOMException('The file could not be read', 'NotReadableError'))).toEqual({ code: 'network', detail: 'NotReadableError: The file could not be read' });
    expect(classifyFailure(new DOMException('gone', 'NotFoundError'))).toMatchObject({ code: 'network' });
  });

  it('calls a TypeError a programming error, with its message', () => {
    expect(classifyFailure(new TypeError("Cannot read properties of undefined (reading 'length')"))).toEqual({
      code: 'internal',
      detail: "TypeError: Cannot read properties of undefined (reading 'length')",
    });
    // Even one that reads like the network: unless the stream wrapper marked it, the importer threw it.
    expect(classifyFailure(new TypeError('Failed to fetch'))).toEqual({ code: 'internal', detail: 'TypeError: Failed to fetch' });
  });

  it('tells memory exhaustion from a RangeError bug', () => {
    expect(classifyFailure(new RangeError('Array buffer allocation failed'))).toEqual({ code: 'too-large', detail: 'Array buffer allocation failed' });
    expect(classifyFailure(new RangeError('Invalid typed array length: 9007199254740991'))).toMatchObject({ code: 'too-large' });
    expect(classifyFailure(new RangeError('Invalid string length'))).toMatchObject({ code: 'too-large' });
    expect(classifyFailure(new RangeError('Maximum call stack size exceeded'))).toEqual({ code: 'internal', detail: 'RangeError: Maximum call stack size exceeded' });
    expect(classifyFailure(new TooLargeFailure('4000 MB > 3072 MB'))).toEqual({ code: 'too-large', detail: '4000 MB > 3072 MB' });
  });

  it('calls anything else internal, with what it says', () => {
    expect(classifyFailure(new Error('boom'))).toEqual({ code: 'internal', detail: 'boom' });
    expect(classifyFailure(new DOMException('could not be cloned', 'DataCloneError'))).toEqual({ code: 'internal', detail: 'DataCloneError: could not be cloned' });
    expect(classifyFailure('a string')).toEqual({ code: 'internal', detail: 'a string' });
    expect(classifyFailure(undefined)).toEqual({ code: 'internal', detail: 'undefined' });
    // An ImportError with a code this version does not know is not passed through unchecked.
    expect(classifyFailure(Object.assign(new Error('x'), { name: 'ImportError', code: 'new-code' }))).toEqual({ code: 'internal', detail: 'ImportError: x' });
  });

  it('classifies the Worker’s own events', () => {
    expect(classifyFailure(errorEvent('Uncaught TypeError: x is not a function', 'http://localhost/assets/dataset-worker-abc.js', 12))).toEqual({
      code: 'internal',
      detail: 'Uncaught TypeError: x is not a function (dataset-worker-abc.js:12)',
    });
    expect(classifyFailure(errorEvent('Uncaught Error: boom'))).toEqual({ code: 'internal', detail: 'Uncaught Error: boom' });
    // A bare error event: the worker's script could not be fetched.
    expect(classifyFailure(new Event('error'))).toEqual({ code: 'network', detail: 'the import worker could not be loaded' });
    expect(classifyFailure(new Event('messageerror'))).toMatchObject({ code: 'internal' });
  });
});

describe('withReadFailures', () => {
  const read = async (stream: ReadableStream<Uint8Array>) => {
    const chunks: number[] = [];
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return chunks;
      chunks.push(...value);
    }
  };

  it('passes the bytes through unchanged', async () => {
    const source = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new Uint8Array([1, 2]));
        c.enqueue(new Uint8Array([3]));
        c.close();
      },
    });
    expect(await read(withReadFailures(source))).toEqual([1, 2, 3]);
  });

  it('turns a failed read into a ReadFailure (network), keeping the cause', async () => {
    const cause = new TypeError('network error');
    const source = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new Uint8Array([1]));
      },
      pull(c) {
        c.error(cause);
      },
    });
    const error = await read(withReadFailures(source)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadFailure);
    expect((error as ReadFailure).cause).toBe(cause);
    expect(classifyFailure(error)).toEqual({ code: 'network', detail: 'TypeError: network error' });
  });

  it('cancels the source when the reader cancels', async () => {
    let reason: unknown;
    const source = new ReadableStream<Uint8Array>({
      cancel(r) {
        reason = r;
      },
    });
    await withReadFailures(source).cancel('stop');
    expect(reason).toBe('stop');
  });
});

describe('importStream with readFailureOf (the worker reads a File or a fetch body itself, into one buffer)', () => {
  const file = new TextEncoder().encode(tradeCsv(3000));

  it.each([
    ['a TypeError', new TypeError('network error'), 'TypeError: network error'],
    ['a DOMException', new DOMException('the file changed', 'NotReadableError'), 'NotReadableError: the file changed'],
  ])('turns %s while reading a byte stream mid-file into the ReadFailure withReadFailures gives', async (_what, cause, detail) => {
    const options = { failAfter: 150_000, error: cause };
    const error = await importStream(byteStream(file, [4093, 70_001], options), { readFailure: readFailureOf }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadFailure);
    expect((error as ReadFailure).cause).toBe(cause);
    expect(classifyFailure(error)).toEqual({ code: 'network', detail });
    const wrapped = await importStream(withReadFailures(chunkStream(file, [4093], options))).catch((e: unknown) => e);
    expect((wrapped as ReadFailure).message).toBe((error as ReadFailure).message);
  });

  it('leaves the importer’s own errors alone', async () => {
    const binary = new Uint8Array(1000).fill(0);
    const error = await importStream(byteStream(binary, [7]), { readFailure: readFailureOf }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(classifyFailure(error)).toEqual({ code: 'binary' });
  });
});
