// Messages between the page and the dataset worker. Tables travel as
// transferred typed arrays: no copy, no row objects on the main thread.

import type { ImportFailure, ImportReport } from '../core/import/import-report';
import type { TradeTable } from '../core/table/trade-table';
import type { TableSummary } from '../core/table/table-summary';

export type WorkerRequest =
  | { type: 'load-url'; id: number; url: string }
  | { type: 'cancel'; id: number };

export interface LoadedTable {
  table: TradeTable;
  report: ImportReport;
  summary: TableSummary;
}


export type WorkerResponse =
  | { type: 'progress'; id: number; bytes: number; totalBytes: number | null; rows: number }
  | { type: 'done'; id: number; result: LoadedTable }
  | { type: 'failed'; id: number; failure: ImportFailure };
