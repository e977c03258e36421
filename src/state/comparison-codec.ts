// The comparison with the base (core/aggregate/dashboard-series.ts Comparison) in a snapshot
// link: compact arrays, whole dollars (or kilograms); decoding validates every field of the
// untrusted input and never throws (snapshot-codec.ts calls both).

import type { Comparison, Metric } from '../core/aggregate/dashboard-series';
import type { PriceVolumeSplit } from '../core/aggregate/change-decomposition';
import { hasControlCharacters } from './url-codec';

type Pairs = [string, number][];
type Split = [number, number, number, number];
export type PackedComparison = [string, string, 0 | 1, Pairs, Pairs, Pairs, Pairs, Split, [string, ...Split][], number];

const split = (s: PriceVolumeSplit, round: (n: number) => number): Split => [round(s.changeUsd), round(s.volumeUsd), round(s.priceUsd), round(s.unexplainedUsd)];

export function packComparison(c: Comparison, round: (n: number) => number): PackedComparison {
  const pairs = (list: [string, number][]): Pairs => list.map(([k, v]) => [k, round(v)]);
  return [c.from, c.to, c.covered ? 1 : 0, pairs(c.partners.now), pairs(c.partners.then), pairs(c.goods.now), pairs(c.goods.then), split(c.priceVolume, round), c.goodsPriceVolume.map(([k, s]) => [k, ...split(s, round)]), round(c.baseWeighedUsd)];
}

const MONTH = /^\d{4}-\d{2}$/;
const KEY = /^[A-Za-z0-9-]{1,12}$/;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e16;
const isKey = (v: unknown): v is string => typeof v === 'string' && KEY.test(v) && !hasControlCharacters(v);

function pairsOf(v: unknown): [string, number][] | null {
  if (!Array.isArray(v) || v.length > 2000) return null;
  return v.every((e) => Array.isArray(e) && e.length === 2 && isKey(e[0]) && isNum(e[1])) ? (v as [string, number][]) : null;
}

function splitOf(v: unknown): PriceVolumeSplit | null {
  if (!Array.isArray(v) || v.length !== 4 || !v.every(isNum)) return null;
  return { changeUsd: v[0], volumeUsd: v[1], priceUsd: v[2], unexplainedUsd: v[3] };
}

/** The comparison of a link, or null when any field is not what pack wrote. */
export function unpackComparison(raw: unknown, metric: Metric): Comparison | null {
  if (!Array.isArray(raw) || raw.length !== 10) return null;
  const [from, to, covered, pNow, pThen, gNow, gThen, pv, gpv, baseWeighedUsd] = raw;
  if (!isNum(baseWeighedUsd)) return null;
  if (typeof from !== 'string' || !MONTH.test(from) || typeof to !== 'string' || !MONTH.test(to) || (covered !== 0 && covered !== 1)) return null;
  const lists = [pNow, pThen, gNow, gThen].map(pairsOf);
  const total = splitOf(pv);
  if (lists.some((l) => l === null) || !total || !Array.isArray(gpv) || gpv.length > 2000) return null;
  const perGoods: [string, PriceVolumeSplit][] = [];
  for (const e of gpv) {
    if (!Array.isArray(e) || e.length !== 5 || !isKey(e[0])) return null;
    const s = splitOf(e.slice(1));
    if (!s) return null;
    perGoods.push([e[0], s]);
  }
  const [partnersNow, partnersThen, goodsNow, goodsThen] = lists as [string, number][][];
  return {
    from,
    to,
    covered: covered === 1,
    amountMetric: metric,
    partners: { now: partnersNow, then: partnersThen },
    goods: { now: goodsNow, then: goodsThen },
    priceVolume: total,
    baseWeighedUsd,
    goodsPriceVolume: perGoods,
  };
}
