// The change rule of the key figures (docs/architecture.md, «Decisions and why»: the period is
// compared with the same months a year earlier): the dashboard's key figures, the briefing's
// table and its paragraph all read it from here.

import type { FlowTotals } from './dashboard-series';

/** The key figures, in the order they are shown: label key and field of the totals. */
export const KEY_FIGURES = [
  ['turnover', 'turnover'],
  ['export', 'exports'],
  ['import', 'imports'],
  ['balance', 'balance'],
] as const satisfies readonly (readonly [string, keyof FlowTotals])[];

export interface FlowChange {
  /** Current minus previous, in USD. */
  difference: number;
  /**
   * Current / previous − 1; null where a percentage means nothing: for a balance (it can change
   * sign) and against zero or less. Then the difference is what is said.
   */
  ratio: number | null;
}

export function flowChange(current: FlowTotals, previous: FlowTotals, field: keyof FlowTotals): FlowChange {
  const before = previous[field];
  const difference = current[field] - before;
  return { difference, ratio: field === 'balance' || before <= 0 ? null : current[field] / before - 1 };
}
