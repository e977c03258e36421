// Regions side by side (issue 14, `compare=reporter`): for each reporter shown, the key figures
// against the base, its top partners with their shares, its China share, and China's share by
// year — every figure from the query core, one query per question grouped by reporter, so
// the reporters are never summed. Pure: no React.

import type { TradeFilter } from '../query/query-types';
import { queryTable } from '../query/roll-up';
import type { Flow } from '../model/trade-record';
import { periodMonthSpan, parseCanonicalPeriod } from '../model/period';
import type { TradeTable } from '../table/trade-table';
import type { DashboardFilter, FlowTotals } from './dashboard-series';

export interface ReporterColumn {
  code: string;
  current: FlowTotals;
  /** The base's totals; null when the data does not cover the whole base. */
  previous: FlowTotals | null;
  /** Top partners of the measured flows, with their shares of the reporter's whole. */
  topPartners: { key: string; valueUsd: number; share: number }[];
  /** China's share of the reporter's measured flows in the period. */
  chinaShare: number;
  /** China's share by year over the history span (years with trade only). */
  chinaShareByYear: { year: number; share: number }[];
}

export interface ReporterComparison {
  reporters: ReporterColumn[];
  /** The years of the small multiples (the same axis for every reporter). */
  years: number[];
}

const CHINA = 'CN';

/**
 * The columns for `reporters` (in the order given), under the filter's period, flows measured,
 * partners and goods (its own reporter filter is replaced by each reporter in turn).
 */
export function computeReporterComparison(t: TradeTable, filter: DashboardFilter, reporters: readonly string[], options: { topPartners?: number; dataFirstMonth?: number; dataLastMonth?: number } = {}): ReporterComparison {
  const top = options.topPartners ?? 5;
  const measured: Flow[] = filter.measure === 'turnover' ? ['export', 'import'] : [filter.measure];
  const from = filter.fromMonth;
  const to = filter.toMonth;
  const baseFrom = filter.baseFromMonth ?? from - 12;
  const baseTo = filter.baseToMonth ?? to - 12;
  const covered = baseFrom >= (options.dataFirstMonth ?? 0) && baseTo <= (options.dataLastMonth ?? Number.MAX_SAFE_INTEGER);
  const histFrom = Math.min(from, filter.historyFromMonth ?? from);
  const histTo = Math.max(to, filter.historyToMonth ?? to);
  const goods = filter.goods && filter.goods.length > 0 ? filter.goods : null;
  const partners = filter.partners.length > 0 ? filter.partners : null;
  const common: TradeFilter = { reporters, commodities: goods };
  const q = (f: TradeFilter, by: Parameters<typeof queryTable>[1]['by']) => queryTable(t, { filter: f, by, amounts: 'value' }).rows;

  const flows = new Map<string, { cur: [number, number]; prev: [number, number] }>();
  for (const code of reporters) flows.set(code, { cur: [0, 0], prev: [0, 0] });
  for (const r of q({ ...common, partners, flows: ['export', 'import'], fromMonth: Math.min(from, baseFrom), toMonth: Math.max(to, baseTo) }, ['reporter', 'month', 'flow'])) {
    const cell = flows.get(r.keys[0]);
    if (!cell) continue;
    const code = parseCanonicalPeriod(r.keys[1]);
    if (code === null) continue;
    const [start, end] = periodMonthSpan(code);
    const i = r.keys[2] === 'export' ? 0 : 1;
    if (start >= from && end <= to) cell.cur[i] += r.valueUsd;
    if (start >= baseFrom && end <= baseTo) cell.prev[i] += r.valueUsd;
  }
  const totals = ([e, i]: [number, number]): FlowTotals => ({ exports: e, imports: i, turnover: e + i, balance: e - i });

  const byPartner = new Map<string, { key: string; valueUsd: number }[]>();
  for (const r of q({ ...common, flows: measured, fromMonth: from, toMonth: to }, ['reporter', 'partner'])) {
    if (r.valueUsd <= 0) continue;
    if (!byPartner.has(r.keys[0])) byPartner.set(r.keys[0], []);
    byPartner.get(r.keys[0])!.push({ key: r.keys[1], valueUsd: r.valueUsd });
  }

  const yearly = new Map<string, Map<number, { all: number; china: number }>>();
  for (const r of q({ ...common, flows: measured, fromMonth: histFrom, toMonth: histTo }, ['reporter', 'year', 'partner'])) {
    if (!yearly.has(r.keys[0])) yearly.set(r.keys[0], new Map());
    const years = yearly.get(r.keys[0])!;
    const year = Number(r.keys[1]);
    const cell = years.get(year) ?? { all: 0, china: 0 };
    cell.all += r.valueUsd;
    if (r.keys[2] === CHINA) cell.china += r.valueUsd;
    years.set(year, cell);
  }
  const allYears = new Set<number>();
  for (const years of yearly.values()) for (const [y, c] of years) if (c.all > 0) allYears.add(y);

  return {
    years: [...allYears].sort((a, b) => a - b),
    reporters: reporters.map((code): ReporterColumn => {
      const list = (byPartner.get(code) ?? []).sort((a, b) => b.valueUsd - a.valueUsd || (a.key < b.key ? -1 : 1));
      const whole = list.reduce((s, p) => s + p.valueUsd, 0);
      const china = list.find((p) => p.key === CHINA)?.valueUsd ?? 0;
      const cell = flows.get(code)!;
      return {
        code,
        current: totals(cell.cur),
        previous: covered ? totals(cell.prev) : null,
        topPartners: list.slice(0, top).map((p) => ({ ...p, share: whole > 0 ? p.valueUsd / whole : 0 })),
        chinaShare: whole > 0 ? china / whole : 0,
        chinaShareByYear: [...(yearly.get(code) ?? new Map<number, { all: number; china: number }>())]
          .filter(([, c]) => c.all > 0)
          .sort((a, b) => a[0] - b[0])
          .map(([year, c]) => ({ year, share: c.china / c.all })),
      };
    }),
  };
}
