// One chart panel drawn from its definition (panel-definition.ts): the card with title and
// subtitle, the chart, its table, and the downloads (image with title, filters, legend, source
// and date; CSV) named after the panel. Also the key figures' block.

import { useMemo } from 'react';
import type { DashboardSeries } from '../../../core/aggregate/dashboard-series';
import { Panel } from '../../../components/ui/panel';
import { DataTable } from '../../../components/ui/data-table';
import type { ChartImageMeta } from '../../../components/charts/chart-image-layout';
import type { ChartPanelDefinition, FigureBlockDefinition, PanelContext } from './panel-definition';

interface Props {
  panel: ChartPanelDefinition;
  /** The series this panel draws (it may still be the previous dataset's, see useStaggeredSeries). */
  series: DashboardSeries;
  ctx: PanelContext;
  /** Alone in an iframe: no grid columns to span. */
  alone: boolean;
  /** Drawn into downloaded images under the title. */
  image: Pick<ChartImageMeta, 'filters' | 'source' | 'date'>;
}

export function ChartPanelView({ panel, series, ctx, alone, image }: Props) {
  const { lang, filter } = ctx;
  const data = useMemo(() => panel.select(series, lang), [panel, series, lang]);
  const title = panel.title(ctx);
  const subtitle = panel.subtitle(ctx);
  return (
    <Panel
      className={`min-w-0 ${panel.wide && !alone ? 'lg:col-span-2' : ''}`}
      testId={panel.testId}
      title={title}
      subtitle={subtitle}
      exports={{
        // A multi-reporter dataset's downloads name the reporter(s) in the file name too.
        fileName: `tradeshare-${panel.fileId}${filter.reporters ? `-${filter.allReporters ? 'all' : filter.reporters.join('+')}` : ''}-${filter.from}-${filter.to}`,
        // The subtitle says what the shares are of: an image carries it with the filters.
        image: { ...image, title, filters: `${image.filters} · ${subtitle}`, legend: panel.legend?.(data, ctx) },
        csv: () => panel.csv(data, ctx),
      }}
      actions={panel.actions?.(ctx)}
      chart={panel.chart(data, ctx)}
      table={<PanelTable panel={panel} data={data} ctx={ctx} caption={title} />}
    />
  );
}

/** Built only when the table is shown. */
function PanelTable({ panel, data, ctx, caption }: { panel: ChartPanelDefinition; data: unknown; ctx: PanelContext; caption: string }) {
  const { rows, columns } = panel.table(data, ctx);
  return <DataTable caption={caption} rows={rows} columns={columns} />;
}

export function FigureBlockView({ block, ctx }: { block: FigureBlockDefinition; ctx: PanelContext }) {
  return block.render(ctx);
}
