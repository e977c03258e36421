// A partner's profile (`profile=CN`, issue 14): its share of the reporter's trade (the view's
// flow measure) over time by the view's step, exports and imports with it, its goods at the goods
// chart's level, and its rank among partners — computed from the loaded table
// (core/aggregate/partner-profile.ts through lib/partner-profile-query.ts), so only on the live
// page: a snapshot link has no table to compute from. The charts load in lazy chunks.

import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { PartnerProfile as Profile } from '../../core/aggregate/partner-profile';
import type { ViewFilter } from '../../core/aggregate/view-filter';
import { stepsWithin, type Step } from '../../core/aggregate/time-series';
import { ProfileShareChart } from '../../components/charts/lazy-profile-chart';
import { FlowsOverTimeChart } from '../../components/charts/lazy-charts';
import { partnerColour } from '../../components/charts/partner-colours';
import { SegmentedControl } from '../../components/ui/segmented-control';
import { useI18n } from '../../i18n/i18n-context';
import { formatMonth, formatMonthRange, formatShare, partnerLabel } from '../../i18n/format';
import { formatMetric, formatMetricShare, NO_FIGURE } from '../../i18n/metric-format';
import { goodsLabelOf } from '../../i18n/goods-labels';
import { useGoodsNames } from '../../lib/nomenclature-loader';
import { usePartnerProfile } from '../../lib/partner-profile-query';
import type { LoadedTable } from '../../worker/worker-protocol';
import type { Language, ViewState } from '../../state/view-state';
import { highlightAt, quarterLabel, stepColumn, stepOptions } from './panels/flows-panel';

/** Goods rows shown; the rest are counted. */
const GOODS_SHOWN = 12;

interface Props {
  view: ViewState;
  /** The view's filter settled against the data (series-query.ts effectiveSeriesView). */
  effective: ViewFilter;
  loaded: LoadedTable;
  onChange: (next: ViewState) => void;
}

const periodLabel = (period: string, step: Step, lang: Language) => (step === 'year' ? period : step === 'quarter' ? quarterLabel(period, lang) : formatMonth(period, lang));

export function PartnerProfile({ view, effective, loaded, onChange }: Props) {
  const { lang, m } = useI18n();
  const partner = view.profile;
  const { data: profile } = usePartnerProfile(view.dataset, loaded, effective, partner, view.step);
  if (partner === null || !profile) return null;
  return <ProfileSection profile={profile} view={view} effective={effective} onChange={onChange} lang={lang} m={m} />;
}

