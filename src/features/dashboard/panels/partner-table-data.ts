// The ranked partner table's rows (issue 14): every partner of the period (the series'
// partnersAll) in the view's metric, with its share, its figure in the comparison base and the
// change (absolute and %), its known weight; and the table's sorting and search, kept pure so
// they are tested apart from the page.

import { metricAmount, type DashboardSeries, type Metric } from '../../../core/aggregate/dashboard-series';
import { normaliseSearchText } from '../../../core/model/nomenclature';

export interface PartnerTableRow {
  key: string;
  /** The partner's name in the page's language. */
  label: string;
  /** 1 = the largest (by weight under metric=weight, else by value). */
  rank: number;
  /** In the metric. */
  value: number;
  /** Of every partner; NaN for unit values. */
  share: number;
  /** Known net weight, kg. */
  knownKg: number;
  /** Now and in the base in the comparison's metric (value for unit values); null when the data does not cover the base. */
  now: number | null;
  base: number | null;
  change: number | null;
  /** change ÷ base; null without a base or from nothing. */
  growth: number | null;
}

export type PartnerSortKey = 'rank' | 'name' | 'value' | 'share' | 'change' | 'growth' | 'weight';
export interface PartnerSort {
  key: PartnerSortKey;
  descending: boolean;
}

/** Ranked by value: the table as it opens. */
export const DEFAULT_PARTNER_SORT: PartnerSort = { key: 'rank', descending: false };

export function partnerTableRows(series: Pick<DashboardSeries, 'partnersAll' | 'comparison' | 'metric'>, labelOf: (code: string) => string): PartnerTableRow[] {
  const metric: Metric = series.metric;
  const list = series.partnersAll ?? [];
  const amounts = list.map((p) => metricAmount({ usd: p.valueUsd, kg: p.knownKg, weighed: p.weighedUsd }, metric));
  const total = metric === 'price' ? NaN : amounts.reduce((a, b) => a + b, 0);
  const c = series.comparison;
  const now = new Map(c.partners.now);
  const then = new Map(c.partners.then);
  const rankOf = (i: number) => (metric === 'weight' ? list[i].knownKg : list[i].valueUsd);
  const order = list.map((_, i) => i).sort((a, b) => rankOf(b) - rankOf(a) || list[b].valueUsd - list[a].valueUsd || (list[a].key < list[b].key ? -1 : 1));
  const rank = new Map(order.map((i, r) => [i, r + 1]));
  return order.map((i) => {
    const p = list[i];
    const current = c.covered ? (now.get(p.key) ?? 0) : null;
    const base = c.covered ? (then.get(p.key) ?? 0) : null;
    const change = current !== null && base !== null ? current - base : null;
    return {
      key: p.key,
      label: labelOf(p.key),
      rank: rank.get(i)!,
      value: amounts[i],
      share: metric === 'price' ? NaN : total > 0 ? amounts[i] / total : 0,
      knownKg: p.knownKg,
      now: current,
      base,
      change,
      growth: change !== null && base !== null && base > 0 ? change / base : null,
    };
  });
}

/** Rows whose name (ё = е, any case) or code contains the query; all rows for an empty one. */
export function searchPartnerRows(rows: readonly PartnerTableRow[], query: string): PartnerTableRow[] {
  const q = normaliseSearchText(query);
  if (q === '') return [...rows];
  return rows.filter((r) => normaliseSearchText(r.label).includes(q) || r.key.toLowerCase() === q);
}

const numberOf = (r: PartnerTableRow, key: Exclude<PartnerSortKey, 'name'>): number | null => {
  const v = key === 'weight' ? r.knownKg : r[key];
  return v === null || !Number.isFinite(v) ? null : v;
};

/** Sorted by one column; rows without a figure in it (no base, no growth) last whichever the direction; ties by rank. */
export function sortPartnerRows(rows: readonly PartnerTableRow[], sort: PartnerSort, locale: string): PartnerTableRow[] {
  const dir = sort.descending ? -1 : 1;
  const collator = new Intl.Collator(locale);
  return [...rows].sort((a, b) => {
    if (sort.key === 'name') return dir * collator.compare(a.label, b.label) || a.rank - b.rank;
    const x = numberOf(a, sort.key);
    const y = numberOf(b, sort.key);
    if (x === null || y === null) return x === y ? a.rank - b.rank : x === null ? 1 : -1;
    return dir * (x - y) || a.rank - b.rank;
  });
}

/** A header's next sort when clicked: the same column flips; a new one starts largest first (names A→Z, ranks 1→n). */
export function nextPartnerSort(current: PartnerSort, key: PartnerSortKey): PartnerSort {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: key !== 'name' && key !== 'rank' };
}
