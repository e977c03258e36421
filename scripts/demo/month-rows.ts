// The month engine, shared by the demo (kamchatka-demo.ts) and the synthetic files
// (synthetic-lines.ts): a partner's amount of a block spread over its months, and one month of
// a flow turned into canonical CSV rows (partner × group fitted to both margins, split into
// codes, a weight from a price per kilogram). See the header of kamchatka-demo.ts for the whole.

import { CANONICAL_HEADER } from '../../src/core/model/trade-record.ts';
import type { FlowTables } from './flow-tables.ts';
import { P, PARTNERS, PARTNER_ORDER } from './partner-profiles.ts';
import type { SeededRandom } from './seeded-random.ts';

/** The canonical CSV header line: `period,reporter,flow,partner,commodity,value_usd,net_kg`. */
export const CANONICAL_CSV_HEADER: string = CANONICAL_HEADER.join(',');

/** Thresholds that decide how detailed (how many rows) a month is. */
export interface Detail {
  /** A partner × group cell below this (USD) is dropped (the partner's largest is kept) and the month re-fitted. */
  minCell: number;
  /** A code below this (USD), or below `codeShare` of its cell, is folded into the others. */
  minCode: number;
  codeShare: number;
  /** Share of rows with no weight (empty net_kg). */
  missingWeight: number;
}

export const DEMO_DETAIL: Detail = { minCell: 60_000, minCode: 60_000, codeShare: 0.08, missingWeight: 0.003 };
export const SYNTHETIC_DETAIL: Detail = { minCell: 3_000, minCode: 1_500, codeShare: 0.004, missingWeight: 0.003 };

export interface MonthInput {
  reporter: string;
  period: string;
  tables: FlowTables;
  /** Partner amounts of the month (USD), length P. */
  partners: Float64Array;
  /** Group shares of the month (sum 1). */
  groupShares: Float64Array;
  prices: number;
  detail: Detail;
}

const RAS_ITERATIONS = 40;

/** Appends the month's rows of one flow to `out`, in partner then commodity order. */
export function monthFlowRows(rng: SeededRandom, input: MonthInput, out: string[]): void {
  const { tables, partners, groupShares, detail } = input;
  const G = tables.groups.length;
  let total = 0;
  for (let i = 0; i < P; i++) total += partners[i];
  if (total <= 0) return;

  // 1. partner × group matrix with noise, fitted to both margins (RAS).
  const m = new Float64Array(P * G);
  for (let i = 0; i < P; i++) {
    if (partners[i] <= 0) continue;
    for (let j = 0; j < G; j++) {
      const a = tables.affinity[i * G + j];
      if (a > 0) m[i * G + j] = a * rng.logNormal(tables.groups[j].sigma ?? 0.5);
    }
  }
  const colTarget = new Float64Array(G);
  for (let j = 0; j < G; j++) colTarget[j] = total * groupShares[j];
  fitMargins(m, G, partners, colTarget);

  // 2. drop the cells that come out small (a partner trades few goods in a month), keeping
  // each partner's largest, and fit again so both margins still hold.
  for (let i = 0; i < P; i++) {
    if (partners[i] <= 0) continue;
    const row = m.subarray(i * G, i * G + G);
    let largest = 0;
    for (let j = 1; j < G; j++) if (row[j] > row[largest]) largest = j;
    for (let j = 0; j < G; j++) if (j !== largest && row[j] < detail.minCell) row[j] = 0;
  }
  fitMargins(m, G, partners, colTarget);

  // 3. split every cell into codes; small pieces are folded into the larger ones.
  const K = tables.codes.length;
  const codeAmounts = new Float64Array(P * K);
  for (let i = 0; i < P; i++) {
    if (partners[i] <= 0) continue;
    for (let j = 0; j < G; j++) {
      const cell = m[i * G + j];
      if (cell <= 0) continue;
      const idx = tables.groupCodeIndex[j];
      const specs = tables.groups[j].codes;
      const parts = new Float64Array(idx.length);
      let s = 0;
      for (let k = 0; k < idx.length; k++) {
        parts[k] = specs[k].weight * rng.logNormal(0.6);
        s += parts[k];
      }
      for (let k = 0; k < idx.length; k++) parts[k] *= cell / s;
      foldSmall(parts, Math.max(detail.minCode, cell * detail.codeShare));
      for (let k = 0; k < idx.length; k++) codeAmounts[i * K + idx[k]] = parts[k];
    }
  }

  // 4. rows: value in dollars, weight from a price per kilogram with noise.
  const prefix = `${input.period},${input.reporter},${tables.flow},`;
  for (const i of PARTNER_ORDER) {
    for (let k = 0; k < K; k++) {
      const amount = codeAmounts[i * K + k];
      if (amount <= 0) continue;
      const value = Math.round(amount);
      if (value < 1) continue;
      const spec = tables.codes[k];
      const price = spec.usdPerKg * input.prices * rng.logNormal(0.12);
      const missing = rng.chance(detail.missingWeight);
      const kg = missing ? '' : String(Math.max(1, Math.round(value / price)));
      out.push(`${prefix}${PARTNERS[i].code},${spec.code},${value},${kg}`);
    }
  }
}

