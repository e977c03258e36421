// Where the numbers come from: the demo label links here, and the published
// figures stand beside the demo so the two are never confused.

import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { formatDecimal, formatShare } from '../i18n/format';
import { countryName } from '../core/model/country-names';
import { publishedFigures } from '../lib/published-figures';
import type { ViewState } from '../state/view-state';

export function AboutData({ view, onChange }: { view: ViewState; onChange: (next: ViewState) => void }) {
  const { lang, m } = useI18n();
  const figures = useMemo(() => publishedFigures().filter((f) => f.periodFrom === '2020-01' && f.periodTo === '2020-05'), []);
  const values = figures.filter((f) => f.indicator === 'value');
  const change = (flow: string) => figures.find((f) => f.indicator === 'change_yoy' && f.flow === flow)?.value;
  const shares = figures.filter((f) => f.indicator === 'share' && f.flow === 'turnover' && f.partner);
  const source = figures[0]?.source;
  const number = (v: number) => formatDecimal(v, lang, 1);
  return (
    <section id="about-data" aria-labelledby="about-data-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">
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
