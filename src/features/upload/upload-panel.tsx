// Drop zone and file picker, several files at once; per file a progress bar
// (bytes, rows, rows per second) with Cancel, the mapping step when needed,
// and the import report.

import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ColumnMapping } from '../../core/formats/mapped-format';
import type { FilePreview } from '../../worker/worker-protocol';
import type { DatasetEntry } from '../../lib/dataset-query';
import { useI18n } from '../../i18n/i18n-context';
import type { Language } from '../../state/view-state';
import { formatDecimal, formatInteger } from '../../i18n/format';
import { failureText, rejectReason } from '../../i18n/import-messages';
import type { ImportReport } from '../../core/import/import-report';
import { runUploadSession, type JobState, type UploadJob } from './upload-session';
import { ImportReportView } from './import-report-view';
import { ColumnMappingForm } from './column-mapping-form';
import { SaveStatus } from './save-status';
import { expandArchives, type ExpandedFile } from './zip-expansion';
import { checkImportSize, importSizeLimit, reportedDeviceMemory } from '../../core/import/import-size-limit';

interface Props {
  /** Files dropped anywhere on the page, handed over by the app. */
  droppedFiles: File[] | null;
  onDroppedHandled: () => void;
  currentDataset: DatasetEntry | undefined;
  onOpenDataset: (id: string, fileNames: string[]) => void;
  /**
   * A shared link's dataset that this browser lacks, or has without all its files: `files` the
   * link names, `loaded` those already in it (null: the dataset is missing; only its first file
   * may create it). Files dropped then go into that dataset.
   */
  expected?: { id: string; files: string[]; loaded: string[] | null };
}

let jobCounter = 0;
const FINISHED = new Set<JobState['status']>(['done', 'same-file', 'no-rows', 'wrong-file', 'failed', 'cancelled']);

