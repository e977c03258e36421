// A file's years in groups, split wherever years lie far apart: a few rows in 1995 among
// 2019–2024 are a group of their own. The import warns about such far groups
// (import/period-outliers.ts) and the default period passes over a trailing one
// (view-period.ts, table/table-summary.ts).

/** Years further apart than this split a file's years into separate groups. */
export const OUTLIER_GAP_YEARS = 3;
/** A group of years holding less than this share of the rows, away from the bulk, is an outlier. */
export const OUTLIER_SHARE = 0.01;

export interface YearGroup {
  years: number[];
  rows: number;
}

/** Years (ascending, with their row counts) grouped wherever the gap exceeds OUTLIER_GAP_YEARS. */
export function groupYears(years: readonly (readonly [number, number])[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const [year, rows] of years) {
    const last = groups[groups.length - 1];
    if (last !== undefined && year - last.years[last.years.length - 1] <= OUTLIER_GAP_YEARS) {
      last.years.push(year);
      last.rows += rows;
    } else groups.push({ years: [year], rows });
  }
  return groups;
}

/** The groups far from the bulk: not the largest, and under OUTLIER_SHARE of all rows. */
export function outlierGroups(groups: readonly YearGroup[]): YearGroup[] {
  if (groups.length < 2) return [];
  const total = groups.reduce((s, g) => s + g.rows, 0);
  const largest = groups.reduce((a, b) => (b.rows > a.rows ? b : a));
  return groups.filter((g) => g !== largest && g.rows < total * OUTLIER_SHARE);
}
