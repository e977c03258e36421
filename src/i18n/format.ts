// Numbers, shares and periods in the user's locale: `1 234,5 млн долл. США`, `44,7 %`.

import { OTHER_KEY } from '../core/aggregate/dashboard-series';
import { chapterName } from '../core/model/commodities';
import { countryName } from '../core/model/country-names';
import { LOCALES, type Language } from '../core/model/language';
import { comparisonBase } from '../core/model/view-period';
import { en, type Messages } from './messages-en';
import { ru } from './messages-ru';

export { plural, type PluralForms } from './plural';

export const MESSAGES: Record<Language, Messages> = { ru, en };

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Language, digits: number, signed = false): Intl.NumberFormat {
  const key = `${lang}:${digits}:${signed}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    cache.set(key, f);
  }
  return f;
}

/** The true minus sign, U+2212, for every negative figure on screen, in images and in the briefing (CSV keeps ASCII `-`). */
export const MINUS = '\u2212';

/** Intl's hyphen-minus → the true minus: `-1 234,5` → `−1 234,5`. Every formatter below goes through it. */
export function trueMinus(text: string): string {
  return text.replace(/-/g, MINUS);
}

function formatNumber(n: number, lang: Language, digits: number, signed = false): string {
  return trueMinus(numberFormat(lang, digits, signed).format(n));
}

/** Millions of US dollars with one decimal, no unit: `1 234,5` (chart axes, columns headed in millions). */
export function formatMillions(usd: number, lang: Language, digits = 1): string {
  return formatNumber(usd / 1e6, lang, digits);
}

export type MoneyScale = 'billion' | 'million' | 'thousand';

/** The scale a person writes an amount in: billions from 1 000 million (as rounded), millions from 1 million, else thousands. */
export function moneyScale(usd: number): MoneyScale {
  const a = Math.abs(usd);
  if (Math.round(a / 1e5) >= 1e4) return 'billion';
  if (a >= 1e6 || usd === 0) return 'million';
  return 'thousand';
}

const SCALE: Record<MoneyScale, { divisor: number; digits: number }> = {
  billion: { divisor: 1e9, digits: 2 },
  million: { divisor: 1e6, digits: 1 },
  thousand: { divisor: 1e3, digits: 1 },
};

/** The unit label of a scale: `млрд долл. США`, `million USD`. */
export function moneyUnit(scale: MoneyScale, lang: Language): string {
  const m = MESSAGES[lang];
  return scale === 'billion' ? m.unitBillionUsd : scale === 'million' ? m.unitMillionUsd : m.unitThousandUsd;
}

/** An amount in a given scale, no unit: `1,41` (billions, two decimals), `721,8` (millions). */
export function formatInScale(usd: number, scale: MoneyScale, lang: Language, signed = false): string {
  const { divisor, digits } = SCALE[scale];
  return formatNumber(usd / divisor, lang, digits, signed);
}

/** An amount as number and unit, in the scale a person writes it: `{ value: '1,41', unit: 'млрд долл. США' }`. */
export function moneyParts(usd: number, lang: Language, signed = false): { value: string; unit: string } {
  const scale = moneyScale(usd);
  return { value: formatInScale(usd, scale, lang, signed), unit: moneyUnit(scale, lang) };
}

/** A value with its unit, always stated: `1,41 млрд долл. США`, `721,8 млн долл. США`, `−12,3 млн долл. США`. */
export function formatUsd(usd: number, lang: Language, signed = false): string {
  const { value, unit } = moneyParts(usd, lang, signed);
  return `${value} ${unit}`;
}

/** One scale for a column of amounts (a table's header states the unit): billions when its largest reaches 1 000 million. */
export function columnScale(values: readonly number[]): MoneyScale {
  const largest = values.reduce((a, v) => Math.max(a, Math.abs(v)), 0);
  return moneyScale(largest) === 'billion' ? 'billion' : 'million';
}

/** A share 0..1 as a percentage with one decimal: `44,7 %` (no-break space in Russian). */
export function formatShare(share: number, lang: Language): string {
  const n = formatNumber(share * 100, lang, 1);
  return lang === 'ru' ? `${n}\u00a0%` : `${n}%`;
}

/** A relative change: `+9,0 %`, `−2,0 %`. */
export function formatChange(ratio: number, lang: Language): string {
  const n = formatNumber(ratio * 100, lang, 1, true);
  return lang === 'ru' ? `${n}\u00a0%` : `${n}%`;
}

export function formatInteger(n: number, lang: Language): string {
  return formatNumber(n, lang, 0);
}

/** A plain number with up to `maxDigits` decimals: `1 234,5`, `12`. */
export function formatDecimal(n: number, lang: Language, maxDigits: number): string {
  return trueMinus(new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: maxDigits }).format(n));
}

/** A date as the locale writes it in short: `25.11.2026`, `25/11/2026`. */
export function formatDate(date: Date, lang: Language): string {
  return date.toLocaleDateString(LOCALES[lang]);
}

/** A date and time as the locale writes them: `25.11.2026, 14:05:00`. */
export function formatDateTime(date: Date, lang: Language): string {
  return date.toLocaleString(LOCALES[lang]);
}

/** A date in words: `25 ноября 2026 г.`, `25 November 2026`. */
export function formatLongDate(date: Date, lang: Language): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

const MONTHS: Record<Language, string[]> = {
  ru: ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** `2020-05` → `май 2020` / `May 2020`. */
export function formatMonth(key: string, lang: Language): string {
  const [y, m] = key.split('-').map(Number);
  return `${MONTHS[lang][m - 1]} ${y}`;
}

/** A month range as officials write it: `янв.–май 2020`, `2019–2020`, `март 2019 – май 2020`. */
export function formatMonthRange(from: string, to: string, lang: Language): string {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  const suffix = lang === 'ru' ? '\u00a0г.' : '';
  if (fm === 1 && tm === 12) return fy === ty ? `${fy}${suffix}` : `${fy}–${ty}${lang === 'ru' ? '\u00a0гг.' : ''}`;
  if (fy === ty) return fm === tm ? `${MONTHS[lang][fm - 1]} ${fy}${suffix}` : `${MONTHS[lang][fm - 1]}–${MONTHS[lang][tm - 1]} ${fy}${suffix}`;
  return `${MONTHS[lang][fm - 1]} ${fy} – ${MONTHS[lang][tm - 1]} ${ty}${suffix}`;
}

/**
 * The labels of a period and of the same months a year earlier (core/model/view-period.ts
 * previousPeriod), as the key figures and the briefing write them: `янв.–май 2020 г.`.
 */
export function formatPeriodLabels(period: { from: string; to: string; base?: { from: string; to: string } }, lang: Language): { period: string; previous: string; previousTo: string } {
  const previous = comparisonBase(period);
  return { period: formatMonthRange(period.from, period.to, lang), previous: formatMonthRange(previous.from, previous.to, lang), previousTo: formatMonthRangeDative(previous.from, previous.to, lang) };
}

/** Russian short months after «к»: abbreviations stay, whole words decline (`к янв.–маю 2019 г.`, `к марту 2020 г.`). */
const MONTHS_DATIVE_RU = ['янв.', 'февр.', 'марту', 'апр.', 'маю', 'июню', 'июлю', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];

/** A month range as it reads after «к» / "vs": `2021 г.`, `янв.–маю 2019 г.`; English as formatMonthRange. */
export function formatMonthRangeDative(from: string, to: string, lang: Language): string {
  if (lang !== 'ru') return formatMonthRange(from, to, lang);
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  if (fm === 1 && tm === 12) return formatMonthRange(from, to, lang);
  const m = (i: number) => MONTHS_DATIVE_RU[i - 1];
  if (fy === ty) return fm === tm ? `${m(fm)} ${fy}\u00a0г.` : `${m(fm)}–${m(tm)} ${fy}\u00a0г.`;
  return `${m(fm)} ${fy} – ${m(tm)} ${ty}\u00a0г.`;
}

/** A partner's name; «Прочие» / «Other» for the partners outside the top (OTHER_KEY). */
export function partnerLabel(code: string, lang: Language): string {
  return code === OTHER_KEY ? MESSAGES[lang].other : countryName(code, lang);
}

/** An HS chapter as `03 Рыба…`; «Прочие» / «Other» for the chapters outside the top. */
export function chapterLabel(code: string, lang: Language): string {
  return code === OTHER_KEY ? MESSAGES[lang].other : `${code} ${chapterName(code, lang)}`;
}
