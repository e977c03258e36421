// What an import tells the user: layout, encoding, delimiter, row counts that
// always add up, and every rejected row with its line and a reason code that
// the UI and the CLI put into words in the user's language.

import type { TextEncodingName } from '../parse/byte-decoder';
import type { Delimiter } from '../parse/csv-row-stream';
import type { FormatId } from '../formats/format-ids';
import type { RejectCode } from '../formats/row-outcome';

export interface RejectedRow {
  line: number;
  code: RejectCode;
  /** The offending text, shortened, so the reason can quote it. */
  value?: string;
  /** The row as it was in the file (kept for the first MAX_KEPT_REJECTED_ROWS rejected rows). */
  fields?: string[];
}

/** Rejected rows beyond this are counted and listed by line, without their fields. */
export const MAX_KEPT_REJECTED_ROWS = 10_000;

export type ImportWarning =
  | TitleLinesWarning
  | ZipSkippedWarning
  /** Lines of a UTF-8 file written in a single-byte encoding, read in it (ranges: the first few). */
  | { code: 'mixed-encoding'; encoding: TextEncodingName; lines: number; ranges: { from: number; to: number }[] }
  /** A BOM the bytes contradict: dropped, the file read in `encoding`. */
  | { code: 'bom-mismatch'; bom: TextEncodingName; encoding: TextEncodingName }
  | { code: 'csv-syntax'; line: number; /** PapaParse's code, translated for the user */ parserCode: string; message: string }
  | { code: 'ambiguous-number'; column: 'value' | 'weight' | 'quantity'; separator: 'comma-decimal' | 'comma-thousands' | 'dot-decimal' | 'dot-thousands'; cells: number; basis: 'column' | 'file-default' }
  /** An aggregate row whose parts in the file add up to something else. */
  | { code: 'aggregate-mismatch'; groups: number; examples: { period: string; flow: string; partner: string; commodity: string; aggregateUsd: number; partsUsd: number }[] }
  /** Aggregate rows with no parts in the file: each stands for its group. */
  | { code: 'aggregate-stands'; rows: number }
  /** Rows dated far from the bulk of the file (import/period-outliers.ts): kept, but worth a look. */
  | { code: 'outlier-period'; years: number[]; rows: number; lines: number[] };

/** Lines above the header (a title such as «Выгрузка ФТС за 2024 год»): skipped, never imported. */
export type TitleLinesWarning = { code: 'title-lines'; lines: number[] };
/** Entries of a ZIP that are not CSV text: listed, not read. */
export type ZipSkippedWarning = { code: 'zip-skipped'; archive: string; entries: string[] };

export type WarningCode = ImportWarning['code'];

export interface ImportReport {
  format: FormatId;
  encoding: TextEncodingName;
  delimiter: Delimiter;
  rows: { read: number; accepted: number; rejected: number; aggregate: number };
  rejected: RejectedRow[];
  /** The header row as it was in the file. */
  header: string[];
  warnings: ImportWarning[];
}

export const MAX_QUOTED_VALUE = 60;

export function quoteValue(value: string): string {
  return value.length > MAX_QUOTED_VALUE ? value.slice(0, MAX_QUOTED_VALUE) + '…' : value;
}

/** Why a whole file could not be imported (as opposed to single rows). */
export type ImportFailure =
  | { code: 'empty' | 'header-only' | 'binary' | 'no-line-breaks' | 'cancelled' | 'network' | 'too-large'; detail?: string }
  /** An Excel workbook (XLSX): it has to be saved as CSV first. */
  | { code: 'spreadsheet'; detail?: string }
  /** A known layout whose header names a column it reads more than once. */
  | { code: 'duplicate-columns'; columns: string[] }
  /** A ZIP without a CSV entry: what it holds instead. */
  | { code: 'no-csv'; entries: string[] }
  | { code: 'unknown-layout'; missing: string[]; columns: string[] }
  /** Refused before the import: larger than this device can hold (deviceGb) or than the hard cap (deviceGb null). */
  | { code: 'over-size-limit'; fileBytes: number; limitBytes: number; deviceGb: number | null }
  | { code: 'internal'; detail: string };
