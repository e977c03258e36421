// CSV cells safe for spreadsheets: quoted when needed, and neutralised when they
// begin with a character a spreadsheet would run as a formula (=, +, -, @, tab, CR).

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string, delimiter: string): string {
  let s = value;
  if (FORMULA_START.test(s)) s = "'" + s;
  if (s.includes(delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r')) s = '"' + s.replace(/"/g, '""') + '"';
  return s;
}

/** Undoes the neutralising apostrophe when reading our own files back. */
export function unneutralise(value: string): string {
  return value.length > 1 && value[0] === "'" && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
