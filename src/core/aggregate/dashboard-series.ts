// Every chart's numbers for one view, computed in a single pass over the table's
// cells (series-cube.ts: its rows summed once by period, flow, partner and
// chapter; QUALITY.md: ≤ 20 ms per million rows). Components receive these ready
// series and only draw them.

import { FLOW_CODE } from '../model/trade-record';
import { monthKey } from '../model/period';
import type { TradeTable } from '../table/trade-table';
import { topWithOther } from './top-with-other';
import { seriesCube } from './series-cube';

export type FlowMeasure = 'turnover' | 'export' | 'import';

export interface DashboardFilter {
  /** Inclusive month-index range (model/period.ts monthIndex). */
  fromMonth: number;
  toMonth: number;
  measure: FlowMeasure;
  /** ISO alpha-2 codes; empty = all partners. */
  partners: readonly string[];
  /** HS chapters (`03`); empty = all goods. */
  chapters?: readonly string[];
  /** Months the over-time series span (the whole data by default), so history stays visible around the period. */
  historyFromMonth?: number;
  historyToMonth?: number;
}

export interface FlowTotals {
  exportUsd: number;
  importUsd: number;
  turnoverUsd: number;
  balanceUsd: number;
}

export interface ShareSlice {
  /** ISO alpha-2, or OTHER_KEY for everything outside the top N. */
  key: string;
  valueUsd: number;
  share: number;
}

export const OTHER_KEY = 'other';

export interface DashboardSeries {
  current: FlowTotals;
  /** The same months one year earlier; null when the data does not cover them. */
  previous: FlowTotals | null;
  partnerShares: ShareSlice[];
  /** Per year over the history span: value by partner key (top partners of the period + OTHER_KEY). */
  partnerKeys: string[];
  partnerSharesByYear: { year: number; values: Record<string, number>; totalUsd: number }[];
  byYear: { year: number; exportUsd: number; importUsd: number; balanceUsd: number }[];
  /** Empty when the data has no monthly rows. */
  byMonth: { month: string; exportUsd: number; importUsd: number; balanceUsd: number }[];
  chapterShares: ShareSlice[];
  /** Distinct partners with a non-zero value in the view. */
  partnerCount: number;
}

export interface SeriesOptions {
  topPartners: number;
  topChapters: number;
  /** Coverage of the dataset, to know whether last year's months exist. */
  dataFirstMonth: number;
  dataLastMonth: number;
}

const DEFAULT_OPTIONS: SeriesOptions = { topPartners: 8, topChapters: 10, dataFirstMonth: 0, dataLastMonth: Number.MAX_SAFE_INTEGER };

