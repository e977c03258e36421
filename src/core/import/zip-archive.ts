// A ZIP of CSV files (a portal export is often DATTSVT.csv zipped): its CSV / TSV / TXT
// entries, inflated entry by entry as the archive's bytes stream in (fflate's streaming
// Unzip: the archive is never held whole); every other entry is named and skipped. An
// Excel workbook is a ZIP too (`[Content_Types].xml` and `xl/…` parts): it is refused as
// a spreadsheet, to be saved as CSV. Runs in the worker and in the Node CLI.

import { Unzip, UnzipInflate } from 'fflate';
import { ImportError } from './trade-importer';
import { ImportCancelled } from './import-stream';

export interface ZipEntry {
  /** The entry's file name, without the folders it sits in. */
  name: string;
  /** Its bytes, in the pieces they were inflated in. */
  chunks: Uint8Array[];
  size: number;
}

export interface ZipContents {
  entries: ZipEntry[];
  /** Entries that are not CSV text (pictures, documents, macOS metadata), as named in the archive. */
  skipped: string[];
}

/** Entries read as CSV text. */
export const TEXT_ENTRY = /\.(csv|tsv|txt)$/i;

/** A ZIP's local file header signature `PK\x03\x04`. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The CSV entries of the ZIP `stream` holds. Throws ImportError `spreadsheet` for an XLSX,
 * `binary` for a damaged archive, `no-csv` for one without any CSV entry.
 */
export async function readZip(stream: ReadableStream<Uint8Array>, signal?: AbortSignal): Promise<ZipContents> {
  const entries: ZipEntry[] = [];
  const skipped: string[] = [];
  let contentTypes = false;
  let workbookParts = false;
  let failure: unknown = null;
  const unzip = new Unzip((file) => {
    const name = file.name;
    if (name === '[Content_Types].xml') contentTypes = true;
    if (name.startsWith('xl/')) workbookParts = true;
    if (name.endsWith('/')) return; // a folder
    const base = name.slice(name.lastIndexOf('/') + 1);
    if (!TEXT_ENTRY.test(base) || name.startsWith('__MACOSX/') || base.startsWith('._')) {
      skipped.push(name);
      return;
    }
    const entry: ZipEntry = { name: base, chunks: [], size: 0 };
    entries.push(entry);
    file.ondata = (error, data) => {
      if (error) failure ??= error;
      else if (data.length > 0) {
        entry.chunks.push(data);
        entry.size += data.length;
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const reader = stream.getReader();
  try {
    for (;;) {
      if (signal?.aborted) throw new ImportCancelled();
      const { done, value } = await reader.read();
      if (done) break;
      pushOrFail(unzip, value, false);
      if (failure) throw new ImportError('binary');
    }
    pushOrFail(unzip, new Uint8Array(0), true);
  } finally {
    reader.releaseLock();
  }
  if (failure) throw new ImportError('binary');
  if (contentTypes && workbookParts) throw new ImportError('spreadsheet');
  if (entries.length === 0) throw new ImportError('no-csv', { columns: skipped });
  return { entries, skipped };
}

function pushOrFail(unzip: Unzip, bytes: Uint8Array, final: boolean): void {
  try {
    unzip.push(bytes, final);
  } catch {
    // fflate throws on bytes that are no ZIP structure: a damaged or truncated archive.
    throw new ImportError('binary');
  }
}
