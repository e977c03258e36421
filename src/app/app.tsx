// The composition root: providers, URL state, and the features it wires together.

import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { I18nContext } from '../i18n/i18n-context';
import { MESSAGES } from '../i18n/format';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { SnapshotDashboard } from '../features/dashboard/snapshot-dashboard';
import { ShareToolbar } from '../features/share/share-toolbar';
import { datasetListQueryOptions, datasetQueryOptions, UnknownDatasetError } from '../lib/dataset-query';
import { useDashboardData } from '../lib/use-dashboard-data';
import { primeSeries, withExplicitReporter } from '../lib/series-query';
import type { ViewState } from '../state/view-state';
import { serialiseViewQuery } from '../state/url-codec';
import { useUrlViewState } from './use-url-view-state';
import { useSnapshotFromHash } from './use-snapshot-from-hash';
import { AppHeader, type OpenPanel } from './app-header';
import { InvalidLinkNotice, PeriodOutsideNotice } from './invalid-link-notice';
import { FramedNotice, isFramed } from './frame-guard';
import { DatasetChangesNotice } from './dataset-changes-notice';
import { StorageNotice } from './storage-notice';
import { UpdateNotice } from './update-notice';
import { ErrorBoundary, ErrorFallback } from '../components/ui/error-boundary';
import { useUnsavedGuard } from './unsaved-guard';

// Not needed for the first chart: loaded when first opened (first-load budget, docs/quality.md «Performance»).
const UploadPanel = lazy(() => import('../features/upload/upload-panel').then((m) => ({ default: m.UploadPanel })));
const DatasetManager = lazy(() => import('../features/datasets/dataset-manager').then((m) => ({ default: m.DatasetManager })));
const BriefingPage = lazy(() => import('../features/share/briefing-page').then((m) => ({ default: m.BriefingPage })));
// «О данных» sits below the charts: its text, tables and region names load after them.
const AboutData = lazy(() => import('./about-data').then((m) => ({ default: m.AboutData })));

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
/** Links the app writes name the reporter of a dataset with several (the default one too). */
const explicitReporter = (next: ViewState) => withExplicitReporter(queryClient, next);

export function App() {
  // The last floor: whatever fails in the shell itself still gets a message in the link's language.
  const [{ state: view }] = useUrlViewState();
  const i18n = useMemo(() => ({ lang: view.lang, m: MESSAGES[view.lang] }), [view.lang]);
  // Inside a frame only an embed renders (frame-guard.ts): anything else opens in its own window.
  if (view.embed === null && isFramed()) return <FramedNotice lang={view.lang} />;
  return (
    <QueryClientProvider client={queryClient}>
      <I18nContext.Provider value={i18n}>
        <ErrorBoundary resetKeys={[view]}>
          <Shell />
        </ErrorBoundary>
      </I18nContext.Provider>
    </QueryClientProvider>
  );
}

