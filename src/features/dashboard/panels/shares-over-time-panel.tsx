// Partner shares over the whole history by the view's step — year, quarter or month, as far as
// the data has it (a step finer than the data shows the finest it has, and the subtitle says
// so) — as 100 % stacks or values (USD or tonnes); the selected period is shaded. Unit values
// (USD per kg) have no shares and do not stack: each period is a group of the partners' prices,
// and the share-mode toggle is hidden.

import { useMemo } from 'react';
import { seriesSteps, stepAmong, timeOfSeries, type Step, type StepShares } from '../../../core/aggregate/time-series';
import type { DashboardSeries } from '../../../core/aggregate/dashboard-series';
import { ShareOverTimeChart } from '../../../components/charts/lazy-charts';
import type { StackKey, StackRow } from '../../../components/charts/share-over-time-chart';
import { partnerColour } from '../../../components/charts/partner-colours';
import { SegmentedControl } from '../../../components/ui/segmented-control';
import { formatMillions, formatMonth, formatShare, partnerLabel } from '../../../i18n/format';
import { METRIC_CSV_UNIT, metricColumn, metricCsv } from '../../../i18n/metric-format';
import type { Messages } from '../../../i18n/messages-en';
import type { Language, ShareMode } from '../../../state/view-state';
import { coarserNote, highlightAt, quarterLabel, stepColumn } from './flows-panel';
import type { ChartPanelDefinition, PanelContext } from './panel-definition';

/** A period's row: its label, its key (`year` for years, `period` for quarters and months), total and one field per partner key. */
type PeriodRow = StackRow & { year?: number; period?: string };

interface ShareStack {
  keys: StackKey[];
  /** By year (as before the steps), by quarter, by month. */
  rows: PeriodRow[];
  quarterRows: PeriodRow[];
  monthRows: PeriodRow[];
  /** The steps the data has, coarsest first. */
  steps: Step[];
}

/** A partner's price in a period it did not trade is no price (the series says 0): none, never 0 USD/kg. */
const priceOf = (v: number | string | undefined) => (typeof v === 'number' && v > 0 ? v : NaN);
const figure = (r: PeriodRow, key: string) => (typeof r[key] === 'number' ? (r[key] as number) : 0);

/** Shares only where the figures add up (value, weight) and the user asked for them. */
const showsShares = ({ view, metric }: PanelContext) => metric !== 'price' && view.shareMode === 'share';

/** The steps of a series' partner figures: quarters and months only with their figures. */
function stepsOf(series: DashboardSeries): Step[] {
  const time = timeOfSeries(series);
  return seriesSteps(time).filter((s) => (s === 'quarter' ? time.partnersByQuarter.length > 0 : s === 'month' ? time.partnersByMonth.length > 0 : true));
}

const shownStep = ({ view, series }: PanelContext) => stepAmong(view.step, stepsOf(series));
const rowsAt = (stack: ShareStack, step: Step) => (step === 'month' ? stack.monthRows : step === 'quarter' ? stack.quarterRows : stack.rows);
const stepName = (step: Step, m: Messages) => (step === 'year' ? m.stepYear : step === 'quarter' ? m.time.stepQuarter : m.stepMonth);

function periodRows(list: StepShares[], label: (period: string) => string): PeriodRow[] {
  return list.map((r) => ({ ...r.values, label: label(r.period), period: r.period, total: r.total }));
}

