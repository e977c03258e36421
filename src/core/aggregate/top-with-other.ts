// Top N by value plus one "other" slice, so no chart draws hundreds of marks
// and shares still add up to one.

export interface Slice {
  key: string;
  value: number;
  share: number;
}

/** `keep`: keys shown by name even outside the top N (the ones a filter chose, so a chart can highlight them). */
export function topWithOther(entries: [string, number][], n: number, otherKey: string, keep: readonly string[] = []): Slice[] {
  const total = entries.reduce((s, [, v]) => s + v, 0);
  if (total <= 0) return [];
  const sorted = [...entries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  let top = sorted.slice(0, n);
  for (const entry of sorted.slice(n)) if (keep.includes(entry[0])) top.push(entry);
  // An "other" of a single entry is just that entry: show it by name.
  if (sorted.length - top.length <= 1) top = sorted;
  const slices = top.map(([key, v]) => ({ key, value: v, share: v / total }));
  const rest = total - top.reduce((s, [, v]) => s + v, 0);
  if (sorted.length > top.length && rest > 0) slices.push({ key: otherKey, value: rest, share: rest / total });
  return slices;
}
