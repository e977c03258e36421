import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriodText, periodFromYearMonth } from './period';

const read = (s: string) => {
  const code = parsePeriodText(s);
  return code === null ? null : formatPeriod(code);
};

describe('period spellings', () => {
  it('reads every supported spelling', () => {
    expect(read('2020')).toBe('2020');
    expect(read('2020-05')).toBe('2020-05');
    expect(read('2020-Q2')).toBe('2020-Q2');
    expect(read('05/2020')).toBe('2020-05');
    expect(read('5/2020')).toBe('2020-05');
    expect(read('202005')).toBe('2020-05');
    expect(read(' 2020.05 ')).toBe('2020-05');
  });

  it('rejects impossible periods', () => {
    for (const s of ['2020-13', '13/2020', '202000', '00/2020', '2020-Q5', '1850', 'май 2020', '', '20205']) expect(read(s)).toBeNull();
  });

  it('reads Comtrade+ refYear and refMonth, 52 meaning the year', () => {
    expect(formatPeriod(periodFromYearMonth('2015', '52')!)).toBe('2015');
    expect(formatPeriod(periodFromYearMonth('2015', '7')!)).toBe('2015-07');
    expect(periodFromYearMonth('2015', '13')).toBeNull();
    expect(periodFromYearMonth('x', '1')).toBeNull();
  });
});
