import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import isoCountries from 'i18n-iso-countries';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { normalisePartnerName, partnerCode, resolvePartner, type PartnerResolution } from './countries';
import { countryName, isAggregatePartner, isSpecialPartner, SPECIAL_PARTNERS } from './country-names';

// The shared reference fixtures sit next to the repository: /work/main -> /work/shared.
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures');
const REAL = path.join(FIXTURES, 'real');
const NO_FIXTURES = !existsSync(REAL);

const country = (code: string): PartnerResolution => ({ kind: 'country', code });
const WORLD: PartnerResolution = { kind: 'world' };
const UNKNOWN: PartnerResolution = { kind: 'unknown' };

describe('resolvePartner: codes', () => {
  it.each([
    ['CN', 'CN'], ['cn', 'CN'], [' cn ', 'CN'], ['CHN', 'CN'], ['chn', 'CN'],
    ['156', 'CN'], ['0156', 'CN'], ['156 ', 'CN'], [' 156', 'CN'],
  ])('%j -> %s', (input, code) => {
    expect(resolvePartner(input)).toEqual(country(code));
  });

  // alpha-3, ISO numeric and (where Comtrade differs) the Comtrade numeric code
  it.each([
    ['CN', 'CHN', ['156']],
    ['KR', 'KOR', ['410']],
    ['JP', 'JPN', ['392']],
    ['HK', 'HKG', ['344']],
    ['US', 'USA', ['840', '842']],
    ['RU', 'RUS', ['643']],
    ['DE', 'DEU', ['276']],
    ['NO', 'NOR', ['578', '579']],
    ['VG', 'VGB', ['092', '92']],
    ['TW', 'TWN', ['158', '490']],
    ['FR', 'FRA', ['250', '251']],
    ['IN', 'IND', ['356', '699']],
    ['CH', 'CHE', ['756', '757']],
    ['IT', 'ITA', ['380', '381']],
  ])('%s: alpha-3 %s and numeric %j', (code, alpha3, numerics) => {
    expect(resolvePartner(code)).toEqual(country(code));
    expect(resolvePartner(alpha3)).toEqual(country(code));
    for (const n of numerics) expect(resolvePartner(n)).toEqual(country(code));
  });

  it.each(['0', '00', '000', '0 ', 'W00', 'w00', 'WLD', 'wld'])('World code %j', (input) => {
    expect(resolvePartner(input)).toEqual(WORLD);
  });

  it('keeps bunkers, free zones, special categories and areas n.e.s. as explicit special values', () => {
    expect(resolvePartner('837')).toEqual({ kind: 'special', code: 'X837' });
    expect(resolvePartner('838')).toEqual({ kind: 'special', code: 'X838' });
    expect(resolvePartner('839')).toEqual({ kind: 'special', code: 'X839' });
    expect(resolvePartner('899')).toEqual({ kind: 'special', code: 'X899' });
    expect(resolvePartner('Bunkers')).toEqual({ kind: 'special', code: 'X837' });
    expect(resolvePartner('Free Zones')).toEqual({ kind: 'special', code: 'X838' });
    expect(resolvePartner('Special Categories')).toEqual({ kind: 'special', code: 'X839' });
    expect(resolvePartner('Areas, nes')).toEqual({ kind: 'special', code: 'X899' });
    expect(resolvePartner('Other Europe, nes')).toEqual({ kind: 'special', code: 'X568' });
    expect(resolvePartner('Fmr USSR')).toEqual({ kind: 'special', code: 'X810' });
    // the canonical special codes read back as themselves
    expect(resolvePartner('X899')).toEqual({ kind: 'special', code: 'X899' });
  });

  it('marks EU-28 (97) as an aggregate, like World, and bunkers as a part', () => {
    expect(resolvePartner('97')).toEqual({ kind: 'special', code: 'X097' });
    expect(isAggregatePartner('X097')).toBe(true);
    expect(isAggregatePartner('W00')).toBe(true);
    expect(isAggregatePartner('X837')).toBe(false);
    expect(isAggregatePartner('CN')).toBe(false);
  });

  it('reads 492 as Comtrade "Europe EU, nes" (ISO gives the number to Monaco, which Comtrade counts under France)', () => {
    expect(resolvePartner('492')).toEqual({ kind: 'special', code: 'X492' });
    expect(resolvePartner('MC')).toEqual(country('MC'));
    expect(resolvePartner('MCO')).toEqual(country('MC'));
    expect(resolvePartner('Монако')).toEqual(country('MC'));
  });

  it('maps Comtrade 490 "Other Asia, nes" to Taiwan by convention', () => {
    expect(resolvePartner('490')).toEqual(country('TW'));
    expect(resolvePartner('Other Asia, nes')).toEqual(country('TW'));
  });
});

