// A snapshot link carries the aggregates on screen — never raw rows — in the
// URL fragment, which browsers do not send to servers. Compact arrays, whole
// dollars, deflate-raw, base64url. A link from someone else is untrusted input:
// decoding validates every field and never throws.

import { OTHER_KEY, type Comparison, type DashboardSeries, type FlowTotals, type ShareSlice } from '../core/aggregate/dashboard-series';
import { MEASURES, type Measure, type ViewFilter } from '../core/aggregate/view-filter';
import type { GoodsLevel } from '../core/aggregate/goods-level';
import { isGoodsPrefix } from '../core/aggregate/goods-level';
import { TOTAL_COMMODITY } from '../core/model/trade-record';
import { hasControlCharacters } from './url-codec';
import { packComparison, unpackComparison, type PackedComparison } from './comparison-codec';
import { packTimeSeries, unpackTimeSeries } from './time-series-codec';
import { emptyTimeSeries } from '../core/aggregate/time-series';
import { previousPeriod } from '../core/model/view-period';

import { MAX_SNAPSHOT_CHARS } from './snapshot-limits';

export { MAX_SNAPSHOT_CHARS, SNAPSHOT_PREFIX } from './snapshot-limits';
export const SNAPSHOT_VERSION = 1;

export interface Snapshot {
  createdAt: string;
  datasetName: string;
  demo: boolean;
  /** The filter of the figures (the same type the dashboard and the briefing read). */
  view: ViewFilter;
  series: DashboardSeries;
}

type Totals = [number, number];
interface Packed {
  v: number;
  c: string;
  n: string;
  d: 0 | 1;
  w: [string, string, string, string[], string[]];
  cur: Totals;
  prev: Totals | null;
  /** The whole a filtered view is a share of (absent in links made before it). */
  wh?: Totals | null;
  /**
   * The reporters shown, for a dataset with several (view-filter.ts `reporters`, `allReporters`):
   * `[all, codes]`, all = 1 when every reporter of the dataset is summed. Absent for a dataset with
   * one reporter, and in links made before it.
   */
  rp?: [0 | 1, string[]];
  ps: [string, number][];
  pk: string[];
  py: [number, ...number[]][];
  y: [number, number, number][];
  m: [string, number, number][];
  /** Goods: key, figure; then (links made since the goods table has them) value, known weight, weighed value. */
  ch: ([string, number] | [string, number, number, number, number])[];
  pc: number;
  /** The metric (absent in links made before it, and for value): `weight` = kilograms. */
  mt?: 'weight';
  /** The goods chart's level (absent: chapters). */
  gl?: GoodsLevel;
  /** Value of the view and the part without weight (weight links). */
  wc?: [number, number];
  /** Goods × partners: goods keys, partner keys, cells by goods row, row totals (absent in links made before it). */
  gp?: [string[], string[], number[][], number[]];
  /** The comparison with the base (absent in links made before it). */
  cp?: PackedComparison;
  /** Quarters, partners by quarter and month, seasons (time-series-codec.ts; absent in links made before them). */
  tm?: unknown;
  /** Every partner: key, value, known weight, weighed value (absent in links made before it). */
  pa?: [string, number, number, number][];
  /** The base chosen (`vs=`), when one was. */
  vs?: [string, string];
}

const r = Math.round;

function pack(s: Snapshot): Packed {
  const x = s.series;
  return {
    v: SNAPSHOT_VERSION,
    c: s.createdAt,
    n: s.datasetName,
    d: s.demo ? 1 : 0,
    w: [s.view.from, s.view.to, s.view.measure, s.view.partners, s.view.goods],
    ...(x.metric === 'weight' ? { mt: 'weight' as const, wc: [r(x.weightCoverage.valueUsd), r(x.weightCoverage.unweighedUsd)] as [number, number] } : {}),
    ...(x.goodsLevel !== 'hs2' ? { gl: x.goodsLevel } : {}),
    cp: packComparison(x.comparison, r),
    tm: packTimeSeries(x.time, r),
    pa: x.partnersAll.map((p) => [p.key, r(p.valueUsd), r(p.knownKg), r(p.weighedUsd)]),
    ...(s.view.base ? { vs: [s.view.base.from, s.view.base.to] as [string, string] } : {}),
    gp: [x.goodsByPartner.goods, x.goodsByPartner.partners, x.goodsByPartner.cells.map((row) => row.map(r)), x.goodsByPartner.rowTotals.map(r)],
    cur: [r(x.current.exports), r(x.current.imports)],
    prev: x.previous ? [r(x.previous.exports), r(x.previous.imports)] : null,
    wh: x.whole ? [r(x.whole.exports), r(x.whole.imports)] : null,
    ...(s.view.reporters ? { rp: [s.view.allReporters ? 1 : 0, s.view.reporters] as [0 | 1, string[]] } : {}),
    ps: x.partnerShares.map((p) => [p.key, r(p.value)]),
    pk: x.partnerKeys,
    py: x.partnerSharesByYear.map((row) => [row.year, ...x.partnerKeys.map((k) => r(row.values[k] ?? 0))]),
    y: x.byYear.map((p) => [p.year, r(p.exports), r(p.imports)]),
    m: x.byMonth.map((p) => [p.month, r(p.exports), r(p.imports)]),
    ch: x.goodsShares.map((c) => (c.detail ? [c.key, r(c.value), r(c.detail.valueUsd), r(c.detail.knownKg), r(c.detail.weighedUsd)] : [c.key, r(c.value)])),
    pc: x.partnerCount,
  };
}

