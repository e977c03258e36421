// «What changed and why» (issue 13): the change of value between a base period and the current
// one, split three ways.
//
// - priceVolumeSplit: per 10-digit code, into a volume effect (more or fewer kilograms at the
//   base unit value), a price effect (the change of the unit value on the current kilograms) and
//   the change of the value that has no weight («не разложено»); summed over the codes.
// - contributions: waterfall steps from the base total to the current total — the keys that moved
//   most, then one step for all the rest.
// - movers: every key with its change, growth and shares of each period's total.
//
// Exact identities. The parts add up to the change EXACTLY in floating point, as `a + b + c` is
// evaluated in JavaScript (left to right): one part is computed as the remainder (priceUsd;
// the `otherKey` step), and `exactRemainder` searches for the double that makes the sum come out
// when the plain difference misses by a rounding. For whole-dollar inputs (effects below 2^43
// USD) this always succeeds, and every sum is then exact in any order: the volume effect is
// rounded to 1/1024 of a dollar (far below a cent), so all parts are multiples of 1/1024. For
// non-whole inputs (cents) it succeeds almost always; where no double can (large effects that
// cancel move the sum in steps coarser than the change's last bit) another part absorbs the
// rounding too (`exactTerms`), and in the rare case that fails the sum is off by a unit or two of
// the largest part's last bit — no cent is ever at stake.

export interface ValueAndWeight {
  valueUsd: number;
  /** weight of the rows that have one */
  knownKg: number;
  /** value of those rows */
  weighedUsd: number;
}

export interface PriceVolumeSplit {
  changeUsd: number;
  volumeUsd: number;
  priceUsd: number;
  /** change of the value that has no weight: «не разложено» */
  unexplainedUsd: number;
}

/** The grid the volume effect is rounded to: 1/1024 USD, so sums of the parts stay exact. */
const VOLUME_GRID = 1024;

/** One period of one key: its value, and the part of it that has a (non-zero) weight. */
function weighedPart(a: ValueAndWeight | undefined): { value: number; kg: number; usd: number; unweighed: number } {
  if (a === undefined) return { value: 0, kg: 0, usd: 0, unweighed: 0 };
  // A known weight of 0 (or none) gives no unit value: all of the value is without weight.
  if (!(a.knownKg > 0)) return { value: a.valueUsd, kg: 0, usd: 0, unweighed: a.valueUsd };
  return { value: a.valueUsd, kg: a.knownKg, usd: a.weighedUsd, unweighed: a.valueUsd - a.weighedUsd };
}

/**
 * The change of value from base to current split into volume and price effects, computed per
 * key (10-digit code) and summed: P = weighedUsd ÷ knownKg, Q = knownKg;
 * volume = (Q₁ − Q₀) × P₀, price = (P₁ − P₀) × Q₁; a key present (with weight) in only one of the
 * two periods counts wholly as volume (+weighedUsd₁ or −weighedUsd₀); value without weight
 * ((valueUsd − weighedUsd) in each period, and rows of a key whose known weight is 0) goes to
 * unexplainedUsd. For every key and the total: volumeUsd + priceUsd + unexplainedUsd === changeUsd
 * === current.valueUsd − base.valueUsd (make the identity hold exactly in floating point: compute
 * one of the parts as the remainder, and document which).
 *
 * As built:
 * - **priceUsd is the remainder**, for every key and for the total: changeUsd − unexplainedUsd −
 *   volumeUsd, made exact (`volumeUsd + priceUsd + unexplainedUsd === changeUsd` as written).
 *   Mathematically it equals (P₁ − P₀) × Q₁; for a key weighed in one period only it is 0 (up
 *   to a rounding of non-whole inputs). Where no double price makes the sum exact (non-whole
 *   inputs only), unexplainedUsd — else volumeUsd — absorbs the last rounding too (`exactSplit`).
 * - volumeUsd is rounded to 1/1024 USD (for keys weighed in both periods), so that for whole-dollar
 *   inputs (and effects below 2^43 USD, 8.8 trillion) every part is exact and the total's parts
 *   are exactly the sums of the keys' parts.
 * - The total: changeUsd = Σ current.valueUsd − Σ base.valueUsd (each summed in the maps'
 *   order), volumeUsd and unexplainedUsd the sums of the keys', priceUsd the remainder (so
 *   for whole dollars all three are exactly the sums of the keys' parts).
 * - byKey holds every key of either map: the current map's keys in its order, then the base's own.
 */
