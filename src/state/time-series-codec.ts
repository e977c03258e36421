// The time figures of a series (core/aggregate/time-series.ts) as compact arrays for a snapshot
// link (snapshot-codec.ts calls these), and back. A link is untrusted input: unpacking checks
// every field — lengths, period keys in order, finite numbers — and never throws.
//
// Packed: { f: finest, q: [quarter, exports, imports][], k: partner keys,
//           pq / pm: [period, ...values in k's order][], s: [years, [value | null per year] × 12] }
// Only additive figures travel (value, weight: snapshot links never carry unit values), so a
// balance is exports − imports and a period's total the sum of its partners.

import type { StepShares, TimeSeries } from '../core/aggregate/time-series';

const OTHER = 'other';
const STEPS = ['year', 'quarter', 'month'] as const;
const QUARTER = /^\d{4}-Q[1-4]$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const KEY = new RegExp(`^[A-Z0-9]{2,4}$|^${OTHER}$`);
/** 300 years of quarters, 300 of months: as many as the snapshot's yearly and monthly arrays. */
const MAX_QUARTERS = 1200;
const MAX_MONTHS = 3600;
const MAX_KEYS = 200;
const MAX_SEASON_YEARS = 50;

interface Packed {
  f: (typeof STEPS)[number];
  q: [string, number, number][];
  k: string[];
  pq: [string, ...number[]][];
  pm: [string, ...number[]][];
  s: [number[], (number | null)[][]];
}

export function packTimeSeries(ts: TimeSeries, round: (n: number) => number): unknown {
  // Every key any period has, in the series' order («other» wherever it comes).
  const keys: string[] = [];
  for (const row of [...ts.partnersByQuarter, ...ts.partnersByMonth]) for (const k of Object.keys(row.values)) if (!keys.includes(k)) keys.push(k);
  const shares = (rows: StepShares[]) => rows.map((row): [string, ...number[]] => [row.period, ...keys.map((k) => round(row.values[k] ?? 0))]);
  const packed: Packed = {
    f: ts.finest,
    q: ts.byQuarter.map((p) => [p.period, round(p.exports), round(p.imports)]),
    k: keys,
    pq: shares(ts.partnersByQuarter),
    pm: shares(ts.partnersByMonth),
    s: [ts.seasons.years, ts.seasons.months.map((m) => m.values.map((v) => (v === null ? null : round(v))))],
  };
  return packed;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown, max: number): v is unknown[] => Array.isArray(v) && v.length <= max;
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e16;
const amount = (v: unknown): v is number => num(v) && v >= 0;
/** Keys of one step, strictly increasing (so none twice). */
const ordered = (periods: string[]) => periods.every((p, i) => i === 0 || periods[i - 1] < p);

/** Null when anything is off; `partnerKeys` are the snapshot's own (its `pk`): every key must be one of them or «other». */
export function unpackTimeSeries(raw: unknown, partnerKeys: readonly string[]): TimeSeries | null {
  try {
    return unpack(raw, partnerKeys);
  } catch {
    return null;
  }
}

function unpack(raw: unknown, partnerKeys: readonly string[]): TimeSeries | null {
  if (!isObject(raw)) return null;
  const { f, q, k, pq, pm, s } = raw;
  const finest = STEPS.find((step) => step === f);
  if (finest === undefined) return null;

  if (!arr(q, MAX_QUARTERS) || !q.every((row) => arr(row, 3) && row.length === 3 && typeof row[0] === 'string' && QUARTER.test(row[0]) && amount(row[1]) && amount(row[2]))) return null;
  const quarters = q as [string, number, number][];
  if (!ordered(quarters.map((row) => row[0]))) return null;

  if (!arr(partnerKeys, MAX_KEYS) || !arr(k, MAX_KEYS) || !k.every((key) => typeof key === 'string' && KEY.test(key) && (key === OTHER || partnerKeys.includes(key))) || new Set(k).size !== k.length) return null;
  const keys = k as string[];
  const valueKeys = [...new Set([...partnerKeys, ...keys])];
  const shares = (v: unknown, max: number, period: RegExp): StepShares[] | null => {
    if (!arr(v, max) || !v.every((row) => arr(row, keys.length + 1) && row.length === keys.length + 1 && typeof row[0] === 'string' && period.test(row[0]) && row.slice(1).every(amount))) return null;
    const rows = v as [string, ...number[]][];
    if (!ordered(rows.map((row) => row[0]))) return null;
    return rows.map(([p, ...figures]) => {
      const values: Record<string, number> = {};
      for (const key of valueKeys) values[key] = 0;
      keys.forEach((key, i) => (values[key] = figures[i]));
      return { period: p, values, total: figures.reduce((a, b) => a + b, 0) };
    });
  };
  const partnersByQuarter = shares(pq, MAX_QUARTERS, QUARTER);
  const partnersByMonth = shares(pm, MAX_MONTHS, MONTH);
  if (!partnersByQuarter || !partnersByMonth) return null;

  if (!arr(s, 2) || s.length !== 2) return null;
  const [years, months] = s;
  if (!arr(years, MAX_SEASON_YEARS) || !years.every((y) => typeof y === 'number' && Number.isInteger(y) && y >= 1900 && y <= 2100) || !ordered((years as number[]).map((y) => String(y)))) return null;
  // Twelve months, one figure (or none) per year; no months at all when there are no years.
  const monthCount = years.length === 0 ? [0, 12] : [12];
  if (!arr(months, 12) || !monthCount.includes(months.length) || !months.every((row) => arr(row, years.length) && row.length === years.length && row.every((v) => v === null || amount(v)))) return null;

  return {
    finest,
    byQuarter: quarters.map(([period, exports, imports]) => ({ period, exports, imports, balance: exports - imports })),
    partnersByQuarter,
    partnersByMonth,
    seasons: { years: years as number[], months: (months as (number | null)[][]).map((values, i) => ({ month: i + 1, values })) },
  };
}
