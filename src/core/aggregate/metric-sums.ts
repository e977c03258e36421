// Value, known weight and weighed value summed together, and the metric read from them
// (docs/architecture.md, «Goods in depth»: weights are the rows' known weights, a unit value is
// the weighed value ÷ that weight). One place for the series, the time series and the profile.

import type { QueryRow } from '../query/query-types';

export type Metric = 'value' | 'weight' | 'price';

export class Sums {
  usd = 0;
  kg = 0;
  weighed = 0;
  add(row: QueryRow): void {
    this.usd += row.valueUsd;
    this.kg += row.knownKg ?? 0;
    this.weighed += row.weighedUsd ?? 0;
  }
  addSums(s: Sums): void {
    this.usd += s.usd;
    this.kg += s.kg;
    this.weighed += s.weighed;
  }
  static of(rows: readonly QueryRow[]): Sums {
    const s = new Sums();
    for (const r of rows) s.add(r);
    return s;
  }
}

/** The metric of summed rows: a unit value is their weighed value ÷ their weight (NaN without weight). */
export function metricAmount(s: { usd: number; kg: number; weighed: number }, metric: Metric): number {
  if (metric === 'value') return s.usd;
  if (metric === 'weight') return s.kg;
  return s.kg > 0 ? s.weighed / s.kg : NaN;
}
