import { describe, expect, it } from 'vitest';
import { MESSAGES, chapterLabel, columnScale, formatChange, formatDate, formatDateTime, formatDecimal, formatInteger, formatLongDate, formatMillions, formatMonthRange, formatPeriodLabels, formatShare, formatUsd, moneyParts, partnerLabel, plural, trueMinus } from './format';
import { LOCALES } from '../core/model/language';
import { OTHER_KEY } from '../core/aggregate/dashboard-series';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('locale formatting', () => {
  it('writes Russian numbers with space groups, decimal comma and units', () => {
    expect(nbsp(formatUsd(234_500_000, 'ru'))).toBe('234,5 млн долл. США');
    expect(nbsp(formatUsd(1_234_500_000, 'ru'))).toBe('1,23 млрд долл. США');
    expect(nbsp(formatShare(0.447, 'ru'))).toBe('44,7 %');
    expect(nbsp(formatChange(0.09, 'ru'))).toBe('+9,0 %');
    expect(nbsp(formatChange(-0.02, 'ru'))).toBe('\u22122,0 %');
  });

  it('writes English numbers', () => {
    expect(formatUsd(234_500_000, 'en')).toBe('234.5 million USD');
    expect(formatUsd(1_410_000_000, 'en')).toBe('1.41 bn USD');
    expect(formatShare(0.447, 'en')).toBe('44.7%');
  });

  it('names month ranges the way reports do', () => {
    expect(nbsp(formatMonthRange('2020-01', '2020-05', 'ru'))).toBe('янв.–май 2020 г.');
    expect(nbsp(formatMonthRange('2015-01', '2024-12', 'ru'))).toBe('2015–2024 гг.');
    expect(formatMonthRange('2019-01', '2019-12', 'en')).toBe('2019');
  });

  it('writes the period and the same months a year earlier', () => {
    expect(formatPeriodLabels({ from: '2020-01', to: '2020-05' }, 'ru')).toEqual({ period: 'янв.–май 2020\u00a0г.', previous: 'янв.–май 2019\u00a0г.', previousTo: 'янв.–маю 2019\u00a0г.' });
    expect(formatPeriodLabels({ from: '2019-03', to: '2020-02' }, 'en')).toEqual({ period: 'Mar 2019 – Feb 2020', previous: 'Mar 2018 – Feb 2019', previousTo: 'Mar 2018 – Feb 2019' });
    // Any base chosen (`vs=`), moved to the period's length; «к» takes the dative.
    expect(formatPeriodLabels({ from: '2024-01', to: '2024-12', base: { from: '2021-01', to: '2021-12' } }, 'ru')).toMatchObject({ previous: '2021\u00a0г.', previousTo: '2021\u00a0г.' });
    expect(formatPeriodLabels({ from: '2024-01', to: '2024-05', base: { from: '2019-01', to: '2019-12' } }, 'ru')).toMatchObject({ previous: 'янв.–май 2019\u00a0г.', previousTo: 'янв.–маю 2019\u00a0г.' });
    expect(formatPeriodLabels({ from: '2024-03', to: '2024-03' }, 'ru').previousTo).toBe('марту 2023\u00a0г.');
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

describe('billions from 1 000 million', () => {
  it('keeps 999,9 million in millions and writes 1 000 million as 1,00 billion', () => {
    expect(nbsp(formatUsd(999_900_000, 'ru'))).toBe('999,9 млн долл. США');
    expect(nbsp(formatUsd(999_940_000, 'ru'))).toBe('999,9 млн долл. США');
    // 999,95 million would round to «1 000,0 млн»: a person writes 1,00 billion.
    expect(nbsp(formatUsd(999_950_000, 'ru'))).toBe('1,00 млрд долл. США');
    expect(nbsp(formatUsd(1_000_000_000, 'ru'))).toBe('1,00 млрд долл. США');
    expect(nbsp(formatUsd(1_410_000_000, 'ru'))).toBe('1,41 млрд долл. США');
    expect(nbsp(formatUsd(1_234_567_000_000, 'ru'))).toBe('1 234,57 млрд долл. США');
    expect(formatUsd(1_000_000_000, 'en')).toBe('1.00 bn USD');
    expect(formatUsd(999_900_000, 'en')).toBe('999.9 million USD');
  });

  it('does the same for negative sums, with the true minus', () => {
    expect(nbsp(formatUsd(-999_900_000, 'ru'))).toBe('\u2212999,9 млн долл. США');
    expect(nbsp(formatUsd(-1_000_000_000, 'ru'))).toBe('\u22121,00 млрд долл. США');
    expect(formatUsd(-1_410_000_000, 'en')).toBe('\u22121.41 bn USD');
    expect(nbsp(formatUsd(-1_410_000_000, 'ru', true))).toBe('\u22121,41 млрд долл. США');
    expect(nbsp(formatUsd(12_300_000, 'ru', true))).toBe('+12,3 млн долл. США');
    expect(nbsp(formatUsd(-500_000, 'ru'))).toBe('\u2212500,0 тыс. долл. США');
  });

  it('gives the number and the unit apart (the key figures) and one scale per column (tables)', () => {
    expect(moneyParts(1_410_000_000, 'ru')).toEqual({ value: '1,41', unit: 'млрд долл. США' });
    expect(moneyParts(721_800_000, 'en')).toEqual({ value: '721.8', unit: 'million USD' });
    expect(columnScale([1_410_000_000, 12_000])).toBe('billion');
    expect(columnScale([999_000_000, -998_000_000])).toBe('million');
    expect(columnScale([-1_000_000_000])).toBe('billion');
  });
});

describe('the true minus sign', () => {
  it('writes U+2212 in every negative figure', () => {
    expect(trueMinus('-1 234,5')).toBe('\u22121 234,5');
    expect(nbsp(formatMillions(-1_234_500_000, 'ru'))).toBe('\u22121 234,5');
    expect(formatMillions(-1_234_500_000, 'en')).toBe('\u22121,234.5');
    expect(formatInteger(-3, 'ru')).toBe('\u22123');
    expect(formatDecimal(-2.5, 'en', 1)).toBe('\u22122.5');
    expect(formatChange(-0.02, 'en')).toBe('\u22122.0%');
    for (const text of [formatMillions(-5e6, 'ru'), formatUsd(-5e9, 'en'), formatShare(-0.1, 'ru')]) expect(text).not.toContain('-');
  });
});

describe('plurals from Intl.PluralRules', () => {
  const rows = { one: 'строка', few: 'строки', many: 'строк', other: 'строки' };
  const ruForm = (n: number) => {
    const mod10 = n % 10;
    const mod100 = n % 100;
    if (mod10 === 1 && mod100 !== 11) return 'строка';
    if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'строки';
    return 'строк';
  };

  it('declines Russian nouns for 0–30 and 101–125 as grammar books do', () => {
    const counts = [...Array.from({ length: 31 }, (_, i) => i), ...Array.from({ length: 25 }, (_, i) => 101 + i)];
    for (const n of counts) expect(`${n} ${plural(n, 'ru', rows)}`).toBe(`${n} ${ruForm(n)}`);
    expect(plural(1, 'ru', rows)).toBe('строка');
    expect(plural(3, 'ru', rows)).toBe('строки');
    expect(plural(11, 'ru', rows)).toBe('строк');
    expect(plural(792, 'ru', rows)).toBe('строки');
    expect(plural(1584, 'ru', rows)).toBe('строки');
  });

  it('writes the counts of the UI with them', () => {
    const ru = MESSAGES.ru;
    expect(nbsp(ru.upload.rows(1584, formatInteger(1584, 'ru')))).toBe('1 584 строки');
    expect(ru.upload.rows(1, '1')).toBe('1 строка');
    expect(ru.upload.rows(11, '11')).toBe('11 строк');
    expect(ru.datasets.rows(792, '792')).toBe('792 строки');
    expect(ru.partnerCount(1, '1')).toBe('1 страна-партнёр');
    expect(ru.partnerCount(44, '44')).toBe('44 страны-партнёра');
    expect(ru.partnerCount(25, '25')).toBe('25 стран-партнёров');
  });

  it('writes English singular and plural', () => {
    const en = MESSAGES.en;
    expect(plural(1, 'en', { one: 'row', other: 'rows' })).toBe('row');
    expect(plural(0, 'en', { one: 'row', other: 'rows' })).toBe('rows');
    expect(en.upload.rows(1, '1')).toBe('1 row');
    expect(en.upload.rows(1584, formatInteger(1584, 'en'))).toBe('1,584 rows');
    expect(en.partnerCount(1, '1')).toBe('1 partner country');
    expect(en.partnerCount(44, '44')).toBe('44 partner countries');
  });
});