/** A reporter code a snapshot may carry: a Russian region (ISO 3166-2 `RU-PRI`) or an ISO alpha-2 country. */
export const SNAPSHOT_REPORTER = /^RU-[A-Z]{2,3}$|^[A-Z]{2}$/;

/**
 * Throws when a reporter shown is not a code (a reporter kept as written in the file): the
 * decoder would refuse the link, so none is made.
 */
export async function encodeSnapshot(s: Snapshot): Promise<string> {
  // Unit values do not add up (a turnover's is not its exports' plus its imports'), and the
  // compact form rebuilds totals by adding: such a view travels as a live link only.
  if (s.series.metric === 'price') throw new Error('unit values cannot travel in a snapshot link');
  const odd = s.view.reporters?.find((code) => !SNAPSHOT_REPORTER.test(code));
  if (odd !== undefined) throw new Error(`reporter “${odd}” is not a region or country code and cannot travel in a snapshot link`);
  const bytes = new TextEncoder().encode(JSON.stringify(pack(s)));
  const compressed = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
  return toBase64Url(compressed);
}

export type DecodedSnapshot = { ok: true; snapshot: Snapshot } | { ok: false; reason: 'corrupt' | 'version' | 'invalid' };

export async function decodeSnapshot(text: string): Promise<DecodedSnapshot> {
  let json: unknown;
  try {
    if (text.length > MAX_SNAPSHOT_CHARS * 2 || !/^[A-Za-z0-9_-]*$/.test(text)) return { ok: false, reason: 'corrupt' };
    const bytes = fromBase64Url(text);
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    const raw = await new Response(stream).arrayBuffer();
    // A tiny link must not expand into something huge.
    if (raw.byteLength > 5_000_000) return { ok: false, reason: 'corrupt' };
    json = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (!isObject(json)) return { ok: false, reason: 'invalid' };
  if (json.v !== SNAPSHOT_VERSION) return { ok: false, reason: 'version' };
  const snapshot = unpack(json);
  return snapshot ? { ok: true, snapshot } : { ok: false, reason: 'invalid' };
}

function unpack(p: Record<string, unknown>): Snapshot | null {
  const str = (v: unknown, re = /^[\s\S]{0,200}$/): v is string => typeof v === 'string' && re.test(v) && !hasControlCharacters(v);
  const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e16;
  const arr = (v: unknown, max = 5000): v is unknown[] => Array.isArray(v) && v.length <= max;
  const code = new RegExp(`^[A-Z0-9]{2,4}$|^${OTHER_KEY}$`);
  // A real calendar month (01–12): a month 00 or 13 is a forged or broken link.
  const month = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/;
  const totals = (v: unknown): FlowTotals | null => {
    // Exports and imports are never negative: a negative total is an impossible figure.
    if (!arr(v, 2) || v.length !== 2 || !num(v[0]) || !num(v[1]) || v[0] < 0 || v[1] < 0) return null;
    return { exports: v[0], imports: v[1], turnover: v[0] + v[1], balance: v[0] - v[1] };
  };
  const slices = (v: unknown, keyRe: RegExp): ShareSlice[] | null => {
    if (!arr(v, 200) || !v.every((e) => arr(e, 2) && str(e[0], keyRe) && num(e[1]) && e[1] >= 0)) return null;
    const pairs = v as [string, number][];
    const total = pairs.reduce((a, [, x]) => a + x, 0);
    return pairs.map(([key, value]) => ({ key, value, share: total > 0 ? value / total : 0 }));
  };
  // Goods rows may carry the value, weight and weighed value of the goods table.
  const goodsSlices = (v: unknown, keyRe: RegExp): ShareSlice[] | null => {
    if (!arr(v, 200) || !v.every((e) => arr(e, 5) && (e.length === 2 || e.length === 5) && str(e[0], keyRe) && e.slice(1).every((x) => num(x) && x >= 0))) return null;
    const shares = slices(v.map((e) => (e as unknown[]).slice(0, 2)), keyRe);
    return shares && shares.map((slice, i) => {
      const e = v[i] as number[];
      return e.length === 5 ? { ...slice, detail: { valueUsd: e[2], knownKg: e[3], weighedUsd: e[4] } } : slice;
    });
  };
  const goodsKey = new RegExp(`^\\d{2,10}$|^[IVX]{1,5}$|^${TOTAL_COMMODITY}$`);
  let goodsByPartner: DashboardSeries['goodsByPartner'] = { goods: [], partners: [], cells: [], rowTotals: [] };
  if (p.gp !== undefined) {
    const gp = p.gp;
    if (!arr(gp, 4) || gp.length !== 4) return null;
    const [goods, partnersOf, cells, rowTotals] = gp;
    if (!arr(goods, 200) || !goods.every((g) => str(g, goodsKey)) || !arr(partnersOf, 50) || !partnersOf.every((x) => str(x, code))) return null;
    if (!arr(cells, 200) || cells.length !== goods.length || !cells.every((row) => arr(row, 50) && row.length === partnersOf.length && row.every((v) => num(v) && v >= 0))) return null;
    if (!arr(rowTotals, 200) || rowTotals.length !== goods.length || !rowTotals.every((v) => num(v) && v >= 0)) return null;
    goodsByPartner = { goods: goods as string[], partners: partnersOf as string[], cells: cells as number[][], rowTotals: rowTotals as number[] };
  }
  const w = p.w;
  if (!str(p.c) || !str(p.n) || (p.d !== 0 && p.d !== 1) || !arr(w, 5) || w.length !== 5) return null;
  const [from, to, measure, partners, chapters] = w;
  if (!str(from, month) || !str(to, month) || (from as string) > (to as string) || !(MEASURES as readonly unknown[]).includes(measure)) return null;
  if (!arr(partners, 300) || !partners.every((x) => str(x, code)) || !arr(chapters, 100) || !chapters.every((x) => typeof x === 'string' && isGoodsPrefix(x))) return null;
  if (p.mt !== undefined && p.mt !== 'weight') return null;
  if (p.gl !== undefined && !(GOODS_LEVELS as readonly unknown[]).includes(p.gl)) return null;
  const coverage = p.wc === undefined ? null : arr(p.wc, 2) && p.wc.length === 2 && num(p.wc[0]) && num(p.wc[1]) ? { valueUsd: p.wc[0], unweighedUsd: p.wc[1] } : undefined;
  if (coverage === undefined) return null;
  const metric = p.mt === 'weight' ? 'weight' : 'value';
  // The base chosen, if any; links made before the comparison have none and compare with the previous year.
  let base: { from: string; to: string } | undefined;
  if (p.vs !== undefined) {
    if (!arr(p.vs, 2) || p.vs.length !== 2 || !str(p.vs[0], month) || !str(p.vs[1], month) || (p.vs[0] as string) > (p.vs[1] as string)) return null;
    base = { from: p.vs[0] as string, to: p.vs[1] as string };
  }
  const previousMonths = base ?? previousPeriod(from as string, to as string);
  const comparison = p.cp === undefined ? uncompared(previousMonths, metric) : unpackComparison(p.cp, metric);
  if (!comparison) return null;
  // Links made before the partner table: the partners the donut names.
  let partnersAll: DashboardSeries['partnersAll'] = [];
  if (p.pa !== undefined) {
    if (!arr(p.pa, 2000) || !p.pa.every((e) => arr(e, 4) && e.length === 4 && str(e[0], code) && num(e[1]) && num(e[2]) && num(e[3]))) return null;
    partnersAll = (p.pa as [string, number, number, number][]).map(([key, valueUsd, knownKg, weighedUsd]) => ({ key, valueUsd, knownKg, weighedUsd }));
  }
  const current = totals(p.cur);
  const previous = p.prev === null ? null : totals(p.prev);
  // Links made before `wh` existed have none: no whole to show a share of.
  const whole = p.wh === undefined || p.wh === null ? null : totals(p.wh);
  if (p.wh !== undefined && p.wh !== null && !whole) return null;
  // Links made before `rp` existed, and datasets with one reporter, have none.
  let reporters: Pick<ViewFilter, 'reporters' | 'allReporters'> = {};
  if (p.rp !== undefined) {
    const rp = p.rp;
    if (!arr(rp, 2) || rp.length !== 2 || (rp[0] !== 0 && rp[0] !== 1)) return null;
    const codes = rp[1];
    if (!arr(codes, 300) || codes.length === 0 || !codes.every((x) => str(x, SNAPSHOT_REPORTER)) || new Set(codes).size !== codes.length) return null;
    reporters = { reporters: codes as string[], allReporters: rp[0] === 1 };
  }
  const partnerShares = slices(p.ps, code);
  const goodsShares = goodsSlices(p.ch, new RegExp(`^\\d{2,10}$|^[IVX]{1,5}$|^${OTHER_KEY}$|^${TOTAL_COMMODITY}$`));
  if (!current || (p.prev !== null && !previous) || !partnerShares || !goodsShares || !isPartnerCount(p.pc)) return null;
  if (!arr(p.pk, 200) || !p.pk.every((k) => str(k, code))) return null;
  const keys = p.pk as string[];
  // Links made before quarters and seasons have none: the charts fall back to years (and months).
  const time = p.tm === undefined ? emptyTimeSeries(p.m && Array.isArray(p.m) && p.m.length > 0 ? 'month' : 'year') : unpackTimeSeries(p.tm, keys);
  if (!time) return null;
  if (!arr(p.py, 300) || !p.py.every((row) => arr(row, keys.length + 1) && row.length === keys.length + 1 && row.every(num))) return null;
  if (!arr(p.y, 300) || !p.y.every((row) => arr(row, 3) && row.length === 3 && row.every(num) && Number.isInteger(row[0]) && row[0] >= 1900 && row[0] <= 2100 && row[1] >= 0 && row[2] >= 0)) return null;
  if (!arr(p.m, 3600) || !p.m.every((row) => arr(row, 3) && row.length === 3 && str(row[0], month) && num(row[1]) && num(row[2]) && row[1] >= 0 && row[2] >= 0)) return null;
  const byYearPartner = (p.py as number[][]).map(([year, ...values]) => ({
    year,
    values: Object.fromEntries(keys.map((k, i) => [k, values[i]])),
    total: values.reduce((a, b) => a + b, 0),
  }));
  return {
    createdAt: p.c as string,
    datasetName: p.n as string,
    demo: p.d === 1,
    view: { from, to, measure: measure as Measure, ...(p.mt === 'weight' ? { metric: 'weight' as const } : {}), ...(base ? { base } : {}), partners: partners as string[], goods: chapters as string[], ...reporters },
    series: {
      metric,
      comparison,
      time,
      partnersAll,
      weightCoverage: coverage ?? { valueUsd: current.turnover, unweighedUsd: 0 },
      goodsLevel: (p.gl as GoodsLevel | undefined) ?? 'hs2',
      goodsByPartner,
      current,
      previous,
      whole,
      partnerShares,
      partnerKeys: keys,
      partnerSharesByYear: byYearPartner,
      byYear: (p.y as number[][]).map(([year, e, i]) => ({ year, exports: e, imports: i, balance: e - i })),
      byMonth: (p.m as [string, number, number][]).map(([m, e, i]) => ({ month: m, exports: e, imports: i, balance: e - i })),
      goodsShares,
      partnerCount: p.pc as number,
    },
  };
}

/** The most partners a snapshot may count: there are some 250 countries; a million is forged. */
export const MAX_SNAPSHOT_PARTNERS = 1_000_000;

function isPartnerCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_SNAPSHOT_PARTNERS;
}

/** A link made before the comparison: nothing to compare by partner or goods. */
function uncompared(months: { from: string; to: string }, metric: 'value' | 'weight'): Comparison {
  return { from: months.from, to: months.to, covered: false, amountMetric: metric, partners: { now: [], then: [] }, goods: { now: [], then: [] }, priceVolume: { changeUsd: 0, volumeUsd: 0, priceUsd: 0, unexplainedUsd: 0 }, baseWeighedUsd: 0, goodsPriceVolume: [] };
}

const GOODS_LEVELS: readonly GoodsLevel[] = ['section', 'hs2', 'hs4', 'hs6', 'hs10'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
