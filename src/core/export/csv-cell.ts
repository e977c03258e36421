// CSV cells safe for spreadsheets: quoted when needed, and neutralised when they
// begin with a character a spreadsheet would run as a formula (=, +, -, @, tab, CR).
// Reading such a cell back (unneutralise) is in core/parse/csv-formula.ts.

import { FORMULA_START } from '../parse/csv-formula';

export function csvCell(value: string, delimiter: string): string {
  let s = value;
  if (FORMULA_START.test(s)) s = "'" + s;
  if (s.includes(delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r')) s = '"' + s.replace(/"/g, '""') + '"';
  return s;
}
