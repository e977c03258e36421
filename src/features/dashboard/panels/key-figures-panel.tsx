// Turnover, exports, imports and balance for the period, each against the same months a year
// earlier (Jan–May vs Jan–May, never a whole year vs part of one). Not a chart: a block above
// them, drawn with the page at once; `?embed=kpi` shows it alone.

import type { DashboardSeries, FlowTotals } from '../../../core/aggregate/dashboard-series';
import { flowChange, KEY_FIGURES } from '../../../core/aggregate/flow-change';
import type { ViewFilter } from '../../../core/aggregate/view-filter';
import { useI18n } from '../../../i18n/i18n-context';
import { formatChange, formatPeriodLabels, formatShare, formatUsd, moneyParts } from '../../../i18n/format';
import type { FigureBlockDefinition } from './panel-definition';

export const keyFiguresBlock: FigureBlockDefinition = {
  id: 'kpi',
  render: ({ series, filter }) => <KpiCards series={series} effective={filter} />,
};

/** The whole each key figure is a share of. */
const WHOLE_OF = { turnover: 'turnover', exports: 'export', imports: 'import', balance: 'turnover' } as const;

export function KpiCards({ series, effective }: { series: DashboardSeries; effective: ViewFilter }) {
  const { lang, m } = useI18n();
  const prevLabel = formatPeriodLabels(effective, lang).previous;
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="kpis">
      {KEY_FIGURES.map(([key, field]) => {
        // `1,41 млрд долл. США` from 1 000 million, `721,8 млн долл. США` below.
        const amount = moneyParts(series.current[field], lang);
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
              <Change current={series.current} previous={series.previous} field={field} label={prevLabel} />
            </dd>
            {series.whole && field !== 'balance' && (
              // Under a partner or goods filter: what share of the whole the figure is.
              <dd className="mt-0.5 text-xs text-slate-600" data-testid={`kpi-${key}-share`}>
                {m.bases.kpiShare(formatShare(series.whole[field] > 0 ? series.current[field] / series.whole[field] : 0, lang), m.bases.of[WHOLE_OF[field]])}
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}

function Change({ current, previous, field, label }: { current: FlowTotals; previous: FlowTotals | null; field: keyof FlowTotals; label: string }) {
  const { lang, m } = useI18n();
  if (!previous) return <span>{m.noComparison}</span>;
  // A percentage only where it means something (core/aggregate/flow-change.ts); else the difference.
  const { ratio, difference } = flowChange(current, previous, field);
  if (ratio === null) {
    return (
      <span>
        {formatUsd(difference, lang, true)} {m.changeVs(label)}
      </span>
    );
  }
  return (
    <span>
      <span className={`font-medium ${ratio >= 0 ? 'text-emerald-700' : 'text-red-700'}`}>{formatChange(ratio, lang)}</span> {m.changeVs(label)}
    </span>
  );
}
