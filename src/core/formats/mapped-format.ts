// Any other layout, read through a column mapping the user chose (or that was
// remembered for files with the same header).

import { headerIndex, normaliseHeaderName, reject, REJECT_OK, type FormatReader } from './format-reader';

export interface ColumnMapping {
  period: string;
  partner: string;
  flow: string;
  commodity: string;
  value: string;
  weight?: string;
  reporter?: string;
}

export const MAPPING_FIELDS = ['period', 'partner', 'flow', 'commodity', 'value', 'weight', 'reporter'] as const;
export const REQUIRED_MAPPING_FIELDS = ['period', 'partner', 'flow', 'commodity', 'value'] as const;

export function mappedFormat(mapping: ColumnMapping): FormatReader {
  return {
    id: 'mapped',
    bind(header, ctx) {
      const index = headerIndex(header);
      const col = (name: string | undefined) => (name === undefined || name === '' ? -1 : (index.get(normaliseHeaderName(name)) ?? -1));
      const missing = REQUIRED_MAPPING_FIELDS.filter((f) => col(mapping[f]) === -1).map((f) => `${f} → ${mapping[f] || '?'}`);
      if (missing.length > 0) return { missing };
      const [period, partner, flow, commodity, value] = REQUIRED_MAPPING_FIELDS.map((f) => col(mapping[f]));
      const weight = col(mapping.weight);
      const reporter = col(mapping.reporter);
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
          out.reporter = reporter >= 0 ? fields[reporter].trim() : '';
          out.flow = f;
          out.partner = partnerCode;
          out.commodity = code;
          out.split = 0;
          return REJECT_OK;
        },
      };
    },
  };
}
