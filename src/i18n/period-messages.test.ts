import { describe, expect, it } from 'vitest';
import { rejectedLine, warningText } from './import-messages';

describe('implausible and outlying periods in words', () => {
  it('says why a period is rejected', () => {
    const row = { line: 3, code: 'implausible-period' as const, value: '2100' };
    expect(rejectedLine(row, 'ru')).toBe('строка 3: период «2100» вне допустимых лет (с 1950 по следующий год)');
    expect(rejectedLine(row, 'en')).toBe('line 3: period "2100" outside the plausible years (1950 to next year)');
  });

  it('lists the lines of rows far from the rest', () => {
    const one = { code: 'outlier-period' as const, years: [1995], rows: 1, lines: [42] };
    expect(warningText(one, 'ru')).toBe('1 строка датирована далеко от остальных данных (1995): строка 42. Проверьте год.');
    expect(warningText(one, 'en')).toBe('1 row is dated far from the rest of the data (1995): line 42. Check the year.');
    const many = { code: 'outlier-period' as const, years: [1995, 1996], rows: 25, lines: [2, 3] };
    expect(warningText(many, 'ru')).toBe('25 строк датированы далеко от остальных данных (1995, 1996): строки 2, 3…. Проверьте год.');
    expect(warningText(many, 'en')).toBe('25 rows are dated far from the rest of the data (1995, 1996): lines 2, 3…. Check the year.');
  });
});
