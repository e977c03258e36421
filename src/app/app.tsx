// The composition root: providers, URL state, and the features it wires together.

import { useEffect, useMemo } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nContext } from '../i18n/i18n-context';
import { MESSAGES } from '../i18n/format';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { useUrlViewState } from './use-url-view-state';
import { AppHeader } from './app-header';
import { InvalidLinkNotice } from './invalid-link-notice';
import { AboutData } from './about-data';

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });

export function App() {
  const [{ state: view, invalid }, setView] = useUrlViewState();
  const i18n = useMemo(() => ({ lang: view.lang, m: MESSAGES[view.lang] }), [view.lang]);
  useEffect(() => {
    document.documentElement.lang = view.lang;
    document.title = `${i18n.m.appTitle} · ${i18n.m.appSubtitle}`;
  }, [view.lang, i18n]);

  return (
    <QueryClientProvider client={queryClient}>
      <I18nContext.Provider value={i18n}>
        <div className="min-h-screen bg-slate-100 text-slate-900">
          <AppHeader view={view} onChange={setView} />
          <main className="mx-auto max-w-7xl space-y-4 px-4 py-4">
            <InvalidLinkNotice invalid={invalid} />
            <DashboardPage view={view} onChange={setView} />
            <AboutData view={view} onChange={setView} />
          </main>
          <footer className="mx-auto max-w-7xl px-4 pb-6 text-xs text-slate-500">{i18n.m.footer}</footer>
        </div>
      </I18nContext.Provider>
    </QueryClientProvider>
  );
}
