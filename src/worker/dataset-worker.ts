// A thin shell: messages in, the pure core does the work, results out with the
// table's buffers transferred. Parsing never touches the main thread.

import { importStream, ImportCancelled } from '../core/import/import-stream';
import { ImportError } from '../core/import/trade-importer';
import { KNOWN_FORMATS } from '../core/import/trade-importer';
import { mappedFormat } from '../core/formats/mapped-format';
import { previewRows } from '../core/import/file-preview';
import { ContentHash } from '../core/parse/content-hash';
import { mergeTables } from '../core/table/merge-tables';
import { summariseTable } from '../core/table/table-summary';
import { tableTransferables, type TradeTable } from '../core/table/trade-table';
import { cubeTransferables, seriesCube } from '../core/aggregate/series-cube';
import type { ImportFailure } from '../core/import/import-report';
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
        const response = await fetch(request.url, { signal });
        if (!response.ok || !response.body) throw new NetworkFailure(`${response.status} ${response.statusText}`);
        const length = Number(response.headers.get('content-length'));
        return load(response.body, signal, (bytes, rows) => progress(bytes, Number.isFinite(length) && length > 0 ? length : null, rows));
      });
      return;
    case 'import-file':
      void run(request.id, async (signal, progress) => {
        if (request.file.size > MAX_IMPORT_BYTES) throw new TooLarge(`${Math.round(request.file.size / 1024 ** 2)} MB > ${MAX_IMPORT_BYTES / 1024 ** 2} MB`);
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
        .then((buffer) => scope.postMessage({ type: 'preview', id: request.id, preview: previewRows(new Uint8Array(buffer)) }))
        .catch((error) => scope.postMessage({ type: 'failed', id: request.id, failure: describeFailure(error, false) }));
      return;
    case 'merge': {
      try {
        const { table, skipped } = mergeTables(request.existing, request.incoming);
        const cube = seriesCube(table);
        const loaded: LoadedTable = { table, summary: summariseTable(table), cube };
        scope.postMessage({ type: 'merged', id: request.id, result: { loaded, skipped } }, [...tableTransferables(table), ...cubeTransferables(cube)]);
      } catch (error) {
        scope.postMessage({ type: 'failed', id: request.id, failure: describeFailure(error, false) });
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
  const { table, report } = await importStream(stream, { signal, formats, onBytes, onProgress: ({ bytes, rows }) => onProgress(bytes, rows) });
  return { table, report, summary: summariseTable(table) };
}

async function run(id: number, work: (signal: AbortSignal, progress: (bytes: number, total: number | null, rows: number) => void) => Promise<LoadedTable>) {
  const controller = new AbortController();
  running.set(id, controller);
  try {
    const loaded = await work(controller.signal, (bytes, totalBytes, rows) => scope.postMessage({ type: 'progress', id, bytes, totalBytes, rows }));
    const cube = seriesCube(loaded.table);
    const result = { ...loaded, cube };
    scope.postMessage({ type: 'done', id, result }, [...tableTransferables(result.table as TradeTable), ...cubeTransferables(cube)]);
  } catch (error) {
    scope.postMessage({ type: 'failed', id, failure: describeFailure(error, controller.signal.aborted) });
  } finally {
    running.delete(id);
  }
}

class NetworkFailure extends Error {}
class TooLarge extends Error {}

function describeFailure(error: unknown, aborted: boolean): ImportFailure {
  if (aborted || error instanceof ImportCancelled) return { code: 'cancelled' };
  if (error instanceof TooLarge) return { code: 'too-large', detail: error.message };
  if (error instanceof ImportError) {
    if (error.code === 'unknown-layout') return { code: 'unknown-layout', missing: error.detail.missing ?? [], columns: error.detail.columns ?? [] };
    return { code: error.code };
  }
  if (error instanceof NetworkFailure || error instanceof TypeError || (error instanceof DOMException && error.name === 'NotReadableError')) {
    return { code: 'network', detail: String((error as Error).message) };
  }
  if (error instanceof RangeError) return { code: 'too-large', detail: error.message };
  return { code: 'internal', detail: error instanceof Error ? error.message : String(error) };
}
