// One drop of files: imported one after another in the worker, gathered into
// one dataset (new, or the one the user chose), saved, and opened. Files are
// never half-added: a dataset is written only after a file imported whole.

import type { QueryClient } from '@tanstack/react-query';
import type { ColumnMapping } from '../../core/formats/mapped-format';
import type { ImportFailure, ImportReport } from '../../core/import/import-report';
import { DatasetLoadError, importFile, mergeInWorker, previewFile, type LoadProgress } from '../../worker/dataset-worker-client';
import type { FilePreview, LoadedTable } from '../../worker/worker-protocol';
import { datasetKeys } from '../../lib/dataset-query';
import { findDatasetBySourceHash, getStoredDataset, saveDataset, type SaveOutcome } from '../../lib/dataset-repository';
import type { StoredDatasetMeta, StoredSource } from '../../lib/dataset-store';
import { rememberMapping, rememberedMapping } from '../../lib/column-mapping-memory';
import { whenDashboardDrawn } from '../../lib/dashboard-drawn';

export type JobState =
  | { status: 'queued' }
  | { status: 'importing'; progress: LoadProgress; elapsedMs: number }
  | { status: 'mapping'; preview: FilePreview; remembered: boolean }
  | { status: 'saving' }
  | { status: 'done'; report: ImportReport; datasetId: string; duplicatesSkipped: number; save: SaveState; /** The reporters the file holds. */ reporters: string[] }
  | { status: 'same-file'; datasetId: string; datasetName: string; fileNames: string[] }
  /** Not one row accepted (every row rejected, or none read): nothing was saved or changed. */
  | { status: 'no-rows'; report: ImportReport }
  /** A shared link asked for another file: this one's content differs. */
  | { status: 'wrong-file' }
  | { status: 'failed'; failure: ImportFailure }
  | { status: 'cancelled' };

/**
 * The save to the browser's storage, which follows the import in the background: the
 * dashboard opens on the table as soon as it exists (issue 17).
 */
export type SaveState =
  | { state: 'saving'; /** 0–1 */ fraction: number }
  | { state: 'saved' }
  /** Storage full or unavailable during the save: kept for the tab. */
  | { state: 'memory'; reason: 'quota' | 'unavailable' }
  /** The browser's estimate says it will not fit: not tried, kept for the tab. */
  | { state: 'wont-fit'; neededBytes: number; freeBytes: number }
  | { state: 'failed'; detail: string };

export function saveStateOf(outcome: SaveOutcome): SaveState {
  if (outcome.persisted) return { state: 'saved' };
  if (outcome.reason === 'wont-fit') return { state: 'wont-fit', neededBytes: outcome.neededBytes, freeBytes: outcome.freeBytes };
  return { state: 'memory', reason: outcome.reason };
}

export interface UploadJob {
  key: string;
  file: File;
  state: JobState;
  /** A CSV taken from a ZIP (the first of its files): the archive and what in it was not read. */
  archive?: { name: string; skipped: string[] };
}

export interface SessionCallbacks {
  update: (key: string, state: JobState) => void;
  /** Resolves with the user's mapping, or null when they give up on this file. */
  askMapping: (key: string, preview: FilePreview) => Promise<ColumnMapping | null>;
  signalFor: (key: string) => AbortSignal;
  /** `fileNames`: every file the dataset was built from, in order (what a link names); never empty. */
  opened: (datasetId: string, fileNames: string[]) => void;
}

/**
 * What a session calls outside itself: the worker and the repository. The app
 * passes nothing and gets these modules; tests pass fakes.
 */
export interface UploadSessionDeps {
  importFile: typeof importFile;
  previewFile: typeof previewFile;
  mergeInWorker: typeof mergeInWorker;
  findDatasetBySourceHash: typeof findDatasetBySourceHash;
  getStoredDataset: typeof getStoredDataset;
  saveDataset: typeof saveDataset;
  rememberedMapping: typeof rememberedMapping;
  rememberMapping: typeof rememberMapping;
  /** Resolves when the dashboard has drawn the dataset's charts (or soon when it does not draw them). */
  whenChartsDrawn: (datasetId: string) => Promise<void>;
}

/** How long a save waits for the dashboard's charts before it starts anyway. */
const CHARTS_WAIT_MS = 4_000;

const DEFAULT_DEPS: UploadSessionDeps = {
  importFile,
  previewFile,
  mergeInWorker,
  findDatasetBySourceHash,
  getStoredDataset,
  saveDataset,
  rememberedMapping,
  rememberMapping,
  whenChartsDrawn: (datasetId) => whenDashboardDrawn(datasetId, CHARTS_WAIT_MS),
};

