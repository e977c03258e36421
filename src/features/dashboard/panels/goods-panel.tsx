// The goods structure, at the level below the goods chosen (core/aggregate/goods-level.ts):
// ranked bars or a treemap; a click on a bar or tile shows what it is made of (the drill-down),
// the breadcrumb goes back up. Its table gives every row's value, net weight, price per kg and
// supplementary quantities whatever the chart's metric.

import { lazy, Suspense, useMemo } from 'react';
import { OTHER_KEY, type AmountDetail, type ShareSlice } from '../../../core/aggregate/dashboard-series';
import { sectionChapters, sectionChosen } from '../../../core/aggregate/goods-level';
import { SECTIONS } from '../../../core/model/commodities';
import { TOTAL_COMMODITY } from '../../../core/model/trade-record';
import { goodsColour } from '../../../components/charts/goods-colours';
import { RankedBars } from '../../../components/charts/lazy-charts';
import { SegmentedControl } from '../../../components/ui/segmented-control';
import type { Column } from '../../../components/ui/data-table';
import { formatDecimal, formatShare, formatUsd } from '../../../i18n/format';
import { formatMetricShare, formatPrice, metricColumn, METRIC_CSV_UNIT, metricCsv } from '../../../i18n/metric-format';
import { partnerLabel } from '../../../i18n/format';
import { GoodsBreadcrumb } from './goods-breadcrumb';
import type { ChartPanelDefinition, CsvTable, PanelContext } from './panel-definition';

// The treemap's layout library is loaded with it, on first use (never in the first-load bundle).
const GoodsTreemap = lazy(() => import('../../../components/charts/goods-treemap'));

export interface GoodsSlice extends ShareSlice {
  colour: string;
}

/** What the shares are of: the goods under the other filters (with the chosen partners, if any), or the goods chosen when drilled in. */
export function goodsBase({ m, lang, filter, goodsLabel }: PanelContext): string {
  const partners = filter.partners.map((p) => partnerLabel(p, lang)).join(', ');
  if (filter.goods.length > 0) {
    const of = m.goods.of[filter.measure];
    const section = sectionChosen(filter.goods);
    const chosen = section ? goodsLabel(section.roman).label : filter.goods.map((c) => goodsLabel(c).label).join(', ');
    return m.goods.ofSelection(partners ? m.goods.withPartners(of, partners) : of, chosen);
  }
  return m.bases.goods(m.bases.of[filter.measure], m.bases.ofWith[filter.measure], partners);
}

/** The goods a click on `key` drills into: a section's chapters, a code itself; none for «other», goods not specified and the bottom line already shown. */
export function drillTarget(key: string, chosen: readonly string[]): string[] | null {
  if (key === OTHER_KEY || key === TOTAL_COMMODITY) return null;
  const section = SECTIONS.find((s) => s.roman === key);
  if (section) return sectionChapters(section);
  if (chosen.length === 1 && chosen[0] === key) return null;
  return [key];
}

function quantityText(detail: AmountDetail | undefined, lang: PanelContext['lang']): string {
  return (detail?.quantity ?? []).map((q) => `${formatDecimal(q.value, lang, 2)} ${q.unit}`).join('; ');
}

function subtitle(ctx: PanelContext): string {
  const { m, metric, series } = ctx;
  const base = metric === 'price' ? m.metric.priceNote : goodsBase(ctx);
  const parts = [ctx.periodLabel, base, ctx.unit];
  const { valueUsd, unweighedUsd } = series.weightCoverage;
  if (metric !== 'value' && unweighedUsd > 0 && valueUsd > 0) parts.push(m.metric.unweighed(formatShare(unweighedUsd / valueUsd, ctx.lang), formatUsd(unweighedUsd, ctx.lang)));
  return parts.join('; ');
}

function goodsTable(rows: GoodsSlice[], ctx: PanelContext): { rows: GoodsSlice[]; columns: Column<GoodsSlice>[] } {
  const { m, lang, metric } = ctx;
  const usd = metricColumn(rows.map((r) => r.detail?.valueUsd ?? 0), 'value', lang);
  const tonnes = metricColumn([], 'weight', lang);
  const columns: Column<GoodsSlice>[] = [
    { header: m.goods.code, cell: (r) => ctx.goodsLabel(r.key).display },
    { header: m.goods.name, cell: (r) => (r.key === OTHER_KEY ? m.other : ctx.goodsLabel(r.key).name) },
    { header: `${m.metric.names.value}, ${usd.unit}`, numeric: true, sortValue: (r) => r.detail?.valueUsd ?? r.value, cell: (r) => usd.cell(r.detail?.valueUsd ?? r.value) },
    { header: m.goods.tonnes, numeric: true, sortValue: (r) => (r.detail ? r.detail.knownKg : null), cell: (r) => (r.detail ? tonnes.cell(r.detail.knownKg) : '—') },
    { header: m.goods.price, numeric: true, sortValue: (r) => (r.detail && r.detail.knownKg > 0 ? r.detail.weighedUsd / r.detail.knownKg : null), cell: (r) => (r.detail ? formatPrice(r.detail.knownKg > 0 ? r.detail.weighedUsd / r.detail.knownKg : NaN, lang).replace(/\s\S+$/, '') : '—') },
    { header: m.goods.quantity, cell: (r) => quantityText(r.detail, lang) },
  ];
  if (metric !== 'price') columns.push({ header: `${goodsBase(ctx)}, %`, numeric: true, sortValue: (r) => r.share, cell: (r) => formatMetricShare(r.share, lang) });
  return { rows, columns };
}

