// Partner resolution: any spelling a customs or Comtrade file uses -> ISO alpha-2, World, an
// explicit special value, or unknown. Never a guess: an ambiguous or unseen name is unknown.
// Used inside the worker only (it pulls the i18n-iso-countries tables into that bundle).
import isoCountries from 'i18n-iso-countries';
import enLocale from 'i18n-iso-countries/langs/en.json';
import ruLocale from 'i18n-iso-countries/langs/ru.json';
import { COUNTRY_NAME_OVERRIDES, SPECIAL_PARTNERS, type NameLang } from './country-names';
import { WORLD_PARTNER } from './trade-record';

export type PartnerResolution =
  | { kind: 'country'; code: string }
  | { kind: 'world' }
  | { kind: 'special'; code: string }
  | { kind: 'unknown' };

const WORLD: PartnerResolution = Object.freeze({ kind: 'world' });
const UNKNOWN: PartnerResolution = Object.freeze({ kind: 'unknown' });

/** The canonical partner value for a resolution (ISO alpha-2, `W00`, `Xnnn`), or null when unknown. */
export function partnerCode(resolution: PartnerResolution): string | null {
  switch (resolution.kind) {
    case 'country':
    case 'special':
      return resolution.code;
    case 'world':
      return WORLD_PARTNER;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Codes that UN Comtrade uses instead of ISO 3166 numeric (the ISO numbers are accepted as well).
// 490 "Other Asia, nes" is, in practice, Taiwan only: mapping it to TW is the convention of most
// Comtrade users (CEPII BACI, GCAM...). We follow it so that Taiwan is not lost in a residual.
const COMTRADE_NUMERIC: Readonly<Record<number, string>> = {
  251: 'FR', // France incl. Monaco
  381: 'IT', // Italy incl. San Marino
  490: 'TW', // Other Asia, nes (see above)
  579: 'NO', // Norway incl. Svalbard and Jan Mayen
  699: 'IN', // India
  757: 'CH', // Switzerland incl. Liechtenstein
  841: 'US', // USA (before 1981)
  842: 'US', // USA incl. Puerto Rico and US Virgin Islands
  849: 'UM', // US Misc. Pacific Isds
};

const WORLD_NAMES = [
  'World', 'World total', 'All', 'All partners', 'Total', 'W00', 'WLD',
  'Мир', 'Мир (все страны)', 'Весь мир', 'Все страны', 'Всего', 'Итого',
];

// Spellings of customs (ОКСМ short names, often in capitals) and of Comtrade legacy / Comtrade+
// that neither the ISO tables nor CLDR carry. Keys are alpha-2 codes.
const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  AE: ['ОАЭ', 'Объединенные Арабские Эмираты', 'UAE'],
  BA: ['Bosnia Herzegovina', 'Босния и Герцеговина'],
  BO: ['Bolivia (Plurinational State of)', 'Боливия, Многонациональное Государство'],
  BQ: ['Bonaire', 'Бонайре, Синт-Эстатиус и Саба'],
  BN: ['Brunei Darussalam', 'Brunei', 'Бруней', 'Бруней-Даруссалам'],
  BY: ['Беларусь', 'Белоруссия', 'Республика Беларусь'],
  CC: ['Cocos Isds', 'Cocos (Keeling) Islands', 'Кокосовые острова'],
  CD: [
    'Dem. Rep. of the Congo', 'DR Congo', 'Congo, Dem. Rep.', 'Democratic Republic of the Congo',
    'Конго, Демократическая Республика', 'Демократическая Республика Конго', 'ДР Конго', 'ДРК',
  ],
  // "Congo" alone is CG both in Comtrade (178 "Congo") and in ОКСМ (178 «КОНГО»).
  CG: ['Congo', 'Congo, Rep.', 'Republic of the Congo', 'Конго', 'Республика Конго'],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire", 'Ivory Coast', "Кот-д'Ивуар", "Кот д'Ивуар", 'Берег Слоновой Кости'],
  CN: ['China', "People's Republic of China", 'PRC', 'Китай', 'КНР', 'Китайская Народная Республика'],
  CV: ['Cabo Verde', 'Cape Verde', 'Кабо-Верде'],
  CX: ['Christmas Isds', 'Christmas Island', 'Остров Рождества'],
  CZ: ['Czech Rep.', 'Czechia', 'Czech Republic', 'Чехия', 'Чешская Республика'],
  DE: ['Germany', 'Германия', 'ФРГ', 'Федеративная Республика Германия'],
  FK: ['Falkland Isds (Malvinas)', 'Фолклендские (Мальвинские) острова', 'Фолклендские острова (Мальвинские)'],
  FM: ['FS Micronesia', 'Micronesia (Federated States of)', 'Микронезия, Федеративные Штаты'],
  FO: ['Faeroe Isds', 'Faroe Islands', 'Фарерские острова'],
  GB: [
    'United Kingdom', 'UK', 'Great Britain', 'Великобритания', 'Соединенное Королевство',
    'Соединенное Королевство Великобритании и Северной Ирландии',
  ],
  HK: [
    'China, Hong Kong SAR', 'Hong Kong', 'Hong Kong SAR', 'Hong Kong, China', 'Гонконг',
    'Сянган', 'Гонконг (Китай)', 'Гонконг, САР Китая',
  ],
  IO: ['Br. Indian Ocean Terr.', 'British Indian Ocean Territory'],
  IR: ['Iran', 'Iran (Islamic Rep. of)', 'Иран', 'Иран, Исламская Республика', 'Исламская Республика Иран'],
  JP: ['Japan', 'Япония'],
  KG: ['Кыргызстан', 'Киргизия', 'Киргизская Республика'],
  KN: ['Saint Kitts and Nevis', 'St. Kitts and Nevis', 'Сент-Китс и Невис'],
  KP: [
    "Dem. People's Rep. of Korea", "Democratic People's Republic of Korea", 'North Korea', 'DPRK',
    'DPR Korea', 'КНДР', 'Корея, Народно-Демократическая Республика',
    'Корейская Народно-Демократическая Республика',
  ],
  KR: [
    'Rep. of Korea', 'Korea, Republic of', 'Republic of Korea', 'South Korea', 'Korea, Rep.',
    'Республика Корея', 'Корея, Республика', 'Южная Корея',
  ],
  KY: ['Cayman Isds', 'Каймановы острова', 'Острова Кайман'],
  LA: ["Lao People's Dem. Rep.", 'Laos', 'Лаос', 'Лаосская Народно-Демократическая Республика'],
  MD: ['Rep. of Moldova', 'Moldova', 'Молдова', 'Молдова, Республика', 'Республика Молдова', 'Молдавия'],
  MK: [
    'TFYR of Macedonia', 'The former Yugoslav Republic of Macedonia', 'North Macedonia', 'Macedonia',
    'Северная Македония', 'Македония', 'Республика Македония', 'Республика Северная Македония',
  ],
  MO: ['China, Macao SAR', 'Macao', 'Macau', 'Macao SAR', 'Макао', 'Аомынь', 'Макао (Китай)'],
  MP: ['N. Mariana Isds', 'Northern Mariana Islands', 'Северные Марианские острова'],
  NO: ['Norway', 'Норвегия'],
  NF: ['Norfolk Isds', 'Norfolk Island', 'Остров Норфолк'],
  PS: ['State of Palestine', 'Palestine', 'Палестина', 'Палестина, Государство', 'Государство Палестина'],
  RU: ['Russian Federation', 'Russia', 'Россия', 'Российская Федерация', 'РФ'],
  SC: ['Seychelles', 'Сейшелы', 'Сейшельские острова'],
  SH: ['Saint Helena', 'Остров Святой Елены', 'Святая Елена, остров Вознесения, Тристан-да-Кунья'],
  SJ: ['Svalbard and Jan Mayen Islands', 'Svalbard and Jan Mayen', 'Шпицберген и Ян-Майен'],
  SX: ['Saint Maarten', 'Sint Maarten', 'Синт-Мартен'],
  SY: ['Syria', 'Syrian Arab Republic', 'Сирия', 'Сирийская Арабская Республика'],
  SZ: ['Eswatini', 'Swaziland', 'Эсватини', 'Свазиленд'],
  TF: ['Fr. South Antarctic Terr.', 'French Southern Territories'],
  TL: ['Timor-Leste', 'East Timor', 'Тимор-Лесте', 'Восточный Тимор'],
  TM: ['Туркмения', 'Туркменистан'],
  TR: ['Turkey', 'Türkiye', 'Турция'],
  TW: [
    'Other Asia, nes', 'Taiwan', 'Chinese Taipei', 'Taiwan, Province of China', 'Тайвань',
    'Тайвань (Китай)', 'Китайский Тайбэй',
  ],
  TZ: ['United Rep. of Tanzania', 'Tanzania', 'Танзания', 'Танзания, Объединенная Республика'],
  UM: ['US Misc. Pacific Isds', 'United States Minor Outlying Islands'],
  US: [
    'USA', 'United States', 'United States of America', 'США', 'Соединенные Штаты',
    'Соединенные Штаты Америки',
  ],
  VA: ['Holy See (Vatican City State)', 'Holy See', 'Vatican', 'Ватикан', 'Святейший Престол (Государство-город Ватикан)'],
  VE: ['Venezuela', 'Venezuela (Bolivarian Rep. of)', 'Венесуэла', 'Венесуэла, Боливарианская Республика'],
  VG: [
    'Br. Virgin Isds', 'British Virgin Islands', 'Virgin Islands, British', 'Британские Виргинские острова',
    'Виргинские острова, Британские', 'Виргинские острова (Британские)', 'Виргинские острова (Великобритания)',
  ],
  VI: [
    'US Virgin Isds', 'United States Virgin Islands', 'Virgin Islands, U.S.', 'Виргинские острова, США',
    'Виргинские острова (США)', 'Американские Виргинские острова',
  ],
  VN: ['Viet Nam', 'Vietnam', 'Вьетнам', 'Социалистическая Республика Вьетнам'],
  WF: ['Wallis and Futuna Isds', 'Wallis and Futuna', 'Уоллис и Футуна'],
  ZA: ['South Africa', 'ЮАР', 'Южная Африка', 'Южно-Африканская Республика'],
};

// Comtrade's own names for its non-country partners (the display names are added as well).
const SPECIAL_ALIASES: Readonly<Record<string, readonly string[]>> = {
  X097: ['EU-28', 'EU', 'European Union', 'Европейский союз', 'Евросоюз', 'ЕС'],
  X058: ['Belgium-Luxembourg', 'Бельгия-Люксембург'],
  X129: ['Caribbean, nes'],
  X200: ['Czechoslovakia', 'Fmr Czechoslovakia', 'Чехословакия'],
  X221: ['Eastern Europe, nes'],
  X278: ['Fmr Dem. Rep. of Germany', 'ГДР'],
  X280: ['Fmr Fed. Rep. of Germany'],
  X290: ['Northern Africa, nes'],
  X471: ['CACM, nes'],
  X472: ['Africa CAMEU region, nes'],
  X473: ['LAIA, nes'],
  X492: ['Europe EU, nes'],
  X527: ['Oceania, nes'],
  X530: ['Neth. Antilles', 'Netherlands Antilles', 'Нидерландские Антильские острова'],
  X536: ['Neutral Zone'],
  X568: ['Other Europe, nes'],
  X577: ['Other Africa, nes'],
  X636: ['Rest of America, nes'],
  X637: ['North America and Central America, nes'],
  X697: ['Europe EFTA, nes'],
  X711: ['So. African Customs Union'],
  X720: ['Fmr Dem. Yemen'],
  X736: ['Fmr Sudan'],
  X810: ['USSR', 'Fmr USSR', 'СССР'],
  X837: ['Bunkers'],
  X838: ['Free Zones'],
  X839: ['Special Categories'],
  X879: ['Western Asia, nes'],
  X886: ['Fmr Arab Rep. of Yemen'],
  X890: ['Fmr Yugoslavia', 'Yugoslavia', 'Югославия'],
  X891: ['Serbia and Montenegro', 'Сербия и Черногория'],
  X899: ['Areas, nes'],
};

// ---------------------------------------------------------------------------------------------
// Name keys

// Abbreviations Comtrade writes ("Rep.", "Isds", "Fmr"...), expanded on both sides of the lookup.
const EXPAND = new Map<string, string>([
  ['isds', 'islands'], ['isd', 'island'], ['rep', 'republic'], ['dem', 'democratic'],
  ['fmr', 'former'], ['st', 'saint'], ['br', 'british'], ['fr', 'french'], ['респ', 'республика'],
]);
// Filler words that spellings drop or keep at will ("Bosnia Herzegovina", "The Gambia").
const DROP = new Set(['the', 'and', 'и']);

const LATIN_DIACRITICS = /([a-z])[\u0300-\u036f]+/g;
const DOTTED_INITIALS = /\b(?:[a-z]\.){2,}/g;
const RU_ISLANDS = /(^|[^\p{L}])о-ва(?![\p{L}])/gu;
const RU_ISLAND = /(^|[^\p{L}])о-в(?![\p{L}])/gu;
const APOSTROPHES = /['’‘`ʼ]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower case, ё→е, no Latin accents, no punctuation, single spaces, abbreviations expanded. */
export function normalisePartnerName(text: string): string {
  let s = text.toLowerCase().replace(/ё/g, 'е');
  // Only marks on Latin letters go: stripping all of them would turn "й" into "и".
  s = s.normalize('NFD').replace(LATIN_DIACRITICS, '$1').normalize('NFC');
  s = s.replace(DOTTED_INITIALS, (m) => m.replace(/\./g, ''));
  s = s.replace(RU_ISLANDS, '$1острова ').replace(RU_ISLAND, '$1остров ');
  s = s.replace(/&/g, ' and ').replace(APOSTROPHES, '');
  s = s.replace(NON_WORD, ' ').trim();
  if (s === '') return '';
  const words: string[] = [];
  for (const word of s.split(' ')) {
    if (DROP.has(word)) continue;
    words.push(EXPAND.get(word) ?? word);
  }
  return words.join(' ');
}

/** "Korea, Republic of" -> "Republic of Korea": the reversed order customs lists use. */
function swapAroundComma(text: string): string | null {
  const parts = text.split(',');
  if (parts.length !== 2) return null;
  const [head, tail] = parts.map((p) => p.trim());
  return head && tail ? `${tail} ${head}` : null;
}

// ---------------------------------------------------------------------------------------------
// Lookup tables, built once on first use

// Lower level wins; two different answers on the same level make the key ambiguous (null).
const LEVEL_ALIAS = 0;
const LEVEL_NAME = 1;
const LEVEL_VARIANT = 2;

interface Tables {
  names: Map<string, PartnerResolution | null>;
  /** One frozen resolution per ISO alpha-2 code, shared by every lookup. */
  countries: Map<string, PartnerResolution>;
  alpha3: Map<string, string>;
  numeric: Map<number, PartnerResolution>;
  special: Map<string, PartnerResolution>;
}

let tables: Tables | null = null;

function buildTables(): Tables {
  isoCountries.registerLocale(ruLocale);
  isoCountries.registerLocale(enLocale);

  const alpha2 = Object.keys(isoCountries.getAlpha2Codes());
  const countries = new Map<string, PartnerResolution>();
  for (const code of alpha2) countries.set(code, Object.freeze({ kind: 'country', code }));
  const country = (code: string): PartnerResolution => {
    const r = countries.get(code);
    if (!r) throw new Error(`Partner table names "${code}", which is not an ISO alpha-2 code`);
    return r;
  };
  const special = new Map<string, PartnerResolution>();
  for (const code of Object.keys(SPECIAL_PARTNERS)) special.set(code, Object.freeze({ kind: 'special', code }));

  const entries = new Map<string, { level: number; value: PartnerResolution | null }>();
  const add = (name: string, value: PartnerResolution, level: number): void => {
    const key = normalisePartnerName(name);
    if (key === '') return;
    const seen = entries.get(key);
    if (!seen || level < seen.level) {
      entries.set(key, { level, value });
    } else if (level === seen.level && seen.value !== value) {
      if (level === LEVEL_ALIAS && seen.value !== null) {
        throw new Error(`Partner alias "${name}" is listed for two partners`);
      }
      seen.value = null;
    }
  };
  const addWithVariants = (name: string, value: PartnerResolution): void => {
    add(name, value, LEVEL_NAME);
    const swapped = swapAroundComma(name);
    if (swapped) add(swapped, value, LEVEL_VARIANT);
    const paren = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(name);
    if (paren) {
      add(paren[1], value, LEVEL_VARIANT);
      add(paren[2], value, LEVEL_VARIANT);
    }
  };

  for (const name of WORLD_NAMES) add(name, WORLD, LEVEL_ALIAS);
  for (const [code, names] of Object.entries(COUNTRY_ALIASES)) {
    for (const name of names) add(name, country(code), LEVEL_ALIAS);
  }
  for (const [code, names] of Object.entries(SPECIAL_ALIASES)) {
    for (const name of names) add(name, special.get(code)!, LEVEL_ALIAS);
  }
  for (const [code, info] of Object.entries(SPECIAL_PARTNERS)) {
    add(info.ru, special.get(code)!, LEVEL_ALIAS);
    add(info.en, special.get(code)!, LEVEL_ALIAS);
  }
  const langs: NameLang[] = ['ru', 'en'];
  for (const lang of langs) {
    for (const [code, name] of Object.entries(COUNTRY_NAME_OVERRIDES[lang])) add(name, country(code), LEVEL_ALIAS);
  }

  for (const lang of langs) {
    const all = isoCountries.getNames(lang, { select: 'all' });
    for (const [code, names] of Object.entries(all)) {
      for (const name of names) addWithVariants(name, country(code));
    }
    // CLDR names too, so that every name the UI shows resolves back to its code.
    const display = regionDisplayNames(lang);
    if (display) {
      for (const code of alpha2) {
        const name = display.of(code);
        if (name && name !== code) addWithVariants(name, country(code));
      }
    }
  }

  const names = new Map<string, PartnerResolution | null>();
  for (const [key, { value }] of entries) names.set(key, value);

  const alpha3 = new Map<string, string>(Object.entries(isoCountries.getAlpha3Codes()));

  const numeric = new Map<number, PartnerResolution>();
  for (const [num, code] of Object.entries(isoCountries.getNumericCodes())) numeric.set(Number(num), country(code));
  for (const [num, code] of Object.entries(COMTRADE_NUMERIC)) numeric.set(Number(num), country(code));
  // Comtrade's list wins where it reuses an ISO number: 492 is "Europe EU, nes" there, not Monaco
  // (Comtrade counts Monaco under France, 251); numeric partners in our formats come from Comtrade.
  for (const [code, info] of Object.entries(SPECIAL_PARTNERS)) numeric.set(info.m49, special.get(code)!);
  numeric.set(0, WORLD);

  return { names, countries, alpha3, numeric, special };
}

function regionDisplayNames(lang: NameLang): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' });
  } catch {
    return null; // an engine without region names: the ISO tables still resolve
  }
}