function Shell() {
  useUnsavedGuard();
  const [{ state: view, invalid }, setView] = useUrlViewState(explicitReporter);
  const i18n = useMemo(() => ({ lang: view.lang, m: MESSAGES[view.lang] }), [view.lang]);
  const { m, lang } = i18n;
  const [panel, setPanel] = useState<OpenPanel>(null);
  const [dropped, setDropped] = useState<File[] | null>(null);
  // A page that failed to draw (the briefing) leaves for the dashboard, saying why; the URL
  // loses `page=brief` (replaced, not pushed) so a reload never brings the broken view back.
  const [fellBack, setFellBack] = useState<string | null>(null);
  const snapshot = useSnapshotFromHash();
  const { data: datasets } = useQuery(datasetListQueryOptions());
  const current = datasets?.find((d) => d.id === view.dataset);
  const missing = useQuery({ ...datasetQueryOptions(view.dataset), enabled: snapshot.kind === 'none' }).error instanceof UnknownDatasetError;
  // The link's dataset is here but some of the files it names are not in it.
  const loadedFiles = current?.meta?.sources.map((s) => s.fileName) ?? [];
  const incomplete = !missing && current?.meta !== undefined && view.files.some((f) => !loadedFiles.includes(f));

  useEffect(() => {
    document.documentElement.lang = view.lang;
    document.title = `${m.appTitle} · ${m.appSubtitle}`;
  }, [view.lang, m]);

  // Files dropped anywhere on the page go to the upload panel.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      setDropped([...e.dataTransfer.files]);
      setPanel('upload');
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  // Opening a dataset resets the filters — unless it is the one a shared link was waiting for.
  // A dataset already in memory (just imported) gets its first figures computed now and is
  // drawn in the next task: computing and drawing together were one long task.
  // `fileNames`: every file the dataset was built from. Reopening the link's dataset keeps the
  // files the link named (with any new ones), so a file still missing is still shown as missing.
  const openDataset = useCallback(
    (id: string, fileNames: string[]) => {
      if (id === view.dataset) return setView({ ...view, files: [...new Set([...view.files, ...fileNames])] });
      const next = { ...view, dataset: id, files: fileNames, from: null, to: null, partners: [], goods: [], reporter: [] };
      if (primeSeries(queryClient, next)) setTimeout(() => setView(next), 0);
      else setView(next);
    },
    [view, setView],
  );
  const clearDropped = useCallback(() => setDropped(null), []);

  const source = current?.demo ? m.share.sourceDemo : current?.meta ? m.share.sourceFiles(current.meta.sources.map((s) => s.fileName).join(', ')) : view.dataset;
  const datasetName = current?.name[lang] ?? view.dataset;

  let content;
  if (snapshot.kind === 'loading') content = <p role="status">{m.loading}</p>;
  else if (snapshot.kind === 'decoded' && !snapshot.result.ok)
    content = (
      <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900" data-testid="snapshot-broken">
        {m.share.snapshotBroken}
      </p>
    );
  else if (snapshot.kind === 'failed') content = <ErrorFallback error={snapshot.error} onReset={snapshot.retry} />;
  else if (snapshot.kind === 'decoded' && snapshot.result.ok) content = <SnapshotDashboard snapshot={snapshot.result.snapshot} view={view} onChange={setView} />;
  else if (view.page === 'brief')
    content = (
      <ErrorBoundary
        onError={(error) => {
          setFellBack(error instanceof Error ? error.message : String(error));
          leavePage({ ...view, page: 'dashboard' });
        }}
      >
        <Briefing view={view} onChange={setView} datasetName={datasetName} demo={current?.demo ?? false} source={source} />
      </ErrorBoundary>
    );
  else
    content = (
      <DashboardPage
        view={view}
        onChange={setView}
        onUpload={() => setPanel('upload')}
        source={source}
        toolbar={(series, effective) => (
          <ShareToolbar view={view} onChange={setView} series={series} effective={effective} datasetName={datasetName} demo={current?.demo ?? false} table={queryClient.getQueryData(datasetQueryOptions(view.dataset).queryKey)?.table} />
        )}
      />
    );

  // Embed mode: one chart, none of the app around it.
  if (view.embed !== null) {
    return (
      <I18nContext.Provider value={i18n}>
        <div className="bg-white p-2 text-slate-900" data-testid="embed">
          <ErrorBoundary resetKeys={[view, snapshot.kind]}>{content}</ErrorBoundary>
          <p className="mt-1 text-right text-xs text-slate-500">
            <a href={window.location.pathname + serialiseViewQuery({ ...view, embed: null }) + window.location.hash} target="_blank" rel="noopener" data-testid="embed-source">
              TradeShare · {datasetName}
            </a>
          </p>
        </div>
      </I18nContext.Provider>
    );
  }

  return (
    <I18nContext.Provider value={i18n}>
      <div className="min-h-screen bg-slate-100 text-slate-900">
        <div className="print:hidden">
          <AppHeader view={view} onChange={setView} dataset={current} panel={panel} onPanel={setPanel} />
        </div>
        <main className="mx-auto max-w-7xl space-y-4 px-4 py-4">
          <InvalidLinkNotice invalid={invalid} />
          <PeriodOutsideNotice view={view} enabled={snapshot.kind === 'none' && !missing} />
          <DatasetChangesNotice openId={view.dataset} name={datasetName} />
          {fellBack !== null && view.page === 'dashboard' && (
            <div role="alert" className="flex items-start justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="page-fallback">
              <p>{m.errors.pageFellBack(fellBack)}</p>
              <button type="button" aria-label={m.profile.close} className="shrink-0 rounded-md border border-amber-300 bg-white px-2 py-1 text-xs" onClick={() => setFellBack(null)}>
                ✕
              </button>
            </div>
          )}
          <StorageNotice />
          <UpdateNotice />
          {/* Each lazy chunk under its own boundary: one that fails to load, or to draw, leaves the rest. */}
          <Suspense fallback={<p role="status">{m.loading}</p>}>
          {(panel === 'upload' || dropped) && (
            <ErrorBoundary>
              <UploadPanel
                droppedFiles={dropped}
                onDroppedHandled={clearDropped}
                currentDataset={current}
                onOpenDataset={openDataset}
                expected={missing ? { id: view.dataset, files: view.files, loaded: null } : incomplete ? { id: view.dataset, files: view.files, loaded: loadedFiles } : undefined}
              />
            </ErrorBoundary>
          )}
          {panel === 'datasets' && (
            <ErrorBoundary>
              <DatasetManager currentId={view.dataset} onOpen={openDataset} />
            </ErrorBoundary>
          )}
          </Suspense>
          <ErrorBoundary resetKeys={[view, snapshot.kind]}>{content}</ErrorBoundary>
          {view.page === 'dashboard' && snapshot.kind === 'none' && (
            <ErrorBoundary resetKeys={[view]}>
              <Suspense fallback={null}>
                <AboutData view={view} onChange={setView} dataset={current} />
              </Suspense>
            </ErrorBoundary>
          )}
        </main>
        <footer className="mx-auto max-w-7xl px-4 pb-6 text-xs text-slate-600 print:hidden">{m.footer}</footer>
      </div>
    </I18nContext.Provider>
  );
}

function Briefing({ view, onChange, datasetName, demo, source }: { view: ViewState; onChange: (v: ViewState) => void; datasetName: string; demo: boolean; source: string }) {
  const { m } = useMemo(() => ({ m: MESSAGES[view.lang] }), [view.lang]);
  const { series, effective } = useDashboardData(view);
  if (!series.data || !effective) return <p role="status">{m.loading}</p>;
  // Errors go up to the page's boundary in Shell, which falls back to the dashboard.
  return (
    <>
      <Suspense fallback={<p role="status">{m.loading}</p>}>
        <BriefingPage series={series.data} view={effective} datasetName={datasetName} demo={demo} sourceNote={`${m.share.source}: ${source}`} onClose={() => onChange({ ...view, page: 'dashboard' })} />
      </Suspense>
    </>
  );
}

/** Leaves a failing page: the URL is replaced, so neither reload nor Back returns to it. */
function leavePage(next: ViewState): void {
  window.history.replaceState(window.history.state, '', window.location.pathname + serialiseViewQuery(next) + window.location.hash);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
