// Kamchatka's import commodity groups (machinery, vessels, fuel, metals, nets, …) with their
// codes, prices, seasons and partner affinities (shape: commodity-groups.ts).

import type { GroupSpec } from './commodity-groups.ts';

export const IMPORT_GROUPS: readonly GroupSpec[] = [
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
