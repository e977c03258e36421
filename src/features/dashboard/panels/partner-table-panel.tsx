// Every partner of the period, ranked (issue 14): value (or tonnes, or price per kg) in the view's
// metric, share of all partners, change against the comparison base (absolute and %), known
// weight. Sortable (aria-sort on the headers), searchable by name (ё = е, any case), downloadable
// as the panel's CSV. A partner's name opens its profile (`profile=<code>`) on the live page.

import { useMemo, useState } from 'react';
import { formatChange, formatMonthRangeDative, formatShare, partnerLabel } from '../../../i18n/format';
import { METRIC_CSV_UNIT, metricColumn, metricCsv, NO_FIGURE } from '../../../i18n/metric-format';
import { LOCALES } from '../../../core/model/language';
import type { Column } from '../../../components/ui/data-table';
import { SortableHeader } from '../../../components/ui/sortable-header';
import type { ChartPanelDefinition, PanelContext } from './panel-definition';
import { comparedLabel } from './movers-panel';
import { DEFAULT_PARTNER_SORT, nextPartnerSort, partnerTableRows, searchPartnerRows, sortPartnerRows, type PartnerSort, type PartnerSortKey, type PartnerTableRow } from './partner-table-data';

interface PartnerTableData {
  rows: PartnerTableRow[];
  covered: boolean;
}

interface SortableColumn extends Column<PartnerTableRow> {
  sort: PartnerSortKey;
}

const hasWeights = (data: PartnerTableData) => data.rows.some((r) => r.knownKg > 0);

function columns(data: PartnerTableData, ctx: PanelContext): SortableColumn[] {
  const { m, lang, metric } = ctx;
  const figure = metricColumn(
    data.rows.map((r) => r.value),
    metric,
    lang,
  );
  const changeMetric = ctx.series.comparison.amountMetric;
  const change = metricColumn(
    data.rows.flatMap((r) => (r.change === null ? [] : [r.change])),
    changeMetric,
    lang,
  );
  const weight = metricColumn([], 'weight', lang);
  const list: SortableColumn[] = [
    { sort: 'rank', header: m.partnerTable.rank, numeric: true, sortValue: (r) => r.rank, cell: (r) => String(r.rank) },
    { sort: 'name', header: m.partner, cell: (r) => r.label },
    { sort: 'value', header: `${m.metric.names[metric]}, ${figure.unit}`, numeric: true, sortValue: (r) => r.value, cell: (r) => figure.cell(r.value) },
  ];
  if (metric !== 'price') list.push({ sort: 'share', header: m.partnerTable.share, numeric: true, sortValue: (r) => (Number.isFinite(r.share) ? r.share : null), cell: (r) => (Number.isFinite(r.share) ? formatShare(r.share, lang) : NO_FIGURE) });
  list.push(
    { sort: 'change', header: `${m.partnerTable.change}, ${change.unit}`, numeric: true, sortValue: (r) => r.change, cell: (r) => (r.change === null ? NO_FIGURE : (r.change > 0 ? '+' : '') + change.cell(r.change)) },
    { sort: 'growth', header: m.partnerTable.growth, numeric: true, sortValue: (r) => r.growth, cell: (r) => (r.growth === null ? NO_FIGURE : formatChange(r.growth, lang)) },
  );
  // Weights only where the series carries them (a view in value reads no weights: the column would be all zeros).
  if (hasWeights(data)) list.push({ sort: 'weight', header: m.partnerTable.weight, numeric: true, sortValue: (r) => r.knownKg, cell: (r) => weight.cell(r.knownKg) });
  return list;
}

