import { describe, expect, it } from 'vitest';
import { TradeTableBuilder, tableRow } from './table-builder';
import { EMPTY_SUMMARY, summariseTable } from './table-summary';
import { monthIndex, monthKey, periodCode } from '../model/period';

function table(periods: number[]) {
  const b = new TradeTableBuilder();
  for (const p of periods) b.append(tableRow(p, 'RU', 0, 'CN', '0303', 10));
  return b.finish().table;
}

describe('table summary: the months the data has', () => {
  it('lists only the months present, gaps left out (a quarter and a year cover their months)', () => {
    const s = summariseTable(table([periodCode(2019, 3), periodCode(2019, 3), periodCode(2019, 22), periodCode(2021, 0), periodCode(2022, 12)]));
    expect(s.months!.map(monthKey)).toEqual([
      '2019-03', '2019-04', '2019-05', '2019-06',
      ...Array.from({ length: 12 }, (_, i) => `2021-${String(i + 1).padStart(2, '0')}`),
      '2022-12',
    ]);
    expect([monthKey(s.firstMonth), monthKey(s.lastMonth), monthKey(s.defaultLastMonth!)]).toEqual(['2019-03', '2022-12', '2022-12']);
  });

  it('the default period passes over a trailing far outlier, never a leading one', () => {
    const bulk: number[] = [];
    for (let y = 2015; y <= 2020; y++) for (let m = 1; m <= 12; m++) for (let k = 0; k < 2; k++) bulk.push(periodCode(y, m));
    const late = summariseTable(table([...bulk, periodCode(2026, 5)]));
    expect(monthKey(late.lastMonth)).toBe('2026-05');
    expect(monthKey(late.defaultLastMonth!)).toBe('2020-12');
    const early = summariseTable(table([periodCode(1995, 3), ...bulk]));
    expect(monthKey(early.defaultLastMonth!)).toBe('2020-12');
    expect(early.months![0]).toBe(monthIndex(1995, 3));
  });

  it('an empty table has no months and no month 0', () => {
    const s = summariseTable(table([]));
    expect(s).toBe(EMPTY_SUMMARY);
    expect(s.months).toEqual([]);
    expect(s.firstMonth).toBeGreaterThan(monthIndex(2000, 1));
    expect(s.lastMonth).toBe(s.firstMonth);
  });
});
