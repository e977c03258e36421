// Display names for partner codes. Intl only: this file is in the main bundle, so it must not
// import the i18n-iso-countries tables (those live in countries.ts, used inside the worker).
import type { Language } from './language';
import { WORLD_PARTNER } from './trade-record';

export type NameLang = Language;

export interface SpecialPartner {
  /** The UN Comtrade (M49-based) partner code this value stands for. */
  m49: number;
  /** True when the value is a sum of other partners (it must never be added to them). */
  aggregate: boolean;
  ru: string;
  en: string;
}

/**
 * Explicit non-country partners, kept apart instead of being guessed as a country.
 * Code = `X` + the three-digit Comtrade code: it can never collide with ISO alpha-2 or `W00`.
 */
export const SPECIAL_PARTNERS: Readonly<Record<string, SpecialPartner>> = {
  X097: { m49: 97, aggregate: true, ru: 'Европейский союз (ЕС-28)', en: 'European Union (EU-28)' },
  X058: { m49: 58, aggregate: false, ru: 'Бельгия и Люксембург (до 1999)', en: 'Belgium–Luxembourg (before 1999)' },
  X129: { m49: 129, aggregate: false, ru: 'Карибский бассейн, прочие', en: 'Caribbean, n.e.s.' },
  X200: { m49: 200, aggregate: false, ru: 'Чехословакия (бывшая)', en: 'Former Czechoslovakia' },
  X221: { m49: 221, aggregate: false, ru: 'Восточная Европа, прочие', en: 'Eastern Europe, n.e.s.' },
  X278: { m49: 278, aggregate: false, ru: 'ГДР (бывшая)', en: 'Former German Democratic Republic' },
  X280: { m49: 280, aggregate: false, ru: 'ФРГ (до 1991)', en: 'Former Federal Republic of Germany' },
  X290: { m49: 290, aggregate: false, ru: 'Северная Африка, прочие', en: 'Northern Africa, n.e.s.' },
  X471: { m49: 471, aggregate: false, ru: 'Центральноамериканский общий рынок, прочие', en: 'CACM, n.e.s.' },
  X472: { m49: 472, aggregate: false, ru: 'Африка (регион CAMEU), прочие', en: 'Africa CAMEU region, n.e.s.' },
  X473: { m49: 473, aggregate: false, ru: 'ЛАИ, прочие', en: 'LAIA, n.e.s.' },
  X492: { m49: 492, aggregate: false, ru: 'Европа (ЕС), прочие', en: 'Europe EU, n.e.s.' },
  X527: { m49: 527, aggregate: false, ru: 'Океания, прочие', en: 'Oceania, n.e.s.' },
  X530: { m49: 530, aggregate: false, ru: 'Нидерландские Антильские о-ва (бывшие)', en: 'Former Netherlands Antilles' },
  X536: { m49: 536, aggregate: false, ru: 'Нейтральная зона', en: 'Neutral Zone' },
  X568: { m49: 568, aggregate: false, ru: 'Прочая Европа', en: 'Other Europe, n.e.s.' },
  X577: { m49: 577, aggregate: false, ru: 'Прочая Африка', en: 'Other Africa, n.e.s.' },
  X636: { m49: 636, aggregate: false, ru: 'Прочая Америка', en: 'Rest of America, n.e.s.' },
  X637: { m49: 637, aggregate: false, ru: 'Северная и Центральная Америка, прочие', en: 'North and Central America, n.e.s.' },
  X697: { m49: 697, aggregate: false, ru: 'Европа (ЕАСТ), прочие', en: 'Europe EFTA, n.e.s.' },
  X711: { m49: 711, aggregate: false, ru: 'Южноафриканский таможенный союз', en: 'Southern African Customs Union' },
  X720: { m49: 720, aggregate: false, ru: 'Южный Йемен (бывший)', en: 'Former Democratic Yemen' },
  X736: { m49: 736, aggregate: false, ru: 'Судан (до 2011)', en: 'Former Sudan' },
  X810: { m49: 810, aggregate: false, ru: 'СССР (бывший)', en: 'Former USSR' },
  X837: { m49: 837, aggregate: false, ru: 'Бункеровка (снабжение судов и самолётов)', en: 'Bunkers (ship and aircraft stores)' },
  X838: { m49: 838, aggregate: false, ru: 'Свободные зоны', en: 'Free zones' },
  X839: { m49: 839, aggregate: false, ru: 'Особые категории', en: 'Special categories' },
  X879: { m49: 879, aggregate: false, ru: 'Западная Азия, прочие', en: 'Western Asia, n.e.s.' },
  X886: { m49: 886, aggregate: false, ru: 'Северный Йемен (бывший)', en: 'Former Arab Republic of Yemen' },
  X890: { m49: 890, aggregate: false, ru: 'Югославия (бывшая)', en: 'Former Yugoslavia' },
  X891: { m49: 891, aggregate: false, ru: 'Сербия и Черногория (2003–2006)', en: 'Serbia and Montenegro (2003–2006)' },
  X899: { m49: 899, aggregate: false, ru: 'Страны и территории, не указанные', en: 'Areas, not elsewhere specified' },
};

