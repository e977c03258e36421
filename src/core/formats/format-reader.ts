// The contract every known layout implements: recognise a header by its names,
// then turn each row into canonical fields or a rejection.

import type { FormatId, RejectCode } from '../import/import-report';

export interface CanonicalFields {
  period: number;
  reporter: string;
  flow: number;
  partner: string;
  commodity: string;
  valueUsd: number;
  netKg: number;
}

export type RowOutcome = { ok: true } | { ok: false; code: RejectCode; value?: string };

export interface BoundReader {
  /** Fills `out` and returns ok, or says why the row is rejected. */
  read(fields: string[], out: CanonicalFields): RowOutcome;
}

export interface FormatReader {
  id: FormatId;
  /** A reader bound to this header's column positions, or the fields it could not find. */
  bind(header: string[]): BoundReader | { missing: string[] };
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

export const REJECT_OK: RowOutcome = { ok: true };
export function reject(code: RejectCode, value?: string): RowOutcome {
  return { ok: false, code, value };
}
