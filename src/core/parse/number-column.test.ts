import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NumberColumn, arrayRowNumbers } from './number-column';

function readColumn(cells: string[], delimiter = ',') {
  const column = new NumberColumn();
  const values = new Float64Array(cells.length);
  cells.forEach((c, i) => {
    values[i] = column.parse(c) ?? NaN;
    column.commit(i);
  });
  const decisions = column.resolve(arrayRowNumbers(values), delimiter);
  return { values: Array.from(values), decisions };
}

describe('NumberColumn', () => {
  it('reads every unambiguous spelling', () => {
    const cells = ['1234.5', '1,234.5', '1 234,5', '1\u00a0234,5', '1\u202f234,5', '1234,5', '1.234,5', '1,234,567', '1.234.567', '-12,5', '\u22123', '1.5E+07', '0'];
    const { values } = readColumn(cells);
    expect(values).toEqual([1234.5, 1234.5, 1234.5, 1234.5, 1234.5, 1234.5, 1234.5, 1234567, 1234567, -12.5, -3, 15000000, 0]);
  });

  it('treats empty as missing and garbage as not a number', () => {
    const column = new NumberColumn();
    expect(column.parse('')).toBeNull();
    expect(column.parse('   ')).toBeNull();
    expect(column.parse('abc')).toBeNaN();
    expect(column.parse('1,23,4')).toBeNaN();
    expect(column.parse('12-5')).toBeNaN();
  });

  it('decides `1,234` from the rest of its column', () => {
    expect(readColumn(['1,234', '5,5']).values).toEqual([1.234, 5.5]);
    expect(readColumn(['1,234', '5,000,000']).values).toEqual([1234, 5000000]);
    expect(readColumn(['1,234', '7.25']).values).toEqual([1234, 7.25]);
    const { decisions } = readColumn(['1,234', '5,5']);
    expect(decisions).toEqual([{ separator: 'comma-decimal', cells: 1, basis: 'column' }]);
  });

  it('falls back on the delimiter when the column says nothing, and reports it', () => {
    expect(readColumn(['1,234', '2,500'], ';')).toEqual({ values: [1.234, 2.5], decisions: [{ separator: 'comma-decimal', cells: 2, basis: 'file-default' }] });
    expect(readColumn(['1,234', '2,500'], ',')).toEqual({ values: [1234, 2500], decisions: [{ separator: 'comma-thousands', cells: 2, basis: 'file-default' }] });
  });

  it('never takes exponent notation or a leading zero for a thousands group', () => {
    // Excel re-saves write large values as 1.2E5; 0,123 can only be a decimal.
    expect(readColumn(['1,5', '1.2E5']).values).toEqual([1.5, 120000]);
    expect(readColumn(['1.000,5', '1.2E+05']).values).toEqual([1000.5, 120000]);
    expect(readColumn(['0,123', '5'], ',').values).toEqual([0.123, 5]);
  });

  it('reads `1.234` as thousands when the column uses decimal commas', () => {
    expect(readColumn(['1.234', '12,5']).values).toEqual([1234, 12.5]);
    expect(readColumn(['1.234', '12.5']).values).toEqual([1.234, 12.5]);
  });

  it('reads back whatever ru-RU and en-US formatting wrote (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 20 }), fc.constantFrom('ru-RU', 'en-US', 'de-DE'), (cents, locale) => {
        const numbers = cents.map((c) => c / 100);
        const cells = numbers.map((n) => n.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
        const { values } = readColumn(cells, locale === 'en-US' ? ',' : ';');
        values.forEach((v, i) => expect(v).toBeCloseTo(numbers[i], 6));
      }),
    );
  });

  it('reads plain digits with one `.` or `,` (the fast path) exactly as the general path does', () => {
    // A leading `+` takes a cell past the fast path; value, evidence and ambiguity must not change.
    const cell = fc
      .tuple(fc.stringMatching(/^\d{1,9}$/), fc.constantFrom('', '.', ','), fc.stringMatching(/^\d{1,6}$/))
      .map(([whole, sep, frac]) => (sep === '' ? whole : whole + sep + frac));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), fc.constantFrom(',', ';', '\t'), (cells, delimiter) => {
        const fast = readColumn(cells, delimiter);
        const general = readColumn(cells.map((c) => '+' + c), delimiter);
        expect(fast.values).toEqual(general.values);
        expect(fast.decisions).toEqual(general.decisions);
      }),
    );
  });
});
