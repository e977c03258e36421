// Trade partners of the generated data: ISO 3166-1 alpha-2, each with an export and an import
// profile (which commodity groups it trades: see export-commodities.ts, import-commodities.ts)
// and base weights of exports and imports for the partners outside the big four (China,
// Korea, Japan, Hong Kong), whose shares are set per year (kamchatka-calibration.ts).

export type ExportProfile = 'cn' | 'kr' | 'jp' | 'hk' | 'trader' | 'processor' | 'west' | 'inland';
export type ImportProfile = 'cn' | 'kr' | 'jp' | 'hk' | 'marine' | 'shipyard' | 'machinery' | 'fuel' | 'food' | 'cis' | 'offshore';

export interface PartnerSpec {
  code: string;
  exp: ExportProfile;
  imp: ImportProfile;
  /** Relative weight among the "other" partners (beyond the big four). */
  otherExport: number;
  otherImport: number;
}

export const PARTNERS: readonly PartnerSpec[] = [
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

/** Number of partners: the length of every per-partner array. */
export const P = PARTNERS.length;
export const PARTNER_INDEX = new Map(PARTNERS.map((p, i) => [p.code, i]));
/** Output order: partners alphabetically. */
export const PARTNER_ORDER: readonly number[] = PARTNERS.map((_, i) => i).sort((a, b) =>
  PARTNERS[a].code < PARTNERS[b].code ? -1 : 1,
);
export const BIG_FOUR = ['CN', 'KR', 'JP', 'HK'] as const;