function getTables(): Tables {
  return (tables ??= buildTables());
}

// ---------------------------------------------------------------------------------------------

/**
 * Resolves a partner as written in a file: ISO alpha-2 / alpha-3, UN M49 or Comtrade numeric,
 * World spellings, or a Russian / English name in any case.
 */
export function resolvePartner(text: string): PartnerResolution {
  const t = getTables();
  const s = text.trim();
  if (s === '') return UNKNOWN;

  if (/^\d{1,4}$/.test(s)) return t.numeric.get(Number(s)) ?? UNKNOWN;

  if (/^[A-Za-z]{2}$/.test(s)) {
    const code = s.toUpperCase();
    const found = t.countries.get(code);
    if (found) return found;
  } else if (/^[A-Za-z]{3}$/.test(s)) {
    const upper = s.toUpperCase();
    if (upper === 'WLD') return WORLD;
    const code = t.alpha3.get(upper);
    if (code) return t.countries.get(code) ?? UNKNOWN;
  } else if (/^[WwXx]\d{2,3}$/.test(s)) {
    const upper = s.toUpperCase();
    if (upper === WORLD_PARTNER) return WORLD;
    const sp = t.special.get(upper);
    if (sp) return sp;
  }

  const key = normalisePartnerName(s);
  let found = t.names.get(key);
  if (found === undefined && s.includes(',')) {
    const swapped = swapAroundComma(s);
    if (swapped) found = t.names.get(normalisePartnerName(swapped));
  }
  return found ?? UNKNOWN;
}