function goodsCsv(rows: GoodsSlice[], ctx: PanelContext): CsvTable {
  const { m, metric, lang } = ctx;
  const header = [m.goods.code, m.goods.name, `${m.metric.names.value}, USD`, `${m.metric.names.weight}, t`, `${m.metric.names.price}, USD/kg`, m.goods.quantity];
  if (metric !== 'price') header.push(`${m.metric.names[metric]}, ${METRIC_CSV_UNIT[metric]}: ${goodsBase(ctx)}`);
  return {
    header,
    rows: rows.map((r) => {
      const d = r.detail;
      const row: (string | number)[] = [
        ctx.goodsLabel(r.key).display,
        r.key === OTHER_KEY ? m.other : ctx.goodsLabel(r.key).name,
        d ? Math.round(d.valueUsd) : metricCsv(r.value, 'value'),
        d ? metricCsv(d.knownKg, 'weight') : '',
        d && d.knownKg > 0 ? metricCsv(d.weighedUsd / d.knownKg, 'price') : '',
        quantityText(d, lang),
      ];
      if (metric !== 'price') row.push(Number(r.share.toFixed(6)));
      return row;
    }),
  };
}

export const goodsPanel: ChartPanelDefinition<GoodsSlice[], GoodsSlice> = {
  id: 'goods',
  testId: 'panel-chapters',
  fileId: 'goods',
  wide: true,
  title: ({ m, measureName, series }) => m.goods.title(measureName, m.goods.levels[series.goodsLevel]),
  subtitle,
  select: (series) => series.goodsShares.map((s) => ({ ...s, colour: goodsColour(s.key) })),
  table: goodsTable,
  csv: goodsCsv,
  actions: ({ m, view, onChange, metric }) => (
    <div className="flex flex-wrap gap-2">
      {view.goods.length === 0 && (
        <SegmentedControl size="sm" label={m.goods.topLabel} value={view.goodsTop} options={[{ value: 'chapter', label: m.goods.topChapter }, { value: 'section', label: m.goods.topSection }]} onChange={(goodsTop) => onChange({ ...view, goodsTop })} />
      )}
      {metric !== 'price' && (
        <SegmentedControl size="sm" label={m.goods.chartLabel} value={view.goodsChart} options={[{ value: 'bars', label: m.goods.chartBars }, { value: 'treemap', label: m.goods.chartTreemap }]} onChange={(goodsChart) => onChange({ ...view, goodsChart })} />
      )}
    </div>
  ),
  chart: (rows, ctx) => <GoodsChart rows={rows} ctx={ctx} />,
};

/** The bars or tiles with their names; kept the same while the rows and names are (a chart is memoised on them). */
function GoodsChart({ rows, ctx }: { rows: GoodsSlice[]; ctx: PanelContext }) {
  const { lang, view, drillGoods, metric, goodsLabel, formatValue } = ctx;
  const chosen = view.goods;
  const onSelect = useMemo(
    () =>
      drillGoods
        ? (key: string) => {
            const target = drillTarget(key, chosen);
            if (target) drillGoods(target);
          }
        : undefined,
    [drillGoods, chosen],
  );
  const labelled = useMemo(
    () =>
      rows.map((r) => {
        const name = goodsLabel(r.key);
        return { ...r, label: name.label, title: name.title, code: name.display, short: name.short };
      }),
    [rows, goodsLabel],
  );
  const tiles = useMemo(() => labelled.filter((r) => r.value > 0).map((r) => ({ key: r.key, label: r.short || r.label, code: r.code, title: r.title, value: r.value, share: r.share, colour: r.colour })), [labelled]);
  return (
    <div className="space-y-2">
      <GoodsBreadcrumb ctx={ctx} />
      {view.goodsChart === 'treemap' && metric !== 'price' ? (
        <Suspense fallback={<div style={{ height: 360 }} />}>
          <GoodsTreemap tiles={tiles} lang={lang} formatValue={formatValue} onSelect={onSelect} />
        </Suspense>
      ) : (
        <RankedBars bars={labelled} lang={lang} formatValue={formatValue} onToggle={onSelect} />
      )}
    </div>
  );
}