describe('resolvePartner: names', () => {
  it.each([
    ['КИТАЙ', 'CN'], ['Китай', 'CN'], ['китай', 'CN'], ['КНР', 'CN'], ['China', 'CN'], ['  china  ', 'CN'],
    ['China, Hong Kong SAR', 'HK'], ['Гонконг', 'HK'], ['ГОНКОНГ', 'HK'], ['Hong Kong', 'HK'],
    ['China, Macao SAR', 'MO'],
    ['КОРЕЯ, РЕСПУБЛИКА', 'KR'], ['Республика Корея', 'KR'], ['Rep. of Korea', 'KR'],
    ['Korea, Republic of', 'KR'], ['Republic of Korea', 'KR'], ['Korea,  Republic  of', 'KR'],
    ["Dem. People's Rep. of Korea", 'KP'], ['КОРЕЯ, НАРОДНО-ДЕМОКРАТИЧЕСКАЯ РЕСПУБЛИКА', 'KP'],
    ['USA', 'US'], ['США', 'US'], ['United States of America', 'US'], ['Соединенные Штаты', 'US'],
    ['СОЕДИНЕННЫЕ ШТАТЫ', 'US'], ['Соединённые Штаты', 'US'], ['U.S.A.', 'US'],
    ['СОЕДИНЕННОЕ КОРОЛЕВСТВО', 'GB'], ['United Kingdom', 'GB'], ['Великобритания', 'GB'],
    ['Виргинские острова, Британские', 'VG'], ['ВИРГИНСКИЕ ОСТРОВА, БРИТАНСКИЕ', 'VG'],
    ['British Virgin Islands', 'VG'], ['Br. Virgin Isds', 'VG'], ['Британские Виргинские о-ва', 'VG'],
    ['ВИРГИНСКИЕ ОСТРОВА, США', 'VI'],
    ['Норвегия', 'NO'], ['НОРВЕГИЯ', 'NO'], ['ЯПОНИЯ', 'JP'], ['Германия', 'DE'], ['Дания', 'DK'],
    ['Тайвань (Китай)', 'TW'], ['ТАЙВАНЬ (КИТАЙ)', 'TW'], ['Тайвань', 'TW'], ['Other Asia, nes', 'TW'],
    ['Вьетнам', 'VN'], ['Viet Nam', 'VN'], ['Vietnam', 'VN'],
    ['Russian Federation', 'RU'], ['Россия', 'RU'], ['РОССИЙСКАЯ ФЕДЕРАЦИЯ', 'RU'],
    ['Congo', 'CG'], ['Dem. Rep. of the Congo', 'CD'], ['КОНГО, ДЕМОКРАТИЧЕСКАЯ РЕСПУБЛИКА', 'CD'],
    ["Côte d'Ivoire", 'CI'], ["Cote d’Ivoire", 'CI'], ['Türkiye', 'TR'], ['Turkey', 'TR'],
    ['ИРАН, ИСЛАМСКАЯ РЕСПУБЛИКА', 'IR'], ['МОЛДОВА, РЕСПУБЛИКА', 'MD'], ['Rep. of Moldova', 'MD'],
    ['TFYR of Macedonia', 'MK'], ['Bolivia (Plurinational State of)', 'BO'], ['Bosnia Herzegovina', 'BA'],
    ['Central African Rep.', 'CF'], ['Czech Rep.', 'CZ'], ['United Rep. of Tanzania', 'TZ'],
    ['Solomon Isds', 'SB'], ['Faeroe Isds', 'FO'], ['FS Micronesia', 'FM'], ['State of Palestine', 'PS'],
    ["Lao People's Dem. Rep.", 'LA'], ['St. Kitts & Nevis', 'KN'], ['UK', 'GB'],
  ])('%j -> %s', (input, code) => {
    expect(resolvePartner(input)).toEqual(country(code));
  });

  it.each(['World', 'WORLD', 'Мир', 'МИР', 'ВСЕГО', 'Всего', 'Итого', 'Мир (все страны)', 'Total'])(
    'World name %j',
    (input) => {
      expect(resolvePartner(input)).toEqual(WORLD);
    },
  );

  it.each([
    'Атлантида', 'XX', 'Foo', '', '   ', 'ZZZ', '9999', '1234', 'constructor', '__proto__',
    // ambiguous on their own: never a guess
    'Корея', 'Виргинские острова', 'Virgin Islands',
  ])('unknown %j', (input) => {
    expect(resolvePartner(input)).toEqual(UNKNOWN);
  });
});

