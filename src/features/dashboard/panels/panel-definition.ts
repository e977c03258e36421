// What a dashboard panel is (docs/architecture.md, «The panel registry»): one definition object
// per chart, in a file of its own under panels/, listed once in chart-panels.ts. The dashboard
// view lays the list out, embed mode picks one by its id, image export and the CSV downloads
// read each panel's title, file name, legend and columns from it.

import type { ReactNode } from 'react';
import type { DashboardSeries } from '../../../core/aggregate/dashboard-series';
import type { ViewFilter } from '../../../core/aggregate/view-filter';
import type { Metric } from '../../../core/aggregate/dashboard-series';
import type { Column } from '../../../components/ui/data-table';
import type { PanelExports } from '../../../components/ui/panel';
import type { ChartImageMeta } from '../../../components/charts/chart-image-layout';
import type { Messages } from '../../../i18n/messages-en';
import type { GoodsLabel } from '../../../i18n/goods-labels';
import type { ChartId, Language, ViewState } from '../../../state/view-state';

/** What every panel may read besides its own numbers; built once per render by the dashboard view. */
export interface PanelContext {
  lang: Language;
  m: Messages;
  /** Presentation options (step, share mode) and the chosen partners and chapters. */
  view: ViewState;
  /** The period and filters of the figures. */
  filter: ViewFilter;
  /** The newest series (a panel may still draw the previous dataset's for a frame: see useStaggeredSeries). */
  series: DashboardSeries;
  /** `m.measure[filter.measure]`, `formatMonthRange(filter)`, the metric's unit (`млн долл. США`, `т`, `долл. США/кг`). */
  measureName: string;
  periodLabel: string;
  unit: string;
  /** The metric of the figures (value, weight, unit value) and a figure of it with its unit. */
  metric: Metric;
  formatValue: (amount: number) => string;
  /** A goods key's name: `label` for axes and tiles (short), `title` whole (tooltips, tables, exports). */
  goodsLabel: (code: string) => GoodsLabel;
  onChange: (next: ViewState) => void;
  /** Cross-filtering from a chart; absent when the figures cannot be filtered (a snapshot). */
  togglePartner?: (code: string) => void;
  /** The goods chart's click: show what the goods are made of (`hs=` becomes `codes`). */
  drillGoods?: (codes: string[]) => void;
}

/** A chart's numbers as a CSV download: header and rows, as `displayedCsvBytes` writes them. */
export type CsvTable = ReturnType<PanelExports['csv']>;

/**
 * One chart panel. `Data` is what the selector makes of the series (names, colours, rows), `Row`
 * a row of its table. Every member that takes `Data` is a method, so the list can hold panels of
 * different data (method parameters are bivariant in TypeScript).
 */
export interface ChartPanelDefinition<Data = unknown, Row = unknown> {
  /** The `?embed=<id>` value (state/view-state.ts CHART_IDS); never renamed: links carry it. */
  id: ChartId;
  /** `data-testid` of the panel's section. */
  testId: string;
  /** Downloads are named `tradeshare-<fileId>-<from>-<to>` (+ `.png`, `.svg`, `.csv`, `-excel.csv`). */
  fileId: string;
  /** Spans both columns of the dashboard's grid. */
  wide: boolean;
  /** Heading of the panel, of its image and its table's caption. */
  title(ctx: PanelContext): string;
  subtitle(ctx: PanelContext): string;
  /**
   * The chart's numbers from the series, ready to draw (names in `lang`, colours). Memoised per
   * series and language only, so a chart whose series has not changed keeps its props (see
   * useStaggeredSeries).
   */
  select(series: DashboardSeries, lang: Language): Data;
  /** The «Table» view of the chart. */
  table(data: Data, ctx: PanelContext): { rows: Row[]; columns: Column<Row>[] };
  /** The CSV download: whole dollars, shares as fractions. */
  csv(data: Data, ctx: PanelContext): CsvTable;
  /** Legend drawn into the image; absent = the chart's own HTML legend is read. */
  legend?(data: Data, ctx: PanelContext): ChartImageMeta['legend'];
  /** Controls in the panel's header (step, share mode). */
  actions?(ctx: PanelContext): ReactNode;
  /** The chart itself. */
  chart(data: Data, ctx: PanelContext): ReactNode;
}

/** A block of figures above the charts, drawn at once with the page (the key figures). */
export interface FigureBlockDefinition {
  id: ChartId;
  render(ctx: PanelContext): ReactNode;
}
