// UN Comtrade+ (current API and web downloads, TradeData_*.csv): 47 columns in
// any order, or any subset holding the needed ones. Label columns may all be
// empty, so everything is resolved from the numeric codes.

import { periodFromYearMonth } from '../model/period';
import { findMissing, firstColumn, headerIndex, type FormatReader } from './format-reader';
import { reject, REJECT_OK } from './row-outcome';

const REQUIRED = {
  flowCode: ['flowcode'],
  reporter: ['reportercode', 'reporteriso'],
  partner: ['partnercode', 'partneriso'],
  cmdCode: ['cmdcode'],
  value: ['primaryvalue', 'fobvalue', 'cifvalue'],
  period: ['refyear', 'period'],
};

/** A non-total value in any of these makes the row one part of a bigger one. */
const SPLITS: [string, string[]][] = [
  ['partner2code', ['', '0']],
  ['customscode', ['', 'C00']],
  ['motcode', ['', '0']],
  ['moscode', ['', '0']],
];

export const comtradePlusFormat: FormatReader = {
  id: 'comtrade-plus',
  columns: [...Object.values(REQUIRED).flat(), 'netwgt'],
  bind(header, ctx) {
    const index = headerIndex(header);
    const missing = findMissing(index, REQUIRED);
    if (missing.length > 0) return { missing };
    const [flow, reporter, partner, cmd, value, periodCol] = Object.values(REQUIRED).map((names) => firstColumn(index, ...names));
    const refYear = firstColumn(index, 'refyear');
    const refMonth = firstColumn(index, 'refmonth');
    const periodText = firstColumn(index, 'period');
    const reporterIso = firstColumn(index, 'reporteriso');
    const partnerIso = firstColumn(index, 'partneriso');
    const weight = firstColumn(index, 'netwgt');
    const quantity = firstColumn(index, 'qty');
    const unit = firstColumn(index, 'qtyunitabbr', 'qtyunitcode');
    const splits = SPLITS.map(([name, totals]) => [firstColumn(index, name), totals] as const).filter(([i]) => i >= 0);
    return {
      read(fields, out) {
        const p =
          refYear >= 0 && refMonth >= 0
            ? periodFromYearMonth(fields[refYear], fields[refMonth])
            : ctx.period(fields[periodText >= 0 ? periodText : periodCol]);
        if (p === null) return reject('bad-period', refYear >= 0 ? `${fields[refYear]}/${refMonth >= 0 ? fields[refMonth] : ''}` : fields[periodCol]);
        const f = ctx.flow(fields[flow]);
        if (f === undefined) return reject('bad-flow', fields[flow]);
        const partnerCode = ctx.partner(fields[partner]) ?? (partnerIso >= 0 && fields[partnerIso].trim() ? ctx.partner(fields[partnerIso]) : null);
        if (partnerCode === null) return reject('unknown-partner', fields[partner]);
        const reporterCode = ctx.partner(fields[reporter]) ?? (reporterIso >= 0 && fields[reporterIso].trim() ? ctx.partner(fields[reporterIso]) : null);
        const code = ctx.commodity(fields[cmd], 'hs');
        if (code === null) return reject('bad-commodity', fields[cmd]);
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
