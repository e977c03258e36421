// A thin shell: messages in, the pure core does the work, results out with the
// table's buffers transferred. Parsing never touches the main thread.

import { importStream } from '../core/import/import-stream';
import { KNOWN_FORMATS } from '../core/import/trade-importer';
import { mappedFormat } from '../core/formats/mapped-format';
import { previewRows } from '../core/import/file-preview';
import { readZip } from '../core/import/zip-archive';
import { ContentHash } from '../core/parse/content-hash';
import { mergeTables } from '../core/table/merge-tables';
import { summariseTable } from '../core/table/table-summary';
import { tableTransferables, type TradeTable } from '../core/table/trade-table';
import { rollUpTransferables } from '../core/query/roll-up';
import { rollUpsOf } from '../core/query/roll-up-build';
import { sortedByPeriod } from '../core/table/period-order';
import { warmUpImport } from '../core/import/import-warm-up';
import { classifyFailure, ReadFailure, readFailureOf, TooLargeFailure, withReadFailures } from './worker-failure';
import type { LoadedTable, WorkerRequest, WorkerResponse } from './worker-protocol';

interface WorkerScope {
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const running = new Map<number, AbortController>();

/** Above this the table alone would crowd a browser tab's memory: refuse before starting. */
export const MAX_IMPORT_BYTES = 3 * 1024 ** 3;
const PREVIEW_BYTES = 64 * 1024;

scope.onmessage = (event) => {
  const request = event.data;
  switch (request.type) {
    case 'cancel':
      running.get(request.id)?.abort();
      return;
    case 'load-url':
      void run(request.id, async (signal, progress) => {
        // Only the fetch and the reading of its body are `network`; what the importer throws is not.
        const response = await fetch(request.url, { signal }).catch((error: unknown) => {
          throw new ReadFailure(error instanceof Error ? error.message : String(error), { cause: error });
        });
        if (!response.ok || !response.body) throw new ReadFailure(`${response.status} ${response.statusText}`);
        const length = Number(response.headers.get('content-length'));
        return load(response.body, signal, (bytes, rows) => progress(bytes, Number.isFinite(length) && length > 0 ? length : null, rows));
      });
      return;
    case 'import-file':
      void run(request.id, async (signal, progress) => {
        if (request.file.size > MAX_IMPORT_BYTES) throw new TooLargeFailure(`${Math.round(request.file.size / 1024 ** 2)} MB > ${MAX_IMPORT_BYTES / 1024 ** 2} MB`);
        const hash = new ContentHash();
        const formats = request.mapping ? [mappedFormat(request.mapping)] : KNOWN_FORMATS;
        const loaded = await load(request.file.stream(), signal, (bytes, rows) => progress(bytes, request.file.size, rows), formats, (b) => hash.update(b));
        return { ...loaded, hash: hash.digest() };
      });
      return;
    case 'preview':
      void request.file
        .slice(0, PREVIEW_BYTES)
        .arrayBuffer()
        .catch((error: unknown) => {
          throw new ReadFailure(error instanceof Error ? `${error.name}: ${error.message}` : String(error), { cause: error });
        })
        .then((buffer) => scope.postMessage({ type: 'preview', id: request.id, preview: previewRows(new Uint8Array(buffer)) }))
        .catch((error: unknown) => scope.postMessage({ type: 'failed', id: request.id, failure: classifyFailure(error) }));
      return;
    case 'unzip':
      void readZip(withReadFailures(request.file.stream()))
        .then(({ entries, skipped }) => {
          const files = entries.map((e) => ({ name: e.name, file: new Blob(e.chunks as BlobPart[]) }));
          scope.postMessage({ type: 'unzipped', id: request.id, result: { entries: files, skipped } });
        })
        .catch((error: unknown) => scope.postMessage({ type: 'failed', id: request.id, failure: classifyFailure(error) }));
      return;
    case 'warm-up':
      try {
        scope.postMessage({ type: 'warmed', id: request.id, rows: warmUpImport() });
      } catch (error) {
        scope.postMessage({ type: 'failed', id: request.id, failure: classifyFailure(error) });
      }
      return;
    case 'roll-up': {
      try {
        // Tables stored by earlier releases are in file order: put them in period order, as every
        // table is (core/table/period-order.ts), before rolling them up.
        const table = sortedByPeriod(request.table);
        const rollUps = rollUpsOf(table);
        const result: LoadedTable = { table, summary: summariseTable(table), rollUps };
        scope.postMessage({ type: 'done', id: request.id, result }, [...tableTransferables(table), ...rollUpTransferables(rollUps)]);
      } catch (error) {
        scope.postMessage({ type: 'failed', id: request.id, failure: classifyFailure(error) });
      }
      return;
    }
    case 'merge': {
      try {
        const { table, skipped } = mergeTables(request.existing, request.incoming);
        const rollUps = rollUpsOf(table);
        const loaded: LoadedTable = { table, summary: summariseTable(table), rollUps };
        scope.postMessage({ type: 'merged', id: request.id, result: { loaded, skipped } }, [...tableTransferables(table), ...rollUpTransferables(rollUps)]);
      } catch (error) {
        scope.postMessage({ type: 'failed', id: request.id, failure: classifyFailure(error) });
      }
      return;
    }
  }
};

async function load(
  stream: ReadableStream<Uint8Array>,
  signal: AbortSignal,
  onProgress: (bytes: number, rows: number) => void,
  formats = KNOWN_FORMATS,
  onBytes?: (bytes: Uint8Array) => void,
): Promise<LoadedTable> {
  // The stream is read by importStream itself, into one reused buffer when it is a byte stream (a
  // File's, a fetch body in Chromium): wrapped in another stream (withReadFailures), every chunk
  // would be a new ArrayBuffer again. Its read failures still become ReadFailure (`network`).
  const { table, report } = await importStream(stream, { signal, formats, onBytes, readFailure: readFailureOf, onProgress: ({ bytes, rows }) => onProgress(bytes, rows) });
  return { table, report, summary: summariseTable(table) };
}

async function run(id: number, work: (signal: AbortSignal, progress: (bytes: number, total: number | null, rows: number) => void) => Promise<LoadedTable>) {
  const controller = new AbortController();
  running.set(id, controller);
  try {
    const loaded = await work(controller.signal, (bytes, totalBytes, rows) => scope.postMessage({ type: 'progress', id, bytes, totalBytes, rows }));
    const rollUps = rollUpsOf(loaded.table);
    const result = { ...loaded, rollUps };
    scope.postMessage({ type: 'done', id, result }, [...tableTransferables(result.table as TradeTable), ...rollUpTransferables(rollUps)]);
  } catch (error) {
    scope.postMessage({ type: 'failed', id, failure: classifyFailure(error, { aborted: controller.signal.aborted }) });
  } finally {
    running.delete(id);
  }
}
