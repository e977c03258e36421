// Deterministic generator of the built-in DEMO dataset for Kamchatka Krai and of large
// synthetic benchmark files, both in the app's canonical CSV
// (`period,reporter,flow,partner,commodity,value_usd,net_kg`).
//
// The numbers are DEMONSTRATION DATA («демонстрационные данные»): generated, calibrated to
// the published figures in data/kamchatka-2020-jan-may-published.csv, never official.
//
// Pure module: no fs, no clock, no Math.random. The same seed always gives the same lines.
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

import { CANONICAL_HEADER } from '../../src/core/model/trade-record.ts';

export const CANONICAL_CSV_HEADER: string = CANONICAL_HEADER.join(',');
/** ISO 3166-2 code of Kamchatka Krai. */
export const DEMO_REPORTER = 'RU-KAM';
export const DEFAULT_DEMO_SEED = 2020;
export const DEFAULT_SYNTHETIC_SEED = 1;
export const DEMO_FIRST_YEAR = 2015;
export const DEMO_LAST_YEAR = 2024;

// ---------------------------------------------------------------------------------------
// Seeded pseudo-random numbers

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded random helpers on top of mulberry32. */
export class SeededRandom {
  private readonly next: () => number;
  private spare = NaN;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  uniform(): number {
    return this.next();
  }

