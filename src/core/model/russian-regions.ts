// Reporters below the country level: the 85 subjects of the Russian Federation as the
// Russian customs portal codes them (docs and sources: data/README.md, «Reporters and units»).
// The canonical reporter code of a region is its ISO 3166-2 code (`RU-KAM`), the same code the
// demo dataset and canonical CSV use (data/README.md, «The canonical CSV»).
//
// Pure data and lookups: no DOM, no Intl; runs in the worker as well as in the main bundle.
import { isRussianRegion, REGIONS, regionOf } from './region-names';

export { isRussianRegion, regionName, reporterName, REGIONS, type RussianRegion } from './region-names';

export interface FederalDistrict {
  /** The customs portal's two-digit code (`07`). */
  code: string;
  ru: string;
  en: string;
}


// Codes as in the portal's list; names written out in full: that list truncates two of them
// at the hyphen («Западный», «Кавказский»), see data/README.md.
export const FEDERAL_DISTRICTS: readonly FederalDistrict[] = [
  { code: '01', ru: 'Центральный федеральный округ', en: 'Central Federal District' },
  { code: '02', ru: 'Северо-Западный федеральный округ', en: 'Northwestern Federal District' },
  { code: '03', ru: 'Южный федеральный округ', en: 'Southern Federal District' },
  { code: '04', ru: 'Приволжский федеральный округ', en: 'Volga Federal District' },
  { code: '05', ru: 'Уральский федеральный округ', en: 'Ural Federal District' },
  { code: '06', ru: 'Сибирский федеральный округ', en: 'Siberian Federal District' },
  { code: '07', ru: 'Дальневосточный федеральный округ', en: 'Far Eastern Federal District' },
  { code: '08', ru: 'Северо-Кавказский федеральный округ', en: 'North Caucasian Federal District' },
];

// Other spellings met in files (short forms, the English portal's «Territory», city prefixes).
// Only names that are not derived by the rules in `nameVariants` below.
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'RU-MOW': ['г. Москва', 'город Москва', 'Moscow City'],
  'RU-SPE': ['г. Санкт-Петербург', 'город Санкт-Петербург', 'St. Petersburg', 'Saint-Petersburg', 'St Petersburg'],
  'RU-SEV': ['г. Севастополь', 'город Севастополь', 'Sevastopol City'],
  'RU-CR': ['Крым', 'Crimea'],
  'RU-PRI': ['Primorye Territory', 'Primorye'],
  'RU-ZAB': ['Trans-Baikal Territory', 'Transbaikal Territory'],
  'RU-KHM': ['Khanty-Mansiysk Autonomous Okrug', 'Khanty-Mansi Autonomous Okrug', 'Югра'],
  'RU-KEM': ['Kemerovo Oblast', 'Кузбасс', 'Kuzbass'],
  'RU-SA': ['Якутия', 'Yakutia', 'Republic of Sakha (Yakutia)', 'Republic of Sakha', 'Sakha Republic'],
  'RU-CU': ['Чувашия', 'Chuvashia', 'Chuvash Republic – Chuvashia'],
  'RU-SE': ['Северная Осетия', 'North Ossetia', 'Republic of North Ossetia'],
  'RU-KB': ['Kabardino-Balkaria'],
  'RU-KC': ['Karachay-Cherkessia', 'Karachayevo-Cherkessian Republic'],
  'RU-UD': ['Udmurtia'],
  'RU-BA': ['Башкирия', 'Bashkiria'],
  'RU-YAN': ['Yamal-Nenets Autonomous Okrug'],
  'RU-YEV': ['Jewish Autonomous Region'],
};

const DISTRICT_BY_CODE = new Map(FEDERAL_DISTRICTS.map((d) => [d.code, d]));
const BY_CUSTOMS = new Map(REGIONS.map((r) => [r.customsCode, r]));

/** Name comparison key: case, ё, dash kind, spacing around dashes and dots do not matter. */
function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\./g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text without bracketed parts: «Республика Саха (Якутия)» → «Республика Саха». */
function withoutBrackets(text: string): string {
  return text.replace(/\s*\([^)]*\)/g, ' ');
}

// Spelling rules rather than lists, so that all 85 get the portal's forms: the English portal
// says «Territory» for krai and «Region» for oblast (`30000 - KAMCHATKA TERRITORY`,
// `46000 - MOSCOW REGION`; data/README.md, «Reporters and units»).
function nameVariants(name: string): string[] {
  const out = [name, withoutBrackets(name)];
  const beforeDash = name.split(/\s+[-\u2013\u2014]\s+/)[0];
  if (beforeDash !== name) out.push(beforeDash);
  for (const base of [...out]) {
    out.push(
      base
        .replace(/ Krai$/, ' Territory')
        .replace(/ Oblast$/, ' Region')
        .replace(/ Autonomous Okrug$/, ' Autonomous Area'),
      base.replace(/ Autonomous Okrug$/, ' Autonomous District'),
      base.replace(/ область$/, ' обл.'),
      base.replace(/ автономный округ$/, ' АО'),
      base.replace(/ автономная область$/, ' АО'),
      base.replace(/^Республика /, ''),
      base.replace(/^Republic of /, ''),
      base.replace(/ Republic$/, ''),
      base.replace(/ Krai$/, ''),
    );
  }
  return out;
}

