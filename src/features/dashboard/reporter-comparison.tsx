// Regions side by side (`compare=reporter`): one card per reporter — turnover, exports, imports
// and balance against the base, its top partners, its China share — and China's share by year
// as small multiples on one scale. Each reporter keeps one colour (by its place in the
// dataset's ranking). A table and a CSV download hold the same numbers.

import type { ReporterColumn, ReporterComparison } from '../../core/aggregate/reporter-comparison';
import { flowChange, KEY_FIGURES } from '../../core/aggregate/flow-change';
import type { ViewFilter } from '../../core/aggregate/view-filter';
import { reporterName } from '../../core/model/region-names';
import { Panel } from '../../components/ui/panel';
import { DataTable, type Column } from '../../components/ui/data-table';
import { useI18n } from '../../i18n/i18n-context';
import { formatChange, formatMonthRange, formatPeriodLabels, formatShare, formatUsd, partnerLabel } from '../../i18n/format';

/** Carto «Bold»: one colour per reporter, apart from the partners' Okabe–Ito palette. */
const REPORTER_COLOURS = ['#3969AC', '#7F3C8D', '#11A579', '#F2B701', '#E73F74', '#80BA5A', '#E68310', '#008695', '#CF1C90', '#4B4B8F'];

export function reporterColour(index: number): string {
  return REPORTER_COLOURS[index % REPORTER_COLOURS.length];
}

interface Props {
  comparison: ReporterComparison;
  effective: ViewFilter;
  /** Every reporter of the dataset, largest first: a reporter's colour is its place here. */
  ranked: readonly string[];
  /** Source and date lines for downloaded images. */
  source: string;
  date: string;
}

export function ReporterComparisonView({ comparison, effective, ranked, source, date }: Props) {
  const { lang, m } = useI18n();
  const period = formatMonthRange(effective.from, effective.to, lang);
  const labels = formatPeriodLabels(effective, lang);
  const maxShare = Math.max(0.01, ...comparison.reporters.flatMap((r) => r.chinaShareByYear.map((y) => y.share)));
  const colourOf = (code: string) => reporterColour(Math.max(0, ranked.indexOf(code)));
  const title = m.regions.title(m.measure[effective.measure]);
  const columns: Column<ReporterColumn>[] = [
    { header: m.regions.reporter, cell: (r) => reporterName(r.code, lang) },
    ...KEY_FIGURES.map(([key, field]): Column<ReporterColumn> => ({ header: `${m.kpi[key]}, ${m.unitMillionUsd}`, numeric: true, sortValue: (r) => r.current[field], cell: (r) => (r.current[field] / 1e6).toFixed(1).replace('.', lang === 'ru' ? ',' : '.') })),
    { header: m.regions.change(labels.previousTo), numeric: true, sortValue: changeSortValue, cell: (r) => changeText(r, lang) },
    { header: m.regions.chinaShare, numeric: true, sortValue: (r) => r.chinaShare, cell: (r) => formatShare(r.chinaShare, lang) },
  ];
  return (
    <Panel
      testId="reporter-comparison"
      title={title}
      subtitle={`${period}; ${m.regions.subtitle}`}
      exports={{
        fileName: `tradeshare-regions-${effective.from}-${effective.to}`,
        image: { title, filters: period, source, date },
        csv: () => ({
          header: [m.regions.reporter, 'code', ...KEY_FIGURES.map(([key]) => `${m.kpi[key]}, USD`), 'china_share'],
          rows: comparison.reporters.map((r) => [reporterName(r.code, lang), r.code, ...KEY_FIGURES.map(([, field]) => Math.round(r.current[field])), Number(r.chinaShare.toFixed(6))]),
        }),
      }}
      chart={
        <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {comparison.reporters.map((r) => (
            <section key={r.code} className="rounded-md border border-slate-200 p-3" data-reporter={r.code} data-testid="reporter-card" style={{ borderTop: `4px solid ${colourOf(r.code)}` }}>
              <h3 className="text-sm font-semibold text-slate-900">{reporterName(r.code, lang)}</h3>
              <p className="mt-1 text-xl font-semibold tabular-nums" data-testid="reporter-turnover" data-usd={r.current.turnover}>
                {formatUsd(r.current.turnover, lang)}
              </p>
              <p className="text-xs text-slate-600">
                {m.measure[effective.measure]}: {changeText(r, lang)} {m.changeVs(labels.previousTo)}
              </p>
              <p className="mt-1 text-xs text-slate-600">
                {m.kpi.export} {formatUsd(r.current.exports, lang)} · {m.kpi.import} {formatUsd(r.current.imports, lang)} · {m.kpi.balance} {formatUsd(r.current.balance, lang)}
              </p>
              <p className="mt-2 text-sm" data-testid="reporter-china-share" data-share={r.chinaShare}>
                {m.regions.chinaShare}: <span className="font-semibold tabular-nums">{formatShare(r.chinaShare, lang)}</span>
              </p>
              <ol className="mt-1 text-xs text-slate-700">
                {r.topPartners.map((p) => (
                  <li key={p.key} className="flex justify-between gap-2">
                    <span>{partnerLabel(p.key, lang)}</span>
                    <span className="tabular-nums">{formatShare(p.share, lang)}</span>
                  </li>
                ))}
              </ol>
              <ShareSparkline points={r.chinaShareByYear} years={comparison.years} max={maxShare} colour={colourOf(r.code)} label={m.regions.chinaByYear} lang={lang} />
            </section>
          ))}
        </div>
      }
      table={<DataTable caption={title} rows={comparison.reporters} columns={columns} />}
    />
  );
}

