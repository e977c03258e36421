// Deterministic generator of the built-in DEMO dataset for Kamchatka Krai in the app's
// canonical CSV (`period,reporter,flow,partner,commodity,value_usd,net_kg`). The large
// synthetic benchmark files (synthetic-lines.ts) are built by the same month engine.
//
// The numbers are DEMONSTRATION DATA («демонстрационные данные»): generated, calibrated to
// the published figures in data/kamchatka-2020-jan-may-published.csv, never official.
//
// Pure modules: no fs, no clock, no Math.random. The same seed always gives the same lines.
// Lines are yielded WITHOUT a line terminator; files join them with '\n' and end with '\n'.
//
// How a month is built (per flow):
//   1. yearly totals are split into blocks (a whole year, or Jan–May + Jun–Dec for the
//      calibrated years 2019 and 2020), each block total is split among partners by the
//      block's partner shares, and each partner's block amount is spread over the block's
//      months (seasonal weight × noise, small partners skip some months) — so every block
//      total per partner is exact;
//   2. each month, the partner amounts (rows) and the commodity-group amounts (columns,
//      the year's commodity mix with seasonality) are reconciled by iterative proportional
//      fitting (RAS) of a partner × group affinity matrix with noise;
//   3. every partner × group cell is split over real 10-digit TN VED codes, small pieces
//      are folded into the larger ones, and a weight is derived from a price per kilogram.
//
// Modules: seeded-random.ts (the PRNG), partner-profiles.ts and commodity-groups.ts with
// export-commodities.ts / import-commodities.ts (who trades what), kamchatka-calibration.ts
// (the yearly and published figures), flow-tables.ts and month-rows.ts (the spreading over
// months of step 1, steps 2 and 3; shared with synthetic-lines.ts). This file splits the years
// into blocks and their totals among partners (step 1) and writes the demo dataset.

import { EXPORT_TABLES, IMPORT_TABLES, groupMix, monthGroupShares, monthWeight } from './flow-tables.ts';
import { JAN_MAY_2019, JAN_MAY_2020, YEARS, type YearSpec } from './kamchatka-calibration.ts';
import { CANONICAL_CSV_HEADER, DEMO_DETAIL, monthFlowRows, period, spreadOverMonths } from './month-rows.ts';
import { BIG_FOUR, P, PARTNERS, PARTNER_INDEX } from './partner-profiles.ts';
import { SeededRandom, checkSeed } from './seeded-random.ts';

/** ISO 3166-2 code of Kamchatka Krai. */
export const DEMO_REPORTER = 'RU-KAM';
export const DEFAULT_DEMO_SEED = 2020;
export const DEMO_FIRST_YEAR = 2015;
export const DEMO_LAST_YEAR = 2024;

/** Partner shares of a flow for a block: big four from the year table, the others by their base weights with noise. */
function kamchatkaPartnerShares(rng: SeededRandom, year: YearSpec, flowIndex: 0 | 1): Float64Array {
  const shares = new Float64Array(P);
  let big = 0;
  for (const code of BIG_FOUR) {
    const i = PARTNER_INDEX.get(code)!;
    shares[i] = year[code][flowIndex];
    big += shares[i];
  }
  let others = 0;
  PARTNERS.forEach((p, i) => {
    if (shares[i] > 0) return;
    const w = (flowIndex === 0 ? p.otherExport : p.otherImport) * rng.logNormal(0.3);
    shares[i] = w;
    others += w;
  });
  PARTNERS.forEach((p, i) => {
    if (!(BIG_FOUR as readonly string[]).includes(p.code)) shares[i] *= (1 - big) / others;
  });
  return shares;
}

/** Partner amounts (USD) of January–May 2020 for a flow, from the published calibration. */
function janMay2020Partners(rng: SeededRandom, flowIndex: 0 | 1): Float64Array {
  const amounts = new Float64Array(P);
  const total = flowIndex === 0 ? JAN_MAY_2020.exportMusd : JAN_MAY_2020.importMusd;
  let named = 0;
  for (const [code, pair] of Object.entries(JAN_MAY_2020.partners)) {
    amounts[PARTNER_INDEX.get(code)!] = pair[flowIndex] * 1e6;
    named += pair[flowIndex];
  }
  let others = 0;
  const weights = new Float64Array(P);
  PARTNERS.forEach((p, i) => {
    if (p.code in JAN_MAY_2020.partners || JAN_MAY_2020.absent.includes(p.code)) return;
    // Every other partner trades a little in both flows over the five months.
    weights[i] = Math.max(flowIndex === 0 ? p.otherExport : p.otherImport, 0.0005) * rng.logNormal(0.3);
    others += weights[i];
  });
  for (let i = 0; i < P; i++) if (weights[i] > 0) amounts[i] = (weights[i] / others) * (total - named) * 1e6;
  return amounts;
}

function exportMixOf(year: YearSpec): Float64Array {
  return groupMix(EXPORT_TABLES, { salmon: year.salmon }, { nickel: year.nickel, scrap: year.scrap, other_exports: 0.016 });
}

