// The dashboard: filters, key figures and the linked charts for one dataset.

import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { formatInteger, formatMillions, formatMonth, formatMonthRange, formatShare } from '../../i18n/format';
import { findBuiltInDataset } from '../../lib/built-in-datasets';
import { UnknownDatasetError } from '../../lib/dataset-query';
import { DatasetLoadError } from '../../worker/dataset-worker-client';
import { Panel } from '../../components/ui/panel';
import { SegmentedControl } from '../../components/ui/segmented-control';
import { DataTable } from '../../components/ui/data-table';
import { PartnerShareDonut } from '../../components/charts/partner-share-donut';
import { ShareOverTimeChart } from '../../components/charts/share-over-time-chart';
import { FlowsOverTimeChart, type FlowPoint } from '../../components/charts/flows-over-time-chart';
import { RankedBars } from '../../components/charts/ranked-bars';
import type { ViewState } from '../../state/view-state';
import { useDashboardData } from './use-dashboard-data';
import { FilterBar } from './filter-bar';
import { KpiCards } from './kpi-cards';
import { chapterBars, donutSlices, flowPoints, shareStack } from './dashboard-view-model';
import { DemoNotice } from './demo-notice';

export function DashboardPage({ view, onChange, onUpload }: { view: ViewState; onChange: (next: ViewState) => void; onUpload: () => void }) {
  const { lang, m } = useI18n();
  const { dataset, series, effective, progress } = useDashboardData(view);
  const builtIn = findBuiltInDataset(view.dataset);
  const s = series.data;

  const slices = useMemo(() => (s ? donutSlices(s, lang, m) : []), [s, lang, m]);
  const stack = useMemo(() => (s ? shareStack(s, lang, m) : { keys: [], rows: [] }), [s, lang, m]);
  const points = useMemo(() => (s ? flowPoints(s, view.step, lang) : []), [s, view.step, lang]);
  const chapters = useMemo(() => (s ? chapterBars(s, lang, m) : []), [s, lang, m]);
  const flowNames = useMemo(() => ({ exportUsd: m.exportSeries, importUsd: m.importSeries, balanceUsd: m.balanceSeries }), [m]);

  if (dataset.error instanceof UnknownDatasetError) {
    return (
      <div role="alert" className="rounded-lg border border-orange-300 bg-orange-50 p-4 text-orange-950" data-testid="dataset-missing">
        <p>{m.datasets.notFound(view.dataset)}</p>
        <button type="button" className="mt-2 rounded bg-slate-800 px-3 py-1 text-sm text-white" onClick={onUpload}>
          {m.upload.button}
        </button>
      </div>
    );
  }
  if (dataset.isError) {
    const failure = dataset.error instanceof DatasetLoadError ? dataset.error.failure.code : '';
    return (
      <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
        <p>
          {m.loadFailed} {failure && <code className="text-xs">({failure})</code>}
        </p>
        <button type="button" className="mt-2 rounded bg-red-700 px-3 py-1 text-sm text-white" onClick={() => void dataset.refetch()}>
          {m.retry}
        </button>
      </div>
    );
  }
  if (!dataset.data || !effective || !s) {
    const pct = progress?.totalBytes ? Math.min(100, (100 * progress.bytes) / progress.totalBytes) : undefined;
    return (
      <div className="rounded-lg border border-slate-200 bg-white p-6" role="status" aria-live="polite">
        <p className="mb-2 text-slate-700">{m.loading}</p>
        <progress className="h-2 w-full" max={100} value={pct} />
        {progress && <p className="mt-1 text-xs text-slate-500 tabular-nums">{formatInteger(progress.rows, lang)}</p>}
      </div>
    );
  }

  const { summary } = dataset.data;
  const measureName = m.measure[view.measure];
  const periodLabel = formatMonthRange(effective.from, effective.to, lang);
  const unit = m.unitMillionUsd;
  const millions = (v: number) => formatMillions(v, lang);

  return (
    <div className="space-y-4" data-testid="dashboard">
      {builtIn?.demo && <DemoNotice />}
      <div className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
        <FilterBar view={view} effective={effective} firstMonth={summary.firstMonth} lastMonth={summary.lastMonth} partners={summary.partners} onChange={onChange} />
      </div>

      <p className="text-sm text-slate-600" data-testid="period-label">
        {periodLabel} · {m.partnerCount(s.partnerCount)}
      </p>
      <KpiCards series={s} effective={effective} />

      {s.current.turnoverUsd === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-600">{m.noData}</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <Panel
            testId="panel-partner-shares"
            title={m.partnerSharesTitle(measureName)}
            subtitle={`${periodLabel}; ${m.shareOfTotal}, %; ${unit}`}
            chart={
              <PartnerShareDonut
                slices={slices}
                lang={lang}
                centreCaption={measureName}
                selected={view.partners}
                toggleLabel={m.removeFilter}
                onToggle={(code) =>
                  onChange({ ...view, partners: view.partners.includes(code) ? view.partners.filter((p) => p !== code) : [...view.partners, code].sort() })
                }
              />
            }
            table={
              <DataTable
                caption={m.partnerSharesTitle(measureName)}
                rows={slices}
                columns={[
                  { header: m.partner, cell: (r) => r.label },
                  { header: `${m.value}, ${unit}`, numeric: true, cell: (r) => millions(r.valueUsd) },
                  { header: `${m.shareOfTotal}, %`, numeric: true, cell: (r) => formatShare(r.share, lang) },
                ]}
              />
            }
          />

          <Panel
            testId="panel-shares-over-time"
            title={m.partnerSharesOverTimeTitle}
            subtitle={`${measureName}, ${view.shareMode === 'share' ? '%' : unit}; ${m.highlightedPeriod(periodLabel)}`}
            actions={
              <SegmentedControl
                size="sm"
                label={m.partnerSharesOverTimeTitle}
                value={view.shareMode}
                options={[
                  { value: 'share', label: m.shareModeShare },
                  { value: 'absolute', label: m.shareModeAbsolute },
                ]}
                onChange={(shareMode) => onChange({ ...view, shareMode })}
              />
            }
            chart={<ShareOverTimeChart rows={stack.rows} keys={stack.keys} mode={view.shareMode} lang={lang} unit={unit} highlight={[+effective.from.slice(0, 4), +effective.to.slice(0, 4)]} />}
            table={
              <DataTable
                caption={m.partnerSharesOverTimeTitle}
                rows={stack.rows}
                columns={[
                  { header: m.year, cell: (r) => String(r.year) },
                  ...stack.keys.map((k) => ({
                    header: k.label,
                    numeric: true,
                    cell: (r: (typeof stack.rows)[number]) => (view.shareMode === 'share' ? formatShare((r[k.key] ?? 0) / r.totalUsd, lang) : millions(r[k.key] ?? 0)),
                  })),
                ]}
              />
            }
          />

          <Panel
            className="lg:col-span-2"
            testId="panel-flows-over-time"
            title={m.flowsOverTimeTitle}
            subtitle={`${unit}; ${m.highlightedPeriod(periodLabel)}`}
            actions={
              <SegmentedControl
                size="sm"
                label={m.flowsOverTimeTitle}
                value={view.step}
                options={[
                  { value: 'year', label: m.stepYear },
                  ...(s.byMonth.length > 0 ? [{ value: 'month' as const, label: m.stepMonth }] : []),
                ]}
                onChange={(step) => onChange({ ...view, step })}
              />
            }
            chart={
              <FlowsOverTimeChart
                points={points}
                asLines={view.step === 'month' && s.byMonth.length > 0}
                lang={lang}
                unit={unit}
                names={flowNames}
                highlight={view.step === 'month' && s.byMonth.length > 0 ? [formatMonth(effective.from, lang), formatMonth(effective.to, lang)] : [effective.from.slice(0, 4), effective.to.slice(0, 4)]}
              />
            }
            table={
              <DataTable<FlowPoint>
                caption={m.flowsOverTimeTitle}
                rows={points}
                columns={[
                  { header: view.step === 'month' ? m.month : m.year, cell: (r) => r.label },
                  { header: `${m.exportSeries}, ${unit}`, numeric: true, cell: (r) => millions(r.exportUsd) },
                  { header: `${m.importSeries}, ${unit}`, numeric: true, cell: (r) => millions(r.importUsd) },
                  { header: `${m.balanceSeries}, ${unit}`, numeric: true, cell: (r) => millions(r.balanceUsd) },
                ]}
              />
            }
          />

          <Panel
            className="lg:col-span-2"
            testId="panel-chapters"
            title={m.chaptersTitle(measureName)}
            subtitle={`${periodLabel}, ${unit}`}
            chart={<RankedBars bars={chapters} lang={lang} />}
            table={
              <DataTable
                caption={m.chaptersTitle(measureName)}
                rows={chapters}
                columns={[
                  { header: m.chapter, cell: (r) => r.label },
                  { header: `${m.value}, ${unit}`, numeric: true, cell: (r) => millions(r.valueUsd) },
                  { header: `${m.shareOfTotal}, %`, numeric: true, cell: (r) => formatShare(r.share, lang) },
                ]}
              />
            }
          />
        </div>
      )}
      {/* Rendered once real numbers are on screen: tests and the screenshot script wait for it. */}
      {!series.isPlaceholderData && (
        <span className="sr-only" data-testid="dashboard-ready" data-period={`${effective.from}..${effective.to}`}>
          {formatMonth(effective.from, lang)} – {formatMonth(effective.to, lang)}
        </span>
      )}
    </div>
  );
}
