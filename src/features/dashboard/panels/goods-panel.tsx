// The goods structure: HS chapters of the period as ranked bars; a bar filters the dashboard
// by that chapter (cross-filtering).

import { RankedBars, type RankedBar } from '../../../components/charts/ranked-bars';
import { chapterColour } from '../../../components/charts/partner-colours';
import { chapterLabel, partnerLabel } from '../../../i18n/format';
import type { ChartPanelDefinition, PanelContext } from './panel-definition';
import { shareCsv, shareTable } from './share-table';

/** What the shares are of: every chapter of the trade under the other filters — with the chosen partners, if any. */
function goodsBase({ m, lang, filter }: PanelContext): string {
  return m.bases.goods(m.bases.of[filter.measure], m.bases.ofWith[filter.measure], filter.partners.map((p) => partnerLabel(p, lang)).join(', '));
}

export const goodsPanel: ChartPanelDefinition<RankedBar[], RankedBar> = {
  id: 'goods',
  testId: 'panel-chapters',
  fileId: 'goods',
  wide: true,
  title: ({ m, measureName }) => m.chaptersTitle(measureName),
  subtitle: (ctx) => `${ctx.periodLabel}; ${goodsBase(ctx)}; ${ctx.unit}`,
  select: (series, lang) => series.chapterShares.map((c, i) => ({ ...c, label: chapterLabel(c.key, lang), colour: chapterColour(i, c.key) })),
  table: (bars, ctx) => shareTable(bars, ctx.m.chapter, ctx, goodsBase(ctx)),
  csv: (bars, ctx) => shareCsv(bars, ctx.m.chapter, ctx, goodsBase(ctx)),
  chart: (bars, { lang, toggleChapter }) => <RankedBars bars={bars} lang={lang} onToggle={toggleChapter} />,
};
