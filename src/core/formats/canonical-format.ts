// The app's own canonical CSV: period,reporter,flow,partner,commodity,value_usd,net_kg
// (quantity,unit optional). Hand-prepared files are read leniently: any partner
// spelling, any number spelling, any period spelling the other formats accept.

import { unneutralise } from '../parse/csv-formula';
import { memoised } from './read-context';
import { findMissing, firstColumn, headerIndex, type FormatReader } from './format-reader';
import { readPlainRow } from './plain-row';

const REQUIRED = {
  period: ['period'],
  reporter: ['reporter'],
  flow: ['flow'],
  partner: ['partner'],
  commodity: ['commodity'],
  value_usd: ['value_usd'],
};

export const canonicalFormat: FormatReader = {
  id: 'canonical',
  columns: [...Object.values(REQUIRED).flat(), 'net_kg'],
  bind(header, ctx) {
    const index = headerIndex(header);
    const missing = findMissing(index, REQUIRED);
    if (missing.length > 0) return { missing };
    const [period, reporter, flow, partner, commodity, value] = Object.values(REQUIRED).map((names) => firstColumn(index, ...names));
    const weight = firstColumn(index, 'net_kg');
    const quantity = firstColumn(index, 'quantity');
    const unit = firstColumn(index, 'unit');
    // Our own exports prefix formula-like text with an apostrophe: take it off again.
    const reporterCode = memoised((text) => ctx.reporter(unneutralise(text.trim())));
    const at = { period, flow, partner, commodity, value, weight, quantity, unit };
    return { read: (fields, out) => readPlainRow(fields, at, ctx, reporterCode(fields[reporter]), out) };
  },
};
