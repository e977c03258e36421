// Where the numbers on screen come from. An uploaded dataset lists its files (layout,
// encoding, rows, periods, reporters, when imported) from its stored description; the demo
// text and the published figures it is calibrated to appear with the built-in demo only.

import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { encodingName } from '../i18n/import-messages';
import { formatDateTime, formatDecimal, formatInteger, formatMonthRange, formatShare } from '../i18n/format';
import { countryName } from '../core/model/country-names';
import { monthKey } from '../core/model/period';
import { reporterName } from '../core/model/region-names';
import { publishedFigures } from '../lib/published-figures';
import { findBuiltInDataset } from '../lib/built-in-datasets';
import type { DatasetEntry } from '../lib/dataset-query';
import type { StoredSource } from '../lib/stored-meta';
import type { ViewState } from '../state/view-state';

export function AboutData({ view, onChange, dataset }: { view: ViewState; onChange: (next: ViewState) => void; dataset: DatasetEntry | undefined }) {
  const demo = dataset ? dataset.demo : (findBuiltInDataset(view.dataset)?.demo ?? false);
  if (demo) return <AboutDemo view={view} onChange={onChange} />;
  // An uploaded dataset not (yet) in the list, or a missing one: nothing to describe.
  if (!dataset || dataset.builtIn) return null;
  return <AboutUploaded sources={dataset.meta?.sources ?? []} />;
}

function AboutUploaded({ sources }: { sources: StoredSource[] }) {
  const { lang, m } = useI18n();
  const a = m.aboutUploaded;
  return (
    <section id="about-data" aria-labelledby="about-data-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700" data-testid="about-data">
      <h2 id="about-data-title" className="text-base font-semibold text-slate-900">
        {m.aboutDataTitle}
      </h2>
      <p>{sources.length > 0 ? a.intro(sources.length) : a.notListed}</p>
      <ul className="space-y-2">
        {sources.map((s) => (
          <li key={s.hash} data-testid="about-data-file">
            <p className="font-medium text-slate-900">{s.fileName}</p>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-3 text-xs">
              <dt>{m.upload.layout}</dt>
              <dd>{m.upload.formats[s.format]}</dd>
              <dt>{m.upload.encoding}</dt>
              <dd>{encodingName(s.encoding)}</dd>
              <dt>{m.upload.read}</dt>
              <dd className="tabular-nums">
                {formatInteger(s.rows.read, lang)} ({m.upload.accepted} {formatInteger(s.rows.accepted, lang)}, {m.upload.rejected} {formatInteger(s.rows.rejected, lang)}, {m.upload.aggregate} {formatInteger(s.rows.aggregate, lang)})
                {s.duplicatesSkipped > 0 && `; ${a.duplicates} ${formatInteger(s.duplicatesSkipped, lang)}`}
              </dd>
              {s.firstMonth !== undefined && s.lastMonth !== undefined && s.rows.accepted > 0 && (
                <>
                  <dt>{a.periods}</dt>
                  <dd>{formatMonthRange(monthKey(s.firstMonth), monthKey(s.lastMonth), lang)}</dd>
                </>
              )}
              {s.reporters && s.reporters.length > 0 && (
                <>
                  <dt>{a.reporters}</dt>
                  <dd>{s.reporters.map((code) => (reporterName(code, lang) === code ? code : `${code} — ${reporterName(code, lang)}`)).join('; ')}</dd>
                </>
              )}
              <dt>{a.imported}</dt>
              <dd>{formatDateTime(new Date(s.addedAt), lang)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AboutDemo({ view, onChange }: { view: ViewState; onChange: (next: ViewState) => void }) {
  const { lang, m } = useI18n();
  const figures = useMemo(() => publishedFigures().filter((f) => f.periodFrom === '2020-01' && f.periodTo === '2020-05'), []);
  const values = figures.filter((f) => f.indicator === 'value');
  const change = (flow: string) => figures.find((f) => f.indicator === 'change_yoy' && f.flow === flow)?.value;
  const shares = figures.filter((f) => f.indicator === 'share' && f.flow === 'turnover' && f.partner);
  const source = figures[0]?.source;
  const number = (v: number) => formatDecimal(v, lang, 1);
  return (
    <section id="about-data" aria-labelledby="about-data-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700" data-testid="about-data">
      <h2 id="about-data-title" className="text-base font-semibold text-slate-900">
        {m.aboutDataTitle}
      </h2>
      <p>{m.aboutDemo}</p>
      <h3 className="font-semibold text-slate-900">{m.publishedTitle}</h3>
      <div className="grid gap-4 md:grid-cols-2" data-testid="published-figures">
        <table className="text-sm">
          <tbody>
            {values.map((f) => (
              <tr key={f.flow}>
                <th scope="row" className="pr-4 text-left font-normal">
                  {m.kpi[f.flow as 'turnover' | 'export' | 'import']}
                </th>
                <td className="text-right tabular-nums">
                  {number(f.value)} {m.unitMillionUsd}
                </td>
                <td className="pl-3 text-right tabular-nums text-slate-500">{change(f.flow) !== undefined && formatShare((change(f.flow) ?? 0) / 100, lang).replace(/^(\d)/, '+$1')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="text-sm">
          <tbody>
            {shares.map((f) => (
              <tr key={f.partner}>
                <th scope="row" className="pr-4 text-left font-normal">
                  {countryName(f.partner, lang)}
                </th>
                <td className="text-right tabular-nums">{formatShare(f.value / 100, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-500">
        {m.publishedSource} {source && <span>({source})</span>}
      </p>
      {view.dataset === 'kamchatka-demo' && (
        <button type="button" className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50" onClick={() => onChange({ ...view, from: '2020-01', to: '2020-05' })}>
          {m.comparePublished}
        </button>
      )}
    </section>
  );
}
