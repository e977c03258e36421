// Title, current dataset, the upload and dataset buttons, and the language
// switch (part of the URL like everything else).

import { useI18n } from '../i18n/i18n-context';
import type { DatasetEntry } from '../lib/dataset-query';
import type { ViewState } from '../state/view-state';

export type OpenPanel = 'upload' | 'datasets' | null;

interface Props {
  view: ViewState;
  onChange: (next: ViewState) => void;
  dataset: DatasetEntry | undefined;
  panel: OpenPanel;
  onPanel: (panel: OpenPanel) => void;
}

const buttonClass = 'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600';

export function AppHeader({ view, onChange, dataset, panel, onPanel }: Props) {
  const { lang, m } = useI18n();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold text-slate-900">
            {m.appTitle} <span className="font-normal text-slate-500">· {m.appSubtitle}</span>
          </h1>
          <p className="truncate text-sm text-slate-600" data-testid="dataset-name">
            {m.datasetLabel}: {dataset ? dataset.name[lang] : view.dataset}
          </p>
        </div>
        <nav className="flex flex-wrap gap-2">
          <button type="button" className={`${buttonClass} ${panel === 'upload' ? 'bg-slate-100' : ''}`} aria-expanded={panel === 'upload'} onClick={() => onPanel(panel === 'upload' ? null : 'upload')}>
            {m.upload.button}
          </button>
          <button type="button" className={`${buttonClass} ${panel === 'datasets' ? 'bg-slate-100' : ''}`} aria-expanded={panel === 'datasets'} onClick={() => onPanel(panel === 'datasets' ? null : 'datasets')}>
            {m.datasets.button}
          </button>
          <button type="button" lang={lang === 'ru' ? 'en' : 'ru'} title={m.languageSwitchLabel} className={buttonClass} onClick={() => onChange({ ...view, lang: lang === 'ru' ? 'en' : 'ru' })}>
            {m.languageSwitch}
          </button>
        </nav>
      </div>
    </header>
  );
}
