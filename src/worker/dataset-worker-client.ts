// The only module that touches Worker: a promise per request, progress as a
// callback, cancellation through an AbortSignal. A worker that fails (its script
// did not load, an uncaught exception, a message that could not be read) fails
// every request it holds with a classified ImportFailure (worker-failure.ts), is
// terminated, and the next request starts a fresh one.

import type { ImportFailure } from '../core/import/import-report';
import type { ColumnMapping } from '../core/formats/mapped-format';
import { tableTransferables, type TradeTable } from '../core/table/trade-table';
import { attachRollUps } from '../core/query/roll-up';
import type { FilePreview, LoadedTable, MergeResult, UnzippedFiles, WorkerRequest, WorkerResponse } from './worker-protocol';
import { classifyFailure } from './worker-failure';

export class DatasetLoadError extends Error {
  constructor(readonly failure: ImportFailure) {
    super(failure.code);
    this.name = 'DatasetLoadError';
  }
}

export interface LoadProgress {
  bytes: number;
  totalBytes: number | null;
  rows: number;
}

interface Pending {
  resolve: (r: never) => void;
  reject: (e: Error) => void;
  onProgress?: (p: LoadProgress) => void;
}

interface RequestOptions {
  signal?: AbortSignal;
  onProgress?: (p: LoadProgress) => void;
  /** Buffers handed over to the worker (the sender must not use them again). */
  transfer?: Transferable[];
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

/** Fails everything the broken worker held, and lets the next request start a new one. */
function discardWorker(broken: Worker, failure: ImportFailure): void {
  if (worker === broken) worker = null;
  broken.terminate();
  const failed = [...pending.values()];
  pending.clear();
  for (const request of failed) request.reject(new DatasetLoadError(failure));
}

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module', name: 'tradeshare-dataset' });
  worker = created;
  const fail = (event: Event) => {
    if (worker === created) discardWorker(created, classifyFailure(event));
  };
  created.addEventListener('error', fail);
  created.addEventListener('messageerror', fail);
  created.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const request = pending.get(message.id);
    if (!request) return;
    if (message.type === 'progress') {
      request.onProgress?.(message);
      return;
    }
    pending.delete(message.id);
    // The worker built the roll-ups beside the table: register it so the page never rebuilds it.
    const loaded = message.type === 'done' ? message.result : message.type === 'merged' ? message.result.loaded : null;
    if (loaded?.rollUps) attachRollUps(loaded.table, loaded.rollUps);
    if (message.type === 'failed') request.reject(new DatasetLoadError(message.failure));
    else if (message.type === 'done') request.resolve(message.result as never);
    else if (message.type === 'preview') request.resolve(message.preview as never);
    else if (message.type === 'warmed') request.resolve(message.rows as never);
    else request.resolve(message.result as never);
  };
  return created;
}

type Body<R> = R extends WorkerRequest ? Omit<R, 'id'> : never;

function send<T>(body: Body<WorkerRequest>, options: RequestOptions = {}): Promise<T> {
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new DatasetLoadError({ code: 'cancelled' }));
      return;
    }
    // A worker that cannot be created, or a request that cannot be cloned (DataCloneError):
    // this request fails, classified like any other, and the worker (if any) stays.
    try {
      const w = getWorker();
      pending.set(id, { resolve: resolve as (r: never) => void, reject, onProgress: options.onProgress });
      // Tables sent for merging are copied, not transferred: the page keeps showing them.
      w.postMessage({ ...body, id } as WorkerRequest, options.transfer ?? []);
      options.signal?.addEventListener('abort', () => w.postMessage({ type: 'cancel', id } satisfies WorkerRequest), { once: true });
    } catch (error) {
      pending.delete(id);
      reject(new DatasetLoadError(classifyFailure(error)));
    }
  });
}

let queriesPrepared = false;

/**
 * While the worker reads a file the page is idle: warm the query up then (core/query
 * trade-query.ts prepareQueries), not in the first filter click after the import.
 */
function prepareQueriesWhenIdle(): void {
  if (queriesPrepared) return;
  queriesPrepared = true;
  // A chunk of its own, loaded then: the warm-up is not needed for the first chart.
  const prepare = () => void import('../core/query/query-warm-up').then((m) => m.prepareQueries()).catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 5_000 });
  else setTimeout(prepare, 0);
}

let warmedWorker: Worker | null = null;

/**
 * Starts the worker when the page is idle and runs the import's code once on generated
 * lines (core/import/import-warm-up.ts), so the user's first file pays neither the
 * worker's start nor the compiling (~190 ms, issue 17). Once per worker.
 */
export function warmUpWorkerWhenIdle(): void {
  const later = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(warm, { timeout: 5_000 }) : setTimeout(warm, 200));
  const warm = () => {
    if (worker !== null && worker === warmedWorker) return;
    // Never ahead of real work: the first dataset loading in the worker comes first.
    if (pending.size > 0) {
      setTimeout(later, 250);
      return;
    }
    warmedWorker = getWorker();
    send<number>({ type: 'warm-up' }).catch(() => undefined);
  };
  later();
}

export function loadTableFromUrl(url: string, options: RequestOptions = {}): Promise<LoadedTable> {
  prepareQueriesWhenIdle();
  return send({ type: 'load-url', url: new URL(url, location.href).href }, options);
}

/** Imports a user's file in the worker; the file is read in chunks there, never as one string. */
export function importFile(file: Blob, options: RequestOptions & { mapping?: ColumnMapping } = {}): Promise<LoadedTable> {
  prepareQueriesWhenIdle();
  return send({ type: 'import-file', file, mapping: options.mapping }, options);
}

export function previewFile(file: Blob): Promise<FilePreview> {
  return send({ type: 'preview', file });
}

/** A ZIP's CSV entries, unzipped in the worker (fflate stays out of the page's bundle). */
export function unzipFile(file: Blob): Promise<UnzippedFiles> {
  return send({ type: 'unzip', file });
}

/**
 * A stored dataset's table goes to the worker (transferred: the caller must not use it
 * again) and comes back with its chapter roll-up, so the page never builds one.
 */
export function rollUpInWorker(table: TradeTable): Promise<LoadedTable> {
  return send({ type: 'roll-up', table }, { transfer: tableTransferables(table) });
}

export function mergeInWorker(existing: TradeTable, incoming: TradeTable): Promise<MergeResult> {
  return send({ type: 'merge', existing, incoming });
}
