// The table and CSV of a share chart (partners, HS chapters): name, value, share of the total.

import { columnScale, formatInScale, formatShare, moneyUnit } from '../../../i18n/format';
import type { Column } from '../../../components/ui/data-table';
import type { CsvTable, PanelContext } from './panel-definition';

export interface LabelledShare {
  label: string;
  valueUsd: number;
  share: number;
}

/**
 * Name, value in millions (in billions when the largest reaches 1 000 million), share in per
 * cent; `base` says what the shares are of («доля от всего товарооборота»).
 */
export function shareTable<R extends LabelledShare>(rows: R[], nameHeader: string, { lang, m }: PanelContext, base: string): { rows: R[]; columns: Column<R>[] } {
  const scale = columnScale(rows.map((r) => r.valueUsd));
  return {
    rows,
    columns: [
      { header: nameHeader, cell: (r) => r.label },
      { header: `${m.value}, ${moneyUnit(scale, lang)}`, numeric: true, cell: (r) => formatInScale(r.valueUsd, scale, lang) },
      { header: `${base}, %`, numeric: true, cell: (r) => formatShare(r.share, lang) },
    ],
  };
}

/** Name, whole dollars, share as a fraction of one (six decimals), headed by what it is a share of. */
export function shareCsv(rows: LabelledShare[], nameHeader: string, { m }: PanelContext, base: string): CsvTable {
  return { header: [nameHeader, `${m.value}, USD`, base], rows: rows.map((r) => [r.label, Math.round(r.valueUsd), Number(r.share.toFixed(6))]) };
}
