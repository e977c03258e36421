import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contributions, exactRemainder, movers, priceVolumeSplit, type PriceVolumeSplit, type ValueAndWeight } from './change-decomposition';

const vw = (valueUsd: number, knownKg: number, weighedUsd: number): ValueAndWeight => ({ valueUsd, knownKg, weighedUsd });
const split = (changeUsd: number, volumeUsd: number, priceUsd: number, unexplainedUsd: number): PriceVolumeSplit => ({ changeUsd, volumeUsd, priceUsd, unexplainedUsd });

describe('priceVolumeSplit', () => {
  const base = new Map([
    ['A', vw(100, 10, 100)], // P₀ 10 USD/kg
    ['C', vw(30, 3, 30)],
    ['D', vw(70, 0, 0)],
    ['E', vw(40, 4, 40)],
    ['F', vw(100, 10, 80)], // 20 USD without weight; P₀ 8
  ]);
  const current = new Map([
    ['A', vw(180, 12, 180)], // P₁ 15
    ['B', vw(50, 5, 40)],
    ['D', vw(90, 0, 0)],
    ['E', vw(60, 0, 25)], // 25 USD of rows weighing 0 kg, 35 USD without weight
    ['F', vw(150, 8, 120)], // 30 USD without weight; P₁ 15
  ]);
  const { total, byKey } = priceVolumeSplit(current, base);

  it('splits a code weighed in both periods: volume at the base price, price on the current kilograms', () => {
    // volume (12 − 10) × 10 = 20; price (15 − 10) × 12 = 60
    expect(byKey.get('A')).toEqual(split(80, 20, 60, 0));
    // volume (8 − 10) × 8 = −16; price (15 − 8) × 8 = 56; without weight 30 − 20
    expect(byKey.get('F')).toEqual(split(50, -16, 56, 10));
  });

  it('counts a code of one period only wholly as volume, its value without weight apart', () => {
    expect(byKey.get('B')).toEqual(split(50, 40, 0, 10)); // only in the current period
    expect(byKey.get('C')).toEqual(split(-30, -30, 0, 0)); // only in the base
  });

  it('leaves value without weight, and a known weight of 0, unexplained', () => {
    expect(byKey.get('D')).toEqual(split(20, 0, 0, 20));
    // E has no usable weight now: the base's weighed 40 leaves as volume, all 60 now is unexplained
    expect(byKey.get('E')).toEqual(split(20, -40, 0, 60));
  });

  it('sums the codes into the total', () => {
    expect([...byKey.keys()]).toEqual(['A', 'B', 'D', 'E', 'F', 'C']);
    expect(total).toEqual(split(190, -26, 116, 100));
    expect(priceVolumeSplit(new Map(), new Map())).toEqual({ total: split(0, 0, 0, 0), byKey: new Map() });
  });

  it('keeps volume + price + unexplained === change exactly where the parts are fractions', () => {
    const { total: t, byKey: k } = priceVolumeSplit(new Map([['X', vw(100, 7, 100)], ['Y', vw(10.1, 3, 0.7)]]), new Map([['X', vw(100, 3, 100)], ['Y', vw(0.3, 7, 0.2)]]));
    for (const s of [t, ...k.values()]) expect(s.volumeUsd + s.priceUsd + s.unexplainedUsd).toBe(s.changeUsd);
    expect(k.get('X')!.volumeUsd).toBeCloseTo((4 * 100) / 3, 3);
    expect(k.get('X')!.priceUsd).toBeCloseTo(-(4 * 100) / 3, 3);
  });

  // Up to 1e9 USD and 5e6 kg a code, unit values up to 1e6 USD/kg: effects stay below 2^43 USD.
  const entry = fc.integer({ min: 0, max: 1_000_000_000 }).chain((valueUsd) =>
    fc.record({ valueUsd: fc.constant(valueUsd), knownKg: fc.oneof(fc.constant(0), fc.integer({ min: 1000, max: 5_000_000 })), weighedUsd: fc.integer({ min: 0, max: valueUsd }) }),
  );
  const periodMap = fc.dictionary(fc.constantFrom('0303670000', '0304750000', '0306149000', '8901909000', '2711110000', '7601100000'), entry).map((o) => new Map(Object.entries(o)));

  it('property: parts add up exactly to the change, per code and in total, for whole dollars', () => {
    fc.assert(
      fc.property(periodMap, periodMap, (cur, bas) => {
        const { total: t, byKey: k } = priceVolumeSplit(cur, bas);
        let volume = 0;
        let price = 0;
        let unexplained = 0;
        for (const [key, s] of k) {
          expect(s.volumeUsd + s.priceUsd + s.unexplainedUsd).toBe(s.changeUsd);
          expect(s.changeUsd).toBe((cur.get(key)?.valueUsd ?? 0) - (bas.get(key)?.valueUsd ?? 0));
          volume += s.volumeUsd;
          price += s.priceUsd;
          unexplained += s.unexplainedUsd;
        }
        const sum = (m: Map<string, ValueAndWeight>) => [...m.values()].reduce((a, v) => a + v.valueUsd, 0);
        expect(t.changeUsd).toBe(sum(cur) - sum(bas));
        expect(t.volumeUsd + t.priceUsd + t.unexplainedUsd).toBe(t.changeUsd);
        expect(t.priceUsd + t.volumeUsd + t.unexplainedUsd).toBe(t.changeUsd); // exact in any order for whole dollars
        expect([t.volumeUsd, t.priceUsd, t.unexplainedUsd]).toEqual([volume, price, unexplained]);
      }),
      { numRuns: 300 },
    );
  });

  it('property: for values in cents, exact as written wherever doubles allow, else within the last bits of the largest part', () => {
    const cents = fc.integer({ min: 0, max: 1_000_000_00 }).chain((c) => fc.record({ valueUsd: fc.constant(c / 100), knownKg: fc.integer({ min: 0, max: 1_000_000 }).map((g) => g / 1000), weighedUsd: fc.integer({ min: 0, max: c }).map((w) => w / 100) }));
    const m = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), cents, { minKeys: 1 }).map((o) => new Map(Object.entries(o)));
    let exact = 0;
    fc.assert(
      fc.property(m, m, (cur, bas) => {
        const { total: t, byKey: k } = priceVolumeSplit(cur, bas);
        for (const s of [t, ...k.values()]) {
          const largest = Math.max(Math.abs(s.volumeUsd), Math.abs(s.priceUsd), Math.abs(s.unexplainedUsd), Math.abs(s.changeUsd));
          expect(Math.abs(s.volumeUsd + s.priceUsd + s.unexplainedUsd - s.changeUsd)).toBeLessThanOrEqual(largest * Number.EPSILON * 2);
          if (s === t && s.volumeUsd + s.priceUsd + s.unexplainedUsd === s.changeUsd) exact++;
        }
      }),
      { numRuns: 300 },
    );
    expect(exact).toBeGreaterThan(290); // almost every total comes out exact
  });
});

