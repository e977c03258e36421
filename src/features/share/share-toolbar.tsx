// Sharing the view on screen: the address itself (every view is a URL), a
// snapshot link that carries the figures, the filtered data as canonical CSV,
// the printable briefing and an embed code.

import { useState } from 'react';
import type { DashboardSeries } from '../../core/aggregate/dashboard-series';
import type { TradeTable } from '../../core/table/trade-table';
import { MAX_SNAPSHOT_CHARS, SNAPSHOT_PREFIX } from '../../state/snapshot-limits';
import { serialiseViewQuery } from '../../state/url-codec';
import { CHART_IDS, DEFAULT_VIEW, type ChartId, type ViewState } from '../../state/view-state';
import { filterMonths, reporterFilter, type ViewFilter } from '../../core/aggregate/view-filter';
import { useI18n } from '../../i18n/i18n-context';
import { formatInteger } from '../../i18n/format';
import { isChunkLoadError } from '../../components/ui/chunk-error';
import { viewForLink } from '../../lib/series-query';

interface Props {
  view: ViewState;
  onChange: (next: ViewState) => void;
  series: DashboardSeries;
  effective: ViewFilter;
  datasetName: string;
  demo: boolean;
  table: TradeTable | undefined;
}

type Shown = { kind: 'link' | 'snapshot'; url: string; copied: boolean } | { kind: 'too-large'; chars: number } | { kind: 'embed' } | { kind: 'error'; error: unknown } | null;

