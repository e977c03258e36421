// The only module that touches Worker: a promise per request, progress as a
// callback, cancellation through an AbortSignal.

import type { ImportFailure } from '../core/import/import-report';
import type { LoadedTable, WorkerRequest, WorkerResponse } from './worker-protocol';

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
  resolve: (r: LoadedTable) => void;
  reject: (e: Error) => void;
  onProgress?: (p: LoadProgress) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module', name: 'tradeshare-dataset' });
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const request = pending.get(message.id);
    if (!request) return;
    if (message.type === 'progress') request.onProgress?.(message);
    else {
      pending.delete(message.id);
      if (message.type === 'done') request.resolve(message.result);
      else request.reject(new DatasetLoadError(message.failure));
    }
  };
  return worker;
}

export function loadTableFromUrl(url: string, options: { signal?: AbortSignal; onProgress?: (p: LoadProgress) => void } = {}): Promise<LoadedTable> {
  const id = nextId++;
  const w = getWorker();
  return new Promise<LoadedTable>((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress: options.onProgress });
    options.signal?.addEventListener('abort', () => w.postMessage({ type: 'cancel', id } satisfies WorkerRequest), { once: true });
    w.postMessage({ type: 'load-url', id, url: new URL(url, location.href).href } satisfies WorkerRequest);
  });
}
