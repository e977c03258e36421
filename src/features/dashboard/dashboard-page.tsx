// The live dashboard: loads the dataset and the view's series through the
// query cache, and says plainly when a dataset is loading, failed or missing.

import { createElement, lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-context';
import { formatDate, formatInteger } from '../../i18n/format';
import { failureText } from '../../i18n/failure-messages';
import { findBuiltInDataset } from '../../lib/built-in-datasets';
import { datasetListQueryOptions, UnknownDatasetError } from '../../lib/dataset-query';
import { useDashboardData } from '../../lib/use-dashboard-data';
import type { DashboardSeries } from '../../core/aggregate/dashboard-series';
import type { ViewFilter } from '../../core/aggregate/view-filter';
import { DatasetLoadError } from '../../worker/dataset-worker-client';
import type { ViewState } from '../../state/view-state';
import { FilterBar } from './filter-bar';
import { reportersByTurnover } from '../../core/aggregate/reporters';
import { DashboardView } from './dashboard-view';
import { DemoNotice } from './demo-notice';
import { loadedRegionsSideBySide, loadRegionsSideBySide } from './regions-loader';

// Only a dataset with several reporters shows the picker: it loads then.
const ReporterPicker = lazy(() => import('./reporter-picker').then((m) => ({ default: m.ReporterPicker })));
// Regions side by side (`compare=reporter`) load when asked for, or earlier (regions-loader.ts).
const LazyRegionsSideBySide = lazy(() => loadRegionsSideBySide().then((c) => ({ default: c })));
// A partner's profile (`profile=CN`) is computed from the loaded table: live data only, loaded when opened.
const PartnerProfile = lazy(() => import('./partner-profile').then((m) => ({ default: m.PartnerProfile })));

/** Drawn at once when its chunk is in (preloaded), else through Suspense. */
function RegionsSideBySide(props: ComponentProps<typeof LazyRegionsSideBySide>) {
  // The same module-level component on every render once loaded (never made here), so its
  // state is kept; createElement, since the lint cannot tell it from one made in render.
  const loaded = loadedRegionsSideBySide();
  if (loaded) return createElement(loaded, props);
  return (
    <Suspense fallback={null}>
      <LazyRegionsSideBySide {...props} />
    </Suspense>
  );
}

interface Props {
  view: ViewState;
  onChange: (next: ViewState) => void;
  onUpload: () => void;
  /** The dataset's source, for images: demo label or file names. */
  source: string;
  /** The share toolbar, given the figures on screen (composed by the app). */
  toolbar?: (series: DashboardSeries, effective: ViewFilter) => ReactNode;
}

export function DashboardPage({ view, onChange, onUpload, source, toolbar }: Props) {
  const { lang, m } = useI18n();
  const { dataset, series, effective, progress } = useDashboardData(view);
  const builtIn = findBuiltInDataset(view.dataset);
  // The files the link names that the dataset here lacks (matched by name; the first by content, in the id).
  const { data: datasets } = useQuery(datasetListQueryOptions());
  const meta = datasets?.find((d) => d.id === view.dataset)?.meta;
  const loadedFiles = meta?.sources.map((s) => s.fileName) ?? [];
  const incomplete = meta !== undefined && view.files.some((f) => !loadedFiles.includes(f));

  if (dataset.error instanceof UnknownDatasetError || incomplete) {
    const several = view.files.length > 1 || incomplete;
    return (
      <div role="alert" className="rounded-lg border border-orange-300 bg-orange-50 p-4 text-orange-950" data-testid="dataset-missing">
        <p>{several ? m.share.needFiles : view.files.length === 1 ? m.share.needFile(view.files[0]) : m.datasets.notFound(view.dataset)}</p>
        {several && (
          <ul className="mt-1" data-testid="link-files">
            {view.files.map((name) => {
              const has = loadedFiles.includes(name);
              return (
                <li key={name} data-testid="link-file" data-loaded={has}>
                  {has ? '✓' : '✗'} «{name}» — {has ? m.share.fileLoaded : m.share.fileMissing}
                </li>
              );
            })}
          </ul>
        )}
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" className="rounded bg-slate-800 px-3 py-1 text-sm text-white" onClick={onUpload}>
            {m.upload.button}
          </button>
          {incomplete && (
            <button type="button" className="rounded border border-slate-400 px-3 py-1 text-sm" onClick={() => onChange({ ...view, files: loadedFiles })}>
              {m.share.openLoaded}
            </button>
          )}
        </div>
      </div>
    );
  }
  if (dataset.isError) {
    const failure = dataset.error instanceof DatasetLoadError ? failureText(dataset.error.failure, lang) : String(dataset.error);
    return (
      <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
        <p>
          {m.loadFailed} {failure}
        </p>
        <button type="button" className="mt-2 rounded bg-red-700 px-3 py-1 text-sm text-white" onClick={() => void dataset.refetch()}>
          {m.retry}
        </button>
      </div>
    );
  }
  if (!dataset.data || !effective || !series.data) {
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
  const ready = !series.isPlaceholderData;
  const embedded = view.embed !== null;
  return (
    <DashboardView
      view={view}
      onChange={onChange}
      series={series.data}
      effective={effective}
      source={source}
      date={formatDate(new Date(), lang)}
      only={view.embed}
      ready={ready}
      header={
        embedded ? undefined : (
          <>
            {builtIn?.demo && <DemoNotice />}
            {toolbar?.(series.data, effective)}
          </>
        )
      }
      filters={
        embedded ? undefined : (
          <>
          <div className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm print:hidden">
            {effective.reporters && (
              <Suspense fallback={null}>
                <ReporterPicker view={view} effective={effective} reporters={reportersByTurnover(dataset.data.table)} onChange={onChange} />
              </Suspense>
            )}
            <FilterBar view={view} effective={effective} firstMonth={summary.firstMonth} lastMonth={summary.lastMonth} dataMonths={summary} partners={summary.partners} chapters={summary.chapters} codes={dataset.data.table.commodities} onChange={onChange} />
          </div>
          {view.compare === 'reporter' && effective.reporters && <RegionsSideBySide view={view} effective={effective} loaded={dataset.data} source={source} date={formatDate(new Date(), lang)} />}
          {view.profile && (
            <Suspense fallback={null}>
              <PartnerProfile view={view} effective={effective} loaded={dataset.data} onChange={onChange} />
            </Suspense>
          )}
          </>
        )
      }
    />
  );
}
