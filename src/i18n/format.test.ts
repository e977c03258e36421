import { describe, expect, it } from 'vitest';
import { formatChange, formatMonthRange, formatShare, formatUsd } from './format';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('locale formatting', () => {
  it('writes Russian numbers with space groups, decimal comma and units', () => {
    expect(nbsp(formatUsd(1_234_500_000, 'ru'))).toBe('1 234,5 млн долл. США');
    expect(nbsp(formatShare(0.447, 'ru'))).toBe('44,7 %');
    expect(nbsp(formatChange(0.09, 'ru'))).toBe('+9,0 %');
    expect(nbsp(formatChange(-0.02, 'ru'))).toBe('\u22122,0 %');
  });

  it('writes English numbers', () => {
    expect(formatUsd(1_234_500_000, 'en')).toBe('1,234.5 million USD');
    expect(formatShare(0.447, 'en')).toBe('44.7%');
  });

  it('names month ranges the way reports do', () => {
    expect(nbsp(formatMonthRange('2020-01', '2020-05', 'ru'))).toBe('янв.–май 2020 г.');
    expect(nbsp(formatMonthRange('2015-01', '2024-12', 'ru'))).toBe('2015–2024 гг.');
    expect(formatMonthRange('2019-01', '2019-12', 'en')).toBe('2019');
  });
});
