// Partner shares of the period as a donut with a ranked legend; a legend row filters the
// dashboard by that partner (cross-filtering). Figures in the view's metric (USD or tonnes);
// unit values have no shares, so under metric=price the partners' prices are ranked bars.

import { useCallback, useLayoutEffect, useRef } from 'react';
import { PartnerShareDonut, RankedBars } from '../../../components/charts/lazy-charts';
import type { DonutSlice } from '../../../components/charts/partner-share-donut';
import { partnerColour } from '../../../components/charts/partner-colours';
import type { Metric } from '../../../core/aggregate/dashboard-series';
import { chapterLabel, formatShare, partnerLabel } from '../../../i18n/format';
import { formatMetric } from '../../../i18n/metric-format';
import type { Language } from '../../../state/view-state';
import type { ChartPanelDefinition, PanelContext } from './panel-definition';
import { shareCsv, shareTable } from './share-table';

/** What the shares are of: every partner, under the other filters (the share rule, docs/architecture.md). */
function partnerBase({ m, lang, filter }: PanelContext): string {
  return m.bases.partners(m.bases.of[filter.measure], filter.goods.map((c) => chapterLabel(c, lang)).join(', '));
}

/** One formatter per metric and language, so the memoised bars keep their props from render to render. */
const formatters = new Map<string, (v: number) => string>();
function metricFormatter(metric: Metric, lang: Language): (v: number) => string {
  const key = `${metric}:${lang}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = (v: number) => formatMetric(v, metric, lang)));
  return f;
}

export const partnerSharesPanel: ChartPanelDefinition<DonutSlice[], DonutSlice> = {
  id: 'partners',
  testId: 'panel-partner-shares',
  fileId: 'partners',
  wide: false,
  // Prices are no shares: the title says what the bars are.
  title: ({ m, measureName, metric }) => (metric === 'price' ? `${m.metric.names.price}: ${measureName.toLowerCase()}` : m.partnerSharesTitle(measureName)),
  subtitle: (ctx) => (ctx.metric === 'price' ? `${ctx.periodLabel}; ${ctx.m.metric.priceNote}; ${ctx.unit}` : `${ctx.periodLabel}; ${partnerBase(ctx)}, %; ${ctx.unit}`),
  select: (series, lang) => series.partnerShares.map((s) => ({ ...s, label: partnerLabel(s.key, lang), colour: partnerColour(s.key) })),
  table: (slices, ctx) => shareTable(slices, ctx.m.partner, ctx, partnerBase(ctx)),
  csv: (slices, ctx) => shareCsv(slices, ctx.m.partner, ctx, partnerBase(ctx)),
  legend: (slices, { lang, metric }) => slices.map((r) => ({ label: r.label, colour: r.colour, value: metric === 'price' ? formatMetric(r.value, metric, lang) : formatShare(r.share, lang) })),
  chart: (slices, ctx) =>
    // A donut of prices would add up what does not add up: prices are ranked instead.
    ctx.metric === 'price' ? (
      <RankedBars bars={slices} lang={ctx.lang} formatValue={metricFormatter(ctx.metric, ctx.lang)} onToggle={ctx.togglePartner} />
    ) : (
      <SharesDonut slices={slices} ctx={ctx} />
    ),
};

/**
 * The donut with its legend's «профиль» links: a link opens the partner's profile
 * (`profile=<code>`) on the live page; a snapshot (no cross-filtering) and an embed have none.
 * The opener keeps its identity from render to render, so the memoised donut is not redrawn.
 */
function SharesDonut({ slices, ctx }: { slices: DonutSlice[]; ctx: PanelContext }) {
  const { lang, m, view, measureName, togglePartner, metric, onChange } = ctx;
  const latest = useRef({ view, onChange });
  useLayoutEffect(() => {
    latest.current = { view, onChange };
  });
  const openProfile = useCallback((code: string) => latest.current.onChange({ ...latest.current.view, profile: code }), []);
  const profiles = togglePartner !== undefined && view.embed === null;
  return (
    <PartnerShareDonut
      slices={slices}
      lang={lang}
      metric={metric === 'price' ? 'value' : metric}
      centreCaption={measureName}
      selected={view.partners}
      onToggle={togglePartner}
      onProfile={profiles ? openProfile : undefined}
      profileText={m.profile.link}
      profileLabel={m.profile.linkLabel}
    />
  );
}