export function UploadPanel({ droppedFiles, onDroppedHandled, currentDataset, onOpenDataset, expected }: Props) {
  const { lang, m } = useI18n();
  const queryClient = useQueryClient();
  const [jobs, setJobs] = useState<UploadJob[]>([]);
  const [target, setTarget] = useState<'new' | 'current'>('new');
  const [dragging, setDragging] = useState(false);
  const controllers = useRef(new Map<string, AbortController>());
  const mappingAnswers = useRef(new Map<string, (m: ColumnMapping | null) => void>());
  const inputRef = useRef<HTMLInputElement>(null);

  const update = useCallback((key: string, state: JobState) => setJobs((all) => all.map((j) => (j.key === key ? { ...j, state } : j))), []);

  const startFiles = useCallback(
    (expanded: ExpandedFile[]) => {
      // A file larger than this device can hold (or than the hard 3 GiB cap) is refused before its import.
      const limit = importSizeLimit(reportedDeviceMemory());
      const files = expanded.map((f) => (f.failure ? f : { ...f, failure: checkImportSize(f.file.size, limit) ?? undefined }));
      // An archive that could not be unzipped (an Excel workbook, no CSV in it) fails at once.
      const refused: UploadJob[] = files.flatMap(({ file, failure }) => (failure ? [{ key: `job-${++jobCounter}`, file, state: { status: 'failed', failure } as JobState }] : []));
      const created: UploadJob[] = files.flatMap(({ file, archive, failure }) => (failure ? [] : [{ key: `job-${++jobCounter}`, file, archive, state: { status: 'queued' } as JobState }]));
      for (const job of created) controllers.current.set(job.key, new AbortController());
      setJobs((all) => [...refused, ...created, ...all]);
      if (created.length === 0) return;
      const into = expected?.loaded ? expected.id : target === 'current' && currentDataset && !currentDataset.builtIn ? currentDataset.id : null;
      runUploadSession(created, into, queryClient, {
        update,
        signalFor: (key) => controllers.current.get(key)!.signal,
        askMapping: (key, _preview: FilePreview) => new Promise((resolve) => mappingAnswers.current.set(key, resolve)),
        opened: onOpenDataset,
      }, expected && !expected.loaded ? expected.id : undefined).catch((error: unknown) => {
        // The session fails each file on its own; this is a failure around them (opening the
        // dataset, a bug): every file of this drop that had not finished says so.
        console.error(error);
        const failure = { code: 'internal' as const, detail: error instanceof Error ? error.message : String(error) };
        const keys = new Set(created.map((job) => job.key));
        setJobs((all) => all.map((j) => (keys.has(j.key) && !FINISHED.has(j.state.status) ? { ...j, state: { status: 'failed', failure } } : j)));
      });
    },
    [target, currentDataset, queryClient, update, onOpenDataset, expected],
  );
  // ZIPs are unzipped first (in the worker): their CSV files are imported as dropped ones.
  const start = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      void expandArchives(files).then(startFiles);
    },
    [startFiles],
  );

  // Files handed over from a page-wide drop start once (the ref survives StrictMode's double effects).
  const handedOver = useRef<File[] | null>(null);
  useEffect(() => {
    if (!droppedFiles || handedOver.current === droppedFiles) return;
    handedOver.current = droppedFiles;
    start(droppedFiles);
    onDroppedHandled();
  }, [droppedFiles, start, onDroppedHandled]);

  const cancel = (key: string) => {
    controllers.current.get(key)?.abort();
    mappingAnswers.current.get(key)?.(null);
  };
  const answerMapping = (key: string, mapping: ColumnMapping | null) => {
    mappingAnswers.current.get(key)?.(mapping);
    mappingAnswers.current.delete(key);
  };
  const canAddToCurrent = currentDataset !== undefined && !currentDataset.builtIn;

  return (
    <section aria-labelledby="upload-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="upload-panel">
      <h2 id="upload-title" className="text-base font-semibold text-slate-900">
        {m.upload.title}
      </h2>
      {expected && (
        <p className="rounded border border-orange-300 bg-orange-50 px-3 py-2 text-sm text-orange-950" data-testid="expected-file">
          {expected.files.length === 0 ? m.share.needFileUnknown(expected.id) : expected.files.length === 1 && !expected.loaded ? m.share.needFile(expected.files[0]) : m.share.needFiles}
          {(expected.files.length > 1 || (expected.loaded && expected.files.length > 0)) && <ExpectedFiles files={expected.files} loaded={expected.loaded ?? []} />}
        </p>
      )}
      <div
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setDragging(false);
          start([...e.dataTransfer.files]);
        }}
        className={`flex flex-col items-center gap-2 rounded-lg border-2 border-dashed p-6 text-center text-sm ${dragging ? 'border-blue-500 bg-blue-50' : 'border-slate-300 bg-slate-50'}`}
      >
        <p className="text-slate-700">{m.upload.dropHere}</p>
        <label className="cursor-pointer rounded-md bg-slate-800 px-3 py-1.5 text-white hover:bg-slate-700 focus-within:outline-2 focus-within:outline-blue-600">
          {m.upload.choose}
          <input
            ref={inputRef}
            type="file"
            multiple
            accept=".csv,.txt,.tsv,.zip,text/csv,text/plain,text/tab-separated-values,application/zip"
            className="sr-only"
            data-testid="file-input"
            onChange={(e) => {
              start([...(e.target.files ?? [])]);
              e.target.value = '';
            }}
          />
        </label>
        <p className="text-xs text-slate-500">{m.upload.formatsHint}</p>
      </div>
      {canAddToCurrent && (
        <fieldset className="flex flex-wrap gap-4 text-sm">
          <legend className="sr-only">{m.upload.target}</legend>
          <label className="flex items-center gap-1">
            <input type="radio" name="upload-target" checked={target === 'new'} onChange={() => setTarget('new')} /> {m.upload.targetNew}
          </label>
          <label className="flex items-center gap-1">
            <input type="radio" name="upload-target" checked={target === 'current'} onChange={() => setTarget('current')} /> {m.upload.targetCurrent(currentDataset!.name[lang])}
          </label>
        </fieldset>
      )}
      {jobs.length > 0 && (
        <ul className="space-y-3" data-testid="upload-jobs">
          {jobs.map((job) => (
            <li key={job.key} className="rounded border border-slate-200 p-3" data-testid="upload-job" data-status={job.state.status}>
              <div className="mb-1 flex flex-wrap items-center justify-between gap-2 text-sm">
                <span className="font-medium">{job.file.name}</span>
                <span className="text-slate-500">{formatBytes(job.file.size, lang)}</span>
              </div>
              <JobBody job={job} onCancel={() => cancel(job.key)} onMapping={(mapping) => answerMapping(job.key, mapping)} onOpen={onOpenDataset} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The files a link names, each marked loaded or not. */
export function ExpectedFiles({ files, loaded }: { files: string[]; loaded: string[] }) {
  const { m } = useI18n();
  return (
    <span className="mt-1 block" data-testid="expected-files">
      {files.map((name) => {
        const has = loaded.includes(name);
        return (
          <span key={name} className="block" data-testid="expected-file-item" data-loaded={has}>
            {has ? '✓' : '✗'} «{name}» — {has ? m.share.fileLoaded : m.share.fileMissing}
          </span>
        );
      })}
    </span>
  );
}

/** Why no row was accepted: each reason once, with how many rows it rejected (the first three). */
function noRowsReasons(report: ImportReport, lang: Language, none: string): string {
  if (report.rejected.length === 0) return none;
  const byCode = new Map<string, { example: ImportReport['rejected'][number]; count: number }>();
  for (const row of report.rejected) {
    const seen = byCode.get(row.code);
    if (seen) seen.count++;
    else byCode.set(row.code, { example: row, count: 1 });
  }
  const parts = [...byCode.values()].sort((a, b) => b.count - a.count).map(({ example, count }) => `${rejectReason(example, lang)} (${formatInteger(count, lang)})`);
  return parts.slice(0, 3).join('; ') + (parts.length > 3 ? '; …' : '');
}

function JobBody({ job, onCancel, onMapping, onOpen }: { job: UploadJob; onCancel: () => void; onMapping: (m: ColumnMapping | null) => void; onOpen: (id: string, fileNames: string[]) => void }) {
  const { lang, m } = useI18n();
  const s = job.state;
  switch (s.status) {
    case 'queued':
      return <p className="text-sm text-slate-500">{m.upload.queued}</p>;
    case 'importing': {
      const { bytes, totalBytes, rows } = s.progress;
      const seconds = Math.max(0.001, s.elapsedMs / 1000);
      const pct = totalBytes ? (100 * bytes) / totalBytes : undefined;
      return (
        <div className="space-y-1" role="status" aria-live="polite">
          <progress className="h-2 w-full" max={100} value={pct} data-testid="upload-progress" />
          <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-600 tabular-nums">
            <span>
              {formatBytes(bytes, lang)}
              {totalBytes ? ` / ${formatBytes(totalBytes, lang)}` : ''} · {m.upload.rows(rows, formatInteger(rows, lang))} · {m.upload.rowsPerSecond(formatInteger(rows / seconds, lang))}
            </span>
            <button type="button" onClick={onCancel} className="rounded border border-slate-300 px-2 py-0.5 text-slate-800 hover:bg-slate-50">
              {m.upload.cancel}
            </button>
          </div>
        </div>
      );
    }
    case 'mapping':
      return <ColumnMappingForm preview={s.preview} onSubmit={onMapping} onCancel={() => onMapping(null)} />;
    case 'saving':
      return <p className="text-sm text-slate-600">{m.upload.saving}</p>;
    case 'done':
      return (
        <div className="space-y-2">
          <SaveStatus save={s.save} />
          <ImportReportView report={s.report} fileName={job.file.name} duplicatesSkipped={s.duplicatesSkipped} reporters={s.reporters} />
        </div>
      );
    case 'same-file':
      return (
        <p className="text-sm text-slate-700" data-testid="same-file">
          {m.upload.sameFile(s.datasetName)}{' '}
          <button type="button" className="text-blue-800 underline" onClick={() => onOpen(s.datasetId, s.fileNames)}>
            {m.upload.open}
          </button>
        </p>
      );
    case 'no-rows':
      return (
        <div className="space-y-2">
          <p role="alert" className="text-sm text-red-800" data-testid="no-rows">
            {m.upload.noRows(noRowsReasons(s.report, lang, m.upload.noRowsRead))}
          </p>
          <ImportReportView report={s.report} fileName={job.file.name} duplicatesSkipped={0} />
        </div>
      );
    case 'failed':
      return (
        <p role="alert" className="text-sm text-red-800" data-testid="upload-error">
          {failureText(s.failure, lang)}
        </p>
      );
    case 'cancelled':
      return <p className="text-sm text-slate-600">{m.upload.cancelled}</p>;
    case 'wrong-file':
      return (
        <p role="alert" className="text-sm text-red-800" data-testid="wrong-file">
          {m.share.wrongFile(job.file.name)}
        </p>
      );
  }
}

function formatBytes(bytes: number, lang: Language): string {
  const units = lang === 'ru' ? ['Б', 'КБ', 'МБ', 'ГБ'] : ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${formatDecimal(v, lang, u === 0 ? 0 : 1)} ${units[u]}`;
}
