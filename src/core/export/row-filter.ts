// Which rows of a table a view shows: the same rules as the dashboard's
// aggregation (period span, reporters, partners, goods code prefixes, aggregates kept apart),
// for exporting exactly the filtered data.

import type { DashboardFilter } from '../aggregate/dashboard-series';
import { periodMonthSpan } from '../model/period';
import { commodityMatches } from '../query/dimensions';
import type { TradeTable } from '../table/trade-table';

/**
 * The dashboard's filter (aggregate/view-filter.ts filterMonths gives the months), partners and
 * goods (code prefixes) required; reporters as dashboardFilter passes them (empty or absent = every reporter).
 */
export type RowFilterSpec = Pick<DashboardFilter, 'fromMonth' | 'toMonth' | 'partners' | 'reporters'> & { goods: readonly string[] };

export function rowFilter(t: TradeTable, spec: RowFilterSpec): (row: number) => boolean {
  const reporters = spec.reporters ?? [];
  const reporterOk = t.reporters.map((r) => reporters.length === 0 || reporters.includes(r));
  const partnerOk = t.partners.map((p) => spec.partners.length === 0 || spec.partners.includes(p));
  const commodityOk = t.commodities.map((c) => spec.goods.length === 0 || commodityMatches(c, spec.goods));
  // A row is in the period when every month its period covers is (model/period.ts periodMonthSpan):
  // decided once per period code, the table has few.
  const periodOk = new Map<number, boolean>();
  const inPeriod = (code: number) => {
    let ok = periodOk.get(code);
    if (ok === undefined) {
      const [start, end] = periodMonthSpan(code);
      ok = start >= spec.fromMonth && end <= spec.toMonth;
      periodOk.set(code, ok);
    }
    return ok;
  };
  return (i) => t.counted[i] !== 0 && reporterOk[t.reporter[i]] && partnerOk[t.partner[i]] && commodityOk[t.commodity[i]] && inPeriod(t.period[i]);
}
