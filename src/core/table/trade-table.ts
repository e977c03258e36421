// The loaded dataset: one typed array per field, strings dictionary-coded.
// About 29 bytes a row against ~48 in the CSV and ~480 for row objects (QUALITY.md);
// the buffers transfer from the worker to the page without copying.

import { FLOWS, type Flow } from '../model/trade-record';

export interface TradeTable {
  readonly rowCount: number;
  /** Period codes (see model/period.ts). */
  readonly period: Int32Array;
  /** Index into FLOWS. */
  readonly flow: Uint8Array;
  readonly reporter: Uint16Array;
  readonly reporters: readonly string[];
  readonly partner: Uint16Array;
  readonly partners: readonly string[];
  readonly commodity: Uint32Array;
  readonly commodities: readonly string[];
  readonly valueUsd: Float64Array;
  /** NaN where the source has no weight. */
  readonly netKg: Float64Array;
  /** 1 = add this row up; 0 = an aggregate kept apart because its parts are present (aggregate-coverage.ts). */
  readonly counted: Uint8Array;
}

/** Bytes held by the table's columns and dictionaries (strings counted at 2 bytes a char). */
export function tableByteSize(t: TradeTable): number {
  const columns = [t.period, t.flow, t.reporter, t.partner, t.commodity, t.valueUsd, t.netKg, t.counted];
  let bytes = columns.reduce((sum, c) => sum + c.byteLength, 0);
  for (const dict of [t.reporters, t.partners, t.commodities]) for (const s of dict) bytes += 16 + 2 * s.length;
  return bytes;
}

export function flowName(code: number): Flow {
  return FLOWS[code];
}


/** The buffers to list as transferables when posting a table between threads. */
export function tableTransferables(t: TradeTable): ArrayBuffer[] {
  return [t.period, t.flow, t.reporter, t.partner, t.commodity, t.valueUsd, t.netKg, t.counted].map((c) => c.buffer as ArrayBuffer);
}
