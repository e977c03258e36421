// One partner's profile (issue 14, `profile=CN`): its share of the reporter's trade over time
// by the view's step, exports and imports with it over time, its goods at the goods chart's
// level, and its rank among partners in the period. Queries of the query core, on the roll-ups
// where they answer, like dashboard-series.ts.
//
// The share rule (docs/architecture.md): a share is the partner's figure ÷ every partner's figure
// under the same filters except the partner filter (period, flows measured, reporters, goods).
// Keys say what a row covers (`2024-01` a month, `2024-Q1` a quarter, `2024` a year): a quarterly
// row is never spread over months, an annual row never over quarters; a step finer than the data
// falls back to the finest it has (time-series.ts shownStep).

import type { Flow } from '../model/trade-record';
import type { TradeTable } from '../table/trade-table';
import { queryTable } from '../query/roll-up';
import type { TradeFilter } from '../query/query-types';
import type { DashboardFilter } from './dashboard-series';
import { metricAmount, Sums, type Metric } from './metric-sums';
import { goodsKeyUnder, goodsLevelOf, type GoodsLevel } from './goods-level';
import { shownStep, type Step } from './time-series';

/** The partner's figure in one period, with every partner's and its rank among them. */
export interface ProfilePeriod {
  /** `2024`, `2024-Q1` or `2024-01`. */
  period: string;
  /** The partner's figure in the metric (measured flows). */
  value: number;
  /** Every partner's figure in the metric. */
  total: number;
  /** value ÷ total; NaN for unit values (they do not add up). */
  share: number;
  /** 1 = the largest partner of the period (by value, by weight under metric=weight); null when the partner did not trade then. */
  rank: number | null;
}

export interface ProfileFlows {
  period: string;
  exports: number;
  imports: number;
  /** NaN for unit values. */
  balance: number;
}

export interface ProfileGoods {
  /** A goods key at the goods chart's level (chapter, section, or the level below `hs=`). */
  key: string;
  value: number;
  /** Of the partner's trade in these goods; NaN for unit values. */
  share: number;
}

export interface PartnerProfile {
  partner: string;
  metric: Metric;
  /** The step drawn: the view's, never finer than the data. */
  step: Step;
  /** The finest step the data has over the history span. */
  finest: Step;
  /** Over the history span, by `step`; periods where no partner traded are left out. */
  shares: ProfilePeriod[];
  flows: ProfileFlows[];
  /** In the period (measured flows), largest first. */
  goodsLevel: GoodsLevel;
  goods: ProfileGoods[];
  /** In the period: the partner's figure, its share, its rank and how many partners there were. */
  period: { value: number; total: number; share: number; rank: number | null; partners: number; exports: number; imports: number };
}


const FINENESS: Record<Step, number> = { year: 0, quarter: 1, month: 2 };

function granularityOf(key: string): Step {
  if (key.length === 4) return 'year';
  return key[5] === 'Q' ? 'quarter' : 'month';
}

/** The period a key is shown under at `step`; null when the key is coarser than the step (never spread). */
export function periodAtStep(key: string, step: Step): string | null {
  const g = granularityOf(key);
  if (FINENESS[g] < FINENESS[step]) return null;
  if (step === 'year') return key.slice(0, 4);
  if (step === 'quarter') return g === 'quarter' ? key : `${key.slice(0, 4)}-Q${Math.floor((Number(key.slice(5, 7)) - 1) / 3) + 1}`;
  return key;
}

/** 1-based rank of `partner` among `cells` by `rankOf` (ties by code, as the partner table orders them); null when absent or zero. */
function rankIn(cells: Map<string, Sums>, partner: string, rankOf: (s: Sums) => number): number | null {
  const own = cells.get(partner);
  if (!own || own.usd === 0) return null;
  const mine = rankOf(own);
  let rank = 1;
  for (const [key, s] of cells) {
    if (key === partner || s.usd === 0) continue;
    const r = rankOf(s);
    if (r > mine || (r === mine && key < partner)) rank++;
  }
  return rank;
}

