// Contributions to the change (issue 13): a waterfall from the base total to the current total,
// each of the top partners (or goods rows at the goods chart's level) and «прочие» a step; the
// steps add up exactly to the change (core/aggregate/change-decomposition.ts contributions).
// A step filters like the partner or goods charts. Below it, the change of value split into
// volume and price.

import { lazy, Suspense, useMemo } from 'react';
import { OTHER_KEY } from '../../../core/aggregate/dashboard-series';
import { contributions, type Contribution } from '../../../core/aggregate/change-decomposition';
import { formatMonthRange, formatUsd, partnerLabel } from '../../../i18n/format';
import { formatMetric, metricColumn, metricCsv, METRIC_CSV_UNIT } from '../../../i18n/metric-format';
import { SegmentedControl } from '../../../components/ui/segmented-control';
import type { WaterfallStep } from '../../../components/charts/waterfall-chart';
import type { Column } from '../../../components/ui/data-table';
import { comparedLabel } from './movers-panel';
import type { ChartPanelDefinition, PanelContext } from './panel-definition';

const WaterfallChart = lazy(() => import('../../../components/charts/waterfall-chart'));

/** Steps of their own; the rest is one «прочие» step. */
const STEPS = 8;

export interface ContributionsData {
  covered: boolean;
  partners: Contribution[];
  goods: Contribution[];
  baseTotal: number;
  currentTotal: number;
}

function select(series: PanelContext['series']): ContributionsData {
  const c = series.comparison;
  const sum = (list: [string, number][]) => list.reduce((a, [, v]) => a + v, 0);
  return {
    covered: c.covered,
    partners: contributions(new Map(c.partners.now), new Map(c.partners.then), STEPS, OTHER_KEY),
    goods: contributions(new Map(c.goods.now), new Map(c.goods.then), STEPS, OTHER_KEY),
    baseTotal: sum(c.partners.then),
    currentTotal: sum(c.partners.now),
  };
}

const nameOf = (key: string, by: 'partners' | 'goods', ctx: PanelContext) => (key === OTHER_KEY ? ctx.m.change.other : by === 'partners' ? partnerLabel(key, ctx.lang) : ctx.goodsLabel(key).label);

function table(data: ContributionsData, ctx: PanelContext): { rows: Contribution[]; columns: Column<Contribution>[] } {
  const by = ctx.view.steps;
  const rows = data[by];
  const metric = ctx.series.comparison.amountMetric;
  const figure = metricColumn(rows.flatMap((r) => [r.current, r.base]), metric, ctx.lang);
  const { m } = ctx;
  return {
    rows,
    columns: [
      { header: m.change.name, cell: (r) => nameOf(r.key, by, ctx) },
      { header: `${m.change.then}, ${figure.unit}`, numeric: true, sortValue: (r) => r.base, cell: (r) => figure.cell(r.base) },
      { header: `${m.change.now}, ${figure.unit}`, numeric: true, sortValue: (r) => r.current, cell: (r) => figure.cell(r.current) },
      { header: `${m.change.change}, ${figure.unit}`, numeric: true, sortValue: (r) => r.change, cell: (r) => (r.change > 0 ? '+' : '') + figure.cell(r.change) },
    ],
  };
}

export const contributionsPanel: ChartPanelDefinition<ContributionsData, Contribution> = {
  id: 'contributions',
  testId: 'panel-contributions',
  fileId: 'contributions',
  wide: false,
  title: ({ m, measureName }) => m.change.contributionsTitle(measureName),
  subtitle: (ctx) => [comparedLabel(ctx), ctx.m.change.stepsSum, ctx.metric === 'price' ? ctx.m.metric.names.value : ctx.unit].join('; '),
  select,
  table,
  csv: (data, ctx) => {
    const by = ctx.view.steps;
    const metric = ctx.series.comparison.amountMetric;
    const unit = METRIC_CSV_UNIT[metric];
    const { m } = ctx;
    return {
      header: [m.change.kind, 'code', m.change.name, `${m.change.then}, ${unit}`, `${m.change.now}, ${unit}`, `${m.change.change}, ${unit}`],
      rows: data[by].map((r) => [by, r.key, nameOf(r.key, by, ctx), metricCsv(r.base, metric), metricCsv(r.current, metric), metricCsv(r.change, metric)]),
    };
  },
  actions: ({ m, view, onChange }) => (
    <SegmentedControl size="sm" label={m.change.stepsLabel} value={view.steps} options={[{ value: 'partners', label: m.change.partners }, { value: 'goods', label: m.change.goods }]} onChange={(steps) => onChange({ ...view, steps })} />
  ),
  chart: (data, ctx) => <ContributionsChart data={data} ctx={ctx} />,
};

function ContributionsChart({ data, ctx }: { data: ContributionsData; ctx: PanelContext }) {
  const { m, lang, view, togglePartner, drillGoods } = ctx;
  const by = view.steps;
  const c = ctx.series.comparison;
  const metric = c.amountMetric;
  const list = data[by];
  const steps = useMemo((): WaterfallStep[] => {
    const base = list.reduce((a, r) => a + r.base, 0);
    const current = list.reduce((a, r) => a + r.current, 0);
    return [
      { key: 'base', label: formatMonthRange(c.from, c.to, lang), value: base, total: true },
      ...list.map((r) => ({ key: r.key, label: nameOf(r.key, by, ctx), value: r.change })),
      { key: 'current', label: ctx.periodLabel, value: current, total: true },
    ];
    // ctx changes every render; what the steps read from it is the language, the period and the names.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [list, by, lang, c.from, c.to, ctx.periodLabel, ctx.goodsLabel]);
  const formatValue = useMemo(() => (v: number, signed = false) => formatMetric(v, metric, lang, signed), [metric, lang]);
  const formatTick = useMemo(() => {
    const column = metricColumn(steps.map((s) => s.value), metric, lang);
    return (v: number) => column.cell(v);
  }, [steps, metric, lang]);
  const onSelect = useMemo(() => {
    if (by === 'partners') return togglePartner;
    return drillGoods ? (key: string) => drillGoods([key]) : undefined;
  }, [by, togglePartner, drillGoods]);
  if (!data.covered) return <p className="text-sm text-slate-600">{m.noBase(formatMonthRange(c.from, c.to, lang))}</p>;
  const pv = c.priceVolume;
  return (
    <div className="space-y-2">
      <Suspense fallback={<div style={{ height: 320 }} />}>
        <WaterfallChart steps={steps} formatValue={formatValue} formatTick={formatTick} onSelect={onSelect} />
      </Suspense>
      <p className="text-xs text-slate-700" data-testid="price-volume">
        {m.change.priceVolume(formatUsd(pv.changeUsd, lang, true), formatUsd(pv.volumeUsd, lang, true), formatUsd(pv.priceUsd, lang, true), formatUsd(pv.unexplainedUsd, lang, true))}
      </p>
    </div>
  );
}
