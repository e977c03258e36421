// Files on disk → trade tables, for the command-line tools in scripts/: each file is read as a
// Node stream (never one string) and fed to the same import the browser's worker runs
// (src/core/import/import-stream.ts), giving the same TradeTable and ImportReport the app would
// show (docs/architecture.md, «The inspect command»). Also the one-line messages for a file
// that cannot be imported or read, in the language of the command.

import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ImportFailure, ImportReport } from '../../src/core/import/import-report.ts';
import { importStream, type ImportStreamOptions } from '../../src/core/import/import-stream.ts';
import { ImportError } from '../../src/core/import/trade-importer.ts';
import { isZip, readZip, type ZipEntry } from '../../src/core/import/zip-archive.ts';
import { mergeTables } from '../../src/core/table/merge-tables.ts';
import type { TradeTable } from '../../src/core/table/trade-table.ts';
import { failureText } from '../../src/i18n/import-messages.ts';
import type { Language } from '../../src/state/view-state.ts';

/** Bytes read from disk at a time. */
const READ_CHUNK_BYTES = 1 << 20;

export interface ImportedFile {
  /** The path as the caller gave it. */
  file: string;
  table: TradeTable;
  report: ImportReport;
}

/** A failure of one of several files (importFiles): which file, and the error as importFile threw it. */
export class FileImportError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'FileImportError';
  }
}

/** The file at `path` as a web byte stream (what importStream reads), in 1 MiB chunks. */
export function fileByteStream(path: string): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(path, { highWaterMark: READ_CHUNK_BYTES })) as unknown as ReadableStream<Uint8Array>;
}

/**
 * Imports one file. Throws what the import throws: an ImportError for a file that cannot be
 * imported (empty, binary, unknown layout…), a Node file-system error (ENOENT, EISDIR…) for one
 * that cannot be read. A file rejected early is not read to the end: its stream is closed.
 */
export async function importFile(path: string, options: ImportStreamOptions = {}): Promise<ImportedFile> {
  if (await startsAsZip(path)) return importZip(path, options);
  const stream = fileByteStream(path);
  try {
    const { table, report } = await importStream(stream, options);
    return { file: path, table, report };
  } catch (error) {
    await stream.cancel().catch(() => undefined);
    throw error;
  }
}

async function startsAsZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return isZip(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * A ZIP: its CSV entries imported one after another and merged into one table, as the app
 * does with the files of one drop (rows in two entries counted once); the report is the first
 * entry's with every entry's counts, rejected rows and warnings, and the entries not read.
 */
async function importZip(path: string, options: ImportStreamOptions): Promise<ImportedFile> {
  const { entries, skipped } = await readZip(fileByteStream(path), options.signal);
  let merged: ImportedFile | null = null;
  for (const entry of entries) {
    const { table, report } = await importStream(entryStream(entry), options);
    if (merged === null) {
      merged = { file: path, table, report: { ...report, warnings: [...report.warnings] } };
      if (skipped.length > 0) merged.report.warnings.unshift({ code: 'zip-skipped', archive: path, entries: skipped });
      continue;
    }
    const into: ImportReport = merged.report;
    merged.table = mergeTables(merged.table, table).table;
    for (const key of ['read', 'accepted', 'rejected', 'aggregate'] as const) into.rows[key] += report.rows[key];
    into.rejected.push(...report.rejected);
    into.warnings.push(...report.warnings);
  }
  return merged!;
}

function entryStream(entry: ZipEntry): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < entry.chunks.length) controller.enqueue(entry.chunks[i++]);
      else controller.close();
    },
  });
}

/** Imports several files one after another, each on its own; the first failure stops it as a FileImportError. */
export async function importFiles(paths: readonly string[], options: ImportStreamOptions = {}): Promise<ImportedFile[]> {
  const imported: ImportedFile[] = [];
  for (const path of paths) {
    try {
      imported.push(await importFile(path, options));
    } catch (error) {
      throw new FileImportError(path, error);
    }
  }
  return imported;
}

/** The same mapping as the browser's worker (src/worker/dataset-worker.ts). */
export function importFailureOf(error: ImportError): ImportFailure {
  if (error.code === 'unknown-layout') return { code: 'unknown-layout', missing: error.detail.missing ?? [], columns: error.detail.columns ?? [] };
  if (error.code === 'no-csv') return { code: 'no-csv', entries: error.detail.columns ?? [] };
  if (error.code === 'duplicate-columns') return { code: 'duplicate-columns', columns: error.detail.columns ?? [] };
  return { code: error.code };
}

/** Why `file` cannot be read, for the file-system errors a user can fix; null for any other error. */
export function fileErrorText(error: NodeJS.ErrnoException, file: string, lang: Language): string | null {
  const ru = lang === 'ru';
  switch (error.code) {
    case 'ENOENT':
      return ru ? `файл не найден: ${file}` : `file not found: ${file}`;
    case 'EISDIR':
      return ru ? `это папка, а не файл: ${file}` : `not a file but a directory: ${file}`;
    case 'EACCES':
    case 'EPERM':
      return ru ? `нет прав на чтение файла: ${file}` : `permission denied: ${file}`;
    default:
      return typeof error.code === 'string' && typeof error.syscall === 'string'
        ? ru
          ? `не удалось прочитать файл ${file}: ${error.message}`
          : `cannot read ${file}: ${error.message}`
        : null;
  }
}

/**
 * The message for an error thrown by importFile(`file`): the import's own failure text (as the
 * app words it) or a file-system message. Null for anything else — an internal error, which the
 * command reports as such. Not yet one line: pass it through oneLine.
 */
export function importErrorText(error: unknown, file: string, lang: Language): string | null {
  if (error instanceof ImportError) return failureText(importFailureOf(error), lang);
  return error instanceof Error ? fileErrorText(error as NodeJS.ErrnoException, file, lang) : null;
}
