// One drop's branches (docs/architecture.md, «Uploads and storage»): import → mapping
// if needed → same-file check → new dataset or merge → save → open; failures; cancel.
// The worker and the repository are faked through runUploadSession's deps parameter.
import { describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { ColumnMapping } from '../../core/formats/mapped-format';
import type { ImportReport } from '../../core/import/import-report';
import type { TradeTable } from '../../core/table/trade-table';
import type { TableSummary } from '../../core/table/table-summary';
import { DatasetLoadError } from '../../worker/dataset-worker-client';
import type { FilePreview, LoadedTable } from '../../worker/worker-protocol';
import { datasetKeys } from '../../lib/dataset-query';
import type { StoredDatasetMeta } from '../../lib/dataset-store';
import { datasetIdForHash, runUploadSession, type JobState, type SessionCallbacks, type UploadJob, type UploadSessionDeps } from './upload-session';

const HASH_A = 'aaaaaaaaaaaa0000';
const HASH_B = 'bbbbbbbbbbbb1111';

function report(rows = 3): ImportReport {
  return { format: 'canonical', encoding: 'utf-8', delimiter: ',', rows: { read: rows, accepted: rows, rejected: 0, aggregate: 0 }, rejected: [], header: ['period'], warnings: [] };
}

function summary(rowCount: number): TableSummary {
  return { rowCount, firstMonth: 24240, lastMonth: 24251, finest: 'month', partners: [], reporters: [], chapters: [] };
}

/** Tables are opaque here: the fakes only pass them along. */
const table = (label: string) => ({ label }) as unknown as TradeTable;

function loaded(hash: string, rows = 3): LoadedTable {
  return { table: table(hash), report: report(rows), summary: summary(rows), hash };
}

function storedMeta(id: string, hash: string, fileName = 'first.csv'): StoredDatasetMeta {
  return {
    id,
    name: 'Stored',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    rowCount: 3,
    firstMonth: 24240,
    lastMonth: 24251,
    finest: 'month',
    sources: [{ fileName, size: 10, hash, addedAt: '2024-01-01T00:00:00.000Z', format: 'canonical', encoding: 'utf-8', rows: { read: 3, accepted: 3, rejected: 0, aggregate: 0 }, duplicatesSkipped: 0 }],
  };
}

const PREVIEW: FilePreview = { header: ['Год', 'Страна', 'Сумма'], rows: [['2024', 'CN', '1']], encoding: 'utf-8', delimiter: ';' };
const MAPPING = { period: 'Год' } as unknown as ColumnMapping;
const unknownLayout = () => new DatasetLoadError({ code: 'unknown-layout', missing: ['period'], columns: PREVIEW.header });

function fakeDeps() {
  return {
    importFile: vi.fn<UploadSessionDeps['importFile']>(async () => loaded(HASH_A)),
    previewFile: vi.fn<UploadSessionDeps['previewFile']>(async () => PREVIEW),
    mergeInWorker: vi.fn<UploadSessionDeps['mergeInWorker']>(async () => ({ loaded: { table: table('merged'), summary: summary(5) }, skipped: 1 })),
    findDatasetBySourceHash: vi.fn<UploadSessionDeps['findDatasetBySourceHash']>(async () => undefined),
    getStoredDataset: vi.fn<UploadSessionDeps['getStoredDataset']>(async () => undefined),
    saveDataset: vi.fn<UploadSessionDeps['saveDataset']>(async () => ({ persisted: true })),
    rememberedMapping: vi.fn<UploadSessionDeps['rememberedMapping']>(() => undefined),
    rememberMapping: vi.fn<UploadSessionDeps['rememberMapping']>(() => undefined),
    whenChartsDrawn: vi.fn<UploadSessionDeps['whenChartsDrawn']>(async () => undefined),
  };
}

function session(files: string[], options: { mapping?: ColumnMapping | null; aborted?: string[] } = {}) {
  const jobs: UploadJob[] = files.map((name, i) => ({ key: `job-${i}`, file: new File(['x'.repeat(10)], name), state: { status: 'queued' } }));
  const states = new Map<string, JobState[]>();
  const controllers = new Map(jobs.map((j) => [j.key, new AbortController()]));
  for (const key of options.aborted ?? []) controllers.get(key)!.abort();
  const cb = {
    update: vi.fn((key: string, state: JobState) => states.set(key, [...(states.get(key) ?? []), state])),
    askMapping: vi.fn<SessionCallbacks['askMapping']>(async () => (options.mapping === undefined ? MAPPING : options.mapping)),
    signalFor: (key: string) => controllers.get(key)!.signal,
    opened: vi.fn<SessionCallbacks['opened']>(),
  };
  const last = (key: string) => states.get(key)?.at(-1);
  return { jobs, cb, states, last, controllers };
}

describe('runUploadSession', () => {
  it('imports a new file into a new dataset, saves it, caches it and opens it', async () => {
    const deps = fakeDeps();
    deps.importFile.mockImplementation(async (_file, options) => {
      options?.onProgress?.({ bytes: 5, totalBytes: 10, rows: 1 });
      return loaded(HASH_A);
    });
    const queryClient = new QueryClient();
    const { jobs, cb, states, last } = session(['Экспорт 2024.csv']);
    await runUploadSession(jobs, null, queryClient, cb, undefined, deps);

    const id = datasetIdForHash(HASH_A);
    expect(id).toBe('u-aaaaaaaaaaaa');
    expect(states.get('job-0')!.map((s) => s.status)).toEqual(['importing', 'importing', 'saving', 'done', 'done']);
    expect(states.get('job-0')![1]).toMatchObject({ status: 'importing', progress: { bytes: 5, totalBytes: 10, rows: 1 } });
    expect(states.get('job-0')![3]).toMatchObject({ status: 'done', save: { state: 'saving', fraction: 0 } });
    expect(last('job-0')).toEqual({ status: 'done', report: report(), datasetId: id, duplicatesSkipped: 0, save: { state: 'saved' }, reporters: [] });
    const [meta, saved] = deps.saveDataset.mock.calls[0];
    expect(meta).toMatchObject({ id, name: 'Экспорт 2024', rowCount: 3, sources: [{ fileName: 'Экспорт 2024.csv', hash: HASH_A, size: 10, duplicatesSkipped: 0 }] });
    expect(saved).toEqual(table(HASH_A));
    expect(queryClient.getQueryData(datasetKeys.one(id))).toMatchObject({ table: { label: HASH_A }, summary: { rowCount: 3 } });
    expect(deps.getStoredDataset).not.toHaveBeenCalled();
    expect(deps.mergeInWorker).not.toHaveBeenCalled();
    expect(cb.opened).toHaveBeenCalledWith(id, ['Экспорт 2024.csv']);
  });

  it('says when the dataset could only be kept in memory', async () => {
    const deps = fakeDeps();
    deps.saveDataset.mockResolvedValue({ persisted: false, reason: 'quota' });
    const { jobs, cb, last } = session(['a.csv']);
    await runUploadSession(jobs, null, new QueryClient(), cb, undefined, deps);
    expect(last('job-0')).toMatchObject({ status: 'done', save: { state: 'memory', reason: 'quota' } });
  });

  it('says at once when the browser estimates the table will not fit, with both sizes', async () => {
    const deps = fakeDeps();
    deps.saveDataset.mockResolvedValue({ persisted: false, reason: 'wont-fit', neededBytes: 2e9, freeBytes: 5e8 });
    const { jobs, cb, last } = session(['a.csv']);
    await runUploadSession(jobs, null, new QueryClient(), cb, undefined, deps);
    expect(last('job-0')).toMatchObject({ status: 'done', save: { state: 'wont-fit', neededBytes: 2e9, freeBytes: 5e8 } });
    expect(cb.opened).toHaveBeenCalled();
  });

  it('charts first, then the save: the dataset opens while its save is still running, and its progress and outcome follow', async () => {
    const deps = fakeDeps();
    let finish: (outcome: { persisted: true }) => void = () => {};
    deps.saveDataset.mockImplementation((_meta, _table, options) => {
      options?.onProgress?.(0.5);
      return new Promise((resolve) => (finish = resolve));
    });
    const queryClient = new QueryClient();
    const { jobs, cb, last } = session(['a.csv']);
    await runUploadSession(jobs, null, queryClient, cb, undefined, deps);
    const id = datasetIdForHash(HASH_A);
    expect(cb.opened).toHaveBeenCalledWith(id, ['a.csv']);
    expect(queryClient.getQueryData(datasetKeys.one(id))).toBeDefined();
    expect(last('job-0')).toMatchObject({ status: 'done', save: { state: 'saving', fraction: 0.5 } });
    // The save was told to start once the dashboard has drawn this dataset.
    expect(deps.whenChartsDrawn).toHaveBeenCalledWith(id);
    expect(deps.saveDataset.mock.calls[0][2]?.startAfter).toBeInstanceOf(Promise);
    finish({ persisted: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(last('job-0')).toMatchObject({ status: 'done', save: { state: 'saved' } });
  });

  it('merges into the chosen dataset: sources appended, duplicates counted, stale series invalidated, list refreshed', async () => {
    const existing = storedMeta('u-existing0000', HASH_B);
    const deps = fakeDeps();
    deps.getStoredDataset.mockResolvedValue({ meta: existing, table: table('existing') });
    const queryClient = new QueryClient();
    queryClient.setQueryData(datasetKeys.series(existing.id, 'v=1'), { old: true });
    queryClient.setQueryData(datasetKeys.list, []);
    const { jobs, cb, last } = session(['second.csv']);
    await runUploadSession(jobs, existing.id, queryClient, cb, undefined, deps);

    expect(deps.mergeInWorker).toHaveBeenCalledWith(table('existing'), table(HASH_A));
    const [meta] = deps.saveDataset.mock.calls[0];
    expect(meta.id).toBe(existing.id);
    expect(meta.name).toBe('Stored');
    expect(meta.rowCount).toBe(5);
    expect(meta.sources.map((s) => [s.fileName, s.duplicatesSkipped])).toEqual([
      ['first.csv', 0],
      ['second.csv', 1],
    ]);
    expect(last('job-0')).toMatchObject({ status: 'done', datasetId: existing.id, duplicatesSkipped: 1 });
    expect(queryClient.getQueryData(datasetKeys.one(existing.id))).toMatchObject({ table: { label: 'merged' } });
    expect(queryClient.getQueryState(datasetKeys.series(existing.id, 'v=1'))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(datasetKeys.one(existing.id))?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState(datasetKeys.list)?.isInvalidated).toBe(true);
    expect(cb.opened).toHaveBeenCalledWith(existing.id, ['first.csv', 'second.csv']);
  });

  it('gathers several files of one drop into the dataset the first one created, without reading it back from storage', async () => {
    const deps = fakeDeps();
    deps.importFile.mockResolvedValueOnce(loaded(HASH_A)).mockResolvedValueOnce(loaded(HASH_B));
    const firstId = datasetIdForHash(HASH_A);
    const { jobs, cb, last } = session(['one.csv', 'two.csv']);
    await runUploadSession(jobs, null, new QueryClient(), cb, undefined, deps);

    // The first file's save may still be running: the second merges into the table the session holds.
    expect(deps.getStoredDataset).not.toHaveBeenCalled();
    expect(deps.mergeInWorker).toHaveBeenCalledTimes(1);
    expect(deps.mergeInWorker).toHaveBeenCalledWith(table(HASH_A), table(HASH_B));
    expect(deps.saveDataset.mock.calls.map(([meta]) => meta.sources.map((s) => s.fileName))).toEqual([['one.csv'], ['one.csv', 'two.csv']]);
    expect(last('job-0')).toMatchObject({ status: 'done', datasetId: firstId });
    expect(last('job-1')).toMatchObject({ status: 'done', datasetId: firstId, duplicatesSkipped: 1 });
    expect(cb.opened).toHaveBeenCalledTimes(1);
    expect(cb.opened).toHaveBeenCalledWith(firstId, ['one.csv', 'two.csv']);
  });

  it('recognises a file already stored: nothing is saved, and its dataset opens', async () => {
    const stored = storedMeta('u-aaaaaaaaaaaa', HASH_A, 'original.csv');
    const deps = fakeDeps();
    deps.findDatasetBySourceHash.mockResolvedValue(stored);
    const { jobs, cb, last } = session(['copy of original.csv']);
    await runUploadSession(jobs, null, new QueryClient(), cb, undefined, deps);

    expect(deps.findDatasetBySourceHash).toHaveBeenCalledWith(HASH_A);
    expect(last('job-0')).toEqual({ status: 'same-file', datasetId: stored.id, datasetName: 'Stored', fileNames: ['original.csv'] });
    expect(deps.saveDataset).not.toHaveBeenCalled();
    expect(cb.opened).toHaveBeenCalledWith(stored.id, ['original.csv']);
  });

  describe('a file of unknown layout', () => {
    it('uses the mapping remembered for its header without asking', async () => {
      const deps = fakeDeps();
      deps.rememberedMapping.mockReturnValue(MAPPING);
      deps.importFile.mockRejectedValueOnce(unknownLayout()).mockResolvedValueOnce(loaded(HASH_A));
      const { jobs, cb, last } = session(['mapped.csv']);
      await runUploadSession(jobs, null, new QueryClient(), cb, undefined, deps);

      expect(deps.previewFile).toHaveBeenCalledWith(jobs[0].file);
      expect(deps.rememberedMapping).toHaveBeenCalledWith(PREVIEW.header);
      expect(cb.askMapping).not.toHaveBeenCalled();
      expect(deps.importFile).toHaveBeenLastCalledWith(jobs[0].file, expect.objectContaining({ mapping: MAPPING }));
      expect(last('job-0')).toMatchObject({ status: 'done' });
    });

    it('asks for a mapping, remembers it, and imports with it', async () => {
      const deps = fakeDeps();
      deps.importFile.mockRejectedValueOnce(unknownLayout()).mockResolvedValueOnce(loaded(HASH_A));
      const { jobs, cb, states } = session(['mapped.csv']);
      await runUploadSession(jobs, null, new QueryClient(), cb, undefined, deps);

      expect(states.get('job-0')!.map((s) => s.status)).toEqual(['importing', 'mapping', 'importing', 'saving', 'done', 'done']);
      expect(states.get('job-0')![1]).toEqual({ status: 'mapping', preview: PREVIEW, remembered: false });
      expect(cb.askMapping).toHaveBeenCalledWith('job-0', PREVIEW);
      expect(deps.rememberMapping).toHaveBeenCalledWith(PREVIEW.header, MAPPING);
      expect(deps.importFile).toHaveBeenLastCalledWith(jobs[0].file, expect.objectContaining({ mapping: MAPPING }));
      expect(cb.opened).toHaveBeenCalled();
    });

    it('is cancelled when the user gives up on the mapping; nothing opens', async () => {
      const deps = fakeDeps();
      deps.importFile.mockRejectedValueOnce(unknownLayout());
      const { jobs, cb, last } = session(['mapped.csv'], { mapping: null });
      await runUploadSession(jobs, null, new QueryClient(), cb, undefined, deps);

      expect(last('job-0')).toEqual({ status: 'cancelled' });
      expect(deps.importFile).toHaveBeenCalledTimes(1);
      expect(deps.rememberMapping).not.toHaveBeenCalled();
      expect(deps.saveDataset).not.toHaveBeenCalled();
      expect(cb.opened).not.toHaveBeenCalled();
    });
  });

  describe('a file with no accepted row', () => {
    const empty = (hash: string): LoadedTable => ({ ...loaded(hash, 0), report: { ...report(0), rows: { read: 2, accepted: 0, rejected: 2, aggregate: 0 }, rejected: [{ line: 2, code: 'bad-flow', value: 'x' }, { line: 3, code: 'bad-flow', value: 'y' }] } });

    it('is reported, and creates no dataset', async () => {
      const deps = fakeDeps();
      deps.importFile.mockResolvedValue(empty(HASH_A));
      const queryClient = new QueryClient();
      const { jobs, cb, last } = session(['rejected.csv']);
      await runUploadSession(jobs, null, queryClient, cb, undefined, deps);
      expect(last('job-0')).toMatchObject({ status: 'no-rows', report: { rows: { accepted: 0, rejected: 2 } } });
      expect(deps.saveDataset).not.toHaveBeenCalled();
      expect(deps.findDatasetBySourceHash).not.toHaveBeenCalled();
      expect(queryClient.getQueryData(datasetKeys.one(datasetIdForHash(HASH_A)))).toBeUndefined();
      expect(cb.opened).not.toHaveBeenCalled();
    });

    it('changes no dataset it was dropped into; that dataset opens with its own files', async () => {
      const existing = storedMeta('u-existing0000', HASH_B);
      const deps = fakeDeps();
      deps.getStoredDataset.mockResolvedValue({ meta: existing, table: table('existing') });
      deps.importFile.mockResolvedValue(empty(HASH_A));
      const { jobs, cb, last } = session(['rejected.csv']);
      await runUploadSession(jobs, existing.id, new QueryClient(), cb, undefined, deps);
      expect(last('job-0')).toMatchObject({ status: 'no-rows' });
      expect(deps.mergeInWorker).not.toHaveBeenCalled();
      expect(deps.saveDataset).not.toHaveBeenCalled();
      expect(cb.opened).toHaveBeenCalledWith(existing.id, ['first.csv']);
    });

    it('is accepted when aggregate rows stand for their group (they count as accepted)', async () => {
      const deps = fakeDeps();
      deps.importFile.mockResolvedValue({ ...loaded(HASH_A, 1), report: { ...report(1), rows: { read: 1, accepted: 1, rejected: 0, aggregate: 0 } } });
      const { jobs, cb, last } = session(['world.csv']);
      await runUploadSession(jobs, null, new QueryClient(), cb, undefined, deps);
      expect(last('job-0')).toMatchObject({ status: 'done' });
      expect(cb.opened).toHaveBeenCalledWith(datasetIdForHash(HASH_A), ['world.csv']);
    });
  });

  it('keeps what each file covers in its source: months and reporters', async () => {
    const deps = fakeDeps();
    deps.importFile.mockResolvedValue({ ...loaded(HASH_A), summary: { ...summary(3), reporters: ['RU-KAM'] } });
    const { jobs, cb } = session(['kam.csv']);
    await runUploadSession(jobs, null, new QueryClient(), cb, undefined, deps);
    expect(deps.saveDataset.mock.calls[0][0].sources[0]).toMatchObject({ firstMonth: 24240, lastMonth: 24251, reporters: ['RU-KAM'] });
  });

  it('a file already in the chosen dataset opens it naming all its files, never an empty name', async () => {
    const existing = storedMeta('u-aaaaaaaaaaaa', HASH_A, 'first.csv');
    const deps = fakeDeps();
    deps.findDatasetBySourceHash.mockResolvedValue(existing);
    const { jobs, cb } = session(['first copy.csv']);
    await runUploadSession(jobs, existing.id, new QueryClient(), cb, undefined, deps);
    expect(cb.opened).toHaveBeenCalledWith(existing.id, ['first.csv']);
  });

  describe('a shared link waiting for its file', () => {
    it('takes the link’s second file dropped before its first: the first creates the dataset, the second joins it', async () => {
      const deps = fakeDeps();
      const firstId = datasetIdForHash(HASH_A);
      deps.importFile.mockResolvedValueOnce(loaded(HASH_B)).mockResolvedValueOnce(loaded(HASH_A));
      deps.getStoredDataset.mockImplementation(async (id) => (id === firstId ? { meta: storedMeta(firstId, HASH_A, 'one.csv'), table: table('one') } : undefined));
      const { jobs, cb, last } = session(['two.csv', 'one.csv']);
      await runUploadSession(jobs, null, new QueryClient(), cb, firstId, deps);
      expect(last('job-1')).toMatchObject({ status: 'done', datasetId: firstId });
      expect(last('job-0')).toMatchObject({ status: 'done', datasetId: firstId });
      expect(cb.opened).toHaveBeenCalledWith(firstId, ['one.csv', 'two.csv']);
    });

    it('refuses a file with other content', async () => {
      const deps = fakeDeps();
      const { jobs, cb, last } = session(['other.csv']);
      await runUploadSession(jobs, null, new QueryClient(), cb, 'u-000000000000', deps);
      expect(last('job-0')).toEqual({ status: 'wrong-file' });
      expect(deps.findDatasetBySourceHash).not.toHaveBeenCalled();
      expect(deps.saveDataset).not.toHaveBeenCalled();
      expect(cb.opened).not.toHaveBeenCalled();
    });

    it('opens the file with the expected content', async () => {
      const deps = fakeDeps();
      const { jobs, cb, last } = session(['right.csv']);
      await runUploadSession(jobs, null, new QueryClient(), cb, datasetIdForHash(HASH_A), deps);
      expect(last('job-0')).toMatchObject({ status: 'done', datasetId: datasetIdForHash(HASH_A) });
      expect(cb.opened).toHaveBeenCalledWith(datasetIdForHash(HASH_A), ['right.csv']);
    });
  });

  describe('failures', () => {
    it('shows the worker’s classified failure, and goes on with the next file', async () => {
      const deps = fakeDeps();
      deps.importFile.mockRejectedValueOnce(new DatasetLoadError({ code: 'network', detail: 'NotReadableError: gone' })).mockResolvedValueOnce(loaded(HASH_B));
      const { jobs, cb, last } = session(['broken.csv', 'good.csv']);
      await runUploadSession(jobs, null, new QueryClient(), cb, undefined, deps);

      expect(last('job-0')).toEqual({ status: 'failed', failure: { code: 'network', detail: 'NotReadableError: gone' } });
      expect(last('job-1')).toMatchObject({ status: 'done', datasetId: datasetIdForHash(HASH_B) });
      expect(cb.opened).toHaveBeenCalledWith(datasetIdForHash(HASH_B), ['good.csv']);
    });

    it('calls any other error internal, with its message (a TypeError is not the network)', async () => {
      const deps = fakeDeps();
      deps.importFile.mockRejectedValue(new TypeError('x is not a function'));
      const { jobs, cb, last } = session(['a.csv']);
      await runUploadSession(jobs, null, new QueryClient(), cb, undefined, deps);
      expect(last('job-0')).toEqual({ status: 'failed', failure: { code: 'internal', detail: 'x is not a function' } });
      expect(cb.opened).not.toHaveBeenCalled();
    });

    it('a save that fails is said in the job; the dataset stays open for the tab', async () => {
      const deps = fakeDeps();
      deps.saveDataset.mockRejectedValue(new Error('disk on fire'));
      const queryClient = new QueryClient();
      const { jobs, cb, states, last } = session(['a.csv']);
      await runUploadSession(jobs, null, queryClient, cb, undefined, deps);
      expect(states.get('job-0')!.map((s) => s.status)).toEqual(['importing', 'saving', 'done', 'done']);
      expect(last('job-0')).toMatchObject({ status: 'done', save: { state: 'failed', detail: 'disk on fire' } });
      expect(queryClient.getQueryData(datasetKeys.one(datasetIdForHash(HASH_A)))).toBeDefined();
      expect(cb.opened).toHaveBeenCalled();
    });

    it('fails the file when the merge fails in the worker', async () => {
      const existing = storedMeta('u-existing0000', HASH_B);
      const deps = fakeDeps();
      deps.getStoredDataset.mockResolvedValue({ meta: existing, table: table('existing') });
      deps.mergeInWorker.mockRejectedValue(new DatasetLoadError({ code: 'internal', detail: 'merge broke' }));
      const { jobs, cb, last } = session(['a.csv']);
      await runUploadSession(jobs, existing.id, new QueryClient(), cb, undefined, deps);
      expect(last('job-0')).toEqual({ status: 'failed', failure: { code: 'internal', detail: 'merge broke' } });
      expect(deps.saveDataset).not.toHaveBeenCalled();
      // The dataset chosen as the target still opens (it was there before), naming its own files.
      expect(cb.opened).toHaveBeenCalledWith(existing.id, ['first.csv']);
    });
  });

  describe('cancel', () => {
    it('skips a file cancelled before its turn, without importing it', async () => {
      const deps = fakeDeps();
      const { jobs, cb, last } = session(['a.csv', 'b.csv'], { aborted: ['job-0'] });
      await runUploadSession(jobs, null, new QueryClient(), cb, undefined, deps);
      expect(last('job-0')).toEqual({ status: 'cancelled' });
      expect(deps.importFile).toHaveBeenCalledTimes(1);
      expect(deps.importFile.mock.calls[0][0]).toBe(jobs[1].file);
      expect(last('job-1')).toMatchObject({ status: 'done' });
    });

    it('a cancel during the import is «cancelled», not a failure', async () => {
      const deps = fakeDeps();
      const { jobs, cb, last, controllers } = session(['a.csv']);
      deps.importFile.mockImplementation(async (_file, options) => {
        expect(options?.signal).toBe(controllers.get('job-0')!.signal);
        controllers.get('job-0')!.abort();
        throw new DatasetLoadError({ code: 'cancelled' });
      });
      await runUploadSession(jobs, null, new QueryClient(), cb, undefined, deps);
      expect(last('job-0')).toEqual({ status: 'cancelled' });
      expect(deps.saveDataset).not.toHaveBeenCalled();
      expect(cb.opened).not.toHaveBeenCalled();
    });
  });
});
