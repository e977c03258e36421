import { describe, expect, it } from 'vitest';
import { federalDistrictOf } from './region-names';

describe('federalDistrictOf', () => {
  it('names a region’s federal district whole, in the user’s language; none for a country', () => {
    expect(federalDistrictOf('RU-KAM', 'ru')).toBe('Дальневосточный федеральный округ');
    expect(federalDistrictOf('RU-SPE', 'ru')).toBe('Северо-Западный федеральный округ');
    expect(federalDistrictOf('RU-KAM', 'en')).toBe('Far Eastern Federal District');
    expect(federalDistrictOf('CN', 'ru')).toBeNull();
  });
});
