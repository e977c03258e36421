// Exports, imports and the balance over the whole history, by year (bars), by quarter (bars) or
// by month (lines), as the view's step asks and the data allows: quarterly and annual rows are
// never spread over months, so a step finer than the data shows the finest it has and the
// subtitle says so. The selected period is shaded. In the view's metric: USD, tonnes, or USD
// per kg — unit values have no balance, so no balance series or column.

import { useMemo } from 'react';
import type { DashboardSeries } from '../../../core/aggregate/dashboard-series';
import { seriesSteps, stepAmong, timeOfSeries, type Step, type StepFlows } from '../../../core/aggregate/time-series';
import { FlowsOverTimeChart } from '../../../components/charts/lazy-charts';
import type { FlowPoint } from '../../../components/charts/flows-over-time-chart';
import { SegmentedControl } from '../../../components/ui/segmented-control';
import { columnScale, formatInScale, formatMonth, MESSAGES, moneyUnit } from '../../../i18n/format';
import { METRIC_CSV_UNIT, metricColumn, metricCsv } from '../../../i18n/metric-format';
import type { Messages } from '../../../i18n/messages-en';
import type { Language, TimeStep } from '../../../state/view-state';
import type { ChartPanelDefinition, PanelContext } from './panel-definition';

interface Flows {
  byYear: DashboardSeries['byYear'];
  byMonth: DashboardSeries['byMonth'];
  byQuarter: StepFlows[];
  /** The steps the data has, coarsest first. */
  steps: Step[];
  /** The chart's points with their axis labels: `2020`, `1 кв. 2020`, `май 2020`. */
  yearPoints: FlowPoint[];
  quarterPoints: FlowPoint[];
  monthPoints: FlowPoint[];
}

/** `2024-Q2` → `2 кв. 2024` / `Q2 2024`. */
export function quarterLabel(key: string, lang: Language): string {
  return MESSAGES[lang].time.quarter(Number(key.slice(6)), Number(key.slice(0, 4)));
}

/** The quarter key of a month key: `2024-05` → `2024-Q2`. */
export const quarterOfMonth = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/** The step drawn: the view's, or the finest the data has below it. */
const stepOf = (flows: Flows, { view }: PanelContext): Step => stepAmong(view.step, flows.steps);

/** The note when the link asks for a step finer than the data; '' otherwise. */
export function coarserNote(asked: Step, shown: Step, m: Messages): string {
  return asked === shown || asked === 'year' || shown === 'month' ? '' : m.time.coarser(asked, shown);
}

/** Column header of a step: year, quarter, month. */
export const stepColumn = (step: Step, m: Messages) => (step === 'year' ? m.year : step === 'quarter' ? m.time.quarterColumn : m.month);

/** The step control's options: only the steps the data has. */
export const stepOptions = (steps: readonly Step[], m: Messages) => steps.map((value) => ({ value, label: value === 'year' ? m.stepYear : value === 'quarter' ? m.time.stepQuarter : m.stepMonth }));