const button = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function ShareToolbar({ view, onChange, series, effective, datasetName, demo, table }: Props) {
  const { lang, m } = useI18n();
  const [shown, setShown] = useState<Shown>(null);
  const [busy, setBusy] = useState(false);
  const [embedChart, setEmbedChart] = useState<ChartId>('partners');

  // A dataset with several reporters: the link names the one shown, the default one too.
  const linkView = viewForLink(view, effective);
  const pageUrl = () => (linkView === view ? window.location.href : `${window.location.origin}${window.location.pathname}${serialiseViewQuery(linkView)}`);
  const copyLink = async () => {
    const url = pageUrl();
    setShown({ kind: 'link', url, copied: await copy(url) });
  };
  const shareNatively = () => void navigator.share({ title: `TradeShare · ${datasetName}`, url: pageUrl() }).catch(() => undefined);

  const snapshotLink = async () => {
    setBusy(true);
    try {
      const { encodeSnapshot } = await import('../../state/snapshot-codec');
      const text = await encodeSnapshot({ createdAt: new Date().toISOString().slice(0, 10), datasetName, demo, view: effective, series });
      if (text.length > MAX_SNAPSHOT_CHARS) {
        setShown({ kind: 'too-large', chars: text.length });
        return;
      }
      // Only presentation options travel in the query; the figures are in the fragment.
      const query = serialiseViewQuery({ ...DEFAULT_VIEW, lang: view.lang, step: view.step, shareMode: view.shareMode });
      const url = `${window.location.origin}${window.location.pathname}${query}${SNAPSHOT_PREFIX}${text}`;
      setShown({ kind: 'snapshot', url, copied: await copy(url) });
    } catch (error) {
      // Its code did not load (offline, app updated) or the browser cannot compress: said, not swallowed.
      setShown({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  };

  const downloadCanonical = async () => {
    if (!table) return;
    setBusy(true);
    try {
      const [{ canonicalCsvLines }, { rowFilter }, { downloadBlob }] = await Promise.all([
        import('../../core/export/canonical-csv'),
        import('../../core/export/row-filter'),
        import('../../components/charts/chart-image-download'),
      ]);
      // Only the reporters shown; with all of them together, every reporter (as dashboardFilter).
      const keep = rowFilter(table, { ...filterMonths(effective), partners: effective.partners, goods: effective.goods, reporters: reporterFilter(effective) });
      // Written in slices with a pause between them so a large dataset never blocks the page.
      const parts: string[] = [];
      let batch: string[] = [];
      for (const line of canonicalCsvLines(table, keep)) {
        batch.push(line);
        if (batch.length === 50_000) {
          parts.push(batch.join('\n') + '\n');
          batch = [];
          await new Promise((r) => setTimeout(r, 0));
        }
      }
      parts.push(batch.join('\n') + '\n');
      downloadBlob(new Blob(parts, { type: 'text/csv;charset=utf-8' }), `tradeshare-${view.dataset}-${effective.from}-${effective.to}.csv`);
    } catch (error) {
      setShown({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  };

  const embedUrl = `${window.location.origin}${window.location.pathname}${serialiseViewQuery({ ...linkView, embed: embedChart, page: 'dashboard' })}`;
  const field = (value: string) => (
    <input readOnly value={value} aria-label={m.share.linkField} onFocus={(e) => e.target.select()} className="w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs" data-testid="share-link-field" />
  );

  return (
    <div className="space-y-2 print:hidden" data-testid="share-toolbar">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} onClick={() => void copyLink()}>
          {m.share.copyLink}
        </button>
        {'share' in navigator && (
          <button type="button" className={button} onClick={shareNatively}>
            {m.share.shareVia}
          </button>
        )}
        <button type="button" className={button} onClick={() => void snapshotLink()} disabled={busy} title={m.share.snapshotHint}>
          {m.share.snapshot}
        </button>
        <button type="button" className={button} onClick={() => void downloadCanonical()} disabled={busy || !table}>
          {m.share.canonical}
        </button>
        <button type="button" className={button} onClick={() => onChange({ ...view, page: 'brief' })}>
          {m.share.briefing}
        </button>
        <button type="button" className={button} aria-expanded={shown?.kind === 'embed'} onClick={() => setShown(shown?.kind === 'embed' ? null : { kind: 'embed' })}>
          {m.share.embedCode}
        </button>
      </div>
      {shown && (shown.kind === 'link' || shown.kind === 'snapshot') && (
        <div className="space-y-1 rounded border border-slate-200 bg-white p-2 text-sm" role="status" data-testid={`share-${shown.kind}`}>
          <p className={shown.copied ? 'text-emerald-800' : 'text-orange-800'}>
            {shown.copied ? (shown.kind === 'link' ? m.share.copied : m.share.snapshotCopied) : m.share.copyFailed}
            {shown.kind === 'snapshot' && <span className="text-slate-600"> {m.share.snapshotHint}</span>}
          </p>
          {field(shown.url)}
        </div>
      )}
      {shown?.kind === 'too-large' && (
        <p role="alert" className="rounded border border-orange-300 bg-orange-50 p-2 text-sm text-orange-950" data-testid="snapshot-too-large">
          {m.share.snapshotTooLarge(formatInteger(shown.chars, lang), formatInteger(MAX_SNAPSHOT_CHARS, lang))}
        </p>
      )}
      {shown?.kind === 'error' && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900" data-testid="share-error">
          {isChunkLoadError(shown.error) ? `${m.errors.chunkTitle}. ${m.errors.chunkText}` : m.errors.actionFailed(shown.error instanceof Error ? shown.error.message : String(shown.error))}
        </p>
      )}
      {shown?.kind === 'embed' && (
        <div className="space-y-1 rounded border border-slate-200 bg-white p-2 text-sm">
          <p>{m.share.embedHint}</p>
          <select className="rounded border border-slate-300 px-2 py-1" value={embedChart} onChange={(e) => setEmbedChart(e.target.value as ChartId)} aria-label={m.share.embedCode}>
            {CHART_IDS.map((id) => (
              <option key={id} value={id}>
                {m.share.charts[id]}
              </option>
            ))}
          </select>
          {field(`<iframe src="${embedUrl}" width="720" height="480" style="border:0" title="TradeShare"></iframe>`)}
        </div>
      )}
    </div>
  );
}