  /** Standard normal (Box–Muller, the second value is kept for the next call). */
  normal(): number {
    if (!Number.isNaN(this.spare)) {
      const z = this.spare;
      this.spare = NaN;
      return z;
    }
    let u = this.next();
    while (u <= Number.EPSILON) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal factor with mean 1. */
  logNormal(sigma: number): number {
    return sigma === 0 ? 1 : Math.exp(sigma * this.normal() - (sigma * sigma) / 2);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

function checkSeed(seed: number): number {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be an integer from 0 to 4294967295, got ${seed}`);
  }
  return seed;
}

// ---------------------------------------------------------------------------------------
// Partners: ISO 3166-1 alpha-2, with base weights of exports and imports for the partners
// outside the big four (China, Korea, Japan, Hong Kong), whose shares are set per year.

type ExportProfile = 'cn' | 'kr' | 'jp' | 'hk' | 'trader' | 'processor' | 'west' | 'inland';
type ImportProfile = 'cn' | 'kr' | 'jp' | 'hk' | 'marine' | 'shipyard' | 'machinery' | 'fuel' | 'food' | 'cis' | 'offshore';

interface PartnerSpec {
  code: string;
  exp: ExportProfile;
  imp: ImportProfile;
  /** Relative weight among the "other" partners (beyond the big four). */
  otherExport: number;
  otherImport: number;
}

const PARTNERS: readonly PartnerSpec[] = [
  { code: 'CN', exp: 'cn', imp: 'cn', otherExport: 0, otherImport: 0 },
  { code: 'KR', exp: 'kr', imp: 'kr', otherExport: 0, otherImport: 0 },
  { code: 'JP', exp: 'jp', imp: 'jp', otherExport: 0, otherImport: 0 },
  { code: 'HK', exp: 'hk', imp: 'hk', otherExport: 0, otherImport: 0 },
  { code: 'NO', exp: 'west', imp: 'marine', otherExport: 0.004, otherImport: 0.07 },
  { code: 'DE', exp: 'west', imp: 'machinery', otherExport: 0.002, otherImport: 0.055 },
  { code: 'VG', exp: 'trader', imp: 'offshore', otherExport: 0.012, otherImport: 0.004 },
  { code: 'DK', exp: 'west', imp: 'marine', otherExport: 0.002, otherImport: 0.035 },
  { code: 'US', exp: 'west', imp: 'machinery', otherExport: 0.01, otherImport: 0.03 },
  { code: 'NL', exp: 'west', imp: 'machinery', otherExport: 0.012, otherImport: 0.015 },
  { code: 'TH', exp: 'processor', imp: 'food', otherExport: 0.01, otherImport: 0.008 },
  { code: 'VN', exp: 'processor', imp: 'food', otherExport: 0.014, otherImport: 0.008 },
  { code: 'TW', exp: 'processor', imp: 'food', otherExport: 0.009, otherImport: 0.007 },
  { code: 'SG', exp: 'trader', imp: 'fuel', otherExport: 0.006, otherImport: 0.015 },
  { code: 'TR', exp: 'west', imp: 'shipyard', otherExport: 0.001, otherImport: 0.028 },
  { code: 'FR', exp: 'west', imp: 'machinery', otherExport: 0.003, otherImport: 0.008 },
  { code: 'IT', exp: 'west', imp: 'machinery', otherExport: 0.001, otherImport: 0.012 },
  { code: 'ES', exp: 'west', imp: 'machinery', otherExport: 0.003, otherImport: 0.01 },
  { code: 'GB', exp: 'west', imp: 'machinery', otherExport: 0.002, otherImport: 0.006 },
  { code: 'PL', exp: 'west', imp: 'machinery', otherExport: 0.004, otherImport: 0.01 },
  { code: 'FI', exp: 'west', imp: 'marine', otherExport: 0.001, otherImport: 0.012 },
  { code: 'IN', exp: 'inland', imp: 'food', otherExport: 0.001, otherImport: 0.006 },
  { code: 'MY', exp: 'processor', imp: 'food', otherExport: 0.002, otherImport: 0.006 },
  { code: 'ID', exp: 'processor', imp: 'food', otherExport: 0.002, otherImport: 0.006 },
  { code: 'CA', exp: 'west', imp: 'machinery', otherExport: 0.003, otherImport: 0.005 },
  { code: 'BY', exp: 'inland', imp: 'cis', otherExport: 0.0005, otherImport: 0.012 },
  { code: 'KZ', exp: 'inland', imp: 'cis', otherExport: 0.0005, otherImport: 0.006 },
  { code: 'BE', exp: 'west', imp: 'machinery', otherExport: 0.002, otherImport: 0.005 },
  { code: 'SE', exp: 'west', imp: 'marine', otherExport: 0.0005, otherImport: 0.008 },
  { code: 'CH', exp: 'inland', imp: 'machinery', otherExport: 0.0005, otherImport: 0.006 },
  { code: 'AT', exp: 'inland', imp: 'machinery', otherExport: 0.0002, otherImport: 0.004 },
  { code: 'CZ', exp: 'inland', imp: 'machinery', otherExport: 0.0002, otherImport: 0.004 },
  { code: 'LT', exp: 'west', imp: 'machinery', otherExport: 0.001, otherImport: 0.004 },
  { code: 'LV', exp: 'west', imp: 'machinery', otherExport: 0.001, otherImport: 0.003 },
  { code: 'EE', exp: 'west', imp: 'machinery', otherExport: 0.001, otherImport: 0.002 },
  { code: 'IS', exp: 'west', imp: 'marine', otherExport: 0.0005, otherImport: 0.005 },
  { code: 'FO', exp: 'west', imp: 'marine', otherExport: 0.0005, otherImport: 0.003 },
  { code: 'CL', exp: 'west', imp: 'food', otherExport: 0.0005, otherImport: 0.002 },
  { code: 'PE', exp: 'west', imp: 'food', otherExport: 0.0005, otherImport: 0.002 },
  { code: 'AU', exp: 'west', imp: 'food', otherExport: 0.001, otherImport: 0.002 },
  { code: 'NZ', exp: 'west', imp: 'food', otherExport: 0.0005, otherImport: 0.002 },
  { code: 'AE', exp: 'trader', imp: 'fuel', otherExport: 0.001, otherImport: 0.003 },
  { code: 'PH', exp: 'processor', imp: 'food', otherExport: 0.001, otherImport: 0.002 },
  { code: 'UZ', exp: 'inland', imp: 'cis', otherExport: 0.0002, otherImport: 0.003 },
  { code: 'IL', exp: 'inland', imp: 'machinery', otherExport: 0.0002, otherImport: 0.002 },
  { code: 'EC', exp: 'inland', imp: 'food', otherExport: 0.0002, otherImport: 0.002 },
];

const P = PARTNERS.length;
const PARTNER_INDEX = new Map(PARTNERS.map((p, i) => [p.code, i]));
/** Output order: partners alphabetically. */
const PARTNER_ORDER: readonly number[] = PARTNERS.map((_, i) => i).sort((a, b) =>
  PARTNERS[a].code < PARTNERS[b].code ? -1 : 1,
);
const BIG_FOUR = ['CN', 'KR', 'JP', 'HK'] as const;

// ---------------------------------------------------------------------------------------
// Commodity groups and codes (TN VED EAEU, 10 digits). Prices are USD per kg (2018 level).

interface CodeSpec {
  code: string;
  weight: number;
  usdPerKg: number;
}

interface GroupSpec {
  key: string;
  /** Base share of the flow's value. */
  share: number;
  /** 12 monthly factors; omitted = no seasonality. */
  season?: readonly number[];
  /** Spread of the noise of this group's cells (vessels are lumpy). */
  sigma?: number;
  codes: readonly CodeSpec[];
  /** Affinity of each partner profile to this group (0 = never trades it). */
  affinity: Partial<Record<string, number>>;
}

const POLLOCK_SEASON = [1.9, 2.0, 2.0, 1.7, 0.7, 0.4, 0.4, 0.5, 0.8, 1.0, 0.9, 0.7];

const EXPORT_GROUPS: readonly GroupSpec[] = [
  {
    key: 'pollock',
    share: 0.28,
    season: POLLOCK_SEASON,
    codes: [
      { code: '0303670000', weight: 0.72, usdPerKg: 1.1 }, // Alaska pollock, frozen
      { code: '0304759000', weight: 0.18, usdPerKg: 2.8 }, // Alaska pollock fillets, frozen
      { code: '0304940000', weight: 0.1, usdPerKg: 1.6 }, // Alaska pollock meat (surimi base), frozen
    ],
    affinity: { cn: 1, kr: 1, jp: 0.3, hk: 0.05, trader: 1, processor: 1, west: 0.8, inland: 0.2 },
  },
  {
    key: 'roe',
    share: 0.04,
    season: POLLOCK_SEASON,
    codes: [{ code: '0303910000', weight: 1, usdPerKg: 6.0 }], // roes and milt, frozen
    affinity: { cn: 0.5, kr: 1.5, jp: 1.5, trader: 0.3, processor: 0.2, west: 0.1 },
  },
  {
    key: 'cod',
    share: 0.08,
    season: [1.5, 1.5, 1.4, 1.2, 0.8, 0.6, 0.6, 0.7, 0.9, 1.0, 1.0, 1.2],
    codes: [
      { code: '0303630000', weight: 0.8, usdPerKg: 3.0 }, // cod, frozen
      { code: '0304710000', weight: 0.2, usdPerKg: 6.5 }, // cod fillets, frozen
    ],
    affinity: { cn: 1, kr: 1.2, jp: 0.5, hk: 0.05, trader: 1, processor: 1, west: 1, inland: 0.2 },
  },
  {
    key: 'salmon',
    share: 0.14,
    season: [0.3, 0.2, 0.2, 0.2, 0.2, 0.5, 2.0, 3.5, 2.8, 1.2, 0.6, 0.5],
    codes: [
      { code: '0303120000', weight: 0.55, usdPerKg: 3.2 }, // other Pacific salmon (pink, chum), frozen
      { code: '0303110000', weight: 0.25, usdPerKg: 6.5 }, // sockeye salmon, frozen
      { code: '0304810000', weight: 0.12, usdPerKg: 7.0 }, // Pacific salmon fillets, frozen
      { code: '0302130000', weight: 0.08, usdPerKg: 4.5 }, // Pacific salmon, fresh or chilled
    ],
    affinity: { cn: 1, kr: 0.6, jp: 2, hk: 0.3, trader: 1, processor: 1.5, west: 1.2, inland: 0.5 },
  },
  {
    key: 'crab',
    share: 0.17,
    season: [1.2, 1.1, 1.0, 0.9, 0.8, 0.8, 0.8, 0.9, 1.0, 1.2, 1.2, 1.1],
    codes: [
      { code: '0306141000', weight: 0.55, usdPerKg: 18 }, // king and snow crabs, frozen
      { code: '0306339000', weight: 0.45, usdPerKg: 30 }, // crabs, live, fresh or chilled
    ],
    affinity: { cn: 0.8, kr: 1.2, jp: 1.2, hk: 3, trader: 1, processor: 0.3, west: 0.5, inland: 0.1 },
  },
  {
    key: 'herring',
    share: 0.04,
    season: [0.6, 0.6, 0.8, 1.6, 2.0, 1.2, 0.6, 0.5, 1.0, 1.3, 1.0, 0.8],
    codes: [{ code: '0303510000', weight: 1, usdPerKg: 0.7 }], // herring, frozen
    affinity: { cn: 1, kr: 1.2, jp: 0.6, trader: 0.5, processor: 0.7, west: 0.3, inland: 0.2 },
  },
  {
    key: 'flatfish',
    share: 0.06,
    codes: [
      { code: '0303310000', weight: 0.45, usdPerKg: 5.5 }, // halibut, frozen
      { code: '0303390000', weight: 0.4, usdPerKg: 1.3 }, // other flat fish, frozen
      { code: '0304830000', weight: 0.15, usdPerKg: 4.0 }, // flat fish fillets, frozen
    ],
    affinity: { cn: 1, kr: 0.8, jp: 0.8, hk: 0.05, trader: 0.5, processor: 0.7, west: 1, inland: 0.2 },
  },
  {
    key: 'other_fish',
    share: 0.055,
    codes: [
      { code: '0303899000', weight: 0.45, usdPerKg: 1.2 }, // other fish (saury, Atka mackerel), frozen
      { code: '0303540000', weight: 0.2, usdPerKg: 1.1 }, // mackerel, frozen
      { code: '0303690000', weight: 0.2, usdPerKg: 1.0 }, // other cod-like fish, frozen
      { code: '0303660000', weight: 0.15, usdPerKg: 1.3 }, // hake, frozen
    ],
    affinity: { cn: 1, kr: 0.8, jp: 0.6, hk: 0.05, trader: 0.5, processor: 1.5, west: 0.6, inland: 0.2 },
  },
  {
    key: 'invertebrates',
    share: 0.045,
    codes: [
      { code: '0307430000', weight: 0.35, usdPerKg: 1.8 }, // squid, frozen
      { code: '0306179900', weight: 0.2, usdPerKg: 7.0 }, // shrimps, frozen
      { code: '0307520000', weight: 0.15, usdPerKg: 4.5 }, // octopus, frozen
      { code: '0308290000', weight: 0.15, usdPerKg: 12 }, // sea urchins
      { code: '0308190000', weight: 0.15, usdPerKg: 8.0 }, // sea cucumbers
    ],
    affinity: { cn: 1, kr: 0.8, jp: 1.2, hk: 1, trader: 0.3, processor: 1, west: 0.3, inland: 0.1 },
  },
  {
    key: 'prepared',
    share: 0.05,
    season: [0.8, 0.7, 0.7, 0.7, 0.7, 0.8, 1.1, 1.5, 1.7, 1.4, 1.0, 0.9],
    codes: [
      { code: '1604320010', weight: 0.35, usdPerKg: 35 }, // salmon caviar (red caviar)
      { code: '1604110000', weight: 0.3, usdPerKg: 4.0 }, // prepared and canned salmon
      { code: '1605100000', weight: 0.2, usdPerKg: 40 }, // crab, prepared or preserved
      { code: '1604209000', weight: 0.15, usdPerKg: 3.0 }, // other prepared fish
    ],
    affinity: { cn: 0.6, kr: 0.5, jp: 1.5, hk: 1, trader: 0.3, processor: 0.2, west: 0.5, inland: 1 },
  },
  {
    key: 'nickel',
    share: 0.02,
    codes: [{ code: '2604000000', weight: 1, usdPerKg: 1.6 }], // nickel ores and concentrates
    affinity: { cn: 3 },
  },
  {
    key: 'scrap',
    share: 0.004,
    codes: [
      { code: '7204490000', weight: 0.7, usdPerKg: 0.3 }, // ferrous waste and scrap
      { code: '7204410000', weight: 0.3, usdPerKg: 0.25 }, // ferrous turnings and shavings
    ],
    affinity: { cn: 0.5, kr: 1, jp: 1 },
  },
  {
    key: 'other_exports',
    share: 0.016,
    codes: [
      { code: '2301201000', weight: 0.35, usdPerKg: 1.4 }, // fish meal
      { code: '8902001000', weight: 0.25, usdPerKg: 4.0 }, // fishing vessels (sold abroad)
      { code: '0511911000', weight: 0.15, usdPerKg: 0.5 }, // fish waste
      { code: '1504201000', weight: 0.15, usdPerKg: 1.8 }, // fish oil
      { code: '7404000000', weight: 0.1, usdPerKg: 5.5 }, // copper waste and scrap
    ],
    affinity: { cn: 1, kr: 1, jp: 1, hk: 0.1, trader: 0.3, processor: 0.3, west: 0.3, inland: 0.3 },
  },
];

const IMPORT_GROUPS: readonly GroupSpec[] = [
  {
    key: 'machinery',
    share: 0.3,
    season: [0.8, 0.8, 1.0, 1.0, 1.1, 1.1, 1.1, 1.1, 1.0, 1.0, 1.0, 1.0],
    codes: [
      { code: '8438809100', weight: 0.16, usdPerKg: 25 }, // fish processing machinery
      { code: '8418699008', weight: 0.14, usdPerKg: 8 }, // refrigerating and freezing equipment
      { code: '8409990009', weight: 0.1, usdPerKg: 25 }, // parts of diesel engines
      { code: '8413708100', weight: 0.08, usdPerKg: 20 }, // centrifugal pumps
      { code: '8502138000', weight: 0.08, usdPerKg: 15 }, // diesel generating sets
      { code: '8429521000', weight: 0.08, usdPerKg: 10 }, // track-laying excavators
      { code: '8481808199', weight: 0.07, usdPerKg: 30 }, // valves
      { code: '8431498000', weight: 0.06, usdPerKg: 6 }, // parts of construction machinery
      { code: '8526918000', weight: 0.06, usdPerKg: 150 }, // radio navigational aid apparatus
      { code: '8544429000', weight: 0.05, usdPerKg: 12 }, // electric conductors
      { code: '8421230000', weight: 0.04, usdPerKg: 12 }, // oil and fuel filters
      { code: '8517620009', weight: 0.04, usdPerKg: 120 }, // communication equipment
      { code: '8471300000', weight: 0.04, usdPerKg: 180 }, // portable computers
    ],
    affinity: { cn: 1, kr: 1, jp: 1.2, hk: 1, marine: 1.5, shipyard: 0.5, machinery: 2, fuel: 0.2, food: 0.3, cis: 1, offshore: 0.5 },
  },
  {
    key: 'vessels',
    share: 0.12,
    sigma: 1.2,
    codes: [
      { code: '8902001000', weight: 0.7, usdPerKg: 9 }, // fishing vessels
      { code: '8901901000', weight: 0.15, usdPerKg: 4 }, // cargo vessels, seagoing
      { code: '8903921000', weight: 0.1, usdPerKg: 20 }, // seagoing motorboats
      { code: '8906909900', weight: 0.05, usdPerKg: 8 }, // other vessels
    ],
    affinity: { cn: 0.5, kr: 1.5, jp: 1, marine: 1.5, shipyard: 3, machinery: 0.3, fuel: 0.2, offshore: 3 },
  },
  {
    key: 'fuel',
    share: 0.29,
    season: [0.6, 0.5, 0.6, 0.8, 1.1, 1.3, 1.4, 1.4, 1.3, 1.2, 1.0, 0.8],
    codes: [
      { code: '2710194800', weight: 0.5, usdPerKg: 0.6 }, // gas oil (marine diesel)
      { code: '2710196800', weight: 0.25, usdPerKg: 0.45 }, // fuel oil
      { code: '2710124500', weight: 0.1, usdPerKg: 0.75 }, // motor gasoline
      { code: '2710198100', weight: 0.1, usdPerKg: 2.2 }, // motor and lubricating oils
      { code: '2711129400', weight: 0.05, usdPerKg: 0.6 }, // propane
    ],
    affinity: { cn: 0.6, kr: 2.5, jp: 1.5, shipyard: 0, machinery: 0.1, fuel: 3, cis: 0.2 },
  },
  {
    key: 'metals',
    share: 0.082,
    codes: [
      { code: '7308909809', weight: 0.3, usdPerKg: 2.5 }, // steel structures
      { code: '7208512000', weight: 0.2, usdPerKg: 0.7 }, // hot-rolled steel plate
      { code: '7326909807', weight: 0.15, usdPerKg: 4 }, // other articles of steel
      { code: '7310291000', weight: 0.15, usdPerKg: 2 }, // cans for fish
      { code: '7312106900', weight: 0.1, usdPerKg: 2.5 }, // steel wire ropes
      { code: '7210122000', weight: 0.1, usdPerKg: 1.2 }, // tinplate
    ],
    affinity: { cn: 1.5, kr: 0.8, jp: 0.5, marine: 0.3, shipyard: 0.3, machinery: 0.5, cis: 0.5 },
  },
  {
    key: 'ropes_nets',
    share: 0.064,
    season: [1.2, 1.3, 1.3, 1.2, 1.1, 1.0, 0.9, 0.8, 0.8, 0.8, 0.8, 0.8],
    codes: [
      { code: '5608118000', weight: 0.35, usdPerKg: 6.5 }, // made-up fishing nets
      { code: '5608112000', weight: 0.2, usdPerKg: 7 }, // fishing nets of twine or rope
      { code: '5607490000', weight: 0.25, usdPerKg: 3.0 }, // polyethylene / polypropylene ropes
      { code: '5607500000', weight: 0.2, usdPerKg: 3.5 }, // ropes of other synthetic fibres
    ],
    affinity: { cn: 1.2, kr: 0.8, jp: 0.8, marine: 2, shipyard: 0.3, machinery: 0.5, food: 0.2 },
  },
  {
    key: 'plastics',
    share: 0.04,
    codes: [
      { code: '3923210000', weight: 0.35, usdPerKg: 2.5 }, // polyethylene sacks and bags
      { code: '3920102500', weight: 0.25, usdPerKg: 2.2 }, // polyethylene film
      { code: '3923109000', weight: 0.2, usdPerKg: 3.0 }, // plastic boxes and crates
      { code: '3921110000', weight: 0.1, usdPerKg: 4 }, // polystyrene foam plates
      { code: '3926909709', weight: 0.1, usdPerKg: 6 }, // other articles of plastics
    ],
    affinity: { cn: 1.5, kr: 1, jp: 0.8, hk: 0.5, marine: 0.3, shipyard: 0.2, machinery: 0.5, fuel: 0.2, food: 0.3, cis: 0.2 },
  },
  {
    key: 'food',
    share: 0.055,
    codes: [
      { code: '0803901000', weight: 0.15, usdPerKg: 0.8 }, // bananas
      { code: '0805102200', weight: 0.12, usdPerKg: 0.9 }, // oranges
      { code: '0702000000', weight: 0.1, usdPerKg: 1.5 }, // tomatoes
      { code: '1006309800', weight: 0.1, usdPerKg: 0.8 }, // rice
      { code: '0207141001', weight: 0.1, usdPerKg: 1.8 }, // chicken cuts, frozen
      { code: '0402219900', weight: 0.08, usdPerKg: 3.5 }, // milk powder
      { code: '1905908000', weight: 0.12, usdPerKg: 3.5 }, // bakery products
      { code: '2202100000', weight: 0.12, usdPerKg: 1.0 }, // soft drinks
      { code: '2106909809', weight: 0.11, usdPerKg: 5 }, // food preparations
    ],
    affinity: { cn: 0.8, kr: 1, jp: 0.8, hk: 1, marine: 0.2, shipyard: 0.5, machinery: 0.5, fuel: 0.1, food: 3, cis: 2 },
  },
  {
    key: 'vehicles',
    share: 0.03,
    codes: [
      { code: '8703239019', weight: 0.45, usdPerKg: 5 }, // passenger cars
      { code: '8704229900', weight: 0.25, usdPerKg: 4 }, // lorries
      { code: '8708999709', weight: 0.2, usdPerKg: 8 }, // parts of motor vehicles
      { code: '8716398008', weight: 0.1, usdPerKg: 3 }, // trailers
    ],
    affinity: { cn: 0.5, kr: 0.5, jp: 3, machinery: 0.3, cis: 0.8 },
  },
  {
    key: 'other_imports',
    share: 0.019,
    codes: [
      { code: '4819100000', weight: 0.3, usdPerKg: 1.2 }, // corrugated cartons (fish boxes)
      { code: '4011209000', weight: 0.15, usdPerKg: 4 }, // tyres for buses and lorries
      { code: '3402909000', weight: 0.15, usdPerKg: 2.5 }, // washing preparations
      { code: '6307909800', weight: 0.15, usdPerKg: 8 }, // made-up textile articles
      { code: '7607199000', weight: 0.1, usdPerKg: 6 }, // aluminium foil
      { code: '9403208009', weight: 0.15, usdPerKg: 5 }, // metal furniture
    ],
    affinity: { cn: 1.5, kr: 0.8, jp: 0.5, hk: 1, marine: 0.3, shipyard: 0.3, machinery: 0.5, fuel: 0.1, food: 0.5, cis: 0.5, offshore: 0.2 },
  },
];

// ---------------------------------------------------------------------------------------
// Kamchatka calibration (see data/README.md). Values in million USD; partner shares are
// shares of the flow.

interface YearSpec {
  exportMusd: number;
  importMusd: number;
  /** Shares of the flow [export, import] for China, Korea, Japan, Hong Kong. */
  CN: [number, number];
  KR: [number, number];
  JP: [number, number];
  HK: [number, number];
  /** Multiplier of the salmon catch (odd/even years, record 2018). */
  salmon: number;
  nickel: number;
  scrap: number;
  /** Multipliers of vessel and fuel imports. */
  vessels: number;
  fuel: number;
  /** Price level against 2018. */
  prices: number;
}

const YEARS: Record<number, YearSpec> = {
  2015: { exportMusd: 880, importMusd: 190, CN: [0.43, 0.31], KR: [0.35, 0.19], JP: [0.08, 0.13], HK: [0.03, 0.004], salmon: 1.2, nickel: 0.012, scrap: 0.005, vessels: 0.7, fuel: 1.0, prices: 0.92 },
  2016: { exportMusd: 920, importMusd: 200, CN: [0.42, 0.3], KR: [0.35, 0.2], JP: [0.085, 0.13], HK: [0.032, 0.004], salmon: 0.8, nickel: 0.014, scrap: 0.004, vessels: 0.8, fuel: 0.85, prices: 0.88 },
  2017: { exportMusd: 1000, importMusd: 230, CN: [0.42, 0.32], KR: [0.34, 0.19], JP: [0.08, 0.12], HK: [0.033, 0.003], salmon: 1.0, nickel: 0.018, scrap: 0.004, vessels: 0.9, fuel: 0.95, prices: 0.95 },
  2018: { exportMusd: 1120, importMusd: 260, CN: [0.43, 0.33], KR: [0.33, 0.18], JP: [0.08, 0.12], HK: [0.035, 0.003], salmon: 1.5, nickel: 0.02, scrap: 0.004, vessels: 1.0, fuel: 1.05, prices: 1.0 },
  2019: { exportMusd: 1010, importMusd: 200, CN: [0.42, 0.32], KR: [0.34, 0.19], JP: [0.08, 0.12], HK: [0.04, 0.003], salmon: 1.2, nickel: 0.022, scrap: 0.004, vessels: 0.9, fuel: 1.0, prices: 1.0 },
  2020: { exportMusd: 1000, importMusd: 300, CN: [0.41, 0.33], KR: [0.33, 0.19], JP: [0.085, 0.12], HK: [0.045, 0.003], salmon: 0.8, nickel: 0.02, scrap: 0.004, vessels: 1.2, fuel: 0.85, prices: 0.95 },
  2021: { exportMusd: 1130, importMusd: 330, CN: [0.42, 0.33], KR: [0.33, 0.2], JP: [0.085, 0.12], HK: [0.035, 0.003], salmon: 1.4, nickel: 0.024, scrap: 0.005, vessels: 1.3, fuel: 1.0, prices: 1.05 },
  2022: { exportMusd: 1220, importMusd: 360, CN: [0.43, 0.36], KR: [0.33, 0.19], JP: [0.075, 0.09], HK: [0.03, 0.003], salmon: 1.0, nickel: 0.026, scrap: 0.004, vessels: 1.1, fuel: 1.25, prices: 1.2 },
  2023: { exportMusd: 1150, importMusd: 340, CN: [0.42, 0.34], KR: [0.33, 0.19], JP: [0.085, 0.12], HK: [0.03, 0.003], salmon: 1.3, nickel: 0.02, scrap: 0.004, vessels: 1.0, fuel: 1.1, prices: 1.1 },
  2024: { exportMusd: 1080, importMusd: 330, CN: [0.42, 0.35], KR: [0.33, 0.19], JP: [0.08, 0.11], HK: [0.03, 0.003], salmon: 0.7, nickel: 0.018, scrap: 0.003, vessels: 0.9, fuel: 1.05, prices: 1.05 },
};

/**
 * January–May 2020, as published by the Kamchatka customs (data/kamchatka-2020-jan-may-
 * published.csv): exports 371, imports 109 million USD; partner amounts [export, import]
 * chosen so the shares of TURNOVER match the press release (China 214.6 of 480 = 44.7 %,
 * Korea 152.2 = 31.7 %, Hong Kong 31.7 = 6.6 %, Japan 23.5 = 4.9 %, Norway 11.5 = 2.4 %,
 * Germany 9.6 = 2.0 %, BVI 6.2 = 1.3 %, Denmark 6.2 = 1.3 %); the other 36 partners share
 * the remaining 18.7 + 5.8 (44 partner countries in all, as published).
 */
const JAN_MAY_2020 = {
  exportMusd: 371,
  importMusd: 109,
  partners: {
    CN: [170.0, 44.6],
    KR: [130.0, 22.2],
    HK: [31.2, 0.5],
    JP: [15.0, 8.5],
    NO: [0.5, 11.0],
    DE: [0.1, 9.5],
    VG: [5.0, 1.2],
    DK: [0.5, 5.7],
  } as Record<string, [number, number]>,
  /** Partners with no trade in January–May 2020 (46 in the list − 2 = 44 published). */
  absent: ['PE', 'IL'],
  /** Published structure: fish and seafood 96 %, nickel concentrate 2 %, ferrous metals 0.4 %. */
  exportMix: { fishTotal: 0.96, nickel: 0.02, scrap: 0.004, other_exports: 0.016 },
  /** Published: machinery, equipment and vessels 42 %, fuel 29 %, metals 8.2 %, ropes 6.4 %, plastics 4 %. */
  importMix: { machinery: 0.3, vessels: 0.12, fuel: 0.29, metals: 0.082, ropes_nets: 0.064, plastics: 0.04, food: 0.055, vehicles: 0.03, other_imports: 0.019 } as Record<string, number>,
};

/** January–May 2019, derived from the published changes: exports 371 / 0.98, imports 109 / 1.787. */
const JAN_MAY_2019 = { exportMusd: 371 / 0.98, importMusd: 109 / 1.787 };

// ---------------------------------------------------------------------------------------
// The month engine, shared by the demo and the synthetic files.

interface FlowTables {
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

const EXPORT_TABLES = buildFlowTables('export', EXPORT_GROUPS);
const IMPORT_TABLES = buildFlowTables('import', IMPORT_GROUPS);

/** Thresholds that decide how detailed (how many rows) a month is. */
interface Detail {
  /** A partner × group cell below this (USD) is dropped (the partner's largest is kept) and the month re-fitted. */
  minCell: number;
  /** A code below this (USD), or below `codeShare` of its cell, is folded into the others. */
  minCode: number;
  codeShare: number;
  /** Share of rows with no weight (empty net_kg). */
  missingWeight: number;
}

const DEMO_DETAIL: Detail = { minCell: 60_000, minCode: 60_000, codeShare: 0.08, missingWeight: 0.003 };
const SYNTHETIC_DETAIL: Detail = { minCell: 3_000, minCode: 1_500, codeShare: 0.004, missingWeight: 0.003 };

interface MonthInput {
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
function monthFlowRows(rng: SeededRandom, input: MonthInput, out: string[]): void {
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

/** Group mix of a year (sum 1) from multipliers; `fixed` groups keep their share, the rest scale. */
function groupMix(tables: FlowTables, multipliers: Record<string, number>, fixed: Record<string, number>): Float64Array {
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
function monthGroupShares(tables: FlowTables, mix: Float64Array, month0: number, seasonal = true): Float64Array {
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
function monthWeight(tables: FlowTables, mix: Float64Array, month0: number): number {
  let w = 0;
  for (let j = 0; j < tables.groups.length; j++) w += mix[j] * tables.seasons[j][month0];
  return w;
}

/**
 * Spreads each partner's block amount over the block's months: seasonal weight × noise;
 * partners with a small share skip some months. Returns amounts [month][partner].
 */
function spreadOverMonths(
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

function period(year: number, month0: number): string {
  return `${year}-${String(month0 + 1).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------
// The Kamchatka demo dataset

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

// ---------------------------------------------------------------------------------------
// Synthetic benchmark files

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
