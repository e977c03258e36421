import { describe, expect, it } from 'vitest';
import type { TimeSeries } from '../core/aggregate/time-series';
import { packTimeSeries, unpackTimeSeries } from './time-series-codec';

const KEYS = ['CN', 'KR', 'other'];

const series: TimeSeries = {
  finest: 'month',
  byQuarter: [
    { period: '2023-Q4', exports: 10.4, imports: 3, balance: 7.4 },
    { period: '2024-Q1', exports: 20, imports: 30.6, balance: -10.6 },
  ],
  partnersByQuarter: [{ period: '2024-Q1', values: { CN: 40, KR: 6, other: 4.4 }, total: 50.4 }],
  partnersByMonth: [
    { period: '2024-01', values: { CN: 10, KR: 0, other: 1 }, total: 11 },
    { period: '2024-02', values: { CN: 30, KR: 6, other: 3.4 }, total: 39.4 },
  ],
  seasons: { years: [2023, 2024], months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, values: [i + 0.4, i < 2 ? i : null] })) },
};

/** Through JSON, as in a link. */
const roundTrip = (ts: TimeSeries, keys = KEYS) => unpackTimeSeries(JSON.parse(JSON.stringify(packTimeSeries(ts, Math.round))), keys);

describe('time series codec', () => {
  it('round-trips whole figures, rebuilding balances and totals', () => {
    const back = roundTrip(series)!;
    expect(back.finest).toBe('month');
    expect(back.byQuarter).toEqual([
      { period: '2023-Q4', exports: 10, imports: 3, balance: 7 },
      { period: '2024-Q1', exports: 20, imports: 31, balance: -11 },
    ]);
    expect(back.partnersByQuarter).toEqual([{ period: '2024-Q1', values: { CN: 40, KR: 6, other: 4 }, total: 50 }]);
    expect(back.partnersByMonth.map((r) => [r.period, r.values, r.total])).toEqual([
      ['2024-01', { CN: 10, KR: 0, other: 1 }, 11],
      ['2024-02', { CN: 30, KR: 6, other: 3 }, 39],
    ]);
    expect(back.seasons.years).toEqual([2023, 2024]);
    expect(back.seasons.months[0]).toEqual({ month: 1, values: [0, 0] });
    expect(back.seasons.months[11]).toEqual({ month: 12, values: [11, null] });
  });

  it('keeps empty figures empty (annual data)', () => {
    const empty: TimeSeries = { finest: 'year', byQuarter: [], partnersByQuarter: [], partnersByMonth: [], seasons: { years: [], months: [] } };
    expect(roundTrip(empty)).toEqual(empty);
    const noYears = { ...empty, seasons: { years: [], months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, values: [] })) } };
    expect(roundTrip(noYears)).toEqual(noYears);
  });

  it('refuses anything malformed, never throwing', () => {
    const good = JSON.parse(JSON.stringify(packTimeSeries(series, Math.round))) as Record<string, unknown>;
    const bad: unknown[] = [
      null,
      42,
      'x',
      [],
      { ...good, f: 'week' },
      { ...good, q: [['2024-Q5', 1, 2]] },
      { ...good, q: [['2024-Q1', 1, 2], ['2023-Q4', 1, 2]] }, // out of order
      { ...good, q: [['2024-Q1', 1, 2], ['2024-Q1', 1, 2]] }, // twice
      { ...good, q: [['2024-Q1', -1, 2]] },
      { ...good, q: [['2024-Q1', 1, Infinity]] },
      { ...good, q: [['2024-Q1', 1, '2']] },
      { ...good, q: Array.from({ length: 1201 }, () => ['2024-Q1', 1, 1]) },
      { ...good, k: ['CN', 'XX', 'other'] }, // not the snapshot's partner
      { ...good, k: ['CN', 'CN', 'other'] },
      { ...good, k: ['<script>'] },
      { ...good, pq: [['2024-Q1', 1, 2]] }, // one value short
      { ...good, pm: [['2024-13', 1, 2, 3]] },
      { ...good, pm: [['2024-01', 1, 2, 1e17]] },
      { ...good, s: [[2023, 2024], []] },
      { ...good, s: [[2024, 2023], (good.s as unknown[][])[1]] },
      { ...good, s: [[2023, 2024.5], (good.s as unknown[][])[1]] },
      { ...good, s: [[2023, 2024], Array.from({ length: 12 }, () => [1])] },
      { ...good, s: [[2023, 2024], Array.from({ length: 12 }, () => [1, 'x'])] },
      { ...good, s: null },
      { ...good, k: undefined },
    ];
    for (const raw of bad) expect(unpackTimeSeries(raw, KEYS)).toBeNull();
    expect(unpackTimeSeries(good, ['CN'])).toBeNull(); // KR is not one of these keys
    expect(unpackTimeSeries(good, KEYS)).not.toBeNull();
  });
});
