// The table and CSV of a share chart (partners, HS chapters): name, value, share of the total.

import { formatMillions, formatShare } from '../../../i18n/format';
import type { Column } from '../../../components/ui/data-table';
import type { CsvTable, PanelContext } from './panel-definition';

export interface LabelledShare {
  label: string;
  valueUsd: number;
  share: number;
}

/** Name, value in millions, share in per cent. */
export function shareTable<R extends LabelledShare>(rows: R[], nameHeader: string, { lang, m, unit }: PanelContext): { rows: R[]; columns: Column<R>[] } {
  return {
    rows,
    columns: [
      { header: nameHeader, cell: (r) => r.label },
      { header: `${m.value}, ${unit}`, numeric: true, cell: (r) => formatMillions(r.valueUsd, lang) },
      { header: `${m.shareOfTotal}, %`, numeric: true, cell: (r) => formatShare(r.share, lang) },
    ],
  };
}

/** Name, whole dollars, share as a fraction of one (six decimals). */
export function shareCsv(rows: LabelledShare[], nameHeader: string, { m }: PanelContext): CsvTable {
  return { header: [nameHeader, `${m.value}, USD`, m.shareOfTotal], rows: rows.map((r) => [r.label, Math.round(r.valueUsd), Number(r.share.toFixed(6))]) };
}