describe('normalisePartnerName', () => {
  it('folds case, ё, accents, punctuation, spaces and Comtrade abbreviations', () => {
    expect(normalisePartnerName('  СОЕДИНЁННЫЕ   ШТАТЫ ')).toBe('соединенные штаты');
    expect(normalisePartnerName("Côte d'Ivoire")).toBe('cote divoire');
    expect(normalisePartnerName('Rep. of Korea')).toBe('republic of korea');
    expect(normalisePartnerName('Br. Virgin Isds')).toBe('british virgin islands');
    expect(normalisePartnerName('Британские Виргинские о-ва')).toBe('британские виргинские острова');
    // "й" keeps its breve: only marks on Latin letters are dropped
    expect(normalisePartnerName('Китай')).toBe('китай');
  });
});

describe('partnerCode', () => {
  it('gives the canonical partner value', () => {
    expect(partnerCode(resolvePartner('Китай'))).toBe('CN');
    expect(partnerCode(resolvePartner('World'))).toBe('W00');
    expect(partnerCode(resolvePartner('Bunkers'))).toBe('X837');
    expect(partnerCode(resolvePartner('Атлантида'))).toBeNull();
  });

  it('is stable: resolving a canonical value gives the same resolution', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const first = resolvePartner(text);
        expect(['country', 'world', 'special', 'unknown']).toContain(first.kind);
        const code = partnerCode(first);
        if (code !== null) expect(resolvePartner(code)).toEqual(first);
      }),
    );
  });
});