export function priceVolumeSplit(current: ReadonlyMap<string, ValueAndWeight>, base: ReadonlyMap<string, ValueAndWeight>): { total: PriceVolumeSplit; byKey: Map<string, PriceVolumeSplit> } {
  const byKey = new Map<string, PriceVolumeSplit>();
  let volumeT = 0;
  let unexplainedT = 0;
  for (const key of unionKeys(current, base)) {
    const now = weighedPart(current.get(key));
    const then = weighedPart(base.get(key));
    const changeUsd = now.value - then.value;
    const unexplainedUsd = now.unweighed - then.unweighed;
    let volumeUsd = 0;
    if (now.kg > 0 && then.kg > 0) volumeUsd = Math.round((now.kg - then.kg) * (then.usd / then.kg) * VOLUME_GRID) / VOLUME_GRID;
    else if (now.kg > 0) volumeUsd = now.usd;
    else if (then.kg > 0) volumeUsd = -then.usd;
    const parts = exactSplit(changeUsd, volumeUsd, unexplainedUsd);
    byKey.set(key, parts);
    volumeT += parts.volumeUsd;
    unexplainedT += parts.unexplainedUsd;
  }
  return { total: exactSplit(sumValues(current) - sumValues(base), volumeT, unexplainedT), byKey };
}

/**
 * The price effect as the remainder: change − unexplained − volume, the double that makes
 * `volume + price + unexplained === change`. When none does — the sum (volume + price) moves
 * in steps coarser than the change's last bit, as when large volume and price effects cancel
 * (non-whole inputs only) — the unexplained part, else the volume, is moved by a few units of
 * its last bit first (`exactTerms`).
 */
function exactSplit(changeUsd: number, volume: number, unexplained: number): PriceVolumeSplit {
  const [volumeUsd, priceUsd, unexplainedUsd] = exactTerms([volume, changeUsd - unexplained - volume, unexplained], changeUsd, 1, [2, 0]);
  return { changeUsd, volumeUsd, priceUsd, unexplainedUsd };
}

export interface Contribution {
  key: string;
  base: number;
  current: number;
  change: number;
}

/**
 * Waterfall steps from the base total to the current total: the n keys with the largest |change|
 * (ties by key), in order of change (largest rise first, then falls), then one `otherKey` step for
 * all the rest (omitted when there is no rest). Sum of steps' change === total current − total base
 * exactly (the other step is the remainder). `keep`: keys always given their own step.
 *
 * As built:
 * - Keys are those of either map (a key missing from a period is 0 there); ties of |change| and
 *   of change are settled by the key's code-unit order. A `keep` key that is in neither map
 *   gets no step.
 * - Totals are Σ current and Σ base in the maps' order. The steps' changes summed left to right
 *   from 0 give exactly total current − total base: the other step's change is the remainder
 *   (its base and current are the rest's sums). Without a rest, the last step's change is the
 *   remainder instead. Either differs from its current − base only by roundings, and never for
 *   whole-dollar values (below 2^53); for non-whole values, where no double makes the sum exact,
 *   a step before it may be moved by a few units of its last bit too (`exactTerms`).
 * - n ≤ 0 gives the other step alone (and `keep`'s); no keys at all give [].
 */
export function contributions(current: ReadonlyMap<string, number>, base: ReadonlyMap<string, number>, n: number, otherKey: string, keep: readonly string[] = []): Contribution[] {
  const all: Contribution[] = [];
  for (const key of unionKeys(current, base)) {
    const now = current.get(key) ?? 0;
    const then = base.get(key) ?? 0;
    all.push({ key, base: then, current: now, change: now - then });
  }
  if (all.length === 0) return [];
  const byMagnitude = [...all].sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || byKey(a.key, b.key));
  const kept = new Set(keep);
  const named = byMagnitude.filter((c, i) => i < n || kept.has(c.key));
  named.sort((a, b) => b.change - a.change || byKey(a.key, b.key));
  const totalChange = sumValues(current) - sumValues(base);
  const rest = byMagnitude.filter((c, i) => !(i < n || kept.has(c.key)));
  const steps = named;
  if (rest.length > 0) {
    const other: Contribution = { key: otherKey, base: 0, current: 0, change: 0 };
    for (const c of rest) {
      other.base += c.base;
      other.current += c.current;
    }
    other.change = other.current - other.base;
    steps.push(other);
  }
  // The last step is the remainder; should no double make the sum exact, the steps before it
  // (last first) are moved by a few units of their last bit.
  const changes = exactTerms(
    steps.map((c) => c.change),
    totalChange,
    steps.length - 1,
    steps.map((_, i) => steps.length - 2 - i).filter((i) => i >= 0),
  );
  changes.forEach((change, i) => (steps[i].change = change));
  return steps;
}

export interface Mover {
  key: string;
  current: number;
  base: number;
  change: number;
  /** null when base ≤ 0 */
  growth: number | null;
  shareNow: number;
  shareThen: number;
  /** (shareNow − shareThen) × 100 */
  sharePointsChange: number;
}

/**
 * Every key of either period, shares of each period's total (0 when the total is 0), sorted by
 * |change| descending, ties by key.
 *
 * growth is change ÷ base, a fraction (0.125 for +12.5 %); shares are fractions of 1 too;
 * sharePointsChange is in percentage points.
 */
