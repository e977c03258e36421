// Formula neutralising, both halves in one place: core/export/csv-cell.ts writes a cell that
// begins with a character a spreadsheet would run as a formula (=, +, -, @, tab, CR) with a
// leading apostrophe; reading our own files back (core/formats/canonical-format.ts) drops
// it. Reading imports this, never core/export (docs/architecture.md «Layers»).

export const FORMULA_START = /^[=+\-@\t\r]/;

/** Undoes the neutralising apostrophe when reading our own files back. */
export function unneutralise(value: string): string {
  return value.length > 1 && value[0] === "'" && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
