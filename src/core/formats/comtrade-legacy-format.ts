// UN Comtrade's legacy API / bulk layout in its short (12), standard (22) and
// full (35 column) variants. Codes are UN M49 numbers (0 = World), commodity
// codes may be unpadded (`1` = chapter 01), periods `2014` or `201401`.

import { findMissing, firstColumn, headerIndex, type FormatReader } from './format-reader';
import { reject, REJECT_OK } from './row-outcome';

const REQUIRED = {
  period: ['period', 'year'],
  flow: ['trade flow code', 'trade flow'],
  reporter: ['reporter code', 'reporter iso', 'reporter'],
  partner: ['partner code', 'partner iso', 'partner'],
  commodity: ['commodity code'],
  value: ['trade value (us$)'],
};

/** Split columns whose non-total values make a row one part of a bigger one. */
const SPLITS: [string, string[]][] = [
  ['2nd partner code', ['', '0']],
  ['customs proc. code', ['', 'C00']],
  ['mode of transport code', ['', '0']],
];

export const comtradeLegacyFormat: FormatReader = {
  id: 'comtrade-legacy',
  columns: [...Object.values(REQUIRED).flat(), 'netweight (kg)'],
  bind(header, ctx) {
    const index = headerIndex(header);
    const missing = findMissing(index, REQUIRED);
    if (missing.length > 0) return { missing };
    const [period, flow, reporter, partner, commodity, value] = Object.values(REQUIRED).map((names) => firstColumn(index, ...names));
    // Names as fallbacks when a code cell is empty.
    const reporterAlt = [firstColumn(index, 'reporter iso'), firstColumn(index, 'reporter')].filter((i) => i >= 0 && i !== reporter);
    const partnerAlt = [firstColumn(index, 'partner iso'), firstColumn(index, 'partner')].filter((i) => i >= 0 && i !== partner);
    const flowName = firstColumn(index, 'trade flow');
    const weight = firstColumn(index, 'netweight (kg)');
    const quantity = firstColumn(index, 'qty', 'alt qty');
    const unit = firstColumn(index, 'qty unit', 'alt qty unit');
    const splits = SPLITS.map(([name, totals]) => [firstColumn(index, name), totals] as const).filter(([i]) => i >= 0);
    return {
      read(fields, out) {
        const p = ctx.period(fields[period]);
        if (p === null) return reject('bad-period', fields[period]);
        const f = ctx.flow(fields[flow]) ?? (flowName >= 0 ? ctx.flow(fields[flowName]) : undefined);
        if (f === undefined) return reject('bad-flow', fields[flow]);
        const partnerCode = resolveWithFallback(ctx.partner, fields, partner, partnerAlt);
        if (partnerCode === null) return reject('unknown-partner', fields[partner]);
        const reporterCode = resolveWithFallback(ctx.partner, fields, reporter, reporterAlt);
        const code = ctx.commodity(fields[commodity], 'hs');
        if (code === null) return reject('bad-commodity', fields[commodity]);
        const amounts = ctx.readAmounts(fields[value], weight >= 0 ? fields[weight] : undefined, out);
        if (amounts) return amounts;
        const quantityOutcome = ctx.readQuantity(quantity >= 0 ? fields[quantity] : undefined, unit >= 0 ? fields[unit] : undefined, out);
        if (quantityOutcome) return quantityOutcome;
        out.period = p;
        out.reporter = reporterCode ?? fields[reporter].trim();
        out.flow = f;
        out.partner = partnerCode;
        out.commodity = code;
        out.split = splits.some(([i, totals]) => !totals.includes(fields[i].trim())) ? 1 : 0;
        return REJECT_OK;
      },
    };
  },
};

function resolveWithFallback(resolve: (t: string) => string | null, fields: string[], main: number, alternatives: number[]): string | null {
  const text = fields[main].trim();
  const code = text === '' ? null : resolve(text);
  if (code !== null) return code;
  for (const i of alternatives) {
    const alt = fields[i].trim();
    if (alt !== '') {
      const c = resolve(alt);
      if (c !== null) return c;
    }
  }
  return null;
}
