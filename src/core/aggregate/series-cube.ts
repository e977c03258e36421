// The table summed once by everything a dashboard view can filter or group on —
// period code, flow, partner, HS chapter — over the rows that add up (`counted`).
// Every chart's series is then computed from the cells instead of the rows: a
// million rows of monthly detail make a few hundred thousand cells, so a filter
// click reads a fraction of the data (npm run bench). Built once per table, on
// first use, and kept while the table lives.
//
// A cell's value is the sum of its rows in file order; a series adds cells, so its
// total may differ from a row-by-row sum in the last bits of a double (never for
// whole dollars below 2^53, which add up exactly in any order).

import { TOTAL_COMMODITY } from '../model/trade-record';
import type { TradeTable } from '../table/trade-table';

export interface SeriesCube {
  /** Number of cells. */
  readonly size: number;
  /** Smallest and largest period code of the cells (0 and -1 when there are none). */
  readonly minCode: number;
  readonly maxCode: number;
  readonly period: Int32Array;
  readonly flow: Uint8Array;
  readonly partner: Uint16Array;
  /** HS chapter 1–99; 0 for TOTAL rows (they have none). */
  readonly chapter: Uint8Array;
  readonly valueUsd: Float64Array;
}

/** Groups (period code × flow × partner) indexed through a plain array up to this many (64 MB). */
const DENSE_GROUPS = 1 << 24;

/** A loaded table's columns are never written again (a merge or a new import makes new ones). */
const cubes = new WeakMap<Int32Array, { rows: number; cube: SeriesCube }>();

export function seriesCube(t: TradeTable): SeriesCube {
  const known = cubes.get(t.period);
  if (known && known.rows === t.rowCount) return known.cube;
  const cube = buildCube(t);
  cubes.set(t.period, { rows: t.rowCount, cube });
  return cube;
}

/** Registers a cube built elsewhere (the worker builds it next to the table and transfers both). */
export function attachSeriesCube(t: TradeTable, cube: SeriesCube): void {
  cubes.set(t.period, { rows: t.rowCount, cube });
}

export function cubeTransferables(cube: SeriesCube): ArrayBuffer[] {
  return [cube.period, cube.flow, cube.partner, cube.chapter, cube.valueUsd].map((c) => c.buffer as ArrayBuffer);
}

/** Chapter of each commodity code of a table: `0303670000` → 3, TOTAL → 0. */
export function chaptersOf(t: TradeTable): Uint8Array {
  const chapterOf = new Uint8Array(t.commodities.length);
  t.commodities.forEach((c, i) => (chapterOf[i] = c === TOTAL_COMMODITY ? 0 : Number(c.slice(0, 2))));
  return chapterOf;
}

function buildCube(t: TradeTable): SeriesCube {
  const { period, flow, partner, commodity, valueUsd, counted } = t;
  const n = t.rowCount;
  const chapterOf = chaptersOf(t);
  const nPartners = Math.max(1, t.partners.length);
  // Distinct period codes, numbered: a (code, flow, partner) group is then an index into a
  // small dense array (at most ~3,400 codes × 4 flows × the partners in the file).
  let minCode = 0x7fffffff;
  let maxCode = -1;
  for (let i = 0; i < n; i++) {
    if (counted[i] === 0) continue;
    const code = period[i];
    if (code < minCode) minCode = code;
    if (code > maxCode) maxCode = code;
  }
  const codeIndex = new Int32Array(Math.max(0, maxCode - minCode + 1)).fill(-1);
  let nCodes = 0;
  for (let i = 0; i < n; i++) if (counted[i] !== 0 && codeIndex[period[i] - minCode] === -1) codeIndex[period[i] - minCode] = nCodes++;
  // First cell of each group + 1 (0 = none); cells of a group are chained through `next`.
  // A map instead when the groups would not fit a small array (tens of thousands of partners).
  const groups = nCodes * 4 * nPartners;
  const dense = groups <= DENSE_GROUPS ? new Int32Array(groups) : null;
  const sparse = dense === null ? new Map<number, number>() : null;

  let capacity = 1024;
  let cellPeriod = new Int32Array(capacity);
  let cellFlow = new Uint8Array(capacity);
  let cellPartner = new Uint16Array(capacity);
  let cellChapter = new Uint8Array(capacity);
  let cellValue = new Float64Array(capacity);
  let next = new Int32Array(capacity);
  let size = 0;
  let lastGroup = -1;
  let lastChapter = -1;
  let cell = -1;
  for (let i = 0; i < n; i++) {
    if (counted[i] === 0) continue;
    const code = period[i];
    const f = flow[i];
    const p = partner[i];
    const ch = chapterOf[commodity[i]];
    const group = (codeIndex[code - minCode] * 4 + f) * nPartners + p;
    // Neighbouring rows are often in the same cell (one month, flow, partner and chapter).
    if (group !== lastGroup || ch !== lastChapter) {
      const head = dense !== null ? dense[group] : (sparse!.get(group) ?? 0);
      let c = head - 1;
      while (c !== -1 && cellChapter[c] !== ch) c = next[c] - 1;
      if (c === -1) {
        if (size === capacity) {
          capacity *= 2;
          cellPeriod = grown(cellPeriod, capacity);
          cellFlow = grown(cellFlow, capacity);
          cellPartner = grown(cellPartner, capacity);
          cellChapter = grown(cellChapter, capacity);
          cellValue = grown(cellValue, capacity);
          next = grown(next, capacity);
        }
        c = size++;
        cellPeriod[c] = code;
        cellFlow[c] = f;
        cellPartner[c] = p;
        cellChapter[c] = ch;
        next[c] = head;
        if (dense !== null) dense[group] = c + 1;
        else sparse!.set(group, c + 1);
      }
      cell = c;
      lastGroup = group;
      lastChapter = ch;
    }
    cellValue[cell] += valueUsd[i];
  }
  return {
    size,
    minCode: size === 0 ? 0 : minCode,
    maxCode,
    period: cellPeriod.slice(0, size),
    flow: cellFlow.slice(0, size),
    partner: cellPartner.slice(0, size),
    chapter: cellChapter.slice(0, size),
    valueUsd: cellValue.slice(0, size),
  };
}

function grown<T extends Int32Array | Uint8Array | Uint16Array | Float64Array>(a: T, capacity: number): T {
  const next = new (a.constructor as new (n: number) => T)(capacity);
  next.set(a);
  return next;
}