/** The dataset id a file's content gives (the same bytes give the same id on any machine). */
export function datasetIdForHash(hash: string): string {
  return `u-${hash.slice(0, 12)}`;
}

/**
 * `expectedId`: a shared link names a dataset this browser lacks; only the file
 * with that content may open it, and the view then opens as it was sent.
 */
export async function runUploadSession(
  jobs: UploadJob[],
  target: string | null,
  queryClient: QueryClient,
  cb: SessionCallbacks,
  expectedId?: string,
  overrides: Partial<UploadSessionDeps> = {},
): Promise<void> {
  const deps: UploadSessionDeps = { ...DEFAULT_DEPS, ...overrides };
  let datasetId = target;
  /** The files the opened dataset was built from, as last saved or found; empty when unknown. */
  let fileNames: string[] = [];
  /** A shared link's other files, dropped before the one that makes its dataset: added after it. */
  const waiting: { job: UploadJob; loaded: LoadedTable }[] = [];
  /** The dataset as this session last made it: a later file merges into it without reading it back. */
  let current: Current | null = null;
  const add = async (job: UploadJob, loaded: LoadedTable) => {
    cb.update(job.key, { status: 'saving' });
    const made = await addToDataset(datasetId, job.file, loaded, deps, current);
    current = made;
    datasetId = made.meta.id;
    fileNames = made.meta.sources.map((s) => s.fileName);
    queryClient.setQueryData(datasetKeys.one(made.meta.id), made.loaded);
    // Series computed from the previous contents are stale; the dataset itself was just set.
    void queryClient.invalidateQueries({ queryKey: datasetKeys.one(made.meta.id), predicate: (q) => q.queryKey.length > 2 });
    const done = { status: 'done' as const, report: loaded.report!, datasetId: made.meta.id, duplicatesSkipped: made.skipped, reporters: loaded.summary.reporters };
    // Charts first, then the save: the session goes on (and the dataset opens) while it runs.
    let shown = -1;
    const onProgress = (fraction: number) => {
      const percent = Math.floor(fraction * 100);
      if (percent === shown) return;
      shown = percent;
      cb.update(job.key, { ...done, save: { state: 'saving', fraction } });
    };
    onProgress(0);
    // The save starts once the dashboard has drawn the charts: the two never share the main thread.
    const saved = deps.saveDataset(made.meta, made.loaded.table, { onProgress, startAfter: deps.whenChartsDrawn(made.meta.id) });
    void queryClient.invalidateQueries({ queryKey: datasetKeys.list });
    saved.then(
      (outcome) => {
        cb.update(job.key, { ...done, save: saveStateOf(outcome) });
        void queryClient.invalidateQueries({ queryKey: datasetKeys.list });
      },
      (error: unknown) => cb.update(job.key, { ...done, save: { state: 'failed', detail: error instanceof Error ? error.message : String(error) } }),
    );
  };
  const fail = (job: UploadJob, error: unknown) => {
    if (error instanceof DatasetLoadError) cb.update(job.key, error.failure.code === 'cancelled' ? { status: 'cancelled' } : { status: 'failed', failure: error.failure });
    else cb.update(job.key, { status: 'failed', failure: { code: 'internal', detail: error instanceof Error ? error.message : String(error) } });
  };
  for (const job of jobs) {
    const signal = cb.signalFor(job.key);
    if (signal.aborted) {
      cb.update(job.key, { status: 'cancelled' });
      continue;
    }
    try {
      const loaded = await importWithMapping(job, cb, signal, deps);
      if (!loaded) continue;
      if (job.archive) loaded.report!.warnings.push({ code: 'zip-skipped', archive: job.archive.name, entries: job.archive.skipped });
      const hash = loaded.hash!;
      // A file with no accepted row (aggregates standing for their group count as accepted)
      // would be an empty dataset, or change nothing: it is reported and nothing is written.
      if (loaded.report!.rows.accepted === 0) {
        cb.update(job.key, { status: 'no-rows', report: loaded.report! });
        continue;
      }
      if (expectedId && datasetId === null && datasetIdForHash(hash) !== expectedId) {
        // Perhaps the link's second file, dropped before its first: it waits for the first.
        waiting.push({ job, loaded });
        continue;
      }
      const already = await deps.findDatasetBySourceHash(hash);
      if (already) {
        cb.update(job.key, { status: 'same-file', datasetId: already.id, datasetName: already.name, fileNames: already.sources.map((s) => s.fileName) });
        if (datasetId === null || datasetId === already.id) {
          datasetId = already.id;
          fileNames = already.sources.map((s) => s.fileName);
        }
        continue;
      }
      await add(job, loaded);
    } catch (error) {
      fail(job, error);
    }
  }
  for (const { job, loaded } of waiting) {
    if (datasetId === null) {
      cb.update(job.key, { status: 'wrong-file' });
      continue;
    }
    try {
      await add(job, loaded);
    } catch (error) {
      fail(job, error);
    }
  }
  if (!datasetId) return;
  if (fileNames.length === 0) {
    // Nothing added to the chosen dataset (a file already in it, or none accepted): its own files.
    const stored = await deps.getStoredDataset(datasetId).catch(() => undefined);
    fileNames = stored?.meta.sources.map((s) => s.fileName) ?? [];
  }
  // The report is drawn in the task that finished the save; the dataset opens in the next.
  await new Promise((resolve) => setTimeout(resolve, 0));
  cb.opened(datasetId, fileNames);
}

