// A flow's commodity groups prepared for the month engine (month-rows.ts): seasons normalised
// to mean 1, the partner × group affinity matrix, every code of the flow in order, and the
// group mixes of a year and of a month. Shared by the demo and the synthetic files.

import type { GroupSpec } from './commodity-groups.ts';
import { EXPORT_GROUPS } from './export-commodities.ts';
import { IMPORT_GROUPS } from './import-commodities.ts';
import { P, PARTNERS } from './partner-profiles.ts';

export interface FlowTables {
  flow: 'export' | 'import';
  groups: readonly GroupSpec[];
  /** Seasonal factors normalised to mean 1 (all 1 when the group has none). */
  seasons: Float64Array[];
  /** Affinity matrix P × G, row-major. */
  affinity: Float64Array;
  /** Every code of the flow, sorted, with its group and index in the group. */
  codes: { code: string; group: number; usdPerKg: number }[];
  /** First code index (in `codes`) of each group's codes, in group code order. */
  groupCodeIndex: number[][];
}

function buildFlowTables(flow: 'export' | 'import', groups: readonly GroupSpec[]): FlowTables {
  const seasons = groups.map((g) => {
    const s = new Float64Array(12).fill(1);
    if (g.season) {
      const mean = g.season.reduce((a, b) => a + b, 0) / 12;
      for (let m = 0; m < 12; m++) s[m] = g.season[m] / mean;
    }
    return s;
  });
  const affinity = new Float64Array(P * groups.length);
  PARTNERS.forEach((p, i) => {
    const profile = flow === 'export' ? p.exp : p.imp;
    groups.forEach((g, j) => {
      affinity[i * groups.length + j] = g.affinity[profile] ?? 0;
    });
  });
  const all = groups.flatMap((g, j) => g.codes.map((c) => ({ code: c.code, group: j, usdPerKg: c.usdPerKg })));
  all.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (let k = 1; k < all.length; k++) {
    if (all[k].code === all[k - 1].code) throw new Error(`duplicate ${flow} code ${all[k].code}`);
  }
  const groupCodeIndex = groups.map((g) => g.codes.map((c) => all.findIndex((x) => x.code === c.code)));
  return { flow, groups, seasons, affinity, codes: all, groupCodeIndex };
}

export const EXPORT_TABLES = buildFlowTables('export', EXPORT_GROUPS);
export const IMPORT_TABLES = buildFlowTables('import', IMPORT_GROUPS);

/** Group mix of a year (sum 1) from multipliers; `fixed` groups keep their share, the rest scale. */
export function groupMix(tables: FlowTables, multipliers: Record<string, number>, fixed: Record<string, number>): Float64Array {
  const G = tables.groups.length;
  const mix = new Float64Array(G);
  let fixedSum = 0;
  let freeSum = 0;
  tables.groups.forEach((g, j) => {
    if (g.key in fixed) {
      mix[j] = fixed[g.key];
      fixedSum += mix[j];
    } else {
      mix[j] = g.share * (multipliers[g.key] ?? 1);
      freeSum += mix[j];
    }
  });
  tables.groups.forEach((g, j) => {
    if (!(g.key in fixed)) mix[j] *= (1 - fixedSum) / freeSum;
  });
  return mix;
}

/**
 * Group shares of one month: seasonal groups keep their year total between them but move
 * between months with their seasons; non-seasonal groups keep their share every month.
 */
export function monthGroupShares(tables: FlowTables, mix: Float64Array, month0: number, seasonal = true): Float64Array {
  const G = tables.groups.length;
  if (!seasonal) return Float64Array.from(mix);
  const out = new Float64Array(G);
  let seasonalTotal = 0;
  let seasonalWeighted = 0;
  for (let j = 0; j < G; j++) {
    if (tables.groups[j].season) {
      seasonalTotal += mix[j];
      seasonalWeighted += mix[j] * tables.seasons[j][month0];
    } else out[j] = mix[j];
  }
  for (let j = 0; j < G; j++) {
    if (tables.groups[j].season) out[j] = (seasonalTotal * mix[j] * tables.seasons[j][month0]) / seasonalWeighted;
  }
  return out;
}

/** Relative size of each month of a flow (mean about 1) from its seasonal groups. */
export function monthWeight(tables: FlowTables, mix: Float64Array, month0: number): number {
  let w = 0;
  for (let j = 0; j < tables.groups.length; j++) w += mix[j] * tables.seasons[j][month0];
  return w;
}
