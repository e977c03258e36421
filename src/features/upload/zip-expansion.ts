// A dropped ZIP becomes the CSV files it holds, before the session starts: each is then
// imported like a dropped file, so several CSVs in one archive make one dataset as several
// dropped files do. The unzipping is the worker's (fflate never reaches the page's bundle);
// what the archive held besides CSV is said in its first file's report.

import type { ImportFailure } from '../../core/import/import-report';
import { DatasetLoadError, unzipFile } from '../../worker/dataset-worker-client';

export interface ExpandedFile {
  file: File;
  /** On the first file taken from an archive: the archive and the entries that were not read. */
  archive?: { name: string; skipped: string[] };
  /** The archive could not be read (an Excel workbook, no CSV inside): the file fails with this. */
  failure?: ImportFailure;
}

const ZIP_NAME = /\.(zip|xlsx|xlsm)$/i;
const ZIP_TYPES = new Set(['application/zip', 'application/x-zip-compressed', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);

/** A ZIP by its name, its type, or its first bytes (`PK\x03\x04`). */
export async function isZipFile(file: Blob & { name?: string }): Promise<boolean> {
  if ((file.name && ZIP_NAME.test(file.name)) || ZIP_TYPES.has(file.type)) return true;
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer().catch(() => new ArrayBuffer(0)));
  return head.length === 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

export async function expandArchives(files: File[], unzip: typeof unzipFile = unzipFile): Promise<ExpandedFile[]> {
  const out: ExpandedFile[] = [];
  for (const file of files) {
    if (!(await isZipFile(file))) {
      out.push({ file });
      continue;
    }
    try {
      const { entries, skipped } = await unzip(file);
      entries.forEach((entry, i) => {
        const expanded: ExpandedFile = { file: new File([entry.file], entry.name, { type: 'text/csv', lastModified: file.lastModified }) };
        if (i === 0 && skipped.length > 0) expanded.archive = { name: file.name, skipped };
        out.push(expanded);
      });
    } catch (error) {
      const failure: ImportFailure = error instanceof DatasetLoadError ? error.failure : { code: 'internal', detail: error instanceof Error ? error.message : String(error) };
      out.push({ file, failure });
    }
  }
  return out;
}
