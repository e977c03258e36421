// Partner shares by year over the whole history, as 100 % stacks or values (USD or tonnes);
// the selected period's years are shaded. Unit values (USD per kg) have no shares and do not
// stack: each year is a group of the partners' prices, and the share-mode toggle is hidden.

import { useMemo } from 'react';
import { ShareOverTimeChart } from '../../../components/charts/lazy-charts';
import type { StackKey } from '../../../components/charts/share-over-time-chart';
import { partnerColour } from '../../../components/charts/partner-colours';
import { SegmentedControl } from '../../../components/ui/segmented-control';
import { formatMillions, formatShare, partnerLabel } from '../../../i18n/format';
import { METRIC_CSV_UNIT, metricColumn, metricCsv } from '../../../i18n/metric-format';
import type { ShareMode } from '../../../state/view-state';
import type { ChartPanelDefinition, PanelContext } from './panel-definition';

type YearRow = { year: number; total: number } & Record<string, number>;

interface ShareStack {
  keys: StackKey[];
  rows: YearRow[];
}

/** A partner's price in a year it did not trade is no price (the series says 0): none, never 0 USD/kg. */
const priceOf = (v: number | undefined) => (v !== undefined && v > 0 ? v : NaN);

/** Shares only where the figures add up (value, weight) and the user asked for them. */
const showsShares = ({ view, metric }: PanelContext) => metric !== 'price' && view.shareMode === 'share';

export const sharesOverTimePanel: ChartPanelDefinition<ShareStack, YearRow> = {
  id: 'shares',
  testId: 'panel-shares-over-time',
  fileId: 'partners-by-year',
  wide: false,
  title: ({ m, metric }) => (metric === 'price' ? `${m.metric.names.price}: ${m.stepYear.toLowerCase()}` : m.partnerSharesOverTimeTitle),
  subtitle: (ctx) => {
    const { m, filter, metric, measureName, periodLabel, unit } = ctx;
    if (metric === 'price') return `${measureName}, ${unit}; ${m.metric.priceNote}; ${m.highlightedPeriod(periodLabel)}`;
    // Shares of tonnes are said to be so: the same words as shares of value otherwise.
    const sharesOf = metric === 'weight' ? ` (${m.metric.names.weight.toLowerCase()})` : '';
    return `${showsShares(ctx) ? `${m.bases.perYear(m.bases.of[filter.measure])}${sharesOf}, %` : `${measureName}, ${unit}`}; ${m.highlightedPeriod(periodLabel)}`;
  },
  select: (series, lang) => ({
    keys: series.partnerKeys.map((k) => ({ key: k, label: partnerLabel(k, lang), colour: partnerColour(k) })),
    rows: series.partnerSharesByYear.map((r) => ({ ...r.values, year: r.year, total: r.total }) as YearRow),
  }),
  table: ({ keys, rows }, ctx) => {
    const { lang, m, metric } = ctx;
    const shares = showsShares(ctx);
    // Tonnes and prices without their unit: the subtitle states it (as millions of USD).
    const figure = metric === 'value' ? (v: number) => formatMillions(v, lang) : metricColumn([], metric, lang).cell;
    const cell = (r: YearRow, key: string) => (shares ? formatShare((r[key] ?? 0) / r.total, lang) : figure(metric === 'price' ? priceOf(r[key]) : (r[key] ?? 0)));
    return {
      rows,
      columns: [{ header: m.year, cell: (r: YearRow) => String(r.year) }, ...keys.map((k) => ({ header: k.label, numeric: true, cell: (r: YearRow) => cell(r, k.key) }))],
    };
  },
  csv: ({ keys, rows }, { m, metric }) => {
    // Whole dollars under the partners' names (as before); tonnes and prices say their unit.
    if (metric === 'value') return { header: [m.year, ...keys.map((k) => k.label)], rows: rows.map((r) => [r.year, ...keys.map((k) => Math.round(r[k.key] ?? 0))]) };
    const unit = METRIC_CSV_UNIT[metric];
    const amount = (v: number | undefined) => (metric === 'price' ? priceOf(v) : (v ?? 0));
    return { header: [m.year, ...keys.map((k) => `${k.label}, ${unit}`)], rows: rows.map((r) => [r.year, ...keys.map((k) => metricCsv(amount(r[k.key]), metric))]) };
  },
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
  const [fromYear, toYear] = [+ctx.filter.from.slice(0, 4), +ctx.filter.to.slice(0, 4)];
  // The same array while the years stay, so the memoised chart is skipped when nothing changed.
  const highlight = useMemo((): [number, number] => [fromYear, toYear], [fromYear, toYear]);
  return <ShareOverTimeChart rows={stack.rows} keys={stack.keys} mode={ctx.view.shareMode} lang={ctx.lang} metric={ctx.metric} unit={ctx.unit} highlight={highlight} />;
}
