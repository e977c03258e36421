// The canonical trade record (docs/formats.md «The canonical record»): every importer produces exactly this.

/** Flow vocabulary. Re-exports and re-imports stay distinct from exports and imports. */
export const FLOWS = ['export', 'import', 're-export', 're-import'] as const;
export type Flow = (typeof FLOWS)[number];

/** Numeric flow codes used in the columnar table (index into FLOWS). */
export const FLOW_CODE: Record<Flow, number> = { export: 0, import: 1, 're-export': 2, 're-import': 3 };

/** Commodity code meaning "all goods": an aggregate, never added to its parts. */
export const TOTAL_COMMODITY = 'TOTAL';
/** Partner "World": an aggregate of all partners, never added to its parts. */
export const WORLD_PARTNER = 'W00';

export interface TradeRecord {
  /** `2020`, `2020-Q2` or `2020-05`: the source's granularity is kept. */
  period: string;
  /** A Russian region as ISO 3166-2 (`RU-KAM`) or a country as ISO 3166-1 alpha-2. */
  reporter: string;
  /** ISO 3166-1 alpha-2, or WORLD_PARTNER for the aggregate. */
  partner: string;
  flow: Flow;
  /** HS / TN VED code, 2–10 digits, zero-padded; or TOTAL_COMMODITY. */
  commodity: string;
  value_usd: number;
  /** Optional: NaN when the source has no weight. */
  net_kg: number;
  /** Optional: quantity in the supplementary unit `unit`; NaN and '' when there is none. */
  quantity?: number;
  unit?: string;
}

/** The canonical CSV header, in the order the app writes it. */
export const CANONICAL_HEADER = ['period', 'reporter', 'flow', 'partner', 'commodity', 'value_usd', 'net_kg'] as const;
/** Optional canonical columns, written after CANONICAL_HEADER when a table has quantities. */
export const CANONICAL_QUANTITY_HEADER = ['quantity', 'unit'] as const;