/** Iterative proportional fitting: rows to `rows`, columns to `cols`, ending on rows (exact). */
function fitMargins(m: Float64Array, G: number, rows: Float64Array, cols: Float64Array): void {
  for (let it = 0; it < RAS_ITERATIONS; it++) {
    scaleRows(m, G, rows);
    for (let j = 0; j < G; j++) {
      let s = 0;
      for (let i = 0; i < P; i++) s += m[i * G + j];
      if (s > 0) {
        const f = cols[j] / s;
        for (let i = 0; i < P; i++) m[i * G + j] *= f;
      }
    }
  }
  scaleRows(m, G, rows);
}

function scaleRows(m: Float64Array, G: number, targets: Float64Array): void {
  for (let i = 0; i < P; i++) {
    let s = 0;
    for (let j = 0; j < G; j++) s += m[i * G + j];
    const f = s > 0 ? targets[i] / s : 0;
    for (let j = 0; j < G; j++) m[i * G + j] *= f;
  }
}

/** Zeroes the parts below `min` (keeping the largest) and spreads their sum over the rest. */
function foldSmall(parts: Float64Array, min: number): void {
  let largest = -1;
  for (let k = 0; k < parts.length; k++) if (largest < 0 || parts[k] > parts[largest]) largest = k;
  let removed = 0;
  let kept = 0;
  for (let k = 0; k < parts.length; k++) {
    if (k !== largest && parts[k] < min) {
      removed += parts[k];
      parts[k] = 0;
    } else kept += parts[k];
  }
  if (removed > 0 && kept > 0) {
    const f = (kept + removed) / kept;
    for (let k = 0; k < parts.length; k++) parts[k] *= f;
  }
}

/**
 * Spreads each partner's block amount over the block's months: seasonal weight × noise;
 * partners with a small share skip some months. Returns amounts [month][partner].
 */
export function spreadOverMonths(
  rng: SeededRandom,
  partnerAmounts: Float64Array,
  blockTotal: number,
  months0: readonly number[],
  weights: readonly number[],
): Float64Array[] {
  const out = months0.map(() => new Float64Array(P));
  const noise = new Float64Array(months0.length);
  for (let i = 0; i < P; i++) {
    const amount = partnerAmounts[i];
    if (amount <= 0) continue;
    const share = amount / blockTotal;
    const skip = share < 0.001 ? 0.5 : share < 0.004 ? 0.3 : share < 0.01 ? 0.1 : 0;
    const sigma = share < 0.01 ? 0.6 : 0.25;
    let s = 0;
    let best = 0;
    for (let t = 0; t < months0.length; t++) {
      noise[t] = rng.chance(skip) ? 0 : weights[t] * rng.logNormal(sigma);
      s += noise[t];
      if (weights[t] > weights[best]) best = t;
    }
    if (s === 0) {
      noise[best] = 1;
      s = 1;
    }
    for (let t = 0; t < months0.length; t++) out[t][i] = (amount * noise[t]) / s;
  }
  return out;
}

/** The canonical period of a month: `2020-05` for 2020 and month index 4. */
export function period(year: number, month0: number): string {
  return `${year}-${String(month0 + 1).padStart(2, '0')}`;
}
