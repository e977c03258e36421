// Which reporter the dashboard shows, for a dataset with several (customs regions, Comtrade
// countries): each with its name and its turnover over the whole data, plus all of them together.
// Several named in a link (their sum) show as one more option. Every change becomes a new URL.

import { useEffect } from 'react';
import type { ReporterTurnover } from '../../core/aggregate/reporters';
import type { ViewFilter } from '../../core/aggregate/view-filter';
import { federalDistrictOf, reporterName } from '../../core/model/region-names';
import { useI18n } from '../../i18n/i18n-context';
import { formatUsd } from '../../i18n/format';
import type { ViewState } from '../../state/view-state';
import { loadRegionsSideBySide } from './regions-loader';

const ALL = 'all';

export function ReporterPicker({ view, effective, reporters, onChange }: { view: ViewState; effective: ViewFilter; reporters: readonly ReporterTurnover[]; onChange: (next: ViewState) => void }) {
  // A dataset with several reporters may be compared side by side: its chunk loads while the
  // page is idle, so ticking «Сравнить регионы» does not wait for it (issue 17: ≤ 150 ms).
  useEffect(() => {
    const load = () => void loadRegionsSideBySide().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 5_000 });
    else setTimeout(load, 0);
  }, []);
  const { lang, m } = useI18n();
  if (!effective.reporters || reporters.length < 2) return null;
  const shown = effective.reporters;
  const value = effective.allReporters ? ALL : shown.join(',');
  const several = !effective.allReporters && shown.length > 1;
  const comparing = view.compare === 'reporter';
  // In turnover order within each district; districts in the order of their largest reporter.
  const groups: [string | null, ReporterTurnover[]][] = [];
  for (const r of reporters) {
    const district = federalDistrictOf(r.code, lang);
    const group = groups.find(([d]) => d === district && d !== null);
    if (group) group[1].push(r);
    else groups.push([district, [r]]);
  }
  return (
    <div className="mb-3 flex flex-wrap items-end gap-3">
    <label className="flex flex-col items-start text-xs text-slate-600">
      {m.reporters.label}
      <select
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-800 focus-visible:outline-2 focus-visible:outline-blue-600"
        value={value}
        onChange={(e) => onChange({ ...view, reporter: e.target.value === ALL ? 'all' : e.target.value.split(',') })}
        data-testid="reporter-picker"
      >
        {groups.map(([district, list]) => {
          const options = list.map((r) => (
            <option key={r.code} value={r.code} data-reporter={r.code}>
              {reporterName(r.code, lang)} — {formatUsd(r.turnoverUsd, lang)}
            </option>
          ));
          // Regions grouped by federal district; reporters that are not regions stand alone.
          return district === null ? options : (
            <optgroup key={district} label={district}>
              {options}
            </optgroup>
          );
        })}
        {several && (
          <option value={value} data-reporter={value}>
            {shown.map((code) => reporterName(code, lang)).join(' + ')}
          </option>
        )}
        <option value={ALL} data-reporter={ALL}>
          {m.reporters.allTogether}
        </option>
      </select>
    </label>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          checked={comparing}
          data-testid="compare-reporters"
          // Side by side needs several: with one reporter chosen, every reporter is compared.
          onChange={() => onChange({ ...view, compare: comparing ? null : 'reporter', reporter: !comparing && !several && !effective.allReporters ? 'all' : view.reporter })}
        />
        {m.regions.compare}
      </label>
    </div>
  );
}
