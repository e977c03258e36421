// The app's own canonical CSV: period,reporter,flow,partner,commodity,value_usd,net_kg
// (quantity,unit optional). Hand-prepared files are read leniently: any partner
// spelling, any number spelling, any period spelling the other formats accept.

import { unneutralise } from '../export/csv-cell';
import { memoised } from './read-context';
import { findMissing, firstColumn, headerIndex, reject, REJECT_OK, type FormatReader } from './format-reader';

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
  bind(header, ctx) {
    const index = headerIndex(header);
    const missing = findMissing(index, REQUIRED);
    if (missing.length > 0) return { missing };
    const [period, reporter, flow, partner, commodity, value] = Object.values(REQUIRED).map((names) => firstColumn(index, ...names));
    const weight = firstColumn(index, 'net_kg');
    // Our own exports prefix formula-like text with an apostrophe: take it off again.
    const reporterName = memoised((text) => unneutralise(text.trim()));
    return {
      read(fields, out) {
        const p = ctx.period(fields[period]);
        if (p === null) return reject('bad-period', fields[period]);
        const f = ctx.flow(fields[flow]);
        if (f === undefined) return reject('bad-flow', fields[flow]);
        const partnerCode = ctx.partner(fields[partner]);
        if (partnerCode === null) return reject('unknown-partner', fields[partner]);
        const code = ctx.commodity(fields[commodity]);
        if (code === null) return reject('bad-commodity', fields[commodity]);
        const amounts = ctx.readAmounts(fields[value], weight >= 0 ? fields[weight] : undefined, out);
        if (amounts) return amounts;
        out.period = p;
        out.reporter = reporterName(fields[reporter]);
        out.flow = f;
        out.partner = partnerCode;
        out.commodity = code;
        out.split = 0;
        return REJECT_OK;
      },
    };
  },
};
