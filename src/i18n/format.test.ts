import { describe, expect, it } from 'vitest';
import { chapterLabel, formatChange, formatDate, formatDateTime, formatDecimal, formatLongDate, formatMonthRange, formatPeriodLabels, formatShare, formatUsd, partnerLabel } from './format';
import { LOCALES } from '../core/model/language';
import { OTHER_KEY } from '../core/aggregate/dashboard-series';

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

  it('writes the period and the same months a year earlier', () => {
    expect(formatPeriodLabels({ from: '2020-01', to: '2020-05' }, 'ru')).toEqual({ period: 'янв.–май 2020\u00a0г.', previous: 'янв.–май 2019\u00a0г.' });
    expect(formatPeriodLabels({ from: '2019-03', to: '2020-02' }, 'en')).toEqual({ period: 'Mar 2019 – Feb 2020', previous: 'Mar 2018 – Feb 2019' });
  });
});

describe('one locale per language', () => {
  const date = new Date(2026, 10, 25, 14, 5);

  it('maps ru to ru-RU and en to en-GB', () => {
    expect(LOCALES).toEqual({ ru: 'ru-RU', en: 'en-GB' });
  });

  it('writes dates and plain numbers in that locale', () => {
    expect(formatDate(date, 'ru')).toBe('25.11.2026');
    expect(formatDate(date, 'en')).toBe('25/11/2026');
    expect(formatDateTime(date, 'ru')).toBe(date.toLocaleString('ru-RU'));
    expect(nbsp(formatLongDate(date, 'ru'))).toBe('25 ноября 2026 г.');
    expect(formatLongDate(date, 'en')).toBe('25 November 2026');
    expect(nbsp(formatDecimal(1234.56, 'ru', 1))).toBe('1 234,6');
    expect(formatDecimal(1234.56, 'en', 0)).toBe('1,235');
  });
});

describe('names of partners and chapters', () => {
  it('names the «other» slice in the user’s language, codes by their names', () => {
    expect(partnerLabel(OTHER_KEY, 'ru')).toBe('Прочие');
    expect(partnerLabel(OTHER_KEY, 'en')).toBe('Other');
    expect(partnerLabel('CN', 'ru')).toBe('Китай');
    expect(chapterLabel(OTHER_KEY, 'en')).toBe('Other');
    expect(chapterLabel('03', 'ru')).toBe('03 Рыба и морепродукты');
  });
});
