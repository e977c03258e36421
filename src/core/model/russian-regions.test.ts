import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  FEDERAL_DISTRICTS,
  REGIONS,
  isRussianRegion,
  regionDistrict,
  regionName,
  reporterName,
  resolveFederalDistrict,
  resolveRegion,
} from './russian-regions';

describe('the region table', () => {
  it('has the 85 subjects with distinct, well-formed codes', () => {
    expect(REGIONS).toHaveLength(85);
    for (const r of REGIONS) {
      expect(r.iso).toMatch(/^RU-[A-Z]{2,3}$/);
      expect(r.customsCode).toMatch(/^\d{5}$/);
      expect(r.ru.trim()).toBe(r.ru);
      expect(r.en.trim()).toBe(r.en);
      expect(r.ru).not.toBe('');
      expect(r.en).not.toBe('');
    }
    expect(new Set(REGIONS.map((r) => r.iso)).size).toBe(85);
    expect(new Set(REGIONS.map((r) => r.customsCode)).size).toBe(85);
    expect(new Set(REGIONS.map((r) => r.ru.toLowerCase())).size).toBe(85);
    expect(new Set(REGIONS.map((r) => r.en.toLowerCase())).size).toBe(85);
  });

  it('has the 8 districts, each referenced, and every reference exists', () => {
    expect(FEDERAL_DISTRICTS.map((d) => d.code)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08']);
    const codes = new Set(FEDERAL_DISTRICTS.map((d) => d.code));
    for (const r of REGIONS) expect(codes.has(r.district), `${r.iso} → ${r.district}`).toBe(true);
    for (const d of FEDERAL_DISTRICTS) expect(REGIONS.some((r) => r.district === d.code), d.code).toBe(true);
  });

  it('keeps the official names, without the portal list’s defects', () => {
    expect(FEDERAL_DISTRICTS.find((d) => d.code === '02')?.ru).toBe('Северо-Западный федеральный округ');
    expect(FEDERAL_DISTRICTS.find((d) => d.code === '08')?.ru).toBe('Северо-Кавказский федеральный округ');
    expect(regionName('RU-NEN', 'ru')).toBe('Ненецкий автономный округ');
    expect(regionName('RU-KHM', 'ru')).toBe('Ханты-Мансийский автономный округ — Югра');
    expect(regionName('RU-SA', 'ru')).toBe('Республика Саха (Якутия)');
  });

  it('has the known codes and names', () => {
    const expected: [string, string, string, string][] = [
      ['30000', 'RU-KAM', 'Камчатский край', 'Kamchatka Krai'],
      ['05000', 'RU-PRI', 'Приморский край', 'Primorsky Krai'],
      ['45000', 'RU-MOW', 'Москва', 'Moscow'],
      ['40000', 'RU-SPE', 'Санкт-Петербург', 'Saint Petersburg'],
      ['08000', 'RU-KHA', 'Хабаровский край', 'Khabarovsk Krai'],
      ['64000', 'RU-SAK', 'Сахалинская область', 'Sakhalin Oblast'],
      ['92000', 'RU-TA', 'Республика Татарстан (Татарстан)', 'Republic of Tatarstan'],
      ['35000', 'RU-CR', 'Республика Крым', 'Republic of Crimea'],
      ['67000', 'RU-SEV', 'Севастополь', 'Sevastopol'],
    ];
    for (const [customs, iso, ru, en] of expected) {
      expect(resolveRegion(customs)).toBe(iso);
      expect(regionName(iso, 'ru')).toBe(ru);
      expect(regionName(iso, 'en')).toBe(en);
    }
    expect(regionDistrict('RU-KAM')).toMatchObject({ code: '07', en: 'Far Eastern Federal District' });
    expect(regionDistrict('RU-MOW')?.code).toBe('01');
    expect(regionDistrict('RU')).toBeUndefined();
  });
});

describe('resolveRegion', () => {
  it('reads every spelling of Kamchatka', () => {
    for (const text of [
      '30000 - КАМЧАТСКИЙ КРАЙ',
      '30000 - KAMCHATKA TERRITORY',
      '30000-Камчатский край',
      '30000',
      ' 30000  -  камчатский край ',
      'Камчатский край',
      'КАМЧАТСКИЙ КРАЙ',
      'RU-KAM',
      'ru-kam',
      'Kamchatka Krai',
      'kamchatka krai',
      'KAMCHATKA TERRITORY',
    ]) {
      expect(resolveRegion(text), text).toBe('RU-KAM');
    }
  });

  it('splits on the first hyphen only and lets a known code win over the name', () => {
    expect(resolveRegion('71100 - ХАНТЫ-МАНСИЙСКИЙ АВТОНОМНЫЙ ОКРУГ - ЮГРА')).toBe('RU-KHM');
    expect(resolveRegion('71140 - ЯМАЛО-НЕНЕЦКИЙ АВТОНОМНЫЙ ОКРУГ')).toBe('RU-YAN');
    // The portal's names vary; its codes do not.
    expect(resolveRegion('30000 - КАМЧАТСКАЯ ОБЛАСТЬ')).toBe('RU-KAM');
    expect(resolveRegion('41000 - КАМЧАТСКИЙ КРАЙ')).toBe('RU-LEN');
    // A spreadsheet dropped the leading zero.
    expect(resolveRegion('5000')).toBe('RU-PRI');
    expect(resolveRegion('05000 - PRIMORSKY TERRITORY')).toBe('RU-PRI');
  });

  it('falls back to the name when the code is unknown', () => {
    expect(resolveRegion('12345 - КАМЧАТСКИЙ КРАЙ')).toBe('RU-KAM');
    expect(resolveRegion('12345 - MOSCOW REGION')).toBe('RU-MOS');
    expect(resolveRegion('12345')).toBeNull();
    expect(resolveRegion('12345 - АТЛАНТИДА')).toBeNull();
  });

  it('reads the portal’s and common spellings of names', () => {
    const cases: [string, string][] = [
      ['MOSCOW REGION', 'RU-MOS'],
      ['Moscow Oblast', 'RU-MOS'],
      ['MOSCOW', 'RU-MOW'],
      ['г. Москва', 'RU-MOW'],
      ['St. Petersburg', 'RU-SPE'],
      ['САНКТ-ПЕТЕРБУРГ', 'RU-SPE'],
      ['Ненецкий автономный округ (архангельская область)', 'RU-NEN'],
      ['Ханты-мансийский автономный округ (тюменская область)', 'RU-KHM'],
      ['Ямало-ненецкий автономный округ (тюменская область)', 'RU-YAN'],
      ['Кемеровская область', 'RU-KEM'],
      ['Республика Северная Осетия-Алания', 'RU-SE'],
      ['Чувашская Республика - Чувашия', 'RU-CU'],
      ['Республика Адыгея', 'RU-AD'],
      ['Республика Татарстан', 'RU-TA'],
      ['Tatarstan', 'RU-TA'],
      ['REPUBLIC OF TATARSTAN', 'RU-TA'],
      ['Якутия', 'RU-SA'],
      ['Jewish Autonomous Region', 'RU-YEV'],
      ['Еврейская АО', 'RU-YEV'],
      ['Чукотский АО', 'RU-CHU'],
      ['Kamchatka', 'RU-KAM'],
      ['Amurskaya', 'none'],
    ];
    for (const [text, iso] of cases) expect(resolveRegion(text), text).toBe(iso === 'none' ? null : iso);
  });

  it('answers null for what is not a region', () => {
    for (const text of ['', '   ', 'RU', 'RU-XXX', 'Россия', 'China', '-', 'Altai']) {
      expect(resolveRegion(text), text).toBeNull();
    }
    // «Altai» alone fits the krai and the republic: ambiguous, so unresolved; full names work.
    expect(resolveRegion('Altai Krai')).toBe('RU-ALT');
    expect(resolveRegion('Altai Republic')).toBe('RU-AL');
  });

  it('resolves every official name and its own ISO code back to the region', () => {
    for (const r of REGIONS) {
      expect(resolveRegion(r.ru), r.ru).toBe(r.iso);
      expect(resolveRegion(r.ru.toUpperCase()), r.ru).toBe(r.iso);
      expect(resolveRegion(r.en), r.en).toBe(r.iso);
      expect(resolveRegion(r.iso.toLowerCase()), r.iso).toBe(r.iso);
      expect(resolveRegion(`${r.customsCode} - ${r.ru.toUpperCase()}`)).toBe(r.iso);
    }
  });
});

describe('resolveFederalDistrict', () => {
  it('reads Region_s, splitting on the first hyphen only', () => {
    expect(resolveFederalDistrict('07-ДАЛЬНЕВОСТОЧНЫЙ ФЕДЕРАЛЬНЫЙ ОКРУГ')).toBe('07');
    expect(resolveFederalDistrict('08-СЕВЕРО-КАВКАЗСКИЙ ФЕДЕРАЛЬНЫЙ ОКРУГ')).toBe('08');
    expect(resolveFederalDistrict('02 - Северо-Западный федеральный округ')).toBe('02');
    expect(resolveFederalDistrict('07-ДАЛЬНЕВОСТОЧНЫЙ')).toBe('07');
    expect(resolveFederalDistrict('Far Eastern Federal District')).toBe('07');
    expect(resolveFederalDistrict('3')).toBe('03');
  });

  it('lets a recognised name win over a number that disagrees', () => {
    expect(resolveFederalDistrict('05-ДАЛЬНЕВОСТОЧНЫЙ ФЕДЕРАЛЬНЫЙ ОКРУГ')).toBe('07');
  });

  it('answers null for what is not a district', () => {
    expect(resolveFederalDistrict('')).toBeNull();
    expect(resolveFederalDistrict('09')).toBeNull();
    expect(resolveFederalDistrict('Крымский федеральный округ')).toBeNull();
  });
});

describe('names of reporters', () => {
  it('names regions and defers to country names otherwise', () => {
    expect(isRussianRegion('RU-KAM')).toBe(true);
    expect(isRussianRegion('RU')).toBe(false);
    expect(isRussianRegion('CN')).toBe(false);
    expect(regionName('CN', 'en')).toBeUndefined();
    expect(reporterName('RU-KAM', 'ru')).toBe('Камчатский край');
    expect(reporterName('RU-PRI', 'en')).toBe('Primorsky Krai');
    expect(reporterName('RU', 'ru')).toBe('Россия');
    expect(reporterName('US', 'ru')).toBe('США');
  });
});

// The portal's code list, read where it lies beside the repository (data/README.md,
// «Reporters and units»). describe.skipIf still runs the body, so it reads only when present.
const REFERENCE_DIR = fileURLToPath(new URL('../../../../shared/reference/', import.meta.url));
const REGIONS_CSV = `${REFERENCE_DIR}customs_regions_ru.csv`;
const REFERENCE_SKIP = existsSync(REGIONS_CSV) ? false : `skipped: ${REGIONS_CSV} is absent (../shared/reference is not beside the repository)`;
if (REFERENCE_SKIP) console.info(REFERENCE_SKIP);

describe.skipIf(REFERENCE_SKIP !== false)(`against the portal's region list (customs_regions_ru.csv)${REFERENCE_SKIP || ''}`, () => {
  const rows = REFERENCE_SKIP
    ? []
    : Papa.parse<Record<string, string>>(readFileSync(REGIONS_CSV, 'utf8').replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: true,
      }).data;

  it('reads the list', () => {
    expect(rows).toHaveLength(85);
  });

  it('every code resolves to a distinct ISO code, and so does its name', () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const row of rows) {
      const iso = resolveRegion(row.region_code);
      if (iso === null) {
        problems.push(`${row.region_code}: unresolved`);
        continue;
      }
      if (seen.has(iso)) problems.push(`${row.region_code}: ${iso} already for ${seen.get(iso)}`);
      seen.set(iso, row.region_code);
      if (resolveRegion(row.region_name) !== iso) problems.push(`«${row.region_name}» ≠ ${iso}`);
      if (resolveRegion(`${row.region_code} - ${row.region_name.toUpperCase()}`) !== iso) problems.push(`${row.region_code} - NAME`);
    }
    expect(problems).toEqual([]);
    expect(seen.size).toBe(85);
  });
});
