// The goods × partners table (issue 12, «what do we sell to whom»): the goods chart's goods
// (without «other») by their top partners, each cell in the metric, the rest of the partners
// as one column. Part of the series (dashboard-series.ts).

import type { TradeTable } from '../table/trade-table';
import { queryTable } from '../query/roll-up';
import type { TradeFilter } from '../query/trade-query';
import type { GoodsLevel } from './goods-level';
import { metricAmount, Sums, type Metric } from './metric-sums';
import { OTHER_KEY } from './other-key';

/** Top goods of the goods chart × top partners of those goods: «what do we sell to whom». */
export interface GoodsByPartner {
  goods: string[];
  partners: string[];
  /** cells[g][p] in the metric's unit; the last column is every other partner (NaN for unit values without weight). */
  cells: number[][];
  /** Each goods row's whole (all partners). */
  rowTotals: number[];
}

/** The goods × partners table: the chart's goods (without «other») by their top partners. */
export function goodsByPartner(t: TradeTable, shown: readonly { key: string }[], level: GoodsLevel, filter: TradeFilter, nPartners: number, metric: Metric, amounts: 'value' | 'all'): GoodsByPartner {
  const goods = shown.map((s) => s.key).filter((k) => k !== OTHER_KEY);
  if (goods.length === 0) return { goods: [], partners: [], cells: [], rowTotals: [] };
  const digits = level === 'section' ? 'section' : level === 'hs2' ? 'hs2' : 'hs10';
  const rows = queryTable(t, { filter, by: [digits, 'partner'], amounts }).rows;
  const index = new Map(goods.map((g, i) => [g, i]));
  const keyOf = (code: string) => (digits === 'hs10' ? goods.find((g) => code.startsWith(g)) : index.has(code) ? code : undefined);
  const byPartner = new Map<string, Sums>();
  const cells = new Map<string, Sums>();
  for (const r of rows) {
    const g = keyOf(r.keys[0]);
    if (g === undefined || r.valueUsd <= 0) continue;
    const p = r.keys[1];
    if (!byPartner.has(p)) byPartner.set(p, new Sums());
    byPartner.get(p)!.add(r);
    const cell = `${g}\u0000${p}`;
    if (!cells.has(cell)) cells.set(cell, new Sums());
    cells.get(cell)!.add(r);
  }
  const rank = (s: Sums) => (metric === 'weight' ? s.kg : s.usd);
  const partners = [...byPartner].sort((a, b) => rank(b[1]) - rank(a[1]) || (a[0] < b[0] ? -1 : 1)).map(([p]) => p);
  const top = partners.slice(0, nPartners);
  const rest = partners.slice(nPartners);
  const matrix: number[][] = [];
  const rowTotals: number[] = [];
  for (const g of goods) {
    const all = new Sums();
    const row = top.map((p) => {
      const s = cells.get(`${g}\u0000${p}`);
      if (s) all.addSums(s);
      return s ? metricAmount(s, metric) : metric === 'price' ? NaN : 0;
    });
    const others = new Sums();
    for (const p of rest) {
      const s = cells.get(`${g}\u0000${p}`);
      if (s) others.addSums(s);
    }
    all.addSums(others);
    if (rest.length > 0) row.push(others.usd > 0 ? metricAmount(others, metric) : metric === 'price' ? NaN : 0);
    matrix.push(row);
    rowTotals.push(metricAmount(all, metric));
  }
  return { goods, partners: rest.length > 0 ? [...top, OTHER_KEY] : top, cells: matrix, rowTotals };
}
