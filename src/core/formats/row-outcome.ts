// What reading one row gives: the canonical fields, or why the row is rejected.
// Readers (format-reader.ts and the layouts), the read context and the import report all
// import these; they import only the table builder's row type, so no file or folder of core
// reaches back through them
// (docs/architecture.md «Layers»: no import cycles).

import type { TableRow } from '../table/table-builder';

/** Why a row is rejected; the UI and the CLI put it into words (i18n/import-messages.ts). */
export type RejectCode =
  | 'field-count'
  /** More fields than the header, some of the extra ones not empty. */
  | 'extra-fields'
  | 'bad-period'
  /** A readable period before 1950 or after next year (model/period.ts). */
  | 'implausible-period'
  | 'bad-flow'
  | 'unknown-partner'
  | 'bad-commodity'
  | 'missing-value'
  | 'bad-value'
  | 'negative-value'
  | 'absurd-value'
  | 'bad-weight'
  | 'bad-quantity'
  | 'csv-syntax'
  | 'invalid-utf8';

/** The canonical fields a reader fills for one row: exactly what the table builder stores. */
export type CanonicalFields = TableRow;

export type RowOutcome = { ok: true } | { ok: false; code: RejectCode; value?: string };

export const REJECT_OK: RowOutcome = { ok: true };
export function reject(code: RejectCode, value?: string): RowOutcome {
  return { ok: false, code, value };
}
