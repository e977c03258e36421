// Partner shares of the period as a donut with a ranked legend; a legend row filters the
// dashboard by that partner (cross-filtering).

import { PartnerShareDonut } from '../../../components/charts/lazy-charts';
import type { DonutSlice } from '../../../components/charts/partner-share-donut';
import { partnerColour } from '../../../components/charts/partner-colours';
import { chapterLabel, formatShare, partnerLabel } from '../../../i18n/format';
import type { ChartPanelDefinition, PanelContext } from './panel-definition';
import { shareCsv, shareTable } from './share-table';

/** What the shares are of: every partner, under the other filters (the share rule, docs/architecture.md). */
function partnerBase({ m, lang, filter }: PanelContext): string {
  return m.bases.partners(m.bases.of[filter.measure], filter.goods.map((c) => chapterLabel(c, lang)).join(', '));
}

export const partnerSharesPanel: ChartPanelDefinition<DonutSlice[], DonutSlice> = {
  id: 'partners',
  testId: 'panel-partner-shares',
  fileId: 'partners',
  wide: false,
  title: ({ m, measureName }) => m.partnerSharesTitle(measureName),
  subtitle: (ctx) => `${ctx.periodLabel}; ${partnerBase(ctx)}, %; ${ctx.unit}`,
  select: (series, lang) => series.partnerShares.map((s) => ({ ...s, label: partnerLabel(s.key, lang), colour: partnerColour(s.key) })),
  table: (slices, ctx) => shareTable(slices, ctx.m.partner, ctx, partnerBase(ctx)),
  csv: (slices, ctx) => shareCsv(slices, ctx.m.partner, ctx, partnerBase(ctx)),
  legend: (slices, { lang }) => slices.map((r) => ({ label: r.label, colour: r.colour, value: formatShare(r.share, lang) })),
  chart: (slices, { lang, m, view, measureName, togglePartner }) => (
    <PartnerShareDonut slices={slices} lang={lang} centreCaption={measureName} selected={view.partners} toggleLabel={m.removeFilter} onToggle={togglePartner} />
  ),
};