/** Names that read better for trade officials than the CLDR ones (short, customs-style). */
export const COUNTRY_NAME_OVERRIDES: Readonly<Record<NameLang, Readonly<Record<string, string>>>> = {
  ru: {
    CN: 'Китай',
    HK: 'Гонконг',
    MO: 'Макао',
    KR: 'Республика Корея',
    KP: 'КНДР',
    TW: 'Тайвань',
    US: 'США',
    GB: 'Великобритания',
    VG: 'Британские Виргинские о-ва',
    VI: 'Виргинские о-ва (США)',
    RU: 'Россия',
    CD: 'ДР Конго',
    CG: 'Республика Конго',
    MM: 'Мьянма',
    PS: 'Палестина',
  },
  en: {
    KR: 'Republic of Korea',
    HK: 'Hong Kong',
    MO: 'Macao',
    TW: 'Taiwan',
    VG: 'British Virgin Islands',
    CD: 'DR Congo',
    CG: 'Republic of the Congo',
    MM: 'Myanmar',
    PS: 'Palestine',
    CI: "Côte d'Ivoire",
    BA: 'Bosnia and Herzegovina',
  },
};

const WORLD_NAME: Readonly<Record<NameLang, string>> = { ru: 'Мир (все страны)', en: 'World' };

export function isSpecialPartner(code: string): boolean {
  return Object.hasOwn(SPECIAL_PARTNERS, code);
}

/** World or an aggregate special value: never added to the partners it sums. */
export function isAggregatePartner(code: string): boolean {
  return code === WORLD_PARTNER || (isSpecialPartner(code) && SPECIAL_PARTNERS[code].aggregate);
}

// One DisplayNames instance per language: constructing them is the slow part.
const displayNames: Partial<Record<NameLang, Intl.DisplayNames | null>> = {};

function regionNames(lang: NameLang): Intl.DisplayNames | null {
  let names = displayNames[lang];
  if (names === undefined) {
    try {
      names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([lang], { type: 'region' }) : null;
    } catch {
      names = null;
    }
    displayNames[lang] = names;
  }
  return names;
}

/** Display name of a partner code (ISO alpha-2, `W00`, or a special value); the code itself when unknown. */
export function countryName(code: string, lang: NameLang): string {
  if (code === WORLD_PARTNER) return WORLD_NAME[lang];
  if (isSpecialPartner(code)) return SPECIAL_PARTNERS[code][lang];
  const override = COUNTRY_NAME_OVERRIDES[lang][code];
  if (override !== undefined) return override;
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    const names = regionNames(lang);
    const name = names?.of(code);
    // CLDR answers "Unknown Region" for codes it does not know: the code says more.
    return name && name !== names?.of('ZZ') ? name : code;
  } catch {
    // Intl throws RangeError on codes it cannot parse: the code is the honest fallback.
    return code;
  }
}
