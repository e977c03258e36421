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
  /**
   * The chosen columns by position (0-based), when known: they win over the names, so a
   * header that names two columns alike can still have either chosen.
   */
  at?: Partial<Record<MappingField, number>>;
}

export type MappingField = (typeof MAPPING_FIELDS)[number];

export const MAPPING_FIELDS = ['period', 'partner', 'flow', 'commodity', 'value', 'weight', 'quantity', 'unit', 'reporter'] as const;
export const REQUIRED_MAPPING_FIELDS = ['period', 'partner', 'flow', 'commodity', 'value'] as const;

export function mappedFormat(mapping: ColumnMapping): FormatReader {
  return {
    id: 'mapped',
    bind(header, ctx) {
      const index = headerIndex(header);
      const col = (field: MappingField) => {
        const name = mapping[field];
        if (name === undefined || name === '') return -1;
        // A position is taken when the column there still has the chosen name.
        const position = mapping.at?.[field];
        if (position !== undefined && position < header.length && normaliseHeaderName(header[position]) === normaliseHeaderName(name)) return position;
        return index.get(normaliseHeaderName(name)) ?? -1;
      };
      const missing = REQUIRED_MAPPING_FIELDS.filter((f) => col(f) === -1).map((f) => `${f} → ${mapping[f] || '?'}`);
      if (missing.length > 0) return { missing };
      const [period, partner, flow, commodity, value] = REQUIRED_MAPPING_FIELDS.map((f) => col(f));
      const weight = col('weight');
      const reporter = col('reporter');
      const at = { period, flow, partner, commodity, value, weight, quantity: col('quantity'), unit: col('unit') };
      return { read: (fields, out) => readPlainRow(fields, at, ctx, reporter >= 0 ? ctx.reporter(fields[reporter]) : '', out) };
    },
  };
}
