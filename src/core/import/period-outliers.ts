// Rows dated far from the rest of their file (one row in 1995 among 2019–2024): not
// rejected — the date may be right — but warned about with their lines. Counts are kept
// per year while reading (a few numbers per row), the decision is taken at the end.

/** Years further apart than this split a file's years into separate groups. */
export const OUTLIER_GAP_YEARS = 3;
/** A group of years holding less than this share of the rows, away from the bulk, is an outlier. */
export const OUTLIER_SHARE = 0.01;
/** Lines listed per outlier warning; the count says how many there are in all. */
export const MAX_OUTLIER_LINES = 20;

export interface PeriodOutliers {
  /** The outlying years, ascending. */
  years: number[];
  rows: number;
  /** Their first lines, ascending (at most MAX_OUTLIER_LINES). */
  lines: number[];
}

export class YearTally {
  private readonly counts = new Map<number, number>();
  private readonly lines = new Map<number, number[]>();
  private lastYear = NaN;
  private lastCount = 0;

  add(year: number, line: number): void {
    if (year !== this.lastYear) {
      if (!Number.isNaN(this.lastYear)) this.counts.set(this.lastYear, this.lastCount);
      this.lastYear = year;
      this.lastCount = this.counts.get(year) ?? 0;
    }
    this.lastCount++;
    if (this.lastCount <= MAX_OUTLIER_LINES) {
      let list = this.lines.get(year);
      if (list === undefined) this.lines.set(year, (list = []));
      list.push(line);
    }
  }

  /** Rows per year, ascending by year. */
  years(): [number, number][] {
    if (!Number.isNaN(this.lastYear)) this.counts.set(this.lastYear, this.lastCount);
    return [...this.counts].sort((a, b) => a[0] - b[0]);
  }

  /** The rows far from the bulk of the file, or null when there are none. */
  outliers(): PeriodOutliers | null {
    const years = this.years();
    const groups = groupYears(years);
    if (groups.length < 2) return null;
    const total = years.reduce((s, [, n]) => s + n, 0);
    const largest = groups.reduce((a, b) => (b.rows > a.rows ? b : a));
    const far = groups.filter((g) => g !== largest && g.rows < total * OUTLIER_SHARE);
    if (far.length === 0) return null;
    const outYears = far.flatMap((g) => g.years);
    const lines = outYears.flatMap((y) => this.lines.get(y) ?? []).sort((a, b) => a - b).slice(0, MAX_OUTLIER_LINES);
    return { years: outYears, rows: far.reduce((s, g) => s + g.rows, 0), lines };
  }
}

/** Consecutive years (ascending, with their row counts) grouped wherever the gap exceeds OUTLIER_GAP_YEARS. */
export function groupYears(years: [number, number][]): { years: number[]; rows: number }[] {
  const groups: { years: number[]; rows: number }[] = [];
  for (const [year, rows] of years) {
    const last = groups[groups.length - 1];
    if (last !== undefined && year - last.years[last.years.length - 1] <= OUTLIER_GAP_YEARS) {
      last.years.push(year);
      last.rows += rows;
    } else groups.push({ years: [year], rows });
  }
  return groups;
}