describe('contributions', () => {
  const current = new Map([['A', 100], ['B', 50], ['C', 10], ['D', 0]]);
  const base = new Map([['A', 60], ['B', 80], ['C', 5], ['E', 20]]);

  it('names the n largest moves, rises first, and gathers the rest', () => {
    expect(contributions(current, base, 2, 'other')).toEqual([
      { key: 'A', base: 60, current: 100, change: 40 },
      { key: 'B', base: 80, current: 50, change: -30 },
      { key: 'other', base: 25, current: 10, change: -15 },
    ]);
  });

  it('gives kept keys their own step, and omits the other step when nothing is left', () => {
    expect(contributions(current, base, 2, 'other', ['E']).map((c) => [c.key, c.change])).toEqual([['A', 40], ['E', -20], ['B', -30], ['other', 5]]);
    expect(contributions(current, base, 10, 'other').map((c) => [c.key, c.change])).toEqual([['A', 40], ['C', 5], ['D', 0], ['E', -20], ['B', -30]]);
    expect(contributions(current, base, 0, 'other')).toEqual([{ key: 'other', base: 165, current: 160, change: -5 }]);
    expect(contributions(new Map(), new Map(), 3, 'other')).toEqual([]);
  });

  it('settles ties of |change| by key', () => {
    expect(contributions(new Map([['Y', 10], ['X', 0]]), new Map([['X', 10], ['Y', 0]]), 1, 'rest').map((c) => [c.key, c.change])).toEqual([['X', -10], ['rest', 10]]);
  });

  it('property: the steps sum exactly to the total change', () => {
    const values = fc.dictionary(fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 1_000_000_000 })).map((o) => new Map(Object.entries(o)));
    const fractions = fc.dictionary(fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 1_000_000_000 }).map((c) => c / 100)).map((o) => new Map(Object.entries(o)));
    for (const maps of [values, fractions])
      fc.assert(
        fc.property(maps, maps, fc.integer({ min: 0, max: 8 }), (cur, bas, n) => {
          const steps = contributions(cur, bas, n, '\u0000other');
          const sum = (m: Map<string, number>) => [...m.values()].reduce((a, v) => a + v, 0);
          if (cur.size + bas.size === 0) {
            expect(steps).toEqual([]);
            return;
          }
          expect(steps.reduce((s, c) => s + c.change, 0)).toBe(sum(cur) - sum(bas));
          const named = steps.filter((c) => c.key !== '\u0000other');
          expect(named.length).toBe(Math.min(n, new Set([...cur.keys(), ...bas.keys()]).size));
          // Rises first (the remainder step may differ from its current − base by the total's rounding).
          for (let i = 1; i < named.length; i++) expect(named[i - 1].change).toBeGreaterThanOrEqual(named[i].change - 1e-6);
        }),
        { numRuns: 300 },
      );
  });
});

