// Kamchatka's export commodity groups (fish and seafood, nickel concentrate, scrap, …) with
// their codes, prices, seasons and partner affinities (shape: commodity-groups.ts).

import type { GroupSpec } from './commodity-groups.ts';

const POLLOCK_SEASON = [1.9, 2.0, 2.0, 1.7, 0.7, 0.4, 0.4, 0.5, 0.8, 1.0, 0.9, 0.7];

export const EXPORT_GROUPS: readonly GroupSpec[] = [
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
