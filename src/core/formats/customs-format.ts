// The Russian customs portal's export (stat.customs.gov.ru, DATTSVT.csv):
//   napr period nastranapr tnved edizm Stoim Netto Kol Region Region_s
// `napr` ЭК/ИМ (EXP/IMP in English), period MM/YYYY, partner ISO alpha-2, TN VED
// codes that a spreadsheet may have stripped of their leading zero. The older
// DBF export names the partner column `strana`. `Region` (`30000 - КАМЧАТСКИЙ КРАЙ`)
// becomes the reporter as ISO 3166-2 (`RU-KAM`, model/russian-regions.ts); `Kol` is the
// quantity in the unit `edizm` names (`ШТУКА`, or its OKEI code, model/quantity-units.ts).

import { findMissing, firstColumn, headerIndex, type FormatReader } from './format-reader';
import { reject, REJECT_OK } from './row-outcome';

const REQUIRED = {
  napr: ['napr'],
  period: ['period'],
  nastranapr: ['nastranapr', 'strana'],
  tnved: ['tnved'],
  stoim: ['stoim'],
};

/** Reporter when the file has no Region column: the customs portal's data is Russia's. */
const RUSSIA = 'RU';

export const customsFormat: FormatReader = {
  id: 'customs',
  columns: [...Object.values(REQUIRED).flat(), 'netto'],
  bind(header, ctx) {
    const index = headerIndex(header);
    const missing = findMissing(index, REQUIRED);
    if (missing.length > 0) return { missing };
    const [flow, period, partner, code, value] = Object.values(REQUIRED).map((names) => firstColumn(index, ...names));
    const weight = firstColumn(index, 'netto');
    const quantity = firstColumn(index, 'kol');
    const unit = firstColumn(index, 'edizm');
    const region = firstColumn(index, 'region');
    return {
      read(fields, out) {
        const f = ctx.flow(fields[flow]);
        if (f === undefined) return reject('bad-flow', fields[flow]);
        const p = ctx.period(fields[period]);
        if (p === null) return reject('bad-period', fields[period]);
        const partnerCode = ctx.partner(fields[partner]);
        if (partnerCode === null) return reject('unknown-partner', fields[partner]);
        const commodity = ctx.commodity(fields[code], 'tnved');
        if (commodity === null) return reject('bad-commodity', fields[code]);
        const amounts = ctx.readAmounts(fields[value], weight >= 0 ? fields[weight] : undefined, out);
        if (amounts) return amounts;
        const quantityOutcome = ctx.readQuantity(quantity >= 0 ? fields[quantity] : undefined, unit >= 0 ? fields[unit] : undefined, out);
        if (quantityOutcome) return quantityOutcome;
        out.period = p;
        out.reporter = (region >= 0 ? ctx.reporter(fields[region]) : '') || RUSSIA;
        out.flow = f;
        out.partner = partnerCode;
        out.commodity = commodity;
        out.split = 0;
        return REJECT_OK;
      },
    };
  },
};
