// What changed against the base (issue 13): partners and goods (at the goods chart's level)
// ranked by their change — absolute, growth, share now and then, change of share in percentage
// points; goods rows with the change of value split into volume and price. Computed from the
// series' comparison by core/aggregate/change-decomposition.ts movers.

import { useState } from 'react';
import { OTHER_KEY } from '../../../core/aggregate/dashboard-series';
import { movers, type Mover, type PriceVolumeSplit } from '../../../core/aggregate/change-decomposition';
import { formatChange, formatDecimal, formatMonthRangeDative, formatShare, formatUsd, partnerLabel } from '../../../i18n/format';
import { metricColumn, metricCsv, METRIC_CSV_UNIT } from '../../../i18n/metric-format';
import type { Column } from '../../../components/ui/data-table';
import { SortableHeader } from '../../../components/ui/sortable-header';
import type { ChartPanelDefinition, PanelContext } from './panel-definition';

/** Rows each list shows in the chart; the table and the CSV have them all. */
const SHOWN = 10;

export interface MoverRow extends Mover {
  kind: 'partners' | 'goods';
  split?: PriceVolumeSplit;
}

export interface MoversData {
  covered: boolean;
  partners: MoverRow[];
  goods: MoverRow[];
}

function select(series: PanelContext['series']): MoversData {
  const c = series.comparison;
  const split = new Map(c.goodsPriceVolume);
  return {
    covered: c.covered,
    partners: movers(new Map(c.partners.now), new Map(c.partners.then)).map((m) => ({ ...m, kind: 'partners' })),
    goods: movers(new Map(c.goods.now), new Map(c.goods.then)).map((m) => ({ ...m, kind: 'goods', split: split.get(m.key) })),
  };
}

const nameOf = (r: MoverRow, ctx: PanelContext) => (r.key === OTHER_KEY ? ctx.m.other : r.kind === 'partners' ? partnerLabel(r.key, ctx.lang) : ctx.goodsLabel(r.key).label);

/** «2024 г. к 2021 г.»: what is compared with what. */
export function comparedLabel(ctx: PanelContext): string {
  const c = ctx.series.comparison;
  return ctx.m.change.vs(ctx.periodLabel, formatMonthRangeDative(c.from, c.to, ctx.lang));
}

function columns(rows: MoverRow[], ctx: PanelContext, withSplit: boolean): Column<MoverRow>[] {
  const { m, lang } = ctx;
  const metric = ctx.series.comparison.amountMetric;
  const figure = metricColumn(rows.flatMap((r) => [r.current, r.base]), metric, lang);
  const signed = (v: number) => (v > 0 ? '+' : '') + figure.cell(v);
  const list: Column<MoverRow>[] = [
    { header: m.change.name, cell: (r) => nameOf(r, ctx) },
    { header: `${m.change.now}, ${figure.unit}`, numeric: true, sortValue: (r) => r.current, cell: (r) => figure.cell(r.current) },
    { header: `${m.change.then}, ${figure.unit}`, numeric: true, sortValue: (r) => r.base, cell: (r) => figure.cell(r.base) },
    { header: `${m.change.change}, ${figure.unit}`, numeric: true, sortValue: (r) => r.change, cell: (r) => signed(r.change) },
    { header: m.change.growth, numeric: true, sortValue: (r) => r.growth, cell: (r) => (r.growth === null ? '—' : formatChange(r.growth, lang)) },
    { header: m.change.shareNow, numeric: true, sortValue: (r) => r.shareNow, cell: (r) => formatShare(r.shareNow, lang) },
    { header: m.change.shareThen, numeric: true, sortValue: (r) => r.shareThen, cell: (r) => formatShare(r.shareThen, lang) },
    { header: m.change.sharePoints, numeric: true, sortValue: (r) => r.sharePointsChange, cell: (r) => (r.sharePointsChange > 0 ? '+' : '') + formatDecimal(r.sharePointsChange, lang, 1) },
  ];
  if (withSplit) {
    const usd = (v: number | undefined) => (v === undefined ? '—' : formatUsd(v, lang, true));
    list.push(
      { header: m.change.volume, numeric: true, sortValue: (r) => r.split?.volumeUsd ?? null, cell: (r) => usd(r.split?.volumeUsd) },
      { header: m.change.price, numeric: true, sortValue: (r) => r.split?.priceUsd ?? null, cell: (r) => usd(r.split?.priceUsd) },
      { header: m.change.unexplained, numeric: true, sortValue: (r) => r.split?.unexplainedUsd ?? null, cell: (r) => usd(r.split?.unexplainedUsd) },
    );
  }
  return list;
}

