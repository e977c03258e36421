// Partner shares as a donut with a ranked legend. The legend rows are buttons:
// clicking a partner filters every other chart by it (cross-filtering). A row's accessible name is
// its visible text (partner, share, figure) and aria-pressed tells whether it filters. Figures are in the
// view's metric (USD or tonnes; unit values have no shares and are not drawn as a donut).

import { memo } from 'react';
import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { OTHER_KEY, type Metric } from '../../core/aggregate/dashboard-series';
import type { Language } from '../../state/view-state';
import { formatMillions, formatShare } from '../../i18n/format';
import { formatMetric, metricColumn } from '../../i18n/metric-format';

export interface DonutSlice {
  key: string;
  label: string;
  value: number;
  share: number;
  colour: string;
}

interface Props {
  slices: DonutSlice[];
  lang: Language;
  /** The figures' metric (absent: value in USD). */
  metric?: Exclude<Metric, 'price'>;
  centreCaption: string;
  selected: readonly string[];
  onToggle?: (key: string) => void;
  /** Opens a partner's profile (`profile=<code>`); absent where none can be computed (a snapshot). */
  onProfile?: (key: string) => void;
  /** The profile link's text («профиль») and its accessible name. */
  profileText?: string;
  profileLabel?: (name: string) => string;
}

export const PartnerShareDonut = memo(function PartnerShareDonut({ slices, lang, metric = 'value', centreCaption, selected, onToggle, onProfile, profileText, profileLabel }: Props) {
  const top = slices[0];
  // The legend's figure column, without its unit (the panel's subtitle states it): millions of USD, tonnes.
  const figure = metric === 'value' ? (v: number) => formatMillions(v, lang) : metricColumn([], metric, lang).cell;
  return (
    <div className="grid items-center gap-4 sm:grid-cols-[minmax(0,220px)_1fr]">
      <div className="relative h-56">
        <ResponsiveContainer width="100%" height="100%">
          <PieChart accessibilityLayer={false}>
            <Pie rootTabIndex={-1} data={slices} dataKey="value" nameKey="label" innerRadius="58%" outerRadius="95%" isAnimationActive={false} stroke="#fff" strokeWidth={1}>
              {slices.map((s) => (
                <Cell key={s.key} fill={s.colour} />
              ))}
            </Pie>
            <Tooltip formatter={(v, _n, item) => [`${formatMetric(Number(v), metric, lang)} (${formatShare((item.payload as DonutSlice).share, lang)})`, (item.payload as DonutSlice).label]} />
          </PieChart>
        </ResponsiveContainer>
        {top && (
          <div className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center text-center" data-testid="donut-centre">
            <span className="text-2xl font-semibold tabular-nums text-slate-900">{formatShare(top.share, lang)}</span>
            <span className="max-w-28 text-xs text-slate-600">{top.label}</span>
            <span className="sr-only">{centreCaption}</span>
          </div>
        )}
      </div>
      <div className={onProfile ? 'flex items-start gap-1' : undefined}>
        <ol className="min-w-0 flex-1 space-y-0.5 text-sm" data-testid="partner-share-list">
          {slices.map((s) => {
            const active = selected.includes(s.key);
            const row = (
              <>
                <span aria-hidden className="h-3 w-3 shrink-0 rounded-sm" style={{ background: s.colour }} />
                <span className="min-w-0 flex-1 truncate text-left">{s.label}</span>
                <span className="w-16 text-right font-medium tabular-nums">{formatShare(s.share, lang)}</span>
                <span className="hidden w-20 text-right tabular-nums text-slate-500 md:inline">{figure(s.value)}</span>
              </>
            );
            return (
              <li key={s.key} data-partner={s.key}>
                {onToggle && s.key !== OTHER_KEY ? (
                  <button
                    type="button"
                    aria-pressed={active}
                    onClick={() => onToggle(s.key)}
                    className={`flex w-full items-center gap-2 rounded px-1 py-0.5 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 ${active ? 'bg-blue-50 ring-1 ring-blue-300' : ''}`}
                  >
                    {row}
                  </button>
                ) : (
                  <div className="flex items-center gap-2 px-1 py-0.5">{row}</div>
                )}
              </li>
            );
          })}
        </ol>
        {/* Beside the legend, row for row, so the legend's rows (and their one button) stay as they were. */}
        {onProfile && (
          <ul className="shrink-0 space-y-0.5 text-xs" data-testid="partner-profile-links">
            {slices.map((s) => (
              <li key={s.key} className="flex h-6 items-center">
                {s.key !== OTHER_KEY && (
                  <button type="button" data-profile={s.key} aria-label={profileLabel?.(s.label)} onClick={() => onProfile(s.key)} className="rounded px-1 text-blue-800 underline decoration-dotted hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600">
                    {profileText}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
});