// Built once at module load. An alias that fits two regions («Altai» for the krai and the
// republic) is dropped as ambiguous; an official name that collides is a table error.
const BY_NAME: ReadonlyMap<string, string> = (() => {
  const official = new Map<string, string>();
  for (const r of REGIONS) {
    for (const name of [r.ru, r.en]) {
      const key = nameKey(name);
      const other = official.get(key);
      if (other !== undefined && other !== r.iso) throw new Error(`russian-regions: «${name}» names ${other} and ${r.iso}`);
      official.set(key, r.iso);
    }
  }
  const aliases = new Map<string, string | null>();
  for (const r of REGIONS) {
    const names = [r.ru, r.en, ...(EXTRA_ALIASES[r.iso] ?? [])].flatMap(nameVariants);
    for (const name of names) {
      const key = nameKey(name);
      if (key === '' || official.has(key)) continue;
      const other = aliases.get(key);
      aliases.set(key, other === undefined || other === r.iso ? r.iso : null);
    }
  }
  const all = new Map(official);
  for (const [key, iso] of aliases) if (iso !== null) all.set(key, iso);
  return all;
})();

/** ISO code of a region name in any case and spacing, or null. */
function regionByName(text: string): string | null {
  const key = nameKey(text);
  if (key === '') return null;
  return BY_NAME.get(key) ?? BY_NAME.get(nameKey(withoutBrackets(text))) ?? null;
}

// `NNNNN - NAME`, `NNNNN-NAME`, `NNNNN NAME` or `NNNNN`; only the first hyphen separates
// (names such as «ХАНТЫ-МАНСИЙСКИЙ» contain hyphens). Four digits: a spreadsheet dropped the
// leading zero of `05000`.
const CODE_AND_NAME = /^(\d{4,5})(?:\s*[-\u2013\u2014:]\s*|\s+|$)([\s\S]*)$/;
const ISO_CODE = /^ru-[a-z]{2,3}$/i;

/**
 * ISO 3166-2 code (`RU-KAM`) of a region written as the portal or a person writes it:
 * `30000 - КАМЧАТСКИЙ КРАЙ`, `30000 - KAMCHATKA TERRITORY`, `30000`, `Камчатский край`,
 * `ru-kam`, `Kamchatka Krai`. A known customs code wins over the name beside it (the portal's
 * names vary); an unknown code falls back to the name. Null when nothing matches.
 */
export function resolveRegion(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = CODE_AND_NAME.exec(trimmed);
  if (match) {
    const byCode = BY_CUSTOMS.get(match[1].padStart(5, '0'));
    if (byCode) return byCode.iso;
    return match[2] === '' ? null : regionByName(match[2]);
  }
  if (ISO_CODE.test(trimmed)) {
    const iso = trimmed.toUpperCase();
    return isRussianRegion(iso) ? iso : null;
  }
  return regionByName(trimmed);
}

const DISTRICT_CODE_AND_NAME = /^(\d{1,2})(?:\s*[-\u2013\u2014:]\s*|\s+|$)([\s\S]*)$/;

/**
 * Code of a federal district as the portal's `Region_s` writes it (`07-ДАЛЬНЕВОСТОЧНЫЙ
 * ФЕДЕРАЛЬНЫЙ ОКРУГ`), or a bare code or name; null when nothing matches. Unlike regions, a
 * recognised name wins over the number beside it: the eight names are fixed, while the
 * numbering is the one thing examples disagree on (`05-ДАЛЬНЕВОСТОЧНЫЙ …` in
 * src/core/formats/formats.test.ts, `07` in the portal's code list; data/README.md).
 */
export function resolveFederalDistrict(text: string): string | null {
  const trimmed = text.trim();
  const match = DISTRICT_CODE_AND_NAME.exec(trimmed);
  const name = match ? match[2] : trimmed;
  if (name !== '') {
    const key = nameKey(name);
    for (const d of FEDERAL_DISTRICTS) {
      if (key === nameKey(d.ru) || key === nameKey(d.en) || key === nameKey(d.ru.replace(/ федеральный округ$/, ''))) return d.code;
    }
  }
  if (match) {
    const code = match[1].padStart(2, '0');
    if (DISTRICT_BY_CODE.has(code)) return code;
  }
  return null;
}

/** The federal district of a region by its ISO code. */
export function regionDistrict(code: string): FederalDistrict | undefined {
  const region = regionOf(code);
  return region && DISTRICT_BY_CODE.get(region.district);
}