export const moversPanel: ChartPanelDefinition<MoversData, MoverRow> = {
  id: 'movers',
  testId: 'panel-movers',
  fileId: 'movers',
  wide: true,
  title: ({ m, measureName }) => m.change.moversTitle(measureName),
  subtitle: (ctx) => [comparedLabel(ctx), ctx.metric === 'price' ? ctx.m.metric.names.value : ctx.unit, ctx.m.change.priceVolumeNote].join('; '),
  select,
  table: (data, ctx) => {
    const rows = [...data.partners, ...data.goods];
    return { rows, columns: [{ header: ctx.m.change.kind, cell: (r) => (r.kind === 'partners' ? ctx.m.change.partners : ctx.m.change.goods) }, ...columns(rows, ctx, true)] };
  },
  csv: (data, ctx) => {
    const { m } = ctx;
    const metric = ctx.series.comparison.amountMetric;
    const unit = METRIC_CSV_UNIT[metric];
    const rows = [...data.partners, ...data.goods];
    return {
      header: [m.change.kind, 'code', m.change.name, `${m.change.now}, ${unit}`, `${m.change.then}, ${unit}`, `${m.change.change}, ${unit}`, 'growth', 'share_now', 'share_then', 'share_change_pp', 'volume_usd', 'price_usd', 'unexplained_usd'],
      rows: rows.map((r) => [
        r.kind,
        r.key,
        nameOf(r, ctx),
        metricCsv(r.current, metric),
        metricCsv(r.base, metric),
        metricCsv(r.change, metric),
        r.growth === null ? '' : Number(r.growth.toFixed(6)),
        Number(r.shareNow.toFixed(6)),
        Number(r.shareThen.toFixed(6)),
        Number(r.sharePointsChange.toFixed(4)),
        r.split ? Math.round(r.split.volumeUsd) : '',
        r.split ? Math.round(r.split.priceUsd) : '',
        r.split ? Math.round(r.split.unexplainedUsd) : '',
      ]),
    };
  },
  chart: (data, ctx) => <MoversChart data={data} ctx={ctx} />,
};

type SortKey = 'change' | 'growth' | 'current' | 'sharePointsChange';

function MoversChart({ data, ctx }: { data: MoversData; ctx: PanelContext }) {
  const { m } = ctx;
  if (!data.covered) return <p className="text-sm text-slate-600">{m.noBase(formatMonthRangeDative(ctx.series.comparison.from, ctx.series.comparison.to, ctx.lang))}</p>;
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <MoversTable title={m.change.partners} rows={data.partners} ctx={ctx} testId="movers-partners" />
      <MoversTable title={m.change.goods} rows={data.goods} ctx={ctx} testId="movers-goods" withSplit />
    </div>
  );
}

function MoversTable({ title, rows, ctx, testId, withSplit = false }: { title: string; rows: MoverRow[]; ctx: PanelContext; testId: string; withSplit?: boolean }) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'change', descending: true });
  const value = (r: MoverRow): number => (sort.key === 'change' ? Math.abs(r.change) : sort.key === 'growth' ? (r.growth ?? -Infinity) : r[sort.key]);
  const sorted = [...rows].sort((a, b) => (sort.descending ? value(b) - value(a) : value(a) - value(b))).slice(0, SHOWN);
  const cols = columns(rows, ctx, withSplit);
  const sortable: Record<number, SortKey> = { 1: 'current', 3: 'change', 4: 'growth', 7: 'sharePointsChange' };
  return (
    <div className="min-w-0 overflow-x-auto" data-testid={testId}>
      <h3 className="mb-1 text-sm font-semibold text-slate-800">{title}</h3>
      <table className="w-full border-collapse text-xs">
        <thead>
          <tr>
            {cols.map((c, i) => {
              const key = sortable[i];
              const active = key !== undefined && sort.key === key;
              return (
                key === undefined ? (
                  <th key={c.header} scope="col" className={`border-b border-slate-300 px-1.5 py-1 font-medium text-slate-600 ${c.numeric ? 'text-right' : 'text-left'}`}>
                    {c.header}
                  </th>
                ) : (
                  <SortableHeader key={c.header} className="px-1.5" numeric={c.numeric} active={active} descending={sort.descending} onSort={() => setSort({ key, descending: active ? !sort.descending : true })}>
                    {c.header}
                  </SortableHeader>
                )
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.key} data-key={r.key} data-change={r.change} className="odd:bg-slate-50">
              {cols.map((c, i) => (
                <td key={c.header} className={`px-1.5 py-1 ${c.numeric ? 'text-right tabular-nums' : 'text-left'} ${i === 3 ? (r.change >= 0 ? 'text-emerald-800' : 'text-red-800') : ''}`}>
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