export function movers(current: ReadonlyMap<string, number>, base: ReadonlyMap<string, number>): Mover[] {
  const totalNow = sumValues(current);
  const totalThen = sumValues(base);
  const list: Mover[] = [];
  for (const key of unionKeys(current, base)) {
    const now = current.get(key) ?? 0;
    const then = base.get(key) ?? 0;
    const change = now - then;
    const shareNow = totalNow === 0 ? 0 : now / totalNow;
    const shareThen = totalThen === 0 ? 0 : then / totalThen;
    list.push({ key, current: now, base: then, change, growth: then > 0 ? change / then : null, shareNow, shareThen, sharePointsChange: (shareNow - shareThen) * 100 });
  }
  return list.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || byKey(a.key, b.key));
}

/** Code-unit order (not the locale's): the same on every machine. */
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function unionKeys(current: ReadonlyMap<string, unknown>, base: ReadonlyMap<string, unknown>): string[] {
  const keys = [...current.keys()];
  for (const key of base.keys()) if (!current.has(key)) keys.push(key);
  return keys;
}

function sumValues(map: ReadonlyMap<string, number | ValueAndWeight>): number {
  let s = 0;
  for (const v of map.values()) s += typeof v === 'number' ? v : v.valueUsd;
  return s;
}

/**
 * `terms` with `terms[remainder]` replaced so that their sum, left to right from 0, is exactly
 * `target`. Should no double do it (the terms around it move the sum in steps coarser than the
 * target's last bit), each of `nudge` in turn is made the remainder of what the first attempt
 * left; then each is moved by up to 16 units of its last bit and both sought again. Failing all,
 * the first attempt is kept (its sum as close as doubles allow).
 */
export function exactTerms(terms: readonly number[], target: number, remainder: number, nudge: readonly number[]): number[] {
  const total = (t: readonly number[]) => t.reduce((s, x) => s + x, 0);
  const solve = (t: readonly number[], r: number): number[] => {
    const before = t.slice(0, r).reduce((s, x) => s + x, 0);
    const after = t.slice(r + 1);
    const sum = (x: number) => after.reduce((s, y) => s + y, before + x);
    const guess = target - after.reduce((s, y) => s + y, 0) - before;
    const u = [...t];
    u[r] = exactRemainder(sum, target, Number.isFinite(guess) ? guess : t[r]);
    return u;
  };
  const first = solve(terms, remainder);
  if (total(first) === target || !Number.isFinite(target)) return first;
  for (const j of nudge) {
    const found = solve(first, j);
    if (total(found) === target) return found;
  }
  for (const j of nudge) {
    const unit = Math.max(Math.abs(terms[j]) * Number.EPSILON, Number.MIN_VALUE);
    for (let m = 1; m <= 16; m++)
      for (const sign of [1, -1]) {
        const t = [...terms];
        t[j] = terms[j] + sign * m * unit;
        let found = solve(t, remainder);
        if (total(found) !== target) found = solve(found, j);
        if (total(found) === target) return found;
      }
  }
  return first;
}

/**
 * The x for which `sum(x) === target` exactly, `sum` being a sum of doubles in which x is one
 * term (so it never decreases as x grows). Starts from `guess` (the plain difference, which
 * almost always is it), corrects by the miss, then bisects between neighbouring doubles. When no
 * double makes the sum exact (a term far larger than the target swallows its last bits), the
 * closest one is returned.
 */
export function exactRemainder(sum: (x: number) => number, target: number, guess: number): number {
  if (!Number.isFinite(target) || !Number.isFinite(guess)) return guess;
  let x = guess;
  for (let i = 0; i < 4; i++) {
    const got = sum(x);
    if (got === target) return x;
    const next = x + (target - got);
    if (next === x || !Number.isFinite(next)) break;
    x = next;
  }
  // Bracket: sum(lo) < target < sum(hi).
  let lo = x;
  let hi = x;
  let step = Math.max(Math.abs(x) * Number.EPSILON, Number.MIN_VALUE);
  for (let i = 0; sum(lo) >= target && i < 2200; i++, step *= 2) {
    if (sum(lo) === target) return lo;
    lo -= step;
  }
  step = Math.max(Math.abs(x) * Number.EPSILON, Number.MIN_VALUE);
  for (let i = 0; sum(hi) <= target && i < 2200; i++, step *= 2) {
    if (sum(hi) === target) return hi;
    hi += step;
  }
  for (let i = 0; i < 2200; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) break;
    const got = sum(mid);
    if (got === target) return mid;
    if (got < target) lo = mid;
    else hi = mid;
  }
  return Math.abs(sum(lo) - target) <= Math.abs(sum(hi) - target) ? lo : hi;
}
