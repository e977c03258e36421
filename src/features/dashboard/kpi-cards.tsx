// Turnover, exports, imports and balance for the period, each against the same
// months a year earlier (Jan–May vs Jan–May, never a whole year vs part of one).

import type { DashboardSeries, FlowTotals } from '../../core/aggregate/dashboard-series';
import { parseMonthKey, monthKey } from '../../core/model/period';
import { useI18n } from '../../i18n/i18n-context';
import { formatChange, formatMillions, formatMonthRange } from '../../i18n/format';
import type { SeriesView } from '../../lib/series-query';

const KEYS = [
  ['turnover', 'turnoverUsd'],
  ['export', 'exportUsd'],
  ['import', 'importUsd'],
  ['balance', 'balanceUsd'],
] as const;

export function KpiCards({ series, effective }: { series: DashboardSeries; effective: SeriesView }) {
  const { lang, m } = useI18n();
  const prevFrom = monthKey(parseMonthKey(effective.from)! - 12);
  const prevTo = monthKey(parseMonthKey(effective.to)! - 12);
  const prevLabel = formatMonthRange(prevFrom, prevTo, lang);
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="kpis">
      {KEYS.map(([key, field]) => (
        <div key={key} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid={`kpi-${key}`}>
          <dt className="text-sm text-slate-600">{m.kpi[key]}</dt>
          <dd>
            <span className="text-2xl font-semibold tabular-nums text-slate-900" data-testid={`kpi-${key}-value`}>
              {formatMillions(series.current[field], lang)}
            </span>{' '}
            <span className="text-sm text-slate-600">{m.unitMillionUsd}</span>
          </dd>
          <dd className="mt-1 text-xs text-slate-600">
            <Change current={series.current} previous={series.previous} field={field} label={prevLabel} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Change({ current, previous, field, label }: { current: FlowTotals; previous: FlowTotals | null; field: keyof FlowTotals; label: string }) {
  const { lang, m } = useI18n();
  if (!previous) return <span>{m.noComparison}</span>;
  const before = previous[field];
  // A balance can change sign: a percentage of it means nothing, show the difference.
  if (field === 'balanceUsd' || before <= 0) {
    const diff = current[field] - before;
    return (
      <span>
        {diff >= 0 ? '+' : '\u2212'}
        {formatMillions(Math.abs(diff), lang)} {m.unitMillionUsd} {m.changeVs(label)}
      </span>
    );
  }
  const ratio = current[field] / before - 1;
  return (
    <span>
      <span className={`font-medium ${ratio >= 0 ? 'text-emerald-700' : 'text-red-700'}`}>{formatChange(ratio, lang)}</span> {m.changeVs(label)}
    </span>
  );
}
