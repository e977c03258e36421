// The goods × partners table's rows (core/aggregate/dashboard-series.ts GoodsByPartner) and a
// cell's share of its row, shared by the panel and its sortable table.

import type { GoodsByPartner, Metric } from '../../../core/aggregate/dashboard-series';
import type { Language } from '../../../core/model/language';
import { metricColumn, type MetricColumn } from '../../../i18n/metric-format';

export interface MatrixRow {
  key: string;
  cells: number[];
  total: number;
}

export interface MatrixData {
  partners: string[];
  rows: MatrixRow[];
}

export function matrixData(m: GoodsByPartner): MatrixData {
  return { partners: m.partners, rows: m.goods.map((key, i) => ({ key, cells: m.cells[i], total: m.rowTotals[i] })) };
}

/** A cell's share of its row's goods; none for unit values. */
export function cellShare(row: MatrixRow, i: number, metric: Metric): number {
  return metric === 'price' || !(row.total > 0) ? NaN : row.cells[i] / row.total;
}


/** One scale for every figure of the table (its unit stated once, in the subtitle and headers). */
export function matrixColumn(data: MatrixData, metric: Metric, lang: Language): MetricColumn {
  return metricColumn(data.rows.flatMap((r) => [r.total, ...r.cells]), metric, lang);
}
