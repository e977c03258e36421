// The save that follows an import: its progress while the dashboard is already open on the
// table, then what became of it — saved, kept for the tab only, or too large for the
// browser's storage (said before anything is written). `data-state` is what the e2e tests
// and `npm run bench:browser` read.

import { useI18n } from '../../i18n/i18n-context';
import { formatDecimal, formatShare } from '../../i18n/format';
import { sizeText } from '../../i18n/failure-messages';
import type { SaveState } from './upload-session';

/** Sizes below a megabyte in KB (a nearly full storage has kilobytes left), else MB / GB. */
function storageSize(bytes: number, lang: 'ru' | 'en'): string {
  if (bytes >= 1024 ** 2) return sizeText(bytes, lang);
  return `${formatDecimal(bytes / 1024, lang, 1)} ${lang === 'ru' ? 'КБ' : 'KB'}`;
}

export function SaveStatus({ save }: { save: SaveState }) {
  const { m, lang } = useI18n();
  const common = { 'data-testid': 'save-status', 'data-state': save.state } as const;
  switch (save.state) {
    case 'saving':
      return (
        <div {...common} className="space-y-1 text-sm text-slate-700" role="status">
          <p>{m.upload.savingProgress(formatShare(save.fraction, lang))}</p>
          <progress className="h-1.5 w-full" max={100} value={Math.round(save.fraction * 100)} aria-label={m.upload.saving} />
        </div>
      );
    case 'saved':
      return (
        <p {...common} className="text-sm text-emerald-800" role="status">
          {m.upload.saved}
        </p>
      );
    case 'memory':
      return (
        <p {...common} className="text-sm text-orange-800" role="alert">
          {m.upload.notPersisted}
        </p>
      );
    case 'wont-fit':
      return (
        <p {...common} className="text-sm text-orange-800" role="alert">
          {m.upload.wontFit(storageSize(save.neededBytes, lang), storageSize(save.freeBytes, lang))}
        </p>
      );
    case 'failed':
      return (
        <p {...common} className="text-sm text-red-800" role="alert">
          {m.upload.saveFailed(save.detail)}
        </p>
      );
  }
}
