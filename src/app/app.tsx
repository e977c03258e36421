// The composition root: providers, URL state, and the features it wires together.

import { useCallback, useEffect, useMemo, useState } from 'react';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { I18nContext } from '../i18n/i18n-context';
import { MESSAGES } from '../i18n/format';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { UploadPanel } from '../features/upload/upload-panel';
import { DatasetManager } from '../features/datasets/dataset-manager';
import { datasetListQueryOptions } from '../lib/dataset-query';
import { useUrlViewState } from './use-url-view-state';
import { AppHeader, type OpenPanel } from './app-header';
import { InvalidLinkNotice } from './invalid-link-notice';
import { StorageNotice } from './storage-notice';
import { AboutData } from './about-data';

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}

function Shell() {
  const [{ state: view, invalid }, setView] = useUrlViewState();
  const i18n = useMemo(() => ({ lang: view.lang, m: MESSAGES[view.lang] }), [view.lang]);
  const [panel, setPanel] = useState<OpenPanel>(null);
  const [dropped, setDropped] = useState<File[] | null>(null);
  const { data: datasets } = useQuery(datasetListQueryOptions());
  const current = datasets?.find((d) => d.id === view.dataset);

  useEffect(() => {
    document.documentElement.lang = view.lang;
    document.title = `${i18n.m.appTitle} · ${i18n.m.appSubtitle}`;
  }, [view.lang, i18n]);

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

  const openDataset = useCallback(
    (id: string) => setView({ ...view, dataset: id, from: null, to: null, partners: [] }),
    [view, setView],
  );
  const clearDropped = useCallback(() => setDropped(null), []);

  return (
    <I18nContext.Provider value={i18n}>
      <div className="min-h-screen bg-slate-100 text-slate-900">
        <AppHeader view={view} onChange={setView} dataset={current} panel={panel} onPanel={setPanel} />
        <main className="mx-auto max-w-7xl space-y-4 px-4 py-4">
          <InvalidLinkNotice invalid={invalid} />
          <StorageNotice />
          {(panel === 'upload' || dropped) && <UploadPanel droppedFiles={dropped} onDroppedHandled={clearDropped} currentDataset={current} onOpenDataset={openDataset} />}
          {panel === 'datasets' && <DatasetManager currentId={view.dataset} onOpen={openDataset} />}
          <DashboardPage view={view} onChange={setView} onUpload={() => setPanel('upload')} />
          <AboutData view={view} onChange={setView} />
        </main>
        <footer className="mx-auto max-w-7xl px-4 pb-6 text-xs text-slate-500">{i18n.m.footer}</footer>
      </div>
    </I18nContext.Provider>
  );
}