function ProfileSection({ profile, view, effective, onChange, lang, m }: { profile: Profile; view: ViewState; effective: ViewFilter; onChange: (next: ViewState) => void; lang: Language; m: ReturnType<typeof useI18n>['m'] }) {
  const name = partnerLabel(profile.partner, lang);
  const metric = profile.metric;
  const step = profile.step;
  const period = formatMonthRange(effective.from, effective.to, lang);
  const unit = metric === 'value' ? m.unitMillionUsd : m.metric.units[metric];
  const goodsKeys = useMemo(() => profile.goods.slice(0, GOODS_SHOWN).map((g) => g.key), [profile.goods]);
  const { nameOf } = useGoodsNames(goodsKeys);
  const goodsLabel = useCallback((code: string) => goodsLabelOf(code, lang, m, nameOf), [lang, m, nameOf]);
  const asPrice = metric === 'price';
  const points = useMemo(() => profile.shares.map((s) => ({ label: periodLabel(s.period, step, lang), value: asPrice ? (Number.isFinite(s.value) ? s.value : null) : s.share })), [profile.shares, step, lang, asPrice]);
  const flowPoints = useMemo(() => profile.flows.map((f) => ({ label: periodLabel(f.period, step, lang), exports: f.exports, imports: f.imports, balance: f.balance })), [profile.flows, step, lang]);
  const highlight = useMemo(() => highlightAt(step, effective.from, effective.to, lang), [step, effective.from, effective.to, lang]);
  const names = useMemo(() => ({ exports: m.exportSeries, imports: m.importSeries, balance: m.balanceSeries }), [m]);
  const shareTitle = asPrice ? `${m.metric.names.price}: ${m.measure[effective.measure].toLowerCase()}` : m.profile.shareOf[effective.measure];
  const close = () => onChange({ ...view, profile: null });
  const steps = stepsWithin(profile.finest);
  const p = profile.period;
  // Opened from the partner table far below: bring the profile into view (once per partner).
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    section.current?.scrollIntoView?.({ block: 'nearest' });
  }, [profile.partner]);

  return (
    <section ref={section} className="rounded-lg border border-blue-200 bg-white p-4 shadow-sm" data-testid="partner-profile" data-partner={profile.partner} aria-labelledby="partner-profile-title">
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id="partner-profile-title" className="text-lg font-semibold text-slate-900">
            {m.profile.title(name)}
          </h2>
          <p className="text-sm text-slate-600" data-testid="profile-rank">
            {p.rank === null ? m.profile.noTrade(period) : m.profile.rank(p.rank, p.partners, period)}
            {p.rank !== null && !asPrice && <> · {m.bases.kpiShare(formatShare(p.share, lang), m.bases.of[effective.measure])}</>}
            {p.rank !== null && (
              <>
                {' '}
                · {m.exportSeries}: {formatMetric(p.exports, metric, lang)} · {m.importSeries}: {formatMetric(p.imports, metric, lang)}
              </>
            )}
          </p>
        </div>
        <div className="flex items-center gap-2">
          {steps.length > 1 && <SegmentedControl<Step> size="sm" label={stepColumn(step, m)} value={step} options={stepOptions(steps, m)} onChange={(next) => onChange({ ...view, step: next })} />}
          <button type="button" onClick={close} aria-label={m.profile.closeLabel(name)} className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600" data-testid="profile-close">
            ✕ {m.profile.close}
          </button>
        </div>
      </div>

      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0">
          <h3 className="text-sm font-semibold text-slate-800">
            {shareTitle}: {name}
          </h3>
          <p className="mb-1 text-xs text-slate-500">{asPrice ? `${m.metric.priceNote}; ${unit}` : `${m.profile.shareNote(m.bases.of[effective.measure])}, %`}</p>
          <ProfileShareChart points={points} lang={lang} name={`${shareTitle}: ${name}`} colour={partnerColour(profile.partner)} asPrice={asPrice} highlight={points.length > 1 ? highlight : undefined} />
        </div>
        <div className="max-h-72 min-w-0 overflow-auto">
          <table className="w-full border-collapse text-xs" data-testid="profile-share-table">
            <caption className="sr-only">
              {shareTitle}: {name}
            </caption>
            <thead className="sticky top-0 bg-white">
              <tr>
                <th scope="col" className="border-b border-slate-300 px-1.5 py-1 text-left font-medium text-slate-600">
                  {stepColumn(step, m)}
                </th>
                <th scope="col" className="border-b border-slate-300 px-1.5 py-1 text-right font-medium text-slate-600">
                  {asPrice ? `${m.metric.names.price}, ${unit}` : m.profile.shareColumn}
                </th>
                <th scope="col" className="border-b border-slate-300 px-1.5 py-1 text-right font-medium text-slate-600">
                  {m.profile.rankColumn}
                </th>
              </tr>
            </thead>
            <tbody>
              {profile.shares.map((s) => (
                <tr key={s.period} data-period={s.period} data-share={Number.isFinite(s.share) ? s.share : ''} className="odd:bg-slate-50">
                  <td className="px-1.5 py-0.5">{periodLabel(s.period, step, lang)}</td>
                  <td className="px-1.5 py-0.5 text-right tabular-nums">{asPrice ? formatMetric(s.value, metric, lang) : formatMetricShare(s.share, lang)}</td>
                  <td className="px-1.5 py-0.5 text-right tabular-nums">{s.rank ?? NO_FIGURE}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <div className="mt-4 grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0" data-testid="profile-flows">
          <h3 className="text-sm font-semibold text-slate-800">{m.profile.flowsTitle}</h3>
          <p className="mb-1 text-xs text-slate-500">{unit}</p>
          <FlowsOverTimeChart points={flowPoints} asLines={step === 'month'} lang={lang} metric={metric} unit={unit} names={names} highlight={flowPoints.length > 1 ? highlight : undefined} />
        </div>
        <div className="min-w-0" data-testid="profile-goods">
          <h3 className="text-sm font-semibold text-slate-800">
            {m.goods.title(m.measure[effective.measure], m.goods.levels[profile.goodsLevel])}, {period}
          </h3>
          <ol className="mt-1 space-y-0.5 text-sm">
            {profile.goods.slice(0, GOODS_SHOWN).map((g) => {
              const label = goodsLabel(g.key);
              return (
                <li key={g.key} data-goods={g.key} className="flex items-baseline gap-2" title={label.title}>
                  <span className="min-w-0 flex-1 truncate">{label.label}</span>
                  {!asPrice && <span className="w-14 shrink-0 text-right tabular-nums">{formatShare(g.share, lang)}</span>}
                  <span className="shrink-0 text-right whitespace-nowrap tabular-nums text-slate-500">{formatMetric(g.value, metric, lang)}</span>
                </li>
              );
            })}
          </ol>
          {profile.goods.length > GOODS_SHOWN && <p className="mt-1 text-xs text-slate-500">{m.profile.more(profile.goods.length - GOODS_SHOWN)}</p>}
        </div>
      </div>
    </section>
  );
}
