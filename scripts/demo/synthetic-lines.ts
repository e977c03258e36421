// Large synthetic canonical CSV files for benchmarks (scripts/bench-data.ts, generate-demo.ts
// --rows N): the demo's partners, commodity mix, seasonality and prices (the month engine of
// month-rows.ts) for every Russian region, monthly 1995-01 … 2024-12. Pure and deterministic
// like the demo (kamchatka-demo.ts): the same seed always gives the same lines.

import { EXPORT_GROUPS } from './export-commodities.ts';
import { EXPORT_TABLES, IMPORT_TABLES, groupMix, monthGroupShares, monthWeight } from './flow-tables.ts';
import { IMPORT_GROUPS } from './import-commodities.ts';
import { YEARS } from './kamchatka-calibration.ts';
import { CANONICAL_CSV_HEADER, SYNTHETIC_DETAIL, monthFlowRows, period, spreadOverMonths } from './month-rows.ts';
import { BIG_FOUR, P, PARTNERS } from './partner-profiles.ts';
import { SeededRandom, checkSeed } from './seeded-random.ts';

export const DEFAULT_SYNTHETIC_SEED = 1;
/** ISO 3166-2 codes of the subjects of the Russian Federation (Far East first). */
export const RUSSIAN_REGIONS: readonly string[] = [
  'RU-KAM', 'RU-PRI', 'RU-SAK', 'RU-KHA', 'RU-MAG', 'RU-CHU', 'RU-AMU', 'RU-YEV', 'RU-SA', 'RU-ZAB', 'RU-BU',
  'RU-IRK', 'RU-KYA', 'RU-TOM', 'RU-NVS', 'RU-OMS', 'RU-ALT', 'RU-AL', 'RU-KEM', 'RU-TY', 'RU-KK', 'RU-MOW',
  'RU-SPE', 'RU-MOS', 'RU-LEN', 'RU-MUR', 'RU-ARK', 'RU-KGD', 'RU-KR', 'RU-KO', 'RU-NEN', 'RU-VLG', 'RU-NGR',
  'RU-PSK', 'RU-TVE', 'RU-YAR', 'RU-KOS', 'RU-IVA', 'RU-VLA', 'RU-RYA', 'RU-TUL', 'RU-KLU', 'RU-SMO', 'RU-BRY',
  'RU-ORL', 'RU-KRS', 'RU-BEL', 'RU-VOR', 'RU-LIP', 'RU-TAM', 'RU-NIZ', 'RU-ME', 'RU-CU', 'RU-MO', 'RU-PNZ',
  'RU-ULY', 'RU-TA', 'RU-SAM', 'RU-SAR', 'RU-VGG', 'RU-AST', 'RU-ROS', 'RU-KDA', 'RU-AD', 'RU-STA', 'RU-KC',
  'RU-KB', 'RU-SE', 'RU-IN', 'RU-CE', 'RU-DA', 'RU-KL', 'RU-KIR', 'RU-UD', 'RU-PER', 'RU-BA', 'RU-ORE',
  'RU-KGN', 'RU-CHE', 'RU-SVE', 'RU-TYU', 'RU-KHM', 'RU-YAN',
];
export const SYNTHETIC_FIRST_YEAR = 1995;
/** Largest `rows` accepted: all regions × years give about 33–34 million rows, depending on the seed. */
export const SYNTHETIC_MAX_ROWS = 30_000_000;
export const SYNTHETIC_LAST_YEAR = 2024;

interface ReporterProfile {
  code: string;
  /** Turnover in 2024, USD. */
  turnover2024: number;
  exportShare: number;
  growth: number;
  partnerWeights: [Float64Array, Float64Array];
  mixMultipliers: [Record<string, number>, Record<string, number>];
}

function reporterProfile(rng: SeededRandom, code: string): ReporterProfile {
  const y2023 = YEARS[2023];
  const partnerWeights = ([0, 1] as const).map((f) => {
    const w = new Float64Array(P);
    PARTNERS.forEach((p, i) => {
      const base = (BIG_FOUR as readonly string[]).includes(p.code)
        ? y2023[p.code as (typeof BIG_FOUR)[number]][f]
        : f === 0
          ? p.otherExport
          : p.otherImport;
      w[i] = Math.max(base, 0.0002) * rng.logNormal(0.8);
    });
    return w;
  }) as [Float64Array, Float64Array];
  const mixMultipliers = [EXPORT_GROUPS, IMPORT_GROUPS].map((groups) =>
    Object.fromEntries(groups.map((g) => [g.key, rng.logNormal(0.7)])),
  ) as [Record<string, number>, Record<string, number>];
  return {
    code,
    turnover2024: 1.5e9 * rng.logNormal(1.0),
    exportShare: 0.3 + 0.55 * rng.uniform(),
    growth: 0.02 + 0.06 * rng.uniform(),
    partnerWeights,
    mixMultipliers,
  };
}

