// The live dashboard: loads the dataset and the view's series through the
// query cache, and says plainly when a dataset is loading, failed or missing.

import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { formatDate, formatInteger } from '../../i18n/format';
import { failureText } from '../../i18n/import-messages';
import { findBuiltInDataset } from '../../lib/built-in-datasets';
import { UnknownDatasetError } from '../../lib/dataset-query';
import { useDashboardData } from '../../lib/use-dashboard-data';
import type { DashboardSeries } from '../../core/aggregate/dashboard-series';
import type { ViewFilter } from '../../core/aggregate/view-filter';
import { DatasetLoadError } from '../../worker/dataset-worker-client';
import type { ViewState } from '../../state/view-state';
import { FilterBar } from './filter-bar';
import { DashboardView } from './dashboard-view';
import { DemoNotice } from './demo-notice';

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

  if (dataset.error instanceof UnknownDatasetError) {
    return (
      <div role="alert" className="rounded-lg border border-orange-300 bg-orange-50 p-4 text-orange-950" data-testid="dataset-missing">
        <p>{view.file ? m.share.needFile(view.file) : m.datasets.notFound(view.dataset)}</p>
        <button type="button" className="mt-2 rounded bg-slate-800 px-3 py-1 text-sm text-white" onClick={onUpload}>
          {m.upload.button}
        </button>
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
          <div className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm print:hidden">
            <FilterBar view={view} effective={effective} firstMonth={summary.firstMonth} lastMonth={summary.lastMonth} partners={summary.partners} chapters={summary.chapters} onChange={onChange} />
          </div>
        )
      }
    />
  );
}