export const sharesOverTimePanel: ChartPanelDefinition<ShareStack, PeriodRow> = {
  id: 'shares',
  testId: 'panel-shares-over-time',
  fileId: 'partners-by-year',
  wide: false,
  title: (ctx) => {
    const { m, metric } = ctx;
    const step = shownStep(ctx);
    if (metric === 'price') return `${m.metric.names.price}: ${stepName(step, m).toLowerCase()}`;
    return step === 'year' ? m.partnerSharesOverTimeTitle : m.time.sharesTitle[step];
  },
  subtitle: (ctx) => {
    const { m, filter, metric, measureName, periodLabel, unit, view } = ctx;
    const step = shownStep(ctx);
    const note = coarserNote(view.step, step, m);
    const lead = note ? `${note}; ` : '';
    if (metric === 'price') return `${lead}${measureName}, ${unit}; ${m.metric.priceNote}; ${m.highlightedPeriod(periodLabel)}`;
    // Shares of tonnes are said to be so: the same words as shares of value otherwise.
    const sharesOf = metric === 'weight' ? ` (${m.metric.names.weight.toLowerCase()})` : '';
    const of = m.bases.of[filter.measure];
    const per = step === 'year' ? m.bases.perYear(of) : m.time.sharesPer[step](of);
    return `${lead}${showsShares(ctx) ? `${per}${sharesOf}, %` : `${measureName}, ${unit}`}; ${m.highlightedPeriod(periodLabel)}`;
  },
  select: (series, lang: Language) => {
    const time = timeOfSeries(series);
    return {
      keys: series.partnerKeys.map((k) => ({ key: k, label: partnerLabel(k, lang), colour: partnerColour(k) })),
      rows: series.partnerSharesByYear.map((r) => ({ ...r.values, label: String(r.year), year: r.year, total: r.total })),
      quarterRows: periodRows(time.partnersByQuarter, (p) => quarterLabel(p, lang)),
      monthRows: periodRows(time.partnersByMonth, (p) => formatMonth(p, lang)),
      steps: stepsOf(series),
    };
  },
  table: (stack, ctx) => {
    const { lang, m, metric } = ctx;
    const step = shownStep(ctx);
    const shares = showsShares(ctx);
    // Tonnes and prices without their unit: the subtitle states it (as millions of USD).
    const format = metric === 'value' ? (v: number) => formatMillions(v, lang) : metricColumn([], metric, lang).cell;
    const cell = (r: PeriodRow, key: string) => (shares ? formatShare(figure(r, key) / r.total, lang) : format(metric === 'price' ? priceOf(r[key]) : figure(r, key)));
    const value = (r: PeriodRow, key: string) => (shares ? figure(r, key) / r.total : metric === 'price' ? priceOf(r[key]) : figure(r, key));
    const rows = rowsAt(stack, step);
    // Periods sort by time, not by their labels' letters.
    const position = new Map(rows.map((r, i) => [r, i]));
    return {
      rows,
      columns: [{ header: stepColumn(step, m), sortValue: (r: PeriodRow) => position.get(r) ?? null, cell: (r: PeriodRow) => r.label }, ...stack.keys.map((k) => ({ header: k.label, numeric: true, sortValue: (r: PeriodRow) => value(r, k.key), cell: (r: PeriodRow) => cell(r, k.key) }))],
    };
  },
  csv: (stack, ctx) => {
    const { m, metric } = ctx;
    const step = shownStep(ctx);
    const { keys } = stack;
    const rows = rowsAt(stack, step);
    // Years as numbers (as before); quarters and months by their keys (`2024-Q1`, `2024-01`).
    const key = (r: PeriodRow) => (step === 'year' ? (r.year ?? r.label) : (r.period ?? r.label));
    const header = stepColumn(step, m);
    // Whole dollars under the partners' names (as before); tonnes and prices say their unit.
    if (metric === 'value') return { header: [header, ...keys.map((k) => k.label)], rows: rows.map((r) => [key(r), ...keys.map((k) => Math.round(figure(r, k.key)))]) };
    const unit = METRIC_CSV_UNIT[metric];
    const amount = (r: PeriodRow, k: string) => (metric === 'price' ? priceOf(r[k]) : figure(r, k));
    return { header: [header, ...keys.map((k) => `${k.label}, ${unit}`)], rows: rows.map((r) => [key(r), ...keys.map((k) => metricCsv(amount(r, k.key), metric))]) };
  },
  // The step is the flows panel's control (one `step` for both charts); the title says it.
  actions: ({ m, view, onChange, metric }) =>
    // Prices are never shares: no toggle.
    metric === 'price' ? null : (
      <SegmentedControl<ShareMode>
        size="sm"
        label={m.partnerSharesOverTimeTitle}
        value={view.shareMode}
        options={[
          { value: 'share', label: m.shareModeShare },
          { value: 'absolute', label: metric === 'value' ? m.shareModeAbsolute : m.metric.names[metric] },
        ]}
        onChange={(shareMode) => onChange({ ...view, shareMode })}
      />
    ),
  chart: (stack, ctx) => <SharesChart stack={stack} ctx={ctx} />,
};

function SharesChart({ stack, ctx }: { stack: ShareStack; ctx: PanelContext }) {
  const { filter, lang } = ctx;
  const step = stepAmong(ctx.view.step, stack.steps);
  // The same array while the period and step stay, so the memoised chart is skipped when nothing changed.
  const highlight = useMemo(() => highlightAt(step, filter.from, filter.to, lang), [step, filter.from, filter.to, lang]);
  return <ShareOverTimeChart rows={rowsAt(stack, step)} keys={stack.keys} mode={ctx.view.shareMode} lang={lang} metric={ctx.metric} unit={ctx.unit} highlight={highlight} />;
}
