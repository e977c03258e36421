// Kamchatka calibration of the demo dataset (see data/README.md): yearly totals, the big four
// partners' shares, catch and price multipliers, and the published figures of January–May
// 2020 (data/kamchatka-2020-jan-may-published.csv) and 2019. Values in million USD; partner
// shares are shares of the flow.

export interface YearSpec {
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

export const YEARS: Record<number, YearSpec> = {
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
export const JAN_MAY_2020 = {
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
export const JAN_MAY_2019 = { exportMusd: 371 / 0.98, importMusd: 109 / 1.787 };