function importMixOf(year: YearSpec): Float64Array {
  return groupMix(IMPORT_TABLES, { vessels: year.vessels, fuel: year.fuel }, {});
}

interface Block {
  months0: number[];
  exportUsd: number;
  importUsd: number;
  /** Partner amounts (USD) of each flow in the block. */
  partners: [Float64Array, Float64Array];
  /** Group mixes to use in the block (null = the year's). */
  mixes: [Float64Array, Float64Array] | null;
  /** Move seasonal groups between the block's months (false: the mix holds in every month). */
  seasonal: [boolean, boolean];
}

function kamchatkaBlocks(rng: SeededRandom, yearNumber: number): Block[] {
  const year = YEARS[yearNumber];
  const all = Array.from({ length: 12 }, (_, m) => m);
  const byShares = (months0: number[], exportUsd: number, importUsd: number): Block => {
    const e = kamchatkaPartnerShares(rng, year, 0);
    const i = kamchatkaPartnerShares(rng, year, 1);
    for (let k = 0; k < P; k++) {
      e[k] *= exportUsd;
      i[k] *= importUsd;
    }
    return { months0, exportUsd, importUsd, partners: [e, i], mixes: null, seasonal: [true, true] };
  };
  const janMay = [0, 1, 2, 3, 4];
  const junDec = [5, 6, 7, 8, 9, 10, 11];
  if (yearNumber === 2019) {
    const e = JAN_MAY_2019.exportMusd * 1e6;
    const i = JAN_MAY_2019.importMusd * 1e6;
    return [byShares(janMay, e, i), byShares(junDec, year.exportMusd * 1e6 - e, year.importMusd * 1e6 - i)];
  }
  if (yearNumber === 2020) {
    const e = JAN_MAY_2020.exportMusd * 1e6;
    const i = JAN_MAY_2020.importMusd * 1e6;
    const exportMix = groupMix(EXPORT_TABLES, { salmon: year.salmon }, {
      nickel: JAN_MAY_2020.exportMix.nickel,
      scrap: JAN_MAY_2020.exportMix.scrap,
      other_exports: JAN_MAY_2020.exportMix.other_exports,
    });
    const importMix = groupMix(IMPORT_TABLES, {}, JAN_MAY_2020.importMix);
    const first: Block = {
      months0: janMay,
      exportUsd: e,
      importUsd: i,
      partners: [janMay2020Partners(rng, 0), janMay2020Partners(rng, 1)],
      mixes: [exportMix, importMix],
      // The export mix fixes only the non-seasonal groups (fish moves within its 96 %);
      // the import mix is the published structure of the five months as a whole.
      seasonal: [true, false],
    };
    return [first, byShares(junDec, year.exportMusd * 1e6 - e, year.importMusd * 1e6 - i)];
  }
  return [byShares(all, year.exportMusd * 1e6, year.importMusd * 1e6)];
}

/**
 * The built-in Kamchatka Krai demo dataset: canonical CSV lines (header first, no line
 * terminators), monthly 2015-01 … 2024-12, reporter RU-KAM.
 */
export function kamchatkaDemoLines(options: { seed?: number } = {}): Generator<string> {
  return demoGenerator(checkSeed(options.seed ?? DEFAULT_DEMO_SEED));
}

function* demoGenerator(seed: number): Generator<string> {
  const rng = new SeededRandom(seed);
  yield CANONICAL_CSV_HEADER;
  for (let y = DEMO_FIRST_YEAR; y <= DEMO_LAST_YEAR; y++) {
    const year = YEARS[y];
    const yearMixes: [Float64Array, Float64Array] = [exportMixOf(year), importMixOf(year)];
    for (const block of kamchatkaBlocks(rng, y)) {
      const mixes = block.mixes ?? yearMixes;
      const spread = ([0, 1] as const).map((f) => {
        const tables = f === 0 ? EXPORT_TABLES : IMPORT_TABLES;
        const weights = block.months0.map((m0) => monthWeight(tables, yearMixes[f], m0));
        return spreadOverMonths(rng, block.partners[f], f === 0 ? block.exportUsd : block.importUsd, block.months0, weights);
      });
      for (let t = 0; t < block.months0.length; t++) {
        const m0 = block.months0[t];
        const lines: string[] = [];
        for (const f of [0, 1] as const) {
          const tables = f === 0 ? EXPORT_TABLES : IMPORT_TABLES;
          monthFlowRows(
            rng,
            {
              reporter: DEMO_REPORTER,
              period: period(y, m0),
              tables,
              partners: spread[f][t],
              groupShares: monthGroupShares(tables, mixes[f], m0, block.seasonal[f]),
              prices: year.prices,
              detail: DEMO_DETAIL,
            },
            lines,
          );
        }
        yield* lines;
      }
    }
  }
}

/** The demo dataset as an array of lines (header first). */
export function generateKamchatkaDemo(options: { seed?: number } = {}): string[] {
  return [...kamchatkaDemoLines(options)];
}

/** The demo dataset as file text: lines joined with '\n', ending with '\n'. */
export function kamchatkaDemoCsv(options: { seed?: number } = {}): string {
  return generateKamchatkaDemo(options).join('\n') + '\n';
}
