// The table and CSV of a share chart (partners, goods): name, figure in the view's metric,
// share of the total (none for unit values, which do not add up).

import { formatMetricShare, METRIC_CSV_UNIT, metricColumn, metricCsv } from '../../../i18n/metric-format';
import type { Column } from '../../../components/ui/data-table';
import type { CsvTable, PanelContext } from './panel-definition';

export interface LabelledShare {
  label: string;
  value: number;
  share: number;
}

/**
 * Name, figure (value in millions, or billions when the largest reaches 1 000 million; tonnes;
 * USD per kg), share in per cent; `base` says what the shares are of («доля от всего
 * товарооборота»).
 */
export function shareTable<R extends LabelledShare>(rows: R[], nameHeader: string, { lang, m, metric }: PanelContext, base: string): { rows: R[]; columns: Column<R>[] } {
  const figure = metricColumn(rows.map((r) => r.value), metric, lang);
  const columns: Column<R>[] = [
    { header: nameHeader, cell: (r) => r.label },
    { header: `${m.metric.names[metric]}, ${figure.unit}`, numeric: true, sortValue: (r) => r.value, cell: (r) => figure.cell(r.value) },
  ];
  if (metric !== 'price') columns.push({ header: `${base}, %`, numeric: true, sortValue: (r) => r.share, cell: (r) => formatMetricShare(r.share, lang) });
  return { rows, columns };
}

/** Name, figure (whole dollars, tonnes, USD per kg), share as a fraction of one (six decimals), headed by what it is a share of. */
export function shareCsv(rows: LabelledShare[], nameHeader: string, { m, metric }: PanelContext, base: string): CsvTable {
  const header = [nameHeader, `${m.metric.names[metric]}, ${METRIC_CSV_UNIT[metric]}`];
  if (metric === 'price') return { header, rows: rows.map((r) => [r.label, metricCsv(r.value, metric)]) };
  return { header: [...header, base], rows: rows.map((r) => [r.label, metricCsv(r.value, metric), Number(r.share.toFixed(6))]) };
}
