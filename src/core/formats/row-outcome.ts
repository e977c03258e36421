// What reading one row gives: the canonical fields, or why the row is rejected.
// Readers (format-reader.ts and the layouts), the read context and the import report all
// import these; they import nothing, so no file or folder of core reaches back through them
// (docs/architecture.md «Layers»: no import cycles).

/** Why a row is rejected; the UI and the CLI put it into words (i18n/import-messages.ts). */
export type RejectCode =
  | 'field-count'
  | 'bad-period'
  | 'bad-flow'
  | 'unknown-partner'
  | 'bad-commodity'
  | 'missing-value'
  | 'bad-value'
  | 'negative-value'
  | 'absurd-value'
  | 'bad-weight'
  | 'bad-quantity'
  | 'csv-syntax';

export interface CanonicalFields {
  period: number;
  reporter: string;
  flow: number;
  partner: string;
  commodity: string;
  valueUsd: number;
  netKg: number;
  /** Quantity in the supplementary unit; NaN when the source has none. */
  quantity: number;
  /** The supplementary unit as the source names it (`ШТУКА`, `kg`); '' when there is no quantity. */
  unit: string;
  /**
   * 1 when the row is one part of a split the canonical record does not keep
   * (second partner, customs procedure, mode of transport); 0 for the total.
   * A total row is kept apart when its parts are in the file.
   */
  split: number;
}

export type RowOutcome = { ok: true } | { ok: false; code: RejectCode; value?: string };

export const REJECT_OK: RowOutcome = { ok: true };
export function reject(code: RejectCode, value?: string): RowOutcome {
  return { ok: false, code, value };
}