export const flowsPanel: ChartPanelDefinition<Flows, FlowPoint> = {
  id: 'flows',
  testId: 'panel-flows-over-time',
  fileId: 'flows',
  wide: true,
  title: ({ m, view, series }) => {
    const step = stepAmong(view.step, stepsOf(series));
    return step === 'year' ? m.flowsOverTimeTitle : m.time.flowsTitle[step];
  },
  subtitle: ({ m, view, series, periodLabel, unit, metric }) => {
    const note = coarserNote(view.step, stepAmong(view.step, stepsOf(series)), m);
    return `${note ? `${note}; ` : ''}${metric === 'value' ? unit : `${m.metric.names[metric]}, ${unit}`}; ${metric === 'price' ? `${m.metric.priceNote}; ` : ''}${m.highlightedPeriod(periodLabel)}`;
  },
  select: (series, lang) => {
    const byQuarter = timeOfSeries(series).byQuarter;
    return {
      byYear: series.byYear,
      byMonth: series.byMonth,
      byQuarter,
      steps: stepsOf(series),
      yearPoints: series.byYear.map((p) => ({ ...p, label: String(p.year) })),
      quarterPoints: byQuarter.map((p) => ({ exports: p.exports, imports: p.imports, balance: p.balance, label: quarterLabel(p.period, lang) })),
      monthPoints: series.byMonth.map((p) => ({ ...p, label: formatMonth(p.month, lang) })),
    };
  },
  table: (flows, ctx) => {
    const { lang, m, metric } = ctx;
    const step = stepOf(flows, ctx);
    const rows = pointsOf(flows, step);
    // Each column in millions, or in billions when its largest reaches 1 000 million (i18n/format.ts columnScale); tonnes; USD/kg.
    const column = (name: string, field: 'exports' | 'imports' | 'balance') => {
      if (metric === 'value') {
        const scale = columnScale(rows.map((r) => r[field]));
        return { header: `${name}, ${moneyUnit(scale, lang)}`, numeric: true, sortValue: (r: FlowPoint) => r[field], cell: (r: FlowPoint) => formatInScale(r[field], scale, lang) };
      }
      const figure = metricColumn([], metric, lang);
      return { header: `${name}, ${figure.unit}`, numeric: true, sortValue: (r: FlowPoint) => r[field], cell: (r: FlowPoint) => figure.cell(r[field]) };
    };
    return {
      rows,
      columns: [
        // Periods sort by time, not by their labels' letters.
        { header: stepColumn(step, m), sortValue: (r) => rows.indexOf(r), cell: (r) => r.label },
        column(m.exportSeries, 'exports'),
        column(m.importSeries, 'imports'),
        ...(metric === 'price' ? [] : [column(m.balanceSeries, 'balance')]),
      ],
    };
  },
  csv: (flows, ctx) => {
    const { m, metric } = ctx;
    const step = stepOf(flows, ctx);
    const fields = metric === 'price' ? (['exports', 'imports'] as const) : (['exports', 'imports', 'balance'] as const);
    const names = { exports: m.exportSeries, imports: m.importSeries, balance: m.balanceSeries };
    const points: { key: string | number; exports: number; imports: number; balance: number }[] =
      step === 'month' ? flows.byMonth.map((p) => ({ ...p, key: p.month })) : step === 'quarter' ? flows.byQuarter.map((p) => ({ ...p, key: p.period })) : flows.byYear.map((p) => ({ ...p, key: p.year }));
    // Whole dollars, tonnes with three decimals, USD/kg with four (i18n/metric-format.ts metricCsv).
    return {
      header: [stepColumn(step, m), ...fields.map((f) => `${names[f]}, ${METRIC_CSV_UNIT[metric]}`)],
      rows: points.map((p) => [p.key, ...fields.map((f) => metricCsv(p[f], metric))]),
    };
  },
  actions: ({ m, view, series, onChange }) => {
    const steps = stepsOf(series);
    // Data by year only: nothing to choose.
    return steps.length < 2 ? null : (
      <SegmentedControl<TimeStep> size="sm" label={m.flowsOverTimeTitle} value={stepAmong(view.step, steps)} options={stepOptions(steps, m)} onChange={(step) => onChange({ ...view, step })} />
    );
  },
  chart: (flows, ctx) => <FlowsChart flows={flows} ctx={ctx} />,
};

/** The steps of a series' flows: months only with their figures. */
function stepsOf(series: DashboardSeries): Step[] {
  return seriesSteps(timeOfSeries(series)).filter((s) => s !== 'month' || series.byMonth.length > 0);
}

const pointsOf = (flows: Flows, step: Step) => (step === 'month' ? flows.monthPoints : step === 'quarter' ? flows.quarterPoints : flows.yearPoints);

/** The labels of the selected period's first and last point at a step. */
export function highlightAt(step: Step, from: string, to: string, lang: Language): [string, string] {
  if (step === 'month') return [formatMonth(from, lang), formatMonth(to, lang)];
  if (step === 'quarter') return [quarterLabel(quarterOfMonth(from), lang), quarterLabel(quarterOfMonth(to), lang)];
  return [from.slice(0, 4), to.slice(0, 4)];
}

function FlowsChart({ flows, ctx }: { flows: Flows; ctx: PanelContext }) {
  const { lang, m, filter } = ctx;
  const step = stepOf(flows, ctx);
  // Props that keep their identity while nothing they show changes: the chart is memoised.
  const names = useMemo(() => ({ exports: m.exportSeries, imports: m.importSeries, balance: m.balanceSeries }), [m]);
  const highlight = useMemo(() => highlightAt(step, filter.from, filter.to, lang), [step, filter.from, filter.to, lang]);
  return <FlowsOverTimeChart points={pointsOf(flows, step)} asLines={step === 'month'} lang={lang} metric={ctx.metric} unit={ctx.unit} names={names} highlight={highlight} />;
}