describe('countryName', () => {
  it('uses the override table where CLDR reads badly for trade officials', () => {
    expect(countryName('HK', 'ru')).toBe('Гонконг');
    expect(countryName('KR', 'ru')).toBe('Республика Корея');
    expect(countryName('VG', 'ru')).toBe('Британские Виргинские о-ва');
    expect(countryName('US', 'ru')).toBe('США');
    expect(countryName('KR', 'en')).toBe('Republic of Korea');
    expect(countryName('HK', 'en')).toBe('Hong Kong');
  });

  it('names plain countries through Intl', () => {
    expect(countryName('CN', 'ru')).toBe('Китай');
    expect(countryName('JP', 'ru')).toBe('Япония');
    expect(countryName('JP', 'en')).toBe('Japan');
    expect(countryName('NO', 'en')).toBe('Norway');
  });

  it('names World and the special values', () => {
    expect(countryName('W00', 'ru')).toBe('Мир (все страны)');
    expect(countryName('W00', 'en')).toBe('World');
    for (const code of Object.keys(SPECIAL_PARTNERS)) {
      expect(isSpecialPartner(code)).toBe(true);
      expect(countryName(code, 'ru')).not.toBe(code);
      expect(countryName(code, 'en')).not.toBe(code);
    }
  });

  it('falls back to the code for codes it does not know', () => {
    expect(countryName('XX', 'en')).toBe('XX');
    expect(countryName('ZZ', 'ru')).toBe('ZZ');
    expect(countryName('foo', 'ru')).toBe('foo');
  });

  it('every display name resolves back to its code (ru and en)', () => {
    const failures: string[] = [];
    for (const code of Object.keys(isoCountries.getAlpha2Codes())) {
      for (const lang of ['ru', 'en'] as const) {
        const name = countryName(code, lang);
        const back = resolvePartner(name);
        if (back.kind !== 'country' || back.code !== code) failures.push(`${code} ${lang} "${name}"`);
      }
    }
    for (const code of ['W00', ...Object.keys(SPECIAL_PARTNERS)]) {
      for (const lang of ['ru', 'en'] as const) {
        if (partnerCode(resolvePartner(countryName(code, lang))) !== code) failures.push(`${code} ${lang}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe.skipIf(NO_FIXTURES)('resolvePartner on the genuine Comtrade fixtures', () => {
  // No exceptions are needed today: every code/name pair of these files agrees.
  // 490 "Other Asia, nes" has an empty ISO column in Comtrade; it resolves to TW by our convention.
  const readRows = (file: string): Record<string, string>[] => {
    const text = readFileSync(path.join(REAL, file), 'utf8').replace(/^\uFEFF/, '');
    return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  };

  const checkPairs = (rows: Record<string, string>[], role: 'Partner' | 'Reporter'): number => {
    const pairs = new Map<string, [string, string]>();
    for (const row of rows) {
      const code = row[`${role} Code`];
      const name = row[role];
      if (code !== undefined && name !== undefined) pairs.set(`${code}|${name}|${row[`${role} ISO`] ?? ''}`, [code, name]);
    }
    const mismatches: string[] = [];
    for (const [key, [code, name]] of pairs) {
      const byCode = resolvePartner(code);
      const byName = resolvePartner(name);
      const iso = key.split('|')[2];
      if (byCode.kind === 'unknown' || JSON.stringify(byCode) !== JSON.stringify(byName)) {
        mismatches.push(`${code} "${name}": ${JSON.stringify(byCode)} vs ${JSON.stringify(byName)}`);
      } else if (iso && JSON.stringify(resolvePartner(iso)) !== JSON.stringify(byCode)) {
        mismatches.push(`${code} "${name}" ISO ${iso}: ${JSON.stringify(resolvePartner(iso))}`);
      }
    }
    expect(mismatches).toEqual([]);
    return pairs.size;
  };

  it('HS7102 2014 (World partner, 145 reporters): code and name resolve alike', () => {
    const rows = readRows('comtrade-legacy-full_HS7102_2014_world.csv');
    expect(checkPairs(rows, 'Partner')).toBe(1);
    expect(resolvePartner(rows[0]['Partner Code'])).toEqual(WORLD);
    // the file's only partner is World, so its 145 reporters carry the real country spellings
    expect(checkPairs(rows, 'Reporter')).toBeGreaterThan(140);
    const taiwan = rows.find((r) => r['Reporter Code'] === '490');
    expect(taiwan?.Reporter).toBe('Other Asia, nes');
    expect(resolvePartner(taiwan!.Reporter)).toEqual(country('TW'));
  });

  it('GBR monthly HS1511 2014 partners: code and name resolve alike', () => {
    const rows = readRows('comtrade-legacy-full_monthly_GBR_HS1511_2014.csv');
    expect(checkPairs(rows, 'Partner')).toBeGreaterThan(50);
    expect(checkPairs(rows, 'Reporter')).toBe(1);
  });

  it('USA-CHN 2017 short variant: code and name resolve alike', () => {
    const rows = readRows('comtrade-legacy_USA-CHN_2017_HS2.csv');
    expect(checkPairs(rows, 'Partner')).toBe(1);
    expect(checkPairs(rows, 'Reporter')).toBe(1);
    expect(resolvePartner(rows[0]['Reporter Code'])).toEqual(country('US'));
  });

  it('Comtrade+ codes-only file: every numeric code resolves (156 China, 842 USA, 0 World)', () => {
    const rows = readRows('comtradeplus_CHN-imports_HS8542_partnerUSA_2010-2024.csv');
    const seen = new Map<string, PartnerResolution>();
    for (const row of rows) {
      for (const column of ['reporterCode', 'partnerCode', 'partner2Code']) {
        const value = row[column];
        if (value !== undefined && value !== '') seen.set(value, resolvePartner(value));
      }
    }
    expect(seen.get('156')).toEqual(country('CN'));
    expect(seen.get('842')).toEqual(country('US'));
    for (const [value, resolution] of seen) expect(resolution.kind, value).not.toBe('unknown');
  });
});
