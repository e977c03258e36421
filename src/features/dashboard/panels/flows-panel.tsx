// Exports, imports and the balance over the whole history, by year (bars) or by month (lines)
// when the data has monthly rows; the selected period is shaded.

import { useMemo } from 'react';
import type { DashboardSeries } from '../../../core/aggregate/dashboard-series';
import { FlowsOverTimeChart } from '../../../components/charts/lazy-charts';
import type { FlowPoint } from '../../../components/charts/flows-over-time-chart';
import { SegmentedControl } from '../../../components/ui/segmented-control';
import { columnScale, formatInScale, formatMonth, moneyUnit } from '../../../i18n/format';
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
  subtitle: ({ m, periodLabel, unit }) => `${unit}; ${m.highlightedPeriod(periodLabel)}`,
  select: (series, lang) => ({
    byYear: series.byYear,
    byMonth: series.byMonth,
    yearPoints: series.byYear.map((p) => ({ ...p, label: String(p.year) })),
    monthPoints: series.byMonth.map((p) => ({ ...p, label: formatMonth(p.month, lang) })),
  }),
  table: (flows, ctx) => {
    const { lang, m } = ctx;
    const byMonth = monthly(flows, ctx);
    const rows = byMonth ? flows.monthPoints : flows.yearPoints;
    // Each column in millions, or in billions when its largest reaches 1 000 million (i18n/format.ts columnScale).
    const column = (name: string, field: 'exports' | 'imports' | 'balance') => {
      const scale = columnScale(rows.map((r) => r[field]));
      return { header: `${name}, ${moneyUnit(scale, lang)}`, numeric: true, cell: (r: FlowPoint) => formatInScale(r[field], scale, lang) };
    };
    return {
      rows,
      columns: [
        { header: byMonth ? m.month : m.year, cell: (r) => r.label },
        column(m.exportSeries, 'exports'),
        column(m.importSeries, 'imports'),
        column(m.balanceSeries, 'balance'),
      ],
    };
  },
  csv: (flows, ctx) => {
    const { m } = ctx;
    const byMonth = monthly(flows, ctx);
    const rows = byMonth ? flows.byMonth.map((p) => [p.month, p.exports, p.imports, p.balance]) : flows.byYear.map((p) => [p.year, p.exports, p.imports, p.balance]);
    return {
      header: [byMonth ? m.month : m.year, `${m.exportSeries}, USD`, `${m.importSeries}, USD`, `${m.balanceSeries}, USD`],
      rows: rows.map((r) => r.map((v, i) => (i === 0 ? v : Math.round(v as number)))),
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
  return <FlowsOverTimeChart points={byMonth ? flows.monthPoints : flows.yearPoints} asLines={byMonth} lang={lang} unit={ctx.unit} names={names} highlight={highlight} />;
}
