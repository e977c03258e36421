// Writes a table (or the rows a filter keeps) as the canonical CSV, line by
// line, so a large dataset never becomes one string. Reading it back gives the
// same totals: the round trip is a property test.

import { CANONICAL_HEADER, CANONICAL_QUANTITY_HEADER, FLOWS } from '../model/trade-record';
import { formatPeriod } from '../model/period';
import type { TradeTable } from '../table/trade-table';
import { csvCell } from './csv-cell';

export function* canonicalCsvLines(t: TradeTable, keep: (row: number) => boolean = () => true): Generator<string> {
  // Quantity columns only for tables that have quantities: other exports stay as they were.
  const withQuantity = t.units.some((u) => u !== '');
  yield (withQuantity ? [...CANONICAL_HEADER, ...CANONICAL_QUANTITY_HEADER] : CANONICAL_HEADER).join(',');
  const periods = new Map<number, string>();
  const reporters = t.reporters.map((r) => csvCell(r, ','));
  const units = t.units.map((u) => csvCell(u, ','));
  for (let i = 0; i < t.rowCount; i++) {
    // Aggregates kept apart are written too: reading back keeps them apart again.
    if (!keep(i)) continue;
    let period = periods.get(t.period[i]);
    if (period === undefined) periods.set(t.period[i], (period = formatPeriod(t.period[i])));
    const kg = t.netKg[i];
    const line = `${period},${reporters[t.reporter[i]]},${FLOWS[t.flow[i]]},${t.partners[t.partner[i]]},${t.commodities[t.commodity[i]]},${t.valueUsd[i]},${Number.isNaN(kg) ? '' : kg}`;
    if (!withQuantity) yield line;
    else {
      const q = t.quantity[i];
      yield Number.isNaN(q) ? `${line},,` : `${line},${q},${units[t.unit[i]]}`;
    }
  }
}
