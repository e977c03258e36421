// Top N by value plus one "other" slice, so no chart draws hundreds of marks
// and shares still add up to one.

export interface Slice {
  key: string;
  valueUsd: number;
  share: number;
}

export function topWithOther(entries: [string, number][], n: number, otherKey: string): Slice[] {
  const total = entries.reduce((s, [, v]) => s + v, 0);
  if (total <= 0) return [];
  const sorted = [...entries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  // An "other" of a single entry is just that entry: show it by name.
  const top = sorted.length <= n + 1 ? sorted : sorted.slice(0, n);
  const slices = top.map(([key, v]) => ({ key, valueUsd: v, share: v / total }));
  const rest = total - top.reduce((s, [, v]) => s + v, 0);
  if (sorted.length > top.length && rest > 0) slices.push({ key: otherKey, valueUsd: rest, share: rest / total });
  return slices;
}
