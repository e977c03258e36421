// Which rows of a table a view shows: the same rules as the dashboard's
// aggregation (period span, partners, chapters, aggregates kept apart), for
// exporting exactly the filtered data.

import { TOTAL_COMMODITY } from '../model/trade-record';
import type { TradeTable } from '../table/trade-table';

export interface RowFilterSpec {
  fromMonth: number;
  toMonth: number;
  partners: readonly string[];
  chapters: readonly string[];
}

export function rowFilter(t: TradeTable, spec: RowFilterSpec): (row: number) => boolean {
  const partnerOk = t.partners.map((p) => spec.partners.length === 0 || spec.partners.includes(p));
  const commodityOk = t.commodities.map((c) => spec.chapters.length === 0 || (c !== TOTAL_COMMODITY && spec.chapters.includes(c.slice(0, 2))));
  return (i) => {
    if (!t.counted[i] || !partnerOk[t.partner[i]] || !commodityOk[t.commodity[i]]) return false;
    const code = t.period[i];
    const year = (code / 100) | 0;
    const sub = code - year * 100;
    const start = sub === 0 ? year * 12 : sub > 20 ? year * 12 + (sub - 21) * 3 : year * 12 + sub - 1;
    const end = sub === 0 ? start + 11 : sub > 20 ? start + 2 : start;
    return start >= spec.fromMonth && end <= spec.toMonth;
  };
}
