// Any other layout, read through a column mapping the user chose (or that was
// remembered for files with the same header).

import { headerIndex, normaliseHeaderName, type FormatReader } from './format-reader';
import { readPlainRow } from './plain-row';

export interface ColumnMapping {
  period: string;
  partner: string;
  flow: string;
  commodity: string;
  value: string;
  weight?: string;
  reporter?: string;
  quantity?: string;
  unit?: string;
}

export const MAPPING_FIELDS = ['period', 'partner', 'flow', 'commodity', 'value', 'weight', 'quantity', 'unit', 'reporter'] as const;
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
      const at = { period, flow, partner, commodity, value, weight, quantity: col(mapping.quantity), unit: col(mapping.unit) };
      return { read: (fields, out) => readPlainRow(fields, at, ctx, reporter >= 0 ? ctx.reporter(fields[reporter]) : '', out) };
    },
  };
}