async function importWithMapping(job: UploadJob, cb: SessionCallbacks, signal: AbortSignal, deps: UploadSessionDeps): Promise<LoadedTable | null> {
  let startedAt = performance.now();
  const onProgress = (progress: LoadProgress) => cb.update(job.key, { status: 'importing', progress, elapsedMs: performance.now() - startedAt });
  cb.update(job.key, { status: 'importing', progress: { bytes: 0, totalBytes: job.file.size, rows: 0 }, elapsedMs: 0 });
  try {
    return await deps.importFile(job.file, { signal, onProgress });
  } catch (error) {
    if (!(error instanceof DatasetLoadError) || error.failure.code !== 'unknown-layout') throw error;
  }
  // Unknown layout: a remembered mapping for this header, or ask.
  const preview = await deps.previewFile(job.file);
  let mapping = deps.rememberedMapping(preview.header) ?? null;
  if (!mapping) {
    cb.update(job.key, { status: 'mapping', preview, remembered: false });
    mapping = await cb.askMapping(job.key, preview);
    if (!mapping) {
      cb.update(job.key, { status: 'cancelled' });
      return null;
    }
    deps.rememberMapping(preview.header, mapping);
  }
  startedAt = performance.now();
  cb.update(job.key, { status: 'importing', progress: { bytes: 0, totalBytes: job.file.size, rows: 0 }, elapsedMs: 0 });
  return deps.importFile(job.file, { signal, onProgress, mapping });
}

function sourceOf(file: File, loaded: LoadedTable, skipped: number): StoredSource {
  const r = loaded.report!;
  const { firstMonth, lastMonth, reporters } = loaded.summary;
  return {
    fileName: file.name,
    size: file.size,
    hash: loaded.hash!,
    addedAt: new Date().toISOString(),
    format: r.format,
    encoding: r.encoding,
    rows: r.rows,
    duplicatesSkipped: skipped,
    // What this file alone covers (the dataset's own summary covers every file).
    firstMonth,
    lastMonth,
    reporters: [...reporters],
  };
}

interface Current {
  meta: StoredDatasetMeta;
  loaded: LoadedTable;
  skipped: number;
}

/** The dataset with `file` added (new, or merged into the target); nothing is saved here. */
async function addToDataset(targetId: string | null, file: File, loaded: LoadedTable, deps: UploadSessionDeps, current: Current | null): Promise<Current> {
  const now = new Date().toISOString();
  const existing = !targetId ? undefined : current?.meta.id === targetId ? { meta: current.meta, table: current.loaded.table } : await deps.getStoredDataset(targetId);
  let result: LoadedTable = loaded;
  let skipped = 0;
  let meta: StoredDatasetMeta;
  if (existing) {
    const merged = await deps.mergeInWorker(existing.table, loaded.table);
    result = merged.loaded;
    skipped = merged.skipped;
    meta = { ...existing.meta, updatedAt: now, sources: [...existing.meta.sources, sourceOf(file, loaded, skipped)] };
  } else {
    meta = {
      id: datasetIdForHash(loaded.hash!),
      name: file.name.replace(/\.(csv|txt|tsv)$/i, ''),
      createdAt: now,
      updatedAt: now,
      rowCount: 0,
      firstMonth: 0,
      lastMonth: 0,
      finest: 'month',
      sources: [sourceOf(file, loaded, 0)],
    };
  }
  const s = result.summary;
  meta = { ...meta, rowCount: s.rowCount, firstMonth: s.firstMonth, lastMonth: s.lastMonth, finest: s.finest };
  return { meta, loaded: { table: result.table, summary: result.summary }, skipped };
}