/** Sorted by the relative change; a change with no ratio (from nothing) is no figure to rank. */
function changeSortValue(r: ReporterColumn): number | null {
  if (!r.previous) return null;
  return flowChange(r.current, r.previous, 'turnover').ratio;
}

function changeText(r: ReporterColumn, lang: 'ru' | 'en'): string {
  if (!r.previous) return '—';
  const { ratio, difference } = flowChange(r.current, r.previous, 'turnover');
  return ratio === null ? formatUsd(difference, lang, true) : formatChange(ratio, lang);
}

/** China's share by year, on the same scale for every reporter (small multiples). */
function ShareSparkline({ points, years, max, colour, label, lang }: { points: { year: number; share: number }[]; years: number[]; max: number; colour: string; label: string; lang: 'ru' | 'en' }) {
  if (years.length < 2 || points.length === 0) return null;
  const w = 220;
  const h = 56;
  const x = (year: number) => 4 + ((year - years[0]) / (years[years.length - 1] - years[0])) * (w - 8);
  const y = (share: number) => h - 12 - (share / max) * (h - 20);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.year).toFixed(1)},${y(p.share).toFixed(1)}`).join(' ');
  const last = points[points.length - 1];
  return (
    <figure className="mt-2">
      <figcaption className="text-[11px] text-slate-500">{label}</figcaption>
      <svg viewBox={`0 0 ${w} ${h}`} width="100%" role="img" aria-label={`${label}: ${points.map((p) => `${p.year} ${formatShare(p.share, lang)}`).join(', ')}`}>
        <line x1={4} x2={w - 4} y1={y(0)} y2={y(0)} stroke="#cbd5e1" strokeWidth={0.5} />
        <path d={path} fill="none" stroke={colour} strokeWidth={1.5} />
        <circle cx={x(last.year)} cy={y(last.share)} r={2} fill={colour} />
        <text x={4} y={h - 1} fontSize={9} fill="#64748b">
          {years[0]}
        </text>
        <text x={w - 4} y={h - 1} fontSize={9} fill="#64748b" textAnchor="end">
          {years[years.length - 1]}
        </text>
        <text x={x(last.year) - 4} y={y(last.share) - 4} fontSize={9} fill="#334155" textAnchor="end">
          {formatShare(last.share, lang)}
        </text>
      </svg>
    </figure>
  );
}
