// A world map of partners (issue 14): each country coloured by its share of the measure (a
// sequential blue scale), small ones as dots sized by value; hover or focus tells the figure,
// share and change against the base, a click filters like the other charts. Its table lists
// every partner. The map and its geometry (world-atlas, d3-geo) are a lazy chunk: only the
// types of map-geometry.ts are imported here.

import { lazy, Suspense } from 'react';
import type { DashboardSeries, Metric } from '../../../core/aggregate/dashboard-series';
import { chapterLabel, formatChange, partnerLabel } from '../../../i18n/format';
import { formatMetricShare, METRIC_CSV_UNIT, metricColumn, metricCsv } from '../../../i18n/metric-format';
import type { Column } from '../../../components/ui/data-table';
import type { MapPartner } from '../../../components/charts/map-geometry';
import type { Language } from '../../../state/view-state';
import { comparedLabel } from './movers-panel';
import type { ChartPanelDefinition, PanelContext } from './panel-definition';

const PartnerMap = lazy(() => import('../../../components/charts/partner-map'));

export interface PartnerMapData {
  /** Every partner, largest first; those with a figure only in the base last. */
  partners: MapPartner[];
  /** The metric of the figures: value under unit values (shares of prices mean nothing). */
  metric: Metric;
  /** Whether the data covers the comparison base (else no change is known). */
  covered: boolean;
}

function select(series: DashboardSeries, lang: Language): PartnerMapData {
  const c = series.comparison;
  if (c.covered) {
    const now = new Map(c.partners.now);
    const then = new Map(c.partners.then);
    const total = [...now.values()].reduce((a, v) => a + (v > 0 ? v : 0), 0);
    const keys = [...new Set([...now.keys(), ...then.keys()])];
    const partners = keys.map((key): MapPartner => {
      const value = now.get(key) ?? 0;
      const base = then.get(key) ?? 0;
      return { key, label: partnerLabel(key, lang), value, share: total > 0 ? value / total : NaN, base, change: base > 0 ? value / base - 1 : null };
    });
    partners.sort((a, b) => b.value - a.value || (b.base ?? 0) - (a.base ?? 0) || (a.key < b.key ? -1 : 1));
    return { partners, metric: c.amountMetric, covered: true };
  }
  // Without a base: the partner shares' top partners and «other».
  return {
    partners: series.partnerShares.map((s) => ({ key: s.key, label: partnerLabel(s.key, lang), value: s.value, share: s.share, base: null, change: null })),
    metric: series.metric,
    covered: false,
  };
}

/** What the shares are of: every partner, under the other filters (the share rule). */
function partnerBase({ m, lang, filter }: PanelContext): string {
  return m.bases.partners(m.bases.of[filter.measure], filter.goods.map((c) => chapterLabel(c, lang)).join(', '));
}

function table(data: PartnerMapData, ctx: PanelContext): { rows: MapPartner[]; columns: Column<MapPartner>[] } {
  const { m, lang } = ctx;
  const figure = metricColumn(data.partners.flatMap((r) => [r.value, r.base ?? 0]), data.metric, lang);
  const columns: Column<MapPartner>[] = [
    { header: m.partner, cell: (r) => r.label },
    { header: `${m.metric.names[data.metric]}, ${figure.unit}`, numeric: true, sortValue: (r) => r.value, cell: (r) => figure.cell(r.value) },
    { header: `${partnerBase(ctx)}, %`, numeric: true, sortValue: (r) => r.share, cell: (r) => formatMetricShare(r.share, lang) },
  ];
  if (data.covered)
    columns.push(
      { header: `${m.change.then}, ${figure.unit}`, numeric: true, sortValue: (r) => r.base ?? 0, cell: (r) => figure.cell(r.base ?? 0) },
      { header: m.change.growth, numeric: true, sortValue: (r) => r.change, cell: (r) => (r.change === null ? (r.value > 0 ? m.map.newPartner : '—') : formatChange(r.change, lang)) },
    );
  return { rows: data.partners, columns };
}

export const partnerMapPanel: ChartPanelDefinition<PartnerMapData, MapPartner> = {
  id: 'map',
  testId: 'panel-map',
  fileId: 'map',
  wide: true,
  title: ({ m, measureName }) => m.map.title(measureName),
  subtitle: (ctx) => {
    const unit = ctx.metric === 'price' ? ctx.m.metric.names.value : ctx.unit;
    const parts = [ctx.periodLabel, ctx.m.map.colour(partnerBase(ctx)), unit];
    if (ctx.series.comparison.covered) parts.push(ctx.m.map.changeVs(comparedLabel(ctx)));
    return parts.join('; ');
  },
  select,
  table,
  csv: (data, ctx) => {
    const { m } = ctx;
    const unit = METRIC_CSV_UNIT[data.metric];
    const header = ['code', m.partner, `${m.metric.names[data.metric]}, ${unit}`, partnerBase(ctx)];
    if (!data.covered) return { header, rows: data.partners.map((r) => [r.key, r.label, metricCsv(r.value, data.metric), Number.isFinite(r.share) ? Number(r.share.toFixed(6)) : '']) };
    return {
      header: [...header, `${m.change.then}, ${unit}`, m.map.changeRatio],
      rows: data.partners.map((r) => [
        r.key,
        r.label,
        metricCsv(r.value, data.metric),
        Number.isFinite(r.share) ? Number(r.share.toFixed(6)) : '',
        metricCsv(r.base ?? 0, data.metric),
        r.change === null ? '' : Number(r.change.toFixed(6)),
      ]),
    };
  },
  // The map draws its legend inside its own <svg>: the image carries it as drawn.
  legend: () => [],
  chart: (data, { lang, m, view, togglePartner }) => (
    <Suspense fallback={<div style={{ minHeight: 240 }} data-testid="partner-map-loading" />}>
      <PartnerMap partners={data.partners} metric={data.metric} covered={data.covered} lang={lang} messages={m.map} selected={view.partners} onToggle={togglePartner} />
    </Suspense>
  ),
};