describe('movers', () => {
  it('lists every key with growth and shares of each period', () => {
    const list = movers(new Map([['A', 30], ['B', 70]]), new Map([['A', 50], ['C', 50]]));
    expect(list.map((m) => m.key)).toEqual(['B', 'C', 'A']);
    expect(list[0]).toEqual({ key: 'B', current: 70, base: 0, change: 70, growth: null, shareNow: 0.7, shareThen: 0, sharePointsChange: 70 });
    expect(list[1]).toMatchObject({ key: 'C', current: 0, base: 50, change: -50, growth: -1, shareNow: 0, shareThen: 0.5, sharePointsChange: -50 });
    expect(list[2]).toMatchObject({ key: 'A', change: -20, growth: -0.4, shareNow: 0.3, shareThen: 0.5 });
    expect(list[2].sharePointsChange).toBeCloseTo(-20, 12);
  });

  it('gives shares of 0 against a total of 0, and sorts ties by key', () => {
    expect(movers(new Map([['b', 0], ['a', 0]]), new Map())).toEqual([
      { key: 'a', current: 0, base: 0, change: 0, growth: null, shareNow: 0, shareThen: 0, sharePointsChange: 0 },
      { key: 'b', current: 0, base: 0, change: 0, growth: null, shareNow: 0, shareThen: 0, sharePointsChange: 0 },
    ]);
  });
});

describe('exactRemainder', () => {
  it('finds the term that makes a sum exact, or the closest when none does', () => {
    const v = -10 / 3;
    const x = exactRemainder((t) => v + t, 1, 1 - v);
    expect(v + x === 1 || Math.abs(v + x - 1) <= Number.EPSILON * 8).toBe(true);
    expect(exactRemainder((t) => 1e20 + t, 1, 1 - 1e20)).toBe(-1e20); // 1e20 − 1e20 = 0 is as close as doubles get
    const y = exactRemainder((t) => 0.1 + t + 0.2, 0.3, 0);
    expect(0.1 + y + 0.2).toBe(0.3);
  });
});
