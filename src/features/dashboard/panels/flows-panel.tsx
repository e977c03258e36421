// Exports, imports and the balance over the whole history, by year (bars) or by month (lines)
// when the data has monthly rows; the selected period is shaded. In the view's metric: USD,
// tonnes, or USD per kg — unit values have no balance, so no balance series or column.

import { useMemo } from 'react';
import type { DashboardSeries } from '../../../core/aggregate/dashboard-series';
import { FlowsOverTimeChart } from '../../../components/charts/lazy-charts';
import type { FlowPoint } from '../../../components/charts/flows-over-time-chart';
import { SegmentedControl } from '../../../components/ui/segmented-control';
import { columnScale, formatInScale, formatMonth, moneyUnit } from '../../../i18n/format';
import { METRIC_CSV_UNIT, metricColumn, metricCsv } from '../../../i18n/metric-format';
import type { TimeStep } from '../../../state/view-state';
import type { ChartPanelDefinition, PanelContext } from './panel-definition';

interface Flows {
  byYear: DashboardSeries['byYear'];
  byMonth: DashboardSeries['byMonth'];
  /** The chart's points with their axis labels: `2020`, `май 2020`. */
  yearPoints: FlowPoint[];
  monthPoints: FlowPoint[];
}

/** By month when asked and the data has monthly rows. */
const monthly = (flows: Flows, { view }: PanelContext) => view.step === 'month' && flows.monthPoints.length > 0;

export const flowsPanel: ChartPanelDefinition<Flows, FlowPoint> = {
  id: 'flows',
  testId: 'panel-flows-over-time',
  fileId: 'flows',
  wide: true,
  title: ({ m }) => m.flowsOverTimeTitle,
  subtitle: ({ m, periodLabel, unit, metric }) => `${metric === 'value' ? unit : `${m.metric.names[metric]}, ${unit}`}; ${metric === 'price' ? `${m.metric.priceNote}; ` : ''}${m.highlightedPeriod(periodLabel)}`,
  select: (series, lang) => ({
    byYear: series.byYear,
    byMonth: series.byMonth,
    yearPoints: series.byYear.map((p) => ({ ...p, label: String(p.year) })),
    monthPoints: series.byMonth.map((p) => ({ ...p, label: formatMonth(p.month, lang) })),
  }),
  table: (flows, ctx) => {
    const { lang, m, metric } = ctx;
    const byMonth = monthly(flows, ctx);
    const rows = byMonth ? flows.monthPoints : flows.yearPoints;
    // Each column in millions, or in billions when its largest reaches 1 000 million (i18n/format.ts columnScale); tonnes; USD/kg.
    const column = (name: string, field: 'exports' | 'imports' | 'balance') => {
      if (metric === 'value') {
        const scale = columnScale(rows.map((r) => r[field]));
        return { header: `${name}, ${moneyUnit(scale, lang)}`, numeric: true, cell: (r: FlowPoint) => formatInScale(r[field], scale, lang) };
      }
      const figure = metricColumn([], metric, lang);
      return { header: `${name}, ${figure.unit}`, numeric: true, cell: (r: FlowPoint) => figure.cell(r[field]) };
    };
    return {
      rows,
      columns: [
        { header: byMonth ? m.month : m.year, cell: (r) => r.label },
        column(m.exportSeries, 'exports'),
        column(m.importSeries, 'imports'),
        ...(metric === 'price' ? [] : [column(m.balanceSeries, 'balance')]),
      ],
    };
  },
  csv: (flows, ctx) => {
    const { m, metric } = ctx;
    const byMonth = monthly(flows, ctx);
    const fields = metric === 'price' ? (['exports', 'imports'] as const) : (['exports', 'imports', 'balance'] as const);
    const names = { exports: m.exportSeries, imports: m.importSeries, balance: m.balanceSeries };
    const points: { key: string | number; exports: number; imports: number; balance: number }[] = byMonth ? flows.byMonth.map((p) => ({ ...p, key: p.month })) : flows.byYear.map((p) => ({ ...p, key: p.year }));
    // Whole dollars, tonnes with three decimals, USD/kg with four (i18n/metric-format.ts metricCsv).
    return {
      header: [byMonth ? m.month : m.year, ...fields.map((f) => `${names[f]}, ${METRIC_CSV_UNIT[metric]}`)],
      rows: points.map((p) => [p.key, ...fields.map((f) => metricCsv(p[f], metric))]),
    };
  },
  actions: ({ m, view, series, onChange }) => (
    <SegmentedControl<TimeStep>
      size="sm"
      label={m.flowsOverTimeTitle}
      value={view.step}
      options={[{ value: 'year', label: m.stepYear }, ...(series.byMonth.length > 0 ? [{ value: 'month' as const, label: m.stepMonth }] : [])]}
      onChange={(step) => onChange({ ...view, step })}
    />
  ),
  chart: (flows, ctx) => <FlowsChart flows={flows} ctx={ctx} />,
};

function FlowsChart({ flows, ctx }: { flows: Flows; ctx: PanelContext }) {
  const { lang, m, filter } = ctx;
  const byMonth = monthly(flows, ctx);
  // Props that keep their identity while nothing they show changes: the chart is memoised.
  const names = useMemo(() => ({ exports: m.exportSeries, imports: m.importSeries, balance: m.balanceSeries }), [m]);
  const highlight = useMemo(
    (): [string, string] => (byMonth ? [formatMonth(filter.from, lang), formatMonth(filter.to, lang)] : [filter.from.slice(0, 4), filter.to.slice(0, 4)]),
    [byMonth, filter.from, filter.to, lang],
  );
  return <FlowsOverTimeChart points={byMonth ? flows.monthPoints : flows.yearPoints} asLines={byMonth} lang={lang} metric={ctx.metric} unit={ctx.unit} names={names} highlight={highlight} />;
}