export function computeDashboardSeries(t: TradeTable, filter: DashboardFilter, options: Partial<SeriesOptions> = {}): DashboardSeries {
  const opt = { ...DEFAULT_OPTIONS, ...options };
  const nPartners = t.partners.length;

  const partnerAllowed = new Uint8Array(nPartners);
  if (filter.partners.length === 0) partnerAllowed.fill(1);
  else {
    const wanted = new Set(filter.partners);
    t.partners.forEach((p, i) => (partnerAllowed[i] = wanted.has(p) ? 1 : 0));
  }
  // Chapter 0 collects TOTAL rows that stand for their group: they have no chapter.
  // A chapter filter drops rows of other chapters (and TOTAL rows, which have none).
  const wantedChapters = filter.chapters && filter.chapters.length > 0 ? new Set(filter.chapters.map(Number)) : null;
  const chapterAllowed = new Uint8Array(256).fill(1);
  if (wantedChapters) for (let ch = 0; ch < 256; ch++) chapterAllowed[ch] = wantedChapters.has(ch) ? 1 : 0;

  const from = filter.fromMonth;
  const to = filter.toMonth;
  const prevFrom = from - 12;
  const prevTo = to - 12;
  const histFrom = Math.min(from, filter.historyFromMonth ?? from);
  const histTo = Math.max(to, filter.historyToMonth ?? to);
  const firstYear = Math.floor(histFrom / 12);
  const nYears = Math.floor(histTo / 12) - firstYear + 1;
  const nMonths = histTo - histFrom + 1;
  const wantExport = filter.measure !== 'import';
  const wantImport = filter.measure !== 'export';

  const cur = new Float64Array(4);
  const prev = new Float64Array(4);
  const byPartner = new Float64Array(nPartners);
  const byYearPartner = new Float64Array(nYears * nPartners);
  const byYearFlow = new Float64Array(nYears * 4);
  const byMonthFlow = new Float64Array(nMonths * 4);
  const byChapter = new Float64Array(100);
  let monthlyRows = 0;

  // The rows that add up, summed by period code, flow, partner and chapter (series-cube.ts):
  // every sum below is over those cells instead of the rows. Aggregates kept apart (World,
  // TOTAL with their parts present) are not in the cube: they never add to their parts.
  const cube = seriesCube(t);
  const { minCode, maxCode } = cube;
  // Everything the loop needs to know about a period code, looked up per distinct code
  // instead of derived per cell: which sums the cell joins and at which year / month.
  const nCodes = cube.size === 0 ? 0 : maxCode - minCode + 1;
  const codeFlags = new Uint8Array(nCodes);
  const codeYear = new Int32Array(nCodes);
  const codeMonth = new Int32Array(nCodes);
  for (let k = 0; k < nCodes; k++) {
    const code = minCode + k;
    const year = (code / 100) | 0;
    const sub = code - year * 100;
    let start: number;
    let end: number;
    if (sub === 0) {
      start = year * 12;
      end = start + 11;
    } else if (sub > 20) {
      start = year * 12 + (sub - 21) * 3;
      end = start + 2;
    } else {
      start = year * 12 + sub - 1;
      end = start;
    }
    let flags = 0;
    if (start >= prevFrom && end <= prevTo) flags |= IN_PREVIOUS;
    if (start >= histFrom && end <= histTo) {
      flags |= IN_HISTORY;
      if (start === end) flags |= MONTHLY;
      if (start >= from && end <= to) flags |= IN_PERIOD;
    }
    codeFlags[k] = flags;
    codeYear[k] = (year - firstYear) * 4;
    codeMonth[k] = (start - histFrom) * 4;
  }
  const measuredFlow = new Uint8Array(4);
  measuredFlow[FLOW_CODE.export] = wantExport ? 1 : 0;
  measuredFlow[FLOW_CODE.import] = wantImport ? 1 : 0;

  const { period, flow, partner, chapter, valueUsd } = cube;
  for (let i = 0, n = cube.size; i < n; i++) {
    const p = partner[i];
    if (partnerAllowed[p] === 0) continue;
    const ch = chapter[i];
    if (chapterAllowed[ch] === 0) continue;
    const k = period[i] - minCode;
    const flags = codeFlags[k];
    const f = flow[i];
    const v = valueUsd[i];
    if (flags & IN_PREVIOUS) prev[f] += v;
    if ((flags & IN_HISTORY) === 0) continue;
    const y4 = codeYear[k];
    byYearFlow[y4 + f] += v;
    if (flags & MONTHLY) {
      byMonthFlow[codeMonth[k] + f] += v;
      monthlyRows++;
    }
    const measured = measuredFlow[f] === 1;
    if (measured) byYearPartner[(y4 >> 2) * nPartners + p] += v;
    if ((flags & IN_PERIOD) === 0) continue;
    cur[f] += v;
    if (measured) {
      byPartner[p] += v;
      byChapter[ch] += v;
    }
  }

  const totals = (a: Float64Array): FlowTotals => ({
    exportUsd: a[FLOW_CODE.export],
    importUsd: a[FLOW_CODE.import],
    turnoverUsd: a[FLOW_CODE.export] + a[FLOW_CODE.import],
    balanceUsd: a[FLOW_CODE.export] - a[FLOW_CODE.import],
  });
  const previousCovered = prevFrom >= opt.dataFirstMonth && prevTo <= opt.dataLastMonth;

  const partnerEntries: [string, number][] = [];
  for (let i = 0; i < nPartners; i++) if (byPartner[i] > 0) partnerEntries.push([t.partners[i], byPartner[i]]);
  const partnerShares = topWithOther(partnerEntries, opt.topPartners, OTHER_KEY);
  const partnerKeys = partnerShares.map((s) => s.key);
  const inTop = new Map(partnerKeys.map((k) => [k, k]));

  const partnerSharesByYear: DashboardSeries['partnerSharesByYear'] = [];
  const byYear: DashboardSeries['byYear'] = [];
  for (let y = 0; y < nYears; y++) {
    const e = byYearFlow[y * 4 + FLOW_CODE.export];
    const m = byYearFlow[y * 4 + FLOW_CODE.import];
    byYear.push({ year: firstYear + y, exportUsd: e, importUsd: m, balanceUsd: e - m });
    const values: Record<string, number> = Object.fromEntries(partnerKeys.map((k) => [k, 0]));
    let total = 0;
    for (let p = 0; p < nPartners; p++) {
      const v = byYearPartner[y * nPartners + p];
      if (v === 0) continue;
      const key = inTop.get(t.partners[p]) ?? OTHER_KEY;
      values[key] = (values[key] ?? 0) + v;
      total += v;
    }
    partnerSharesByYear.push({ year: firstYear + y, values, totalUsd: total });
  }
  // A partner outside the period's top (or outside the period) still counts in other years,
  // as «other»: without its key there, those years' stacks would leave it out unseen.
  if (!partnerKeys.includes(OTHER_KEY) && partnerSharesByYear.some((r) => r.values[OTHER_KEY] > 0)) {
    partnerKeys.push(OTHER_KEY);
    for (const r of partnerSharesByYear) r.values[OTHER_KEY] ??= 0;
  }

  const byMonth: DashboardSeries['byMonth'] = [];
  if (monthlyRows > 0) {
    for (let m = 0; m < nMonths; m++) {
      const e = byMonthFlow[m * 4 + FLOW_CODE.export];
      const im = byMonthFlow[m * 4 + FLOW_CODE.import];
      byMonth.push({ month: monthKey(histFrom + m), exportUsd: e, importUsd: im, balanceUsd: e - im });
    }
  }

  const chapterEntries: [string, number][] = [];
  for (let c = 1; c < 100; c++) if (byChapter[c] > 0) chapterEntries.push([String(c).padStart(2, '0'), byChapter[c]]);

  return {
    current: totals(cur),
    previous: previousCovered ? totals(prev) : null,
    partnerShares,
    partnerKeys,
    partnerSharesByYear: partnerSharesByYear.filter((r) => r.totalUsd > 0),
    byYear: byYear.filter((r) => r.exportUsd !== 0 || r.importUsd !== 0),
    byMonth,
    chapterShares: topWithOther(chapterEntries, opt.topChapters, OTHER_KEY),
    partnerCount: partnerEntries.length,
  };
}

const IN_PREVIOUS = 1;
const IN_HISTORY = 2;
const MONTHLY = 4;
const IN_PERIOD = 8;