export const partnerTablePanel: ChartPanelDefinition<PartnerTableData, PartnerTableRow> = {
  id: 'partner-table',
  testId: 'panel-partner-table',
  fileId: 'partners-all',
  wide: true,
  title: ({ m, measureName }) => m.partnerTable.title(measureName),
  subtitle: (ctx) => {
    const { m, filter, metric } = ctx;
    const share = metric === 'price' ? m.metric.priceNote : m.bases.partners(m.bases.of[filter.measure], '');
    const change = ctx.series.comparison.covered ? comparedLabel(ctx) : m.noBase(formatMonthRangeDative(ctx.series.comparison.from, ctx.series.comparison.to, ctx.lang));
    return `${ctx.periodLabel}; ${share}; ${m.partnerTable.change.toLowerCase()}: ${change}`;
  },
  select: (series, lang) => ({ rows: partnerTableRows(series, (code) => partnerLabel(code, lang)), covered: series.comparison.covered }),
  table: (data, ctx) => ({ rows: data.rows, columns: columns(data, ctx) }),
  csv: (data, ctx) => {
    const { m, metric } = ctx;
    const unit = METRIC_CSV_UNIT[metric];
    const changeMetric = ctx.series.comparison.amountMetric;
    const changeUnit = METRIC_CSV_UNIT[changeMetric];
    const weights = hasWeights(data);
    const num = (v: number | null, digits: number) => (v === null || !Number.isFinite(v) ? '' : Number(v.toFixed(digits)));
    return {
      header: [m.partnerTable.rank, 'code', m.partner, `${m.metric.names[metric]}, ${unit}`, 'share', `${m.change.then}, ${changeUnit}`, `${m.partnerTable.change}, ${changeUnit}`, 'growth', ...(weights ? [`${m.metric.names.weight}, t`] : [])],
      rows: data.rows.map((r) => [
        r.rank,
        r.key,
        r.label,
        metricCsv(r.value, metric),
        num(r.share, 6),
        r.base === null ? '' : metricCsv(r.base, changeMetric),
        r.change === null ? '' : metricCsv(r.change, changeMetric),
        num(r.growth, 6),
        ...(weights ? [metricCsv(r.knownKg, 'weight')] : []),
      ]),
    };
  },
  chart: (data, ctx) => <PartnerTableView data={data} ctx={ctx} />,
};

function PartnerTableView({ data, ctx }: { data: PartnerTableData; ctx: PanelContext }) {
  const { m, lang } = ctx;
  const [sort, setSort] = useState<PartnerSort>(DEFAULT_PARTNER_SORT);
  const [query, setQuery] = useState('');
  const cols = columns(data, ctx);
  const shown = useMemo(() => sortPartnerRows(searchPartnerRows(data.rows, query), sort, LOCALES[lang]), [data.rows, query, sort, lang]);
  // Profiles are computed from the data: only on the live page (a snapshot has no table), never in an embed.
  const openProfile = ctx.togglePartner && ctx.view.embed === null ? (code: string) => ctx.onChange({ ...ctx.view, profile: code }) : undefined;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label className="flex items-center gap-2">
          <span className="text-slate-600">{m.partnerTable.search}</span>
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={m.partnerTable.searchPlaceholder}
            className="w-56 rounded border border-slate-300 px-2 py-1 focus-visible:outline-2 focus-visible:outline-blue-600"
            data-testid="partner-table-search"
          />
        </label>
        <span className="text-slate-500 tabular-nums" data-testid="partner-table-count">
          {m.partnerTable.shown(shown.length, data.rows.length)}
        </span>
      </div>
      <div className="max-h-[32rem] overflow-auto">
        <table className="w-full border-collapse text-sm" data-testid="partner-table">
          <caption className="sr-only">{m.partnerTable.title(ctx.measureName)}</caption>
          <thead className="sticky top-0 bg-white">
            <tr>
              {cols.map((c) => {
                const active = sort.key === c.sort;
                return (
                  <SortableHeader key={c.header} dataSort={c.sort} numeric={c.numeric} active={active} descending={sort.descending} title={m.partnerTable.sortBy(c.header)} onSort={() => setSort((s) => nextPartnerSort(s, c.sort))}>
                    {c.header}
                  </SortableHeader>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.key} data-partner={r.key} data-change={r.change ?? ''} className="odd:bg-slate-50">
                {cols.map((c) => (
                  <td key={c.header} className={`px-2 py-1 ${c.numeric ? 'text-right tabular-nums' : 'text-left'} ${c.sort === 'change' && r.change !== null ? (r.change >= 0 ? 'text-emerald-800' : 'text-red-800') : ''}`}>
                    {c.sort === 'name' && openProfile ? (
                      <button type="button" className="text-left text-blue-800 underline decoration-dotted hover:text-blue-950 focus-visible:outline-2 focus-visible:outline-blue-600" aria-label={m.partnerTable.openProfile(r.label)} onClick={() => openProfile(r.key)} data-testid="partner-table-profile">
                        {r.label}
                      </button>
                    ) : (
                      c.cell(r)
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className="px-2 py-3 text-sm text-slate-600">{m.partnerTable.none}</p>}
      </div>
    </div>
  );
}