/** Price level of a year against 2018. */
function priceLevel(year: number): number {
  return YEARS[year]?.prices ?? Math.max(0.35, 1 - 0.02 * (2018 - year));
}

/** One reporter-year of synthetic rows, month by month. */
function* syntheticYear(rng: SeededRandom, profile: ReporterProfile, year: number): Generator<string[]> {
  const turnover = profile.turnover2024 * Math.pow(1 + profile.growth, year - SYNTHETIC_LAST_YEAR) * rng.logNormal(0.1);
  const flowTotals = [turnover * profile.exportShare, turnover * (1 - profile.exportShare)];
  const tablesOf = [EXPORT_TABLES, IMPORT_TABLES];
  const mixes = ([0, 1] as const).map((f) => {
    const mult: Record<string, number> = {};
    for (const [k, v] of Object.entries(profile.mixMultipliers[f])) mult[k] = v * rng.logNormal(0.15);
    return groupMix(tablesOf[f], mult, {});
  });
  const months0 = Array.from({ length: 12 }, (_, m) => m);
  const spread = ([0, 1] as const).map((f) => {
    const amounts = new Float64Array(P);
    let s = 0;
    for (let i = 0; i < P; i++) {
      amounts[i] = profile.partnerWeights[f][i] * rng.logNormal(0.2);
      s += amounts[i];
    }
    for (let i = 0; i < P; i++) amounts[i] *= flowTotals[f] / s;
    const weights = months0.map((m0) => monthWeight(tablesOf[f], mixes[f], m0));
    return spreadOverMonths(rng, amounts, flowTotals[f], months0, weights);
  });
  for (const m0 of months0) {
    const lines: string[] = [];
    for (const f of [0, 1] as const) {
      monthFlowRows(
        rng,
        {
          reporter: profile.code,
          period: period(year, m0),
          tables: tablesOf[f],
          partners: spread[f][m0],
          groupShares: monthGroupShares(tablesOf[f], mixes[f], m0),
          prices: priceLevel(year),
          detail: SYNTHETIC_DETAIL,
        },
        lines,
      );
    }
    yield lines;
  }
}

/**
 * A large synthetic canonical CSV for benchmarks: the header, then exactly `rows` data rows
 * with the demo's distribution (partners, commodity mix, seasonality, prices), for the
 * Russian regions one after another (Kamchatka first), monthly 1995-01 … 2024-12. Each
 * (reporter, period, flow, partner, commodity) occurs at most once; at most
 * SYNTHETIC_MAX_ROWS rows. Streaming: holds one month at a time. The first N rows do not
 * depend on `rows` (a shorter file is a prefix). Options are checked at the call, not at
 * the first `next()`.
 */
export function syntheticLines(options: { rows: number; seed?: number; layout?: 'canonical' }): Generator<string> {
  const { rows } = options;
  if (!Number.isSafeInteger(rows) || rows < 0) throw new RangeError(`rows must be a non-negative integer, got ${rows}`);
  if (rows > SYNTHETIC_MAX_ROWS) throw new RangeError(`rows must be at most ${SYNTHETIC_MAX_ROWS}, got ${rows}`);
  if ((options.layout ?? 'canonical') !== 'canonical') throw new RangeError(`unknown layout ${String(options.layout)}`);
  return syntheticGenerator(rows, checkSeed(options.seed ?? DEFAULT_SYNTHETIC_SEED));
}

function* syntheticGenerator(rows: number, seed: number): Generator<string> {
  const rng = new SeededRandom(seed);
  yield CANONICAL_CSV_HEADER;
  let left = rows;
  if (left === 0) return;
  for (const code of RUSSIAN_REGIONS) {
    const profile = reporterProfile(rng, code);
    for (let year = SYNTHETIC_FIRST_YEAR; year <= SYNTHETIC_LAST_YEAR; year++) {
      for (const lines of syntheticYear(rng, profile, year)) {
        for (const line of lines) {
          yield line;
          if (--left === 0) return;
        }
      }
    }
  }
  throw new RangeError(`syntheticLines can produce ${rows - left} rows at most; asked for ${rows}`);
}
