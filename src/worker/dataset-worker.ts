// A thin shell: messages in, the pure core does the work, results out with the
// table's buffers transferred. Parsing never touches the main thread.

import { importStream, ImportCancelled } from '../core/import/import-stream';
import { ImportError } from '../core/import/trade-importer';
import { summariseTable } from '../core/table/table-summary';
import { tableTransferables } from '../core/table/trade-table';
import type { ImportFailure } from '../core/import/import-report';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

interface WorkerScope {
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const running = new Map<number, AbortController>();

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'cancel') running.get(request.id)?.abort();
  else void loadUrl(request.id, request.url);
};

async function loadUrl(id: number, url: string): Promise<void> {
  const controller = new AbortController();
  running.set(id, controller);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok || !response.body) throw new NetworkFailure(`${response.status} ${response.statusText}`);
    const length = Number(response.headers.get('content-length'));
    const totalBytes = Number.isFinite(length) && length > 0 ? length : null;
    const { table, report } = await importStream(response.body, {
      signal: controller.signal,
      onProgress: ({ bytes, rows }) => scope.postMessage({ type: 'progress', id, bytes, totalBytes, rows }),
    });
    const summary = summariseTable(table);
    scope.postMessage({ type: 'done', id, result: { table, report, summary } }, tableTransferables(table));
  } catch (error) {
    scope.postMessage({ type: 'failed', id, failure: describeFailure(error, controller.signal.aborted) });
  } finally {
    running.delete(id);
  }
}

class NetworkFailure extends Error {}

function describeFailure(error: unknown, aborted: boolean): ImportFailure {
  if (aborted || error instanceof ImportCancelled) return { code: 'cancelled' };
  if (error instanceof ImportError) {
    if (error.code === 'unknown-layout') return { code: 'unknown-layout', missing: error.detail.missing ?? [], columns: error.detail.columns ?? [] };
    return { code: error.code };
  }
  if (error instanceof NetworkFailure || error instanceof TypeError) return { code: 'network', detail: String((error as Error).message) };
  return { code: 'internal', detail: error instanceof Error ? error.message : String(error) };
}
