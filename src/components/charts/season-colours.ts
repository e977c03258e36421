// Colours of the seasons chart's years, apart from the partners' palette; a file of its own so
// that the panel can read them without loading Recharts (seasons-chart.tsx is a lazy chunk).

/** Oldest to newest: greys darkening, then a light and a strong blue for the latest years. */
const GREYS = ['#e4e4e7', '#d4d4d8', '#a1a1aa', '#71717a'];
const RECENT = ['#93c5fd', '#1d4ed8'];

/** Colours of `n` years, oldest first: the latest always the strong blue. */
export function seasonColours(n: number): string[] {
  if (n <= 0) return [];
  if (n === 1) return [RECENT[1]];
  const older = Array.from({ length: n - 2 }, (_, i) => GREYS[Math.max(0, GREYS.length - (n - 2) + i)]);
  return [...older, ...RECENT];
}