export function computePartnerProfile(t: TradeTable, filter: DashboardFilter, partner: string, step: Step): PartnerProfile {
  const metric = filter.metric ?? 'value';
  const amountOf = (s: Sums) => metricAmount(s, metric);
  const rankOf = (s: Sums) => (metric === 'weight' ? s.kg : s.usd);
  const shareOf = (part: Sums, whole: Sums) => (metric === 'price' ? NaN : amountOf(whole) > 0 ? amountOf(part) / amountOf(whole) : 0);
  const from = filter.fromMonth;
  const to = filter.toMonth;
  const histFrom = Math.min(from, filter.historyFromMonth ?? from);
  const histTo = Math.max(to, filter.historyToMonth ?? to);
  const measured: Flow[] = filter.measure === 'turnover' ? ['export', 'import'] : [filter.measure];
  const nonEmpty = (list: readonly string[] | undefined) => (list && list.length > 0 ? list : null);
  const goods = nonEmpty(filter.goods);
  // Every filter of the view but the partners': the partner's own trade is the profile's subject.
  const common: TradeFilter = { reporters: nonEmpty(filter.reporters), commodities: goods };
  const amounts = metric === 'value' ? 'value' : 'all';
  const q = (f: TradeFilter, by: Parameters<typeof queryTable>[1]['by']) => queryTable(t, { filter: f, by, amounts }).rows;

  // Every partner by period over the history: the partner's share and rank in each.
  const byPeriodPartner = q({ ...common, flows: measured, fromMonth: histFrom, toMonth: histTo }, ['month', 'partner']);
  let finest: Step = 'year';
  for (const r of byPeriodPartner) {
    const g = granularityOf(r.keys[0]);
    if (FINENESS[g] > FINENESS[finest]) finest = g;
  }
  // Flows with the partner (both flows, whatever the measure), over the history.
  const byPeriodFlow = q({ ...common, partners: [partner], flows: ['export', 'import'], fromMonth: histFrom, toMonth: histTo }, ['month', 'flow']);
  for (const r of byPeriodFlow) {
    const g = granularityOf(r.keys[0]);
    if (FINENESS[g] > FINENESS[finest]) finest = g;
  }
  const shown = shownStep(step, finest);

  const periods = new Map<string, Map<string, Sums>>();
  for (const r of byPeriodPartner) {
    if (r.valueUsd === 0) continue;
    const period = periodAtStep(r.keys[0], shown);
    if (period === null) continue;
    let cells = periods.get(period);
    if (!cells) periods.set(period, (cells = new Map()));
    let s = cells.get(r.keys[1]);
    if (!s) cells.set(r.keys[1], (s = new Sums()));
    s.add(r);
  }
  const shares: ProfilePeriod[] = [...periods.keys()].sort().map((period) => {
    const cells = periods.get(period)!;
    const all = new Sums();
    for (const s of cells.values()) all.addSums(s);
    const own = cells.get(partner) ?? new Sums();
    return { period, value: amountOf(own), total: amountOf(all), share: shareOf(own, all), rank: rankIn(cells, partner, rankOf) };
  });

  const flowCells = new Map<string, { exports: Sums; imports: Sums }>();
  for (const r of byPeriodFlow) {
    const period = periodAtStep(r.keys[0], shown);
    if (period === null) continue;
    let cell = flowCells.get(period);
    if (!cell) flowCells.set(period, (cell = { exports: new Sums(), imports: new Sums() }));
    cell[r.keys[1] === 'export' ? 'exports' : 'imports'].add(r);
  }
  const flows: ProfileFlows[] = [...flowCells.keys()].sort().flatMap((period) => {
    const c = flowCells.get(period)!;
    if (c.exports.usd === 0 && c.imports.usd === 0) return [];
    const exports = amountOf(c.exports);
    const imports = amountOf(c.imports);
    return [{ period, exports, imports, balance: metric === 'price' ? NaN : exports - imports }];
  });

  // The period: every partner (rank, share), the partner's flows, its goods.
  const inPeriod: TradeFilter = { ...common, fromMonth: from, toMonth: to };
  const partnerCells = new Map<string, Sums>();
  for (const r of q({ ...inPeriod, flows: measured }, ['partner'])) {
    if (r.valueUsd === 0) continue;
    const s = new Sums();
    s.add(r);
    partnerCells.set(r.keys[0], s);
  }
  const all = new Sums();
  for (const s of partnerCells.values()) all.addSums(s);
  const own = partnerCells.get(partner) ?? new Sums();
  const flowSums = { exports: new Sums(), imports: new Sums() };
  for (const r of q({ ...inPeriod, partners: [partner], flows: ['export', 'import'] }, ['flow'])) flowSums[r.keys[0] === 'export' ? 'exports' : 'imports'].add(r);

  const goodsLevel = goodsLevelOf(goods ?? [], filter.goodsTop ?? 'chapter');
  const by = goods === null ? (goodsLevel === 'section' ? 'section' : 'hs2') : 'hs10';
  const goodsCells = new Map<string, Sums>();
  for (const r of q({ ...inPeriod, partners: [partner], flows: measured }, [by])) {
    if (r.valueUsd <= 0) continue;
    const key = goods === null ? r.keys[0] : goodsKeyUnder(r.keys[0], goods);
    let s = goodsCells.get(key);
    if (!s) goodsCells.set(key, (s = new Sums()));
    s.add(r);
  }
  const goodsAll = new Sums();
  for (const s of goodsCells.values()) goodsAll.addSums(s);
  const goodsList: ProfileGoods[] = [...goodsCells]
    .sort((a, b) => rankOf(b[1]) - rankOf(a[1]) || b[1].usd - a[1].usd || (a[0] < b[0] ? -1 : 1))
    .map(([key, s]) => ({ key, value: amountOf(s), share: shareOf(s, goodsAll) }));

  return {
    partner,
    metric,
    step: shown,
    finest,
    shares,
    flows,
    goodsLevel,
    goods: goodsList,
    period: {
      value: amountOf(own),
      total: amountOf(all),
      share: shareOf(own, all),
      rank: rankIn(partnerCells, partner, rankOf),
      partners: partnerCells.size,
      exports: amountOf(flowSums.exports),
      imports: amountOf(flowSums.imports),
    },
  };
}

