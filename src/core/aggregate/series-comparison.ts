// The view against its comparison base (issue 13; docs/architecture.md «What changed and
// why»): every partner's and goods row's figure now and in the base, and the change of value
// split into volume, price and value without weight per 10-digit code and flow. Computed with
// the series (dashboard-series.ts) from the same filters.

import { monthKey } from '../model/period';
import { sectionOfChapter } from '../model/commodities';
import type { TradeTable } from '../table/trade-table';
import { queryTable } from '../query/roll-up';
import type { TradeFilter } from '../query/trade-query';
import { goodsKeyUnder, sectionChosen, type GoodsLevel } from './goods-level';
import { priceVolumeSplit, type PriceVolumeSplit, type ValueAndWeight } from './change-decomposition';
import { metricAmount, Sums, type Metric } from './metric-sums';

/**
 * The view against its comparison base (issue 13): every partner's and every goods row's figure
 * now and then — the movers and the contributions are computed from these by the panels
 * (aggregate/change-decomposition.ts) — and the change of value split into volume and price.
 */
export interface Comparison {
  /** The base's months (inclusive keys) and whether the data covers all of them; when it does not, the lists are empty. */
  from: string;
  to: string;
  covered: boolean;
  /** In the metric (value for unit values, which do not add up). */
  amountMetric: Metric;
  partners: { now: [string, number][]; then: [string, number][] };
  /** At the goods chart's level. */
  goods: { now: [string, number][]; then: [string, number][] };
  /** The change of value (USD) split per 10-digit code and flow, summed: volume + price + unexplained = change. */
  priceVolume: PriceVolumeSplit;
  /** The base's value of the rows with a weight: what the volume effect is a share of («объём снизился на 3 %»). */
  baseWeighedUsd: number;
  /** The same per goods row of the goods level. */
  goodsPriceVolume: [string, PriceVolumeSplit][];
}

export interface CompareInput {
  filter: TradeFilter;
  base: TradeFilter;
  covered: boolean;
  metric: Metric;
  goods: readonly string[] | null;
  goodsLevel: GoodsLevel;
  partnersNow: [string, Sums][];
  goodsNow: [string, Sums][];
  amounts: 'value' | 'all';
}

/** The key a code is shown under at the goods chart's level. */
function goodsKeyOf(code: string, level: GoodsLevel, goods: readonly string[] | null): string {
  if (level === 'section') return sectionOfChapter(code.slice(0, 2))?.roman ?? code;
  if (goods === null || sectionChosen(goods)) return code.length > 2 ? code.slice(0, 2) : code;
  return goodsKeyUnder(code, goods);
}

export function compareWithBase(t: TradeTable, c: CompareInput): Comparison {
  const from = monthKey(c.base.fromMonth!);
  const to = monthKey(c.base.toMonth!);
  // Figures that add up: the metric, or value for unit values.
  const amountMetric: Metric = c.metric === 'price' ? 'value' : c.metric;
  const none: PriceVolumeSplit = { changeUsd: 0, volumeUsd: 0, priceUsd: 0, unexplainedUsd: 0 };
  if (!c.covered) return { from, to, covered: false, amountMetric, partners: { now: [], then: [] }, goods: { now: [], then: [] }, priceVolume: none, baseWeighedUsd: 0, goodsPriceVolume: [] };
  const amount = (s: Sums) => metricAmount(s, amountMetric);
  const amounts = amountMetric === 'value' ? c.amounts : 'all';
  const q = (f: TradeFilter, by: Parameters<typeof queryTable>[1]['by'], how: 'value' | 'all' = amounts) => queryTable(t, { filter: f, by, amounts: how }).rows;

  const partnersThen = q({ ...c.base, partners: null }, ['partner']).filter((r) => r.valueUsd !== 0);
  const goodsThen = new Map<string, Sums>();
  // Chapters and sections of all goods come from the roll-up; a drill's codes from the rows.
  const byCode = c.goods !== null ? 'hs10' : c.goodsLevel === 'section' ? 'section' : 'hs2';
  for (const r of q(c.base, [byCode])) {
    if (r.valueUsd === 0) continue;
    const key = byCode === 'hs10' ? goodsKeyOf(r.keys[0], c.goodsLevel, c.goods) : r.keys[0];
    if (!goodsThen.has(key)) goodsThen.set(key, new Sums());
    goodsThen.get(key)!.add(r);
  }

  // Price and volume: per 10-digit code and flow, over the same filters, then summed.
  const split = (f: TradeFilter) => {
    const m = new Map<string, ValueAndWeight>();
    for (const r of q(f, ['flow', 'hs10'], 'all')) m.set(`${r.keys[0]}|${r.keys[1]}`, { valueUsd: r.valueUsd, knownKg: r.knownKg ?? 0, weighedUsd: r.weighedUsd ?? 0 });
    return m;
  };
  const baseSplit = split(c.base);
  const { total, byKey } = priceVolumeSplit(split(c.filter), baseSplit);
  let baseWeighedUsd = 0;
  for (const v of baseSplit.values()) if (v.knownKg > 0) baseWeighedUsd += v.weighedUsd;
  const perGoods = new Map<string, PriceVolumeSplit>();
  for (const [key, part] of byKey) {
    const g = goodsKeyOf(key.slice(key.indexOf('|') + 1), c.goodsLevel, c.goods);
    const sum = perGoods.get(g) ?? { changeUsd: 0, volumeUsd: 0, priceUsd: 0, unexplainedUsd: 0 };
    sum.changeUsd += part.changeUsd;
    sum.volumeUsd += part.volumeUsd;
    sum.priceUsd += part.priceUsd;
    sum.unexplainedUsd += part.unexplainedUsd;
    perGoods.set(g, sum);
  }
  return {
    from,
    to,
    covered: true,
    amountMetric,
    partners: { now: c.partnersNow.map(([k, s]) => [k, amount(s)]), then: partnersThen.map((r) => [r.keys[0], amount(Sums.of([r]))]) },
    goods: { now: c.goodsNow.map(([k, s]) => [k, amount(s)]), then: [...goodsThen].map(([k, s]) => [k, amount(s)]) },
    priceVolume: total,
    baseWeighedUsd,
    goodsPriceVolume: [...perGoods],
  };
}
