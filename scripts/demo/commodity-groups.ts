// The shape of a flow's commodity groups (export-commodities.ts, import-commodities.ts): TN VED
// EAEU codes of 10 digits with prices in USD per kg (2018 level), a base share of the flow,
// seasonality, and how much each partner profile (partner-profiles.ts) trades the group.

export interface CodeSpec {
  code: string;
  weight: number;
  usdPerKg: number;
}

export interface GroupSpec {
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
