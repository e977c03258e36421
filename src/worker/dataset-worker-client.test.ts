// The client with a fake Worker: a failing worker fails what it holds, classified,
// and the next request gets a fresh one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

class FakeWorker extends EventTarget {
  static created: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  posted: WorkerRequest[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.created.push(this);
  }
  postMessage(message: WorkerRequest) {
    if (this.terminated) return;
    structuredClone(message);
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: WorkerResponse) {
    this.onmessage?.(new MessageEvent('message', { data: message }));
  }
}

type Client = typeof import('./dataset-worker-client');
let client: Client;

beforeEach(async () => {
  FakeWorker.created = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.resetModules();
  client = await import('./dataset-worker-client');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const file = () => new Blob(['a,b\n1,2\n']);

describe('dataset worker client', () => {
  it('starts one worker lazily and answers requests by id', async () => {
    expect(FakeWorker.created).toHaveLength(0);
    const preview = client.previewFile(file());
    const [worker] = FakeWorker.created;
    expect(worker.posted[0]).toMatchObject({ type: 'preview' });
    worker.reply({ type: 'preview', id: worker.posted[0].id, preview: { header: ['a', 'b'], rows: [], encoding: 'utf-8', delimiter: ',' } });
    await expect(preview).resolves.toMatchObject({ header: ['a', 'b'] });
    // An answer for no pending request (already settled) is ignored.
    worker.reply({ type: 'failed', id: 999, failure: { code: 'network' } });
  });

  it('passes the worker’s classified failure on', async () => {
    const imported = client.importFile(file());
    const [worker] = FakeWorker.created;
    worker.reply({ type: 'failed', id: worker.posted[0].id, failure: { code: 'binary' } });
    const error = await imported.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(client.DatasetLoadError);
    expect((error as InstanceType<Client['DatasetLoadError']>).failure).toEqual({ code: 'binary' });
  });

  it('on an uncaught error in the worker, fails every pending request as internal, terminates it, and starts a fresh one next time', async () => {
    const first = client.importFile(file());
    const second = client.previewFile(file());
    const [broken] = FakeWorker.created;
    broken.dispatchEvent(Object.assign(new Event('error'), { message: 'Uncaught TypeError: x is not a function', filename: '', lineno: 0 }));
    for (const request of [first, second]) {
      const error = await request.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(client.DatasetLoadError);
      expect((error as InstanceType<Client['DatasetLoadError']>).failure).toEqual({ code: 'internal', detail: 'Uncaught TypeError: x is not a function' });
    }
    expect(broken.terminated).toBe(true);
    expect(FakeWorker.created).toHaveLength(1);

    const third = client.previewFile(file());
    expect(FakeWorker.created).toHaveLength(2);
    const fresh = FakeWorker.created[1];
    fresh.reply({ type: 'preview', id: fresh.posted[0].id, preview: { header: ['x'], rows: [], encoding: 'utf-8', delimiter: ';' } });
    await expect(third).resolves.toMatchObject({ header: ['x'] });
  });

  it('a worker whose script did not load fails its requests as network; messageerror as internal', async () => {
    const loading = client.importFile(file());
    FakeWorker.created[0].dispatchEvent(new Event('error'));
    await expect(loading).rejects.toMatchObject({ failure: { code: 'network' } });

    const garbled = client.importFile(file());
    FakeWorker.created[1].dispatchEvent(new Event('messageerror'));
    await expect(garbled).rejects.toMatchObject({ failure: { code: 'internal' } });
    expect(FakeWorker.created[1].terminated).toBe(true);
  });

  it('a request that cannot be sent fails alone, classified; the worker stays', async () => {
    const uncloneable = client.importFile(file(), { mapping: (() => undefined) as never });
    await expect(uncloneable).rejects.toMatchObject({ failure: { code: 'internal', detail: expect.stringContaining('DataCloneError') } });
    const next = client.previewFile(file());
    expect(FakeWorker.created).toHaveLength(1);
    const [worker] = FakeWorker.created;
    worker.reply({ type: 'failed', id: worker.posted[0].id, failure: { code: 'empty' } });
    await expect(next).rejects.toMatchObject({ failure: { code: 'empty' } });
  });

  it('cancels through the signal, and refuses an already-aborted one without starting a worker', async () => {
    const aborted = new AbortController();
    aborted.abort();
    await expect(client.importFile(file(), { signal: aborted.signal })).rejects.toMatchObject({ failure: { code: 'cancelled' } });
    expect(FakeWorker.created).toHaveLength(0);

    const controller = new AbortController();
    const running = client.importFile(file(), { signal: controller.signal });
    controller.abort();
    const [worker] = FakeWorker.created;
    const id = worker.posted[0].id;
    expect(worker.posted[1]).toEqual({ type: 'cancel', id });
    worker.reply({ type: 'failed', id, failure: { code: 'cancelled' } });
    await expect(running).rejects.toMatchObject({ failure: { code: 'cancelled' } });
  });
});
