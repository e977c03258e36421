// Turnover, exports, imports and balance for the period, each against the same months a year
// earlier (Jan–May vs Jan–May, never a whole year vs part of one). Not a chart: a block above
// them, drawn with the page at once; `?embed=kpi` shows it alone.
//
// Figures are in the view's metric (series.metric): USD, tonnes (kept in kg) or USD per kg. A
// unit value has no balance and no share of a whole (they do not add up): its balance card says
// «—» and no share line is written. The change stays a percentage where one means something,
// else a difference in the metric's unit.

import type { DashboardSeries, FlowTotals, Metric } from '../../../core/aggregate/dashboard-series';
import { flowChange, KEY_FIGURES } from '../../../core/aggregate/flow-change';
import type { ViewFilter } from '../../../core/aggregate/view-filter';
import type { Language } from '../../../core/model/language';
import { useI18n } from '../../../i18n/i18n-context';
import { formatChange, formatPeriodLabels, formatShare, formatUsd, MESSAGES, moneyParts } from '../../../i18n/format';
import { formatMetric, formatPrice, formatTonnes, NO_FIGURE } from '../../../i18n/metric-format';
import type { FigureBlockDefinition } from './panel-definition';

export const keyFiguresBlock: FigureBlockDefinition = {
  id: 'kpi',
  render: ({ series, filter }) => <KpiCards series={series} effective={filter} />,
};

/** The whole each key figure is a share of. */
const WHOLE_OF = { turnover: 'turnover', exports: 'export', imports: 'import', balance: 'turnover' } as const;

/**
 * A figure of the metric as number and unit apart (the card writes them in two sizes):
 * `1,41` + `млрд долл. США`, `12,35` + `тыс. т`, `1,84` + `долл. США/кг`; a dash where there is none.
 */
export function metricParts(amount: number, metric: Metric, lang: Language): { value: string; unit: string } {
  const mm = MESSAGES[lang].metric;
  if (metric === 'value') return moneyParts(amount, lang);
  if (!Number.isFinite(amount)) return { value: NO_FIGURE, unit: mm.units[metric] };
  if (metric === 'weight') {
    const text = formatTonnes(amount, lang);
    // The scale's unit (`млн т`, `тыс. т`, `т`): the longest that ends the text.
    const unit = [mm.millionTonnes, mm.thousandTonnes, mm.tonnes].find((u) => text.endsWith(` ${u}`)) ?? mm.tonnes;
    return { value: text.slice(0, text.length - unit.length - 1), unit };
  }
  const text = formatPrice(amount, lang);
  const value = text.endsWith(` ${mm.perKg}`) ? text.slice(0, text.length - mm.perKg.length - 1) : text;
  return { value, unit: mm.units.price };
}

export function KpiCards({ series, effective }: { series: DashboardSeries; effective: ViewFilter }) {
  const { lang, m } = useI18n();
  const metric = series.metric ?? 'value';
  const labels = formatPeriodLabels(effective, lang);
  const prevLabel = labels.previousTo;
  // With a base chosen, a missing base names itself; the default keeps its familiar words.
  const noBase = effective.base ? m.noBase(labels.previous) : m.noComparison;
  const { valueUsd, unweighedUsd } = series.weightCoverage ?? { valueUsd: 0, unweighedUsd: 0 };
  return (
    <div className="space-y-1">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="kpis">
        {KEY_FIGURES.map(([key, field]) => {
          // Unit values have no balance: a dash, never a difference of prices.
          const none = metric === 'price' && field === 'balance';
          // `1,41 млрд долл. США` from 1 000 million, `721,8 млн долл. США` below; tonnes and USD/kg likewise.
          const amount = none ? { value: NO_FIGURE, unit: m.metric.units.price } : metricParts(series.current[field], metric, lang);
          const whole = series.whole;
          return (
            <div key={key} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid={`kpi-${key}`}>
              <dt className="text-sm text-slate-600">{m.kpi[key]}</dt>
              <dd>
                <span className="text-2xl font-semibold tabular-nums text-slate-900" data-testid={`kpi-${key}-value`}>
                  {amount.value}
                </span>{' '}
                <span className="text-sm text-slate-600" data-testid={`kpi-${key}-unit`}>
                  {amount.unit}
                </span>
              </dd>
              <dd className="mt-1 text-xs text-slate-600">
                {none ? <span>{m.metric.priceNote}</span> : <Change current={series.current} previous={series.previous} field={field} label={prevLabel} metric={metric} noBase={noBase} />}
              </dd>
              {whole && field !== 'balance' && metric !== 'price' && (
                // Under a partner or goods filter: what share of the whole the figure is (of the whole's tonnes for weights).
                <dd className="mt-0.5 text-xs text-slate-600" data-testid={`kpi-${key}-share`}>
                  {m.bases.kpiShare(formatShare(whole[field] > 0 ? series.current[field] / whole[field] : 0, lang), m.bases.of[WHOLE_OF[field]])}
                </dd>
              )}
            </div>
          );
        })}
      </dl>
      {metric !== 'value' && unweighedUsd > 0 && valueUsd > 0 && (
        // Tonnes and prices leave out rows without a weight: say how much of the value that is.
        <p className="text-xs text-slate-600" data-testid="weight-coverage">
          {m.metric.unweighed(formatShare(unweighedUsd / valueUsd, lang), formatUsd(unweighedUsd, lang))}
        </p>
      )}
    </div>
  );
}

function Change({ current, previous, field, label, metric, noBase }: { current: FlowTotals; previous: FlowTotals | null; field: keyof FlowTotals; label: string; metric: Metric; noBase: string }) {
  const { lang, m } = useI18n();
  if (!previous) return <span>{noBase}</span>;
  // A percentage only where it means something (core/aggregate/flow-change.ts); else the difference.
  const { ratio, difference } = flowChange(current, previous, field);
  // A unit value with no weighed row in either period: nothing to compare.
  if (!Number.isFinite(difference)) return <span>{noBase}</span>;
  if (ratio === null || !Number.isFinite(ratio)) {
    return (
      <span>
        {formatMetric(difference, metric, lang, true)} {m.changeVs(label)}
      </span>
    );
  }
  return (
    <span>
      <span className={`font-medium ${ratio >= 0 ? 'text-emerald-700' : 'text-red-700'}`}>{formatChange(ratio, lang)}</span> {m.changeVs(label)}
    </span>
  );
}
