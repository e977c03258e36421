// The goods × partners table as the panel's chart: cells shaded by their share of the row,
// headers that sort (aria-sort), a goods name that drills down like a bar of the goods chart.

import { useState } from 'react';
import { partnerLabel } from '../../../i18n/format';
import { formatMetricShare } from '../../../i18n/metric-format';
import { cellShare, matrixColumn, type MatrixData, type MatrixRow } from './goods-partners-data';
import type { PanelContext } from './panel-definition';
import { SortableHeader } from '../../../components/ui/sortable-header';

type SortKey = number | 'total';

export function GoodsPartnerMatrix({ data, ctx }: { data: MatrixData; ctx: PanelContext }) {
  const { m, lang, metric } = ctx;
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'total', descending: true });
  const column = matrixColumn(data, metric, lang);
  const valueOf = (r: MatrixRow, key: SortKey) => (key === 'total' ? r.total : r.cells[key]);
  const rows = [...data.rows].sort((a, b) => {
    const x = valueOf(a, sort.key);
    const y = valueOf(b, sort.key);
    const d = (Number.isFinite(x) ? x : -Infinity) - (Number.isFinite(y) ? y : -Infinity);
    return sort.descending ? -d : d;
  });
  const header = (key: SortKey, text: string) => {
    const active = sort.key === key;
    return (
      <SortableHeader key={String(key)} active={active} descending={sort.descending} onSort={() => setSort({ key, descending: active ? !sort.descending : true })}>
        {text}
      </SortableHeader>
    );
  };
  if (data.rows.length === 0) return <p className="text-sm text-slate-600">{m.noData}</p>;
  return (
    <div className="overflow-x-auto" data-testid="goods-partners-matrix">
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr>
            <th scope="col" className="border-b border-slate-300 px-2 py-1 text-left font-medium text-slate-600">
              {m.goods.name}
            </th>
            {data.partners.map((p, i) => header(i, partnerLabel(p, lang)))}
            {header('total', m.goods.matrixRowTotal)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const name = ctx.goodsLabel(r.key);
            return (
              <tr key={r.key} data-goods={r.key}>
                <th scope="row" className="max-w-72 truncate px-2 py-1 text-left font-normal" title={name.title}>
                  {ctx.drillGoods ? (
                    <button type="button" className="truncate text-left text-blue-800 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600" onClick={() => ctx.drillGoods!([r.key])}>
                      {name.label}
                    </button>
                  ) : (
                    name.label
                  )}
                </th>
                {r.cells.map((v, i) => {
                  const share = cellShare(r, i, metric);
                  return (
                    <td key={i} className="px-2 py-1 text-right tabular-nums" style={Number.isFinite(share) ? { background: `rgba(30, 64, 175, ${(0.06 + share * 0.4).toFixed(3)})` } : undefined}>
                      {column.cell(v)}
                      {Number.isFinite(share) && <span className="block text-xs text-slate-800">{formatMetricShare(share, lang)}</span>}
                    </td>
                  );
                })}
                <td className="px-2 py-1 text-right font-medium tabular-nums">{column.cell(r.total)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
