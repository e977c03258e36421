// Reporters below the country level: the 85 subjects of the Russian Federation as the
// Russian customs portal codes them (docs and sources: data/README.md, «Reporters and units»).
// The canonical reporter code of a region is its ISO 3166-2 code (`RU-KAM`), the same code the
// demo dataset and canonical CSV use (data/README.md, «The canonical CSV»).
//
// Pure data and lookups: no DOM, no Intl; runs in the worker as well as in the main bundle.
import { countryName, type NameLang } from './country-names';

export interface FederalDistrict {
  /** The customs portal's two-digit code (`07`). */
  code: string;
  ru: string;
  en: string;
}

export interface RussianRegion {
  /** The customs portal's five-digit region code, leading zeros kept (`05000`). */
  customsCode: string;
  /** ISO 3166-2 code (`RU-KAM`); `RU-CR` and `RU-SEV` are not in ISO 3166-2 (see below). */
  iso: string;
  /** Official Russian name (Constitution, art. 65), proper case. */
  ru: string;
  /** English name (ours). */
  en: string;
  /** Code of its federal district (`07`). */
  district: string;
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

type Row = readonly [customsCode: string, iso: string, ru: string, en: string, district: string];

// Ordered by customs code. Russian names are the official ones where the portal's list has a
// short or garbled form: «Ненецкий автономный округ» without «(архангельская область)»,
// «Ханты-Мансийский автономный округ — Югра», «Кемеровская область — Кузбасс» (renamed in
// 2019); the portal's spellings still resolve (the part before « — » and without brackets is
// an alias). Crimea and Sevastopol: ISO 3166-2 has no entry for them under RU (it lists them
// as UA-43 and UA-40); `RU-CR` and `RU-SEV` are the codes Russian sources use for them.
const ROWS: readonly Row[] = [
  ['01000', 'RU-ALT', 'Алтайский край', 'Altai Krai', '06'],
  ['03000', 'RU-KDA', 'Краснодарский край', 'Krasnodar Krai', '03'],
  ['04000', 'RU-KYA', 'Красноярский край', 'Krasnoyarsk Krai', '06'],
  ['05000', 'RU-PRI', 'Приморский край', 'Primorsky Krai', '07'],
  ['07000', 'RU-STA', 'Ставропольский край', 'Stavropol Krai', '08'],
  ['08000', 'RU-KHA', 'Хабаровский край', 'Khabarovsk Krai', '07'],
  ['10000', 'RU-AMU', 'Амурская область', 'Amur Oblast', '07'],
  ['11000', 'RU-ARK', 'Архангельская область', 'Arkhangelsk Oblast', '02'],
  ['11100', 'RU-NEN', 'Ненецкий автономный округ', 'Nenets Autonomous Okrug', '02'],
  ['12000', 'RU-AST', 'Астраханская область', 'Astrakhan Oblast', '03'],
  ['14000', 'RU-BEL', 'Белгородская область', 'Belgorod Oblast', '01'],
  ['15000', 'RU-BRY', 'Брянская область', 'Bryansk Oblast', '01'],
  ['17000', 'RU-VLA', 'Владимирская область', 'Vladimir Oblast', '01'],
  ['18000', 'RU-VGG', 'Волгоградская область', 'Volgograd Oblast', '03'],
  ['19000', 'RU-VLG', 'Вологодская область', 'Vologda Oblast', '02'],
  ['20000', 'RU-VOR', 'Воронежская область', 'Voronezh Oblast', '01'],
  ['22000', 'RU-NIZ', 'Нижегородская область', 'Nizhny Novgorod Oblast', '04'],
  ['24000', 'RU-IVA', 'Ивановская область', 'Ivanovo Oblast', '01'],
  ['25000', 'RU-IRK', 'Иркутская область', 'Irkutsk Oblast', '06'],
  ['26000', 'RU-IN', 'Республика Ингушетия', 'Republic of Ingushetia', '08'],
  ['27000', 'RU-KGD', 'Калининградская область', 'Kaliningrad Oblast', '02'],
  ['28000', 'RU-TVE', 'Тверская область', 'Tver Oblast', '01'],
  ['29000', 'RU-KLU', 'Калужская область', 'Kaluga Oblast', '01'],
  ['30000', 'RU-KAM', 'Камчатский край', 'Kamchatka Krai', '07'],
  ['32000', 'RU-KEM', 'Кемеровская область — Кузбасс', 'Kemerovo Oblast – Kuzbass', '06'],
  ['33000', 'RU-KIR', 'Кировская область', 'Kirov Oblast', '04'],
  ['34000', 'RU-KOS', 'Костромская область', 'Kostroma Oblast', '01'],
  ['35000', 'RU-CR', 'Республика Крым', 'Republic of Crimea', '03'],
  ['36000', 'RU-SAM', 'Самарская область', 'Samara Oblast', '04'],
  ['37000', 'RU-KGN', 'Курганская область', 'Kurgan Oblast', '05'],
  ['38000', 'RU-KRS', 'Курская область', 'Kursk Oblast', '01'],
  ['40000', 'RU-SPE', 'Санкт-Петербург', 'Saint Petersburg', '02'],
  ['41000', 'RU-LEN', 'Ленинградская область', 'Leningrad Oblast', '02'],
  ['42000', 'RU-LIP', 'Липецкая область', 'Lipetsk Oblast', '01'],
  ['44000', 'RU-MAG', 'Магаданская область', 'Magadan Oblast', '07'],
  ['45000', 'RU-MOW', 'Москва', 'Moscow', '01'],
  ['46000', 'RU-MOS', 'Московская область', 'Moscow Oblast', '01'],
  ['47000', 'RU-MUR', 'Мурманская область', 'Murmansk Oblast', '02'],
  ['49000', 'RU-NGR', 'Новгородская область', 'Novgorod Oblast', '02'],
  ['50000', 'RU-NVS', 'Новосибирская область', 'Novosibirsk Oblast', '06'],
  ['52000', 'RU-OMS', 'Омская область', 'Omsk Oblast', '06'],
  ['53000', 'RU-ORE', 'Оренбургская область', 'Orenburg Oblast', '04'],
  ['54000', 'RU-ORL', 'Орловская область', 'Oryol Oblast', '01'],
  ['56000', 'RU-PNZ', 'Пензенская область', 'Penza Oblast', '04'],
  ['57000', 'RU-PER', 'Пермский край', 'Perm Krai', '04'],
  ['58000', 'RU-PSK', 'Псковская область', 'Pskov Oblast', '02'],
  ['60000', 'RU-ROS', 'Ростовская область', 'Rostov Oblast', '03'],
  ['61000', 'RU-RYA', 'Рязанская область', 'Ryazan Oblast', '01'],
  ['63000', 'RU-SAR', 'Саратовская область', 'Saratov Oblast', '04'],
  ['64000', 'RU-SAK', 'Сахалинская область', 'Sakhalin Oblast', '07'],
  ['65000', 'RU-SVE', 'Свердловская область', 'Sverdlovsk Oblast', '05'],
  ['66000', 'RU-SMO', 'Смоленская область', 'Smolensk Oblast', '01'],
  ['67000', 'RU-SEV', 'Севастополь', 'Sevastopol', '03'],
  ['68000', 'RU-TAM', 'Тамбовская область', 'Tambov Oblast', '01'],
  ['69000', 'RU-TOM', 'Томская область', 'Tomsk Oblast', '06'],
  ['70000', 'RU-TUL', 'Тульская область', 'Tula Oblast', '01'],
  ['71000', 'RU-TYU', 'Тюменская область', 'Tyumen Oblast', '05'],
  ['71100', 'RU-KHM', 'Ханты-Мансийский автономный округ — Югра', 'Khanty-Mansi Autonomous Okrug – Yugra', '05'],
  ['71140', 'RU-YAN', 'Ямало-Ненецкий автономный округ', 'Yamalo-Nenets Autonomous Okrug', '05'],
  ['73000', 'RU-ULY', 'Ульяновская область', 'Ulyanovsk Oblast', '04'],
  ['75000', 'RU-CHE', 'Челябинская область', 'Chelyabinsk Oblast', '05'],
  ['76000', 'RU-ZAB', 'Забайкальский край', 'Zabaykalsky Krai', '07'],
  ['77000', 'RU-CHU', 'Чукотский автономный округ', 'Chukotka Autonomous Okrug', '07'],
  ['78000', 'RU-YAR', 'Ярославская область', 'Yaroslavl Oblast', '01'],
  ['79000', 'RU-AD', 'Республика Адыгея (Адыгея)', 'Republic of Adygea', '03'],
  ['80000', 'RU-BA', 'Республика Башкортостан', 'Republic of Bashkortostan', '04'],
  ['81000', 'RU-BU', 'Республика Бурятия', 'Republic of Buryatia', '07'],
  ['82000', 'RU-DA', 'Республика Дагестан', 'Republic of Dagestan', '08'],
  ['83000', 'RU-KB', 'Кабардино-Балкарская Республика', 'Kabardino-Balkarian Republic', '08'],
  ['84000', 'RU-AL', 'Республика Алтай', 'Altai Republic', '06'],
  ['85000', 'RU-KL', 'Республика Калмыкия', 'Republic of Kalmykia', '03'],
  ['86000', 'RU-KR', 'Республика Карелия', 'Republic of Karelia', '02'],
  ['87000', 'RU-KO', 'Республика Коми', 'Komi Republic', '02'],
  ['88000', 'RU-ME', 'Республика Марий Эл', 'Mari El Republic', '04'],
  ['89000', 'RU-MO', 'Республика Мордовия', 'Republic of Mordovia', '04'],
  ['90000', 'RU-SE', 'Республика Северная Осетия — Алания', 'Republic of North Ossetia – Alania', '08'],
  ['91000', 'RU-KC', 'Карачаево-Черкесская Республика', 'Karachay-Cherkess Republic', '08'],
  ['92000', 'RU-TA', 'Республика Татарстан (Татарстан)', 'Republic of Tatarstan', '04'],
  ['93000', 'RU-TY', 'Республика Тыва', 'Tuva Republic', '06'],
  ['94000', 'RU-UD', 'Удмуртская Республика', 'Udmurt Republic', '04'],
  ['95000', 'RU-KK', 'Республика Хакасия', 'Republic of Khakassia', '06'],
  ['96000', 'RU-CE', 'Чеченская Республика', 'Chechen Republic', '08'],
  ['97000', 'RU-CU', 'Чувашская Республика — Чувашия', 'Chuvash Republic', '04'],
  ['98000', 'RU-SA', 'Республика Саха (Якутия)', 'Sakha (Yakutia) Republic', '07'],
  ['99000', 'RU-YEV', 'Еврейская автономная область', 'Jewish Autonomous Oblast', '07'],
];

export const REGIONS: readonly RussianRegion[] = ROWS.map(([customsCode, iso, ru, en, district]) =>
  Object.freeze({ customsCode, iso, ru, en, district }),
);

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
const BY_ISO = new Map(REGIONS.map((r) => [r.iso, r]));
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
    return BY_ISO.has(iso) ? iso : null;
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

function regionOf(code: string): RussianRegion | undefined {
  return BY_ISO.get(code) ?? BY_ISO.get(code.toUpperCase());
}

/** True for the ISO 3166-2 code of one of the 85 regions (`RU-KAM`), not for `RU` itself. */
export function isRussianRegion(code: string): boolean {
  return regionOf(code) !== undefined;
}

/** Name of a region by its ISO code; undefined when the code is not a region. */
export function regionName(code: string, lang: NameLang): string | undefined {
  return regionOf(code)?.[lang];
}

/** The federal district of a region by its ISO code. */
export function regionDistrict(code: string): FederalDistrict | undefined {
  const region = regionOf(code);
  return region && DISTRICT_BY_CODE.get(region.district);
}

/** Display name of a reporter: a region (`RU-KAM`) or a country (`RU`, `CN`). */
export function reporterName(code: string, lang: NameLang): string {
  return regionName(code, lang) ?? countryName(code, lang);
}
