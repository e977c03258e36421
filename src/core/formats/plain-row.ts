// Reading a row whose columns hold the canonical fields directly (the
// canonical layout, or any layout through a column mapping).

import { reject, REJECT_OK, type CanonicalFields, type RowOutcome } from './row-outcome';
import type { ReadContext } from './read-context';

export interface PlainColumns {
  period: number;
  flow: number;
  partner: number;
  commodity: number;
  value: number;
  /** -1 when the file has no weight column. */
  weight: number;
  /** -1 when the file has no quantity / unit column. */
  quantity: number;
  unit: number;
}

export function readPlainRow(fields: string[], at: PlainColumns, ctx: ReadContext, reporter: string, out: CanonicalFields): RowOutcome {
  const p = ctx.period(fields[at.period]);
  if (p === null) return reject('bad-period', fields[at.period]);
  const f = ctx.flow(fields[at.flow]);
  if (f === undefined) return reject('bad-flow', fields[at.flow]);
  const partnerCode = ctx.partner(fields[at.partner]);
  if (partnerCode === null) return reject('unknown-partner', fields[at.partner]);
  const code = ctx.commodity(fields[at.commodity]);
  if (code === null) return reject('bad-commodity', fields[at.commodity]);
  const amounts = ctx.readAmounts(fields[at.value], at.weight >= 0 ? fields[at.weight] : undefined, out);
  if (amounts) return amounts;
  const quantityOutcome = ctx.readQuantity(at.quantity >= 0 ? fields[at.quantity] : undefined, at.unit >= 0 ? fields[at.unit] : undefined, out);
  if (quantityOutcome) return quantityOutcome;
  out.period = p;
  out.reporter = reporter;
  out.flow = f;
  out.partner = partnerCode;
  out.commodity = code;
  out.split = 0;
  return REJECT_OK;
}
