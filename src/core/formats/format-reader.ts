// The contract every known layout implements: recognise a header by its names,
// then turn each row into canonical fields or a rejection.

import type { FormatId } from './format-ids';
import type { ReadContext } from './read-context';
import type { CanonicalFields, RowOutcome } from './row-outcome';

export interface BoundReader {
  /** Fills `out` and returns ok, or says why the row is rejected. */
  read(fields: string[], out: CanonicalFields): RowOutcome;
}

export interface FormatReader {
  id: FormatId;
  /**
   * The column names this layout reads (normalised): a header naming one twice is refused,
   * since either column could be the one meant.
   */
  columns?: readonly string[];
  /** A reader bound to this header's column positions, or the fields it could not find. */
  bind(header: string[], context: ReadContext): BoundReader | { missing: string[] };
}

/** Header names compared case-, space- and BOM-insensitively. */
export function normaliseHeaderName(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

export function headerIndex(header: string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = normaliseHeaderName(name);
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}

/** The index of the first of `names` the header has, or -1. */
export function firstColumn(index: Map<string, number>, ...names: string[]): number {
  for (const name of names) {
    const i = index.get(name);
    if (i !== undefined) return i;
  }
  return -1;
}

/** Required fields, each satisfied by any one of its alternative column names. */
export function findMissing(index: Map<string, number>, required: Record<string, string[]>): string[] {
  return Object.entries(required)
    .filter(([, names]) => firstColumn(index, ...names) === -1)
    .map(([field, names]) => (names.length > 1 ? `${field} (${names.join(' | ')})` : field));
}
