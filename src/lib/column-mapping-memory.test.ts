import { describe, expect, it } from 'vitest';
import { guessMapping, headerSignature } from './column-mapping-memory';

describe('column mapping guesses', () => {
  it('guesses Russian and English headers, each column once', () => {
    expect(guessMapping(['Месяц', 'Страна', 'Направление', 'Код ТН ВЭД', 'Стоимость, долл. США', 'Вес нетто, кг'])).toEqual({
      period: 'Месяц',
      partner: 'Страна',
      flow: 'Направление',
      commodity: 'Код ТН ВЭД',
      value: 'Стоимость, долл. США',
      weight: 'Вес нетто, кг',
    });
    expect(guessMapping(['Date', 'Country', 'Flow', 'HS code', 'Value USD'])).toMatchObject({ period: 'Date', partner: 'Country', flow: 'Flow', commodity: 'HS code', value: 'Value USD' });
  });

  it('identifies a header regardless of case and spacing', () => {
    expect(headerSignature([' Месяц ', 'СТРАНА'])).toBe(headerSignature(['месяц', 'страна']));
  });
});
