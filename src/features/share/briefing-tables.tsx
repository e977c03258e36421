// The briefing's tables: the key figures with the same months a year earlier, and a share
// table (partners or HS chapters) with its total. Numbers come from briefing-figures.ts, in
// the series' metric: USD, tonnes, USD per kg — unit values with no balance row, no share
// column and no total (prices do not add up).

import type { ReactNode } from 'react';
import { OTHER_KEY, type DashboardSeries, type Metric, type ShareSlice } from '../../core/aggregate/dashboard-series';
import { useI18n } from '../../i18n/i18n-context';
import { formatShare } from '../../i18n/format';
import { metricColumn } from '../../i18n/metric-format';
import { KEY_FIGURES } from '../../core/aggregate/flow-change';
import { growth, keyFigureFields, keyFiguresColumn, metricDifference } from './briefing-figures';
import { BRIEFING_TEXT as TEXT } from './briefing-strings';

const thClass = 'border-b border-slate-400 px-1.5 py-1 font-semibold text-slate-700';
const numClass = 'px-1.5 py-0.5 text-right tabular-nums whitespace-nowrap';

export function KeyFigures({ series, periodLabel, previousLabel }: { series: DashboardSeries; periodLabel: string; previousLabel: string }) {
  const { lang, m } = useI18n();
  const t = TEXT[lang];
  const { current, previous } = series;
  const column = keyFiguresColumn(series, lang);
  return (
    <table className="w-full border-collapse" data-testid="briefing-figures">
      <thead>
        <tr>
          <th scope="col" className={`${thClass} text-left`}>
            {t.indicator}
          </th>
          <th scope="col" className={`${thClass} text-right`}>
            {periodLabel}
          </th>
          {previous && (
            <>
              <th scope="col" className={`${thClass} text-right`}>
                {previousLabel}
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                {t.change}
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                {t.growth}
              </th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {keyFigureFields(KEY_FIGURES, series.metric ?? 'value').map(([key, field]) => (
          <tr key={key} className="odd:bg-slate-100">
            <th scope="row" className="px-1.5 py-0.5 text-left font-normal">
              {m.kpi[key]}
            </th>
            <td className={`${numClass} font-semibold`}>{column.cell(current[field])}</td>
            {previous && (
              <>
                <td className={numClass}>{column.cell(previous[field])}</td>
                <td className={numClass}>{metricDifference(series, field, column, lang)}</td>
                <td className={numClass}>{growth(current, previous, field, lang)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ShareTable({ title, nameHeader, slices, name, metric = 'value', note }: { title: string; nameHeader: string; slices: ShareSlice[]; name: (key: string) => ReactNode; metric?: Metric; note?: string }) {
  const { lang, m } = useI18n();
  const t = TEXT[lang];
  // Unit values have no shares and no total: a price per row only.
  const adds = metric !== 'price';
  const total = slices.reduce((s, x) => s + x.value, 0);
  const column = metricColumn(adds ? [total, ...slices.map((s) => s.value)] : [], metric, lang);
  return (
    <section>
      <h2 className="mb-1 text-sm font-semibold">{title}</h2>
      {slices.length === 0 ? (
        <p className="text-slate-600">{t.noData}</p>
      ) : (
        <table className="w-full border-collapse text-[12px]">
          <thead>
            <tr>
              <th scope="col" className={`${thClass} text-left`}>
                {nameHeader}
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                {metric === 'value' ? column.unit : `${m.metric.names[metric]}, ${column.unit}`}
              </th>
              {adds && (
                <th scope="col" className={`${thClass} text-right`}>
                  {t.share}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {slices.map((s) => (
              <tr key={s.key} className="odd:bg-slate-100">
                <th scope="row" className={`px-1.5 py-0.5 text-left font-normal ${s.key === OTHER_KEY ? 'italic text-slate-700' : ''}`}>
                  {name(s.key)}
                </th>
                <td className={numClass}>{column.cell(s.value)}</td>
                {adds && <td className={numClass}>{formatShare(s.share, lang)}</td>}
              </tr>
            ))}
          </tbody>
          {adds && (
            <tfoot>
              <tr className="border-t border-slate-400 font-semibold">
                <th scope="row" className="px-1.5 py-0.5 text-left">
                  {t.total}
                </th>
                <td className={numClass}>{column.cell(total)}</td>
                <td className={numClass}>{formatShare(1, lang)}</td>
              </tr>
            </tfoot>
          )}
        </table>
      )}
      {note && <p className="mt-1 text-[11px] text-slate-600">{note}</p>}
    </section>
  );
}
