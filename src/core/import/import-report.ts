// What an import tells the user: layout, encoding, delimiter, row counts that
// always add up, and every rejected row with its line and a reason code that
// the UI and the CLI put into words in the user's language.

import type { TextEncodingName } from '../parse/byte-decoder';
import type { Delimiter } from '../parse/csv-row-stream';

export type FormatId = 'customs' | 'comtrade-legacy' | 'comtrade-plus' | 'canonical' | 'mapped';

export type RejectCode =
  | 'field-count'
  | 'bad-period'
  | 'bad-flow'
  | 'unknown-partner'
  | 'bad-commodity'
  | 'missing-value'
  | 'bad-value'
  | 'negative-value'
  | 'bad-weight'
  | 'csv-syntax';

export interface RejectedRow {
  line: number;
  code: RejectCode;
  /** The offending text, shortened, so the reason can quote it. */
  value?: string;
}

export type WarningCode = 'mixed-encoding' | 'ambiguous-number' | 'aggregate-mismatch' | 'csv-syntax';

export interface ImportWarning {
  code: WarningCode;
  detail: string;
}

export interface ImportReport {
  format: FormatId;
  encoding: TextEncodingName;
  delimiter: Delimiter;
  rows: { read: number; accepted: number; rejected: number; aggregate: number };
  rejected: RejectedRow[];
  warnings: ImportWarning[];
}

export const MAX_QUOTED_VALUE = 60;

export function quoteValue(value: string): string {
  return value.length > MAX_QUOTED_VALUE ? value.slice(0, MAX_QUOTED_VALUE) + '…' : value;
}
