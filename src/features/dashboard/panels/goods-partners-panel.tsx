// «What do we sell to whom» on one screen: the goods of the goods chart (its level, its
// filters) × their top partners, each cell in the metric with the partner's share of that
// row's goods. Sortable by any column; its table and CSV are the same numbers.

import { OTHER_KEY } from '../../../core/aggregate/dashboard-series';
import { cellShare, matrixColumn, matrixData, type MatrixData, type MatrixRow } from './goods-partners-data';
import { formatShare, partnerLabel } from '../../../i18n/format';
import { metricCsv, METRIC_CSV_UNIT } from '../../../i18n/metric-format';
import type { Column } from '../../../components/ui/data-table';
import { GoodsPartnerMatrix } from './goods-partner-matrix';
import type { ChartPanelDefinition, PanelContext } from './panel-definition';

function table(data: MatrixData, ctx: PanelContext): { rows: MatrixRow[]; columns: Column<MatrixRow>[] } {
  const { m, lang, metric } = ctx;
  const column = matrixColumn(data, metric, lang);
  return {
    rows: data.rows,
    columns: [
      { header: m.goods.code, cell: (r) => ctx.goodsLabel(r.key).display },
      { header: m.goods.name, cell: (r) => ctx.goodsLabel(r.key).name },
      ...data.partners.map(
        (p, i): Column<MatrixRow> => ({
          header: `${partnerLabel(p, lang)}, ${column.unit}`,
          numeric: true,
          sortValue: (r) => r.cells[i],
          cell: (r) => column.cell(r.cells[i]) + (metric === 'price' || !Number.isFinite(cellShare(r, i, metric)) ? '' : ` (${formatShare(cellShare(r, i, metric), lang)})`),
        }),
      ),
      { header: `${m.goods.matrixRowTotal}, ${column.unit}`, numeric: true, sortValue: (r) => r.total, cell: (r) => column.cell(r.total) },
    ],
  };
}

export const goodsPartnersPanel: ChartPanelDefinition<MatrixData, MatrixRow> = {
  id: 'goods-partners',
  testId: 'panel-goods-partners',
  fileId: 'goods-partners',
  wide: true,
  title: ({ m, measureName }) => m.goods.matrixTitle(measureName),
  subtitle: (ctx) => [ctx.periodLabel, ctx.metric === 'price' ? ctx.m.metric.priceNote : ctx.m.goods.matrixShareNote, matrixColumn(matrixData(ctx.series.goodsByPartner), ctx.metric, ctx.lang).unit].join('; '),
  select: (series) => matrixData(series.goodsByPartner),
  table,
  csv: (data, ctx) => {
    const { m, metric, lang } = ctx;
    const unit = METRIC_CSV_UNIT[metric];
    return {
      header: [m.goods.code, m.goods.name, ...data.partners.map((p) => `${partnerLabel(p, lang)}, ${unit}`), `${m.goods.matrixRowTotal}, ${unit}`],
      rows: data.rows.map((r) => [ctx.goodsLabel(r.key).display, r.key === OTHER_KEY ? m.other : ctx.goodsLabel(r.key).name, ...r.cells.map((v) => metricCsv(v, metric)), metricCsv(r.total, metric)]),
    };
  },
  chart: (data, ctx) => <GoodsPartnerMatrix data={data} ctx={ctx} />,
};
