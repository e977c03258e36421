// The shapes of a query and its answer (trade-query.ts runs it).

import type { Flow } from '../model/trade-record';
import type { Dimension } from './dimensions';

export interface TradeFilter {
  /** Inclusive month indices (model/period.ts monthIndex); a row counts when its whole period lies inside. */
  fromMonth?: number | null;
  toMonth?: number | null;
  /** Absent or null: every flow. */
  flows?: readonly Flow[] | null;
  /** Reporter codes (`RU-KAM`, `RU`); absent or null: every reporter. */
  reporters?: readonly string[] | null;
  /** Partner codes; absent or null: every partner. */
  partners?: readonly string[] | null;
  /** Commodity code prefixes of 2–10 digits; absent or null: all goods (TOTAL rows included). */
  commodities?: readonly string[] | null;
}

/** Internal dimensions: the period code as it is, used by the chapter roll-up (roll-up.ts). */
export type GroupDimension = Dimension | 'period';

export interface TradeQuery {
  filter: TradeFilter;
  by: readonly Dimension[];
  /** 'value': values and shares only (the charts), weights and quantities not read; default 'all'. */
  amounts?: 'all' | 'value';
}

export interface QuantityAmount {
  unit: string;
  value: number;
}

export interface Amounts {
  valueUsd: number;
  /** Null when any row summed has no weight (or weights were not asked for). */
  netKg: number | null;
  /**
   * The weights the rows have, rows without one left out, and the value of those rows: the
   * two halves of a unit value (USD per kg), and the value that has no weight is
   * valueUsd − weighedUsd. Null when weights were not asked for.
   */
  knownKg: number | null;
  weighedUsd: number | null;
  /** One entry per unit, largest first; empty when no row has a quantity. */
  quantity: QuantityAmount[];
}

export interface QueryRow extends Amounts {
  /** One key per `by` dimension, in its order. */
  keys: string[];
  /** valueUsd ÷ shareBase (0 when the base is 0). */
  share: number;
}

export interface QueryResult {
  by: readonly Dimension[];
  /** Largest value first; equal values in the order their groups first occur in the table. */
  rows: QueryRow[];
  /** Everything under all the filters. */
  total: Amounts;
  /** The share rule's denominator: the total without the filters on the shown dimensions. */
  shareBase: number;
}
