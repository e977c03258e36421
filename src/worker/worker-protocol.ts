// Messages between the page and the dataset worker. Tables travel as
// transferred typed arrays: no copy, no row objects on the main thread.

import type { ImportFailure, ImportReport } from '../core/import/import-report';
import type { TradeTable } from '../core/table/trade-table';
import type { RollUps } from '../core/query/roll-up';
import type { TableSummary } from '../core/table/table-summary';
import type { ColumnMapping } from '../core/formats/mapped-format';
import type { TextEncodingName } from '../core/parse/byte-decoder';
import type { Delimiter } from '../core/parse/csv-row-stream';

export type WorkerRequest =
  | { type: 'load-url'; id: number; url: string }
  | { type: 'import-file'; id: number; file: Blob; mapping?: ColumnMapping }
  | { type: 'preview'; id: number; file: Blob }
  /** A ZIP: its CSV entries come back as Blobs, each then imported as a file of its own. */
  | { type: 'unzip'; id: number; file: Blob }
  | { type: 'merge'; id: number; existing: TradeTable; incoming: TradeTable }
  /** A stored dataset's table (transferred): its chapter roll-up is built here, both come back. */
  | { type: 'roll-up'; id: number; table: TradeTable }
  /** Run the import's code on generated lines while the page is idle (core/import/import-warm-up.ts). */
  | { type: 'warm-up'; id: number }
  | { type: 'cancel'; id: number };

export interface LoadedTable {
  table: TradeTable;
  /** Present right after an import; a dataset read back from storage has none. */
  report?: ImportReport;
  summary: TableSummary;
  /** Content hash of the imported bytes (imports only). */
  hash?: string;
  /** The table's roll-ups (core/query/roll-up.ts), built in the worker so the page does not have to. */
  rollUps?: RollUps;
}

export interface FilePreview {
  header: string[];
  rows: string[][];
  encoding: TextEncodingName;
  delimiter: Delimiter;
}

export interface UnzippedFiles {
  entries: { name: string; file: Blob }[];
  /** Entries that are not CSV, as named in the archive. */
  skipped: string[];
}

export interface MergeResult {
  loaded: LoadedTable;
  skipped: number;
}

export type WorkerResponse =
  | { type: 'progress'; id: number; bytes: number; totalBytes: number | null; rows: number }
  | { type: 'done'; id: number; result: LoadedTable }
  | { type: 'preview'; id: number; preview: FilePreview }
  | { type: 'merged'; id: number; result: MergeResult }
  | { type: 'unzipped'; id: number; result: UnzippedFiles }
  | { type: 'warmed'; id: number; rows: number }
  | { type: 'failed'; id: number; failure: ImportFailure };
