// Rows dated far from the rest of their file (one row in 1995 among 2019–2024): not
// rejected — the date may be right — but warned about with their lines. Counts are kept
// per year while reading (a few numbers per row), the decision is taken at the end.

import { groupYears, outlierGroups } from '../model/year-groups';

export { groupYears } from '../model/year-groups';

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
    const far = outlierGroups(groupYears(years));
    if (far.length === 0) return null;
    const outYears = far.flatMap((g) => g.years);
    const lines = outYears.flatMap((y) => this.lines.get(y) ?? []).sort((a, b) => a - b).slice(0, MAX_OUTLIER_LINES);
    return { years: outYears, rows: far.reduce((s, g) => s + g.rows, 0), lines };
  }
}
