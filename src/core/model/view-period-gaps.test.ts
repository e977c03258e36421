import { describe, expect, it } from 'vitest';
import { hasMonthWithin, isDefaultPeriod, mainBodyLastYear, resolvePeriod } from './view-period';
import { monthIndex } from './period';

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('periods that land on data', () => {
  // One row in March 1995, then monthly data from January 2019 to June 2024.
  const first = monthIndex(1995, 3);
  const last = monthIndex(2024, 6);
  const data = { months: [first, ...range(monthIndex(2019, 1), last)], defaultLastMonth: last };

  it('with a far outlier before the data, the default is the latest year to date of the data', () => {
    expect(resolvePeriod(null, null, first, last, data)).toEqual({ from: '2024-01', to: '2024-06' });
    expect(isDefaultPeriod({ from: '2024-01', to: '2024-06' }, first, last, data)).toBe(true);
  });

  it('a link to the gap between the outlier and the rest falls back to the default', () => {
    expect(resolvePeriod('2000-01', '2010-12', first, last, data)).toEqual({ from: '2024-01', to: '2024-06' });
    // Without the months, the old behaviour: an empty range.
    expect(resolvePeriod('2000-01', '2010-12', first, last)).toEqual({ from: '2000-01', to: '2010-12' });
    // Ranges that hold some data are kept.
    expect(resolvePeriod('1995-01', '2000-12', first, last, data)).toEqual({ from: '1995-03', to: '2000-12' });
    expect(resolvePeriod('2010-01', null, first, last, data)).toEqual({ from: '2010-01', to: '2024-06' });
  });

  it('with a far outlier after the data, the default stays on the bulk of the data', () => {
    const late = monthIndex(2026, 11);
    const withLate = { months: [...range(monthIndex(2019, 1), last), late], defaultLastMonth: last };
    expect(resolvePeriod(null, null, monthIndex(2019, 1), late, withLate)).toEqual({ from: '2024-01', to: '2024-06' });
    expect(resolvePeriod('2026-01', null, monthIndex(2019, 1), late, withLate)).toEqual({ from: '2026-01', to: '2026-11' });
  });

  it('finds the bulk of the data by rows per year', () => {
    expect(mainBodyLastYear(new Map([[2019, 500], [2020, 500], [2026, 1]]))).toBe(2020);
    expect(mainBodyLastYear(new Map([[1995, 1], [2019, 500], [2020, 500]]))).toBe(2020);
    expect(mainBodyLastYear(new Map([[2019, 5], [2026, 1]]))).toBe(2026); // 1 of 6 rows is no outlier
    expect(mainBodyLastYear(new Map([[2024, 1]]))).toBe(2024);
  });

  it('hasMonthWithin', () => {
    expect(hasMonthWithin([1, 5, 9], 2, 4)).toBe(false);
    expect(hasMonthWithin([1, 5, 9], 2, 5)).toBe(true);
    expect(hasMonthWithin([1, 5, 9], 10, 12)).toBe(false);
    expect(hasMonthWithin([], 0, 12)).toBe(false);
  });
});
