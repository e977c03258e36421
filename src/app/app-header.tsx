// Title, current dataset and the language switch (part of the URL like everything else).

import { useI18n } from '../i18n/i18n-context';
import { findBuiltInDataset } from '../lib/built-in-datasets';
import type { ViewState } from '../state/view-state';

export function AppHeader({ view, onChange }: { view: ViewState; onChange: (next: ViewState) => void }) {
  const { lang, m } = useI18n();
  const dataset = findBuiltInDataset(view.dataset);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">
            {m.appTitle} <span className="font-normal text-slate-500">· {m.appSubtitle}</span>
          </h1>
          {dataset && (
            <p className="text-sm text-slate-600" data-testid="dataset-name">
              {m.datasetLabel}: {dataset.name[lang]}
            </p>
          )}
        </div>
        <button
          type="button"
          lang={lang === 'ru' ? 'en' : 'ru'}
          title={m.languageSwitchLabel}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600"
          onClick={() => onChange({ ...view, lang: lang === 'ru' ? 'en' : 'ru' })}
        >
          {m.languageSwitch}
        </button>
      </div>
    </header>
  );
}
