// The generated paragraph of the printable briefing: built only from the series of the
// view, in grammatical Russian (month names declined by case, country and chapter names
// kept in the nominative after a dash so nothing needs declining) or English.
//
// Every figure is in the series' metric (dashboard-series.ts): value in USD, net weight (kg,
// written in tonnes and said to be «по весу нетто»), or unit value in USD per kg, which has no
// balance and no shares (NaN): those sentences are left out, never written with a dash or a 0.

import { countryName } from '../model/country-names';
import { chapterName } from '../model/commodities';
import { reporterName } from '../model/region-names';
import { LOCALES, type Language } from '../model/language';
import { comparisonBase } from '../model/view-period';
import { OTHER_KEY, type DashboardSeries, type FlowTotals, type Metric, type ShareSlice } from './dashboard-series';
import { flowChange } from './flow-change';
import { movers } from './change-decomposition';
import type { ViewFilter } from './view-filter';

export type BriefingLang = Language;

/**
 * Number formatting of the text. The app passes the helpers of src/i18n/format.ts (core may
 * not import i18n); the default below uses the same Intl options, so both give the same text.
 */
export interface BriefingNumberFormat {
  /** Millions of USD with one decimal, no unit: `1 234,5`. */
  millions: (usd: number, lang: BriefingLang) => string;
  /**
   * A figure of the series' metric with its unit: USD in billions from 1 000 million (`1,41 млрд
   * долл. США`, `721,8 млн долл. США`), kilograms as tonnes (`12,35 тыс. т`), USD per kg
   * (`1,84 долл./кг`) — the app passes i18n/metric-format.ts formatMetric for the metric.
   */
  money: (amount: number, lang: BriefingLang) => string;
  /** A share 0..1 as a percentage: `44,7 %`. */
  share: (share: number, lang: BriefingLang) => string;
  /** A relative change: `+9,0 %`, `−2,0 %`. */
  change: (ratio: number, lang: BriefingLang) => string;
  integer: (n: number, lang: BriefingLang) => string;
}

/**
 * The view's period and measure (model/view-period, view-filter.ts); its partner filter may be left
 * out (= all). `reporters` / `allReporters` as in the view filter: present only for a dataset with
 * several reporters, and then the text says whose trade it is.
 */
export interface BriefingInput extends Pick<ViewFilter, 'from' | 'to' | 'base' | 'measure' | 'reporters' | 'allReporters'> {
  series: DashboardSeries;
  lang: BriefingLang;
  /** Partner filter of the view (ISO alpha-2); empty or absent = all partners. */
  partners?: readonly string[];
  format?: BriefingNumberFormat;
  /** US dollars with their unit, for the price and volume effects whatever the metric (default: DEFAULT_BRIEFING_FORMAT.money). */
  usd?: (usd: number, lang: BriefingLang) => string;
  /** Names of the goods the chart shows (headings, subheadings… from the nomenclature); absent: chapter labels, else the code. */
  goodsName?: (code: string) => string;
}
const NBSP = '\u00a0';

function numberFormat(lang: BriefingLang, digits: number, signed = false): Intl.NumberFormat {
  return new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
}

const percent = (text: string, lang: BriefingLang) => (lang === 'ru' ? `${text}${NBSP}%` : `${text}%`);
/** The true minus sign (U+2212) for Intl's hyphen-minus, as src/i18n/format.ts trueMinus. */
const minus = (text: string) => text.replace(/-/g, '\u2212');
const UNITS = { ru: { billion: 'млрд долл. США', million: 'млн долл. США' }, en: { billion: 'bn USD', million: 'million USD' } } as const;
const TONNES = { ru: { million: 'млн т', thousand: 'тыс. т', one: 'т' }, en: { million: 'million t', thousand: 'thousand t', one: 't' } } as const;
const PER_KG = { ru: 'долл./кг', en: 'USD/kg' } as const;

/** The same output as formatMillions / formatUsd / formatShare / formatChange / formatInteger of src/i18n/format.ts. */
export const DEFAULT_BRIEFING_FORMAT: BriefingNumberFormat = {
  millions: (usd, lang) => minus(numberFormat(lang, 1).format(usd / 1e6)),
  money: (usd, lang) =>
    Math.round(Math.abs(usd) / 1e5) >= 1e4
      ? `${minus(numberFormat(lang, 2).format(usd / 1e9))} ${UNITS[lang].billion}`
      : `${minus(numberFormat(lang, 1).format(usd / 1e6))} ${UNITS[lang].million}`,
  share: (share, lang) => percent(minus(numberFormat(lang, 1).format(share * 100)), lang),
  change: (ratio, lang) => percent(minus(numberFormat(lang, 1, true).format(ratio * 100)), lang),
  integer: (n, lang) => minus(numberFormat(lang, 0).format(n)),
};

/** The default's figure of a metric: as i18n/metric-format.ts formatMetric (tonnes in their scale, USD/kg with 2–3 decimals). */
function defaultMetricFormat(metric: Metric): BriefingNumberFormat {
  if (metric === 'value') return DEFAULT_BRIEFING_FORMAT;
  const money =
    metric === 'weight'
      ? (kg: number, lang: BriefingLang) => {
          const t = Math.abs(kg) / 1000;
          const [div, unit, digits] =
            Math.round(t / 1e5) >= 10 ? [1e9, TONNES[lang].million, 2] : Math.round(t / 100) >= 10 ? [1e6, TONNES[lang].thousand, 2] : [1e3, TONNES[lang].one, 1];
          return `${minus(numberFormat(lang, digits).format(kg / div))} ${unit}`;
        }
      : (price: number, lang: BriefingLang) => `${minus(numberFormat(lang, Math.abs(price) < 0.1 ? 3 : 2).format(price))} ${PER_KG[lang]}`;
  return { ...DEFAULT_BRIEFING_FORMAT, money };
}

// Month names by grammatical case: «в январе–мае», «к январю–маю».
const MONTHS_IN: Record<BriefingLang, readonly string[]> = {
  ru: ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const MONTHS_TO: Record<BriefingLang, readonly string[]> = {
  ru: ['январю', 'февралю', 'марту', 'апрелю', 'маю', 'июню', 'июлю', 'августу', 'сентябрю', 'октябрю', 'ноябрю', 'декабрю'],
  en: MONTHS_IN.en,
};

/**
 * A month range in one grammatical case, as officials write it: `январе–мае 2020 г.`,
 * `2024 г.`, `2019–2020 гг.`, `марте 2019 г. – мае 2020 г.` (English: `January–May 2020`).
 */
export function periodPhrase(from: string, to: string, lang: BriefingLang, grammaticalCase: 'in' | 'to'): string {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  const months = grammaticalCase === 'in' ? MONTHS_IN[lang] : MONTHS_TO[lang];
  const year = (y: number) => (lang === 'ru' ? `${y}${NBSP}г.` : `${y}`);
  if (fm === 1 && tm === 12) return fy === ty ? year(fy) : `${fy}–${ty}${lang === 'ru' ? `${NBSP}гг.` : ''}`;
  if (fy === ty) return fm === tm ? `${months[fm - 1]} ${year(fy)}` : `${months[fm - 1]}–${months[tm - 1]} ${year(fy)}`;
  return `${months[fm - 1]} ${year(fy)} – ${months[tm - 1]} ${year(ty)}`;
}

/**
 * The first `n` named slices, the rest (and any existing "other") merged into one "other"
 * slice. A rest of a single named slice stays named, as in topWithOther.
 */
export function capShares(slices: readonly ShareSlice[], n: number, metric: Metric = 'value'): ShareSlice[] {
  const named = slices.filter((s) => s.key !== OTHER_KEY);
  const other = slices.find((s) => s.key === OTHER_KEY);
  if (named.length <= n || (named.length === n + 1 && !other)) return [...slices];
  const rest = [...named.slice(n), ...(other ? [other] : [])];
  // What the merged slices are made of, when every one says (not in snapshot links).
  const details = rest.every((r) => r.detail)
    ? rest.reduce((d, r) => ({ valueUsd: d.valueUsd + r.detail!.valueUsd, knownKg: d.knownKg + r.detail!.knownKg, weighedUsd: d.weighedUsd + r.detail!.weighedUsd }), { valueUsd: 0, knownKg: 0, weighedUsd: 0 })
    : undefined;
  // Prices do not add up: the rest's price is its weighed value over its weight (none without the parts).
  const value = metric === 'price' ? (details && details.knownKg > 0 ? details.weighedUsd / details.knownKg : NaN) : rest.reduce((s, r) => s + r.value, 0);
  const share = metric === 'price' ? NaN : rest.reduce((s, r) => s + r.share, 0);
  return [...named.slice(0, n), { key: OTHER_KEY, value, share, ...(details ? { detail: details } : {}) }];
}

const TEXT = {
  ru: {
    measureOf: { turnover: 'товарооборота', export: 'экспорта', import: 'импорта' },
    turnoverWith: (names: string[]) => (names.length === 1 ? ` с выбранным партнёром (${names[0]})` : ` с выбранными партнёрами (${names.join(', ')})`),
    lead: (period: string, withPartners: string, turnover: string) => `В ${period} товарооборот${withPartners} составил ${turnover}`,
    leadWeight: (period: string, withPartners: string, turnover: string) => `В ${period} товарооборот${withPartners} по весу нетто составил ${turnover}`,
    leadPrice: (period: string, withPartners: string, turnover: string) => `В ${period} цена за килограмм в товарообороте${withPartners} составила ${turnover}`,
    byWeight: ' по весу нетто',
    flowsPrice: (exp: string, imp: string) => `, в том числе в экспорте${NBSP}— ${exp}, в импорте${NBSP}— ${imp}`,
    // Region names stay in the nominative: in parentheses, nothing needs declining.
    reporters: (names: string[], all: boolean) => ` (${all ? `все субъекты вместе: ${names.join(', ')}` : names.length === 1 ? names[0] : `вместе: ${names.join(', ')}`})`,
    flows: (exp: string, imp: string) => `, в том числе экспорт${NBSP}— ${exp}, импорт${NBSP}— ${imp}`,
    changeVs: (change: string, period: string) => ` (${change} к ${period})`,
    balance: (value: string, sign: number) => (sign < 0 ? `; отрицательное сальдо${NBSP}— ${value}.` : `; сальдо${NBSP}— ${value}.`),
    onlyPartner: (name: string) => `Единственный партнёр${NBSP}— ${name}.`,
    measureOfAll: { turnover: 'всего товарооборота', export: 'всего экспорта', import: 'всего импорта' },
    selectedShare: (names: string[], share: string, ofAll: string) => `${names.length === 1 ? `Доля партнёра (${names[0]})` : `Доля выбранных партнёров (${names.join(', ')})`}${NBSP}— ${share} ${ofAll}.`,
    withSelected: (names: string[]) => (names.length === 1 ? 'В торговле с выбранным партнёром: ' : 'В торговле с выбранными партнёрами: '),
    partners: (count: string, list: string[], of: string) => `Крупнейшие партнёры (всего ${count}): ${list.join(', ')} ${of}.`,
    partnerItem: (name: string, share: string) => `${name}${NBSP}— ${share}`,
    dominantChapter: (name: string, share: string, of: string) => `В товарной структуре преобладает группа «${name}» (${share} ${of}).`,
    chapters: (list: string[], of: string) => `Основные товарные группы: ${list.join(', ')} ${of}.`,
    chapterItem: (name: string, share: string) => `«${name}»${NBSP}— ${share}`,
    driversPartners: (list: string[]) => `Больше всего изменение определили партнёры: ${list.join(', ')}.`,
    driversGoods: (list: string[]) => `По товарам: ${list.join(', ')}.`,
    driverItem: (name: string, change: string) => `${name} (${change})`,
    priceVolume: (change: string, by: 'price' | 'volume', price: string, volume: string, volumePct: string, unexplained: string) =>
      `Изменение стоимости (${change}) обеспечено в основном ${by === 'price' ? 'ценой' : 'физическим объёмом'}: эффект цены${NBSP}— ${price}, эффект объёма${NBSP}— ${volume}${volumePct}${unexplained}.`,
    volumePct: (up: boolean, pct: string) => ` (физический объём ${up ? 'вырос' : 'снизился'} на ${pct})`,
    unexplained: (value: string) => `; без веса, не разложено${NBSP}— ${value}`,
  },
  en: {
    measureOf: { turnover: 'of turnover', export: 'of exports', import: 'of imports' },
    turnoverWith: (names: string[]) => (names.length === 1 ? ` with the selected partner (${names[0]})` : ` with the selected partners (${names.join(', ')})`),
    lead: (period: string, withPartners: string, turnover: string) => `In ${period} turnover${withPartners} was ${turnover}`,
    leadWeight: (period: string, withPartners: string, turnover: string) => `In ${period} turnover${withPartners} by net weight was ${turnover}`,
    leadPrice: (period: string, withPartners: string, turnover: string) => `In ${period} the price per kilogram of turnover${withPartners} was ${turnover}`,
    byWeight: ' by net weight',
    flowsPrice: (exp: string, imp: string) => `, ${exp} in exports and ${imp} in imports`,
    reporters: (names: string[], all: boolean) => ` (${all ? `all reporters together: ${names.join(', ')}` : names.length === 1 ? names[0] : `together: ${names.join(', ')}`})`,
    flows: (exp: string, imp: string) => `, including exports of ${exp} and imports of ${imp}`,
    changeVs: (change: string, period: string) => ` (${change} on ${period})`,
    balance: (value: string, sign: number) =>
      sign === 0 ? `; the trade balance was ${value}.` : `; the trade balance was a ${sign < 0 ? 'deficit' : 'surplus'} of ${value}.`,
    onlyPartner: (name: string) => `The only partner is ${name}.`,
    measureOfAll: { turnover: 'of all turnover', export: 'of all exports', import: 'of all imports' },
    selectedShare: (names: string[], share: string, ofAll: string) => `${names.length === 1 ? `The selected partner (${names[0]}) accounts for` : `The selected partners (${names.join(', ')}) account for`} ${share} ${ofAll}.`,
    withSelected: (names: string[]) => (names.length === 1 ? 'In trade with the selected partner: ' : 'In trade with the selected partners: '),
    partners: (count: string, list: string[], of: string) => `Largest partners (${count} in all): ${list.join(', ')} ${of}.`,
    partnerItem: (name: string, share: string) => `${name} ${share}`,
    dominantChapter: (name: string, share: string, of: string) => `The commodity structure is dominated by “${name}” (${share} ${of}).`,
    chapters: (list: string[], of: string) => `Main commodity groups: ${list.join(', ')} ${of}.`,
    chapterItem: (name: string, share: string) => `“${name}” ${share}`,
    driversPartners: (list: string[]) => `The change came mostly from: ${list.join(', ')}.`,
    driversGoods: (list: string[]) => `By goods: ${list.join(', ')}.`,
    driverItem: (name: string, change: string) => `${name} (${change})`,
    priceVolume: (change: string, by: 'price' | 'volume', price: string, volume: string, volumePct: string, unexplained: string) =>
      `The change of value (${change}) came mostly from ${by}: price effect ${price}, volume effect ${volume}${volumePct}${unexplained}.`,
    volumePct: (up: boolean, pct: string) => ` (physical volume ${up ? 'up' : 'down'} ${pct})`,
    unexplained: (value: string) => `; not split (no weight): ${value}`,
  },
} as const;

/** How many partners and chapters the text names. */
const NAMED_PARTNERS = 3;
const NAMED_CHAPTERS = 3;
/** Above this share one chapter "dominates" the structure. */
const DOMINANT_SHARE = 0.5;

/**
 * The reporters' names for a multi-reporter view, null otherwise: in the view's order (largest
 * turnover first), or alphabetically when all are summed (as the dashboard's heading).
 */
export function briefingReporterNames(view: Pick<ViewFilter, 'reporters' | 'allReporters'>, lang: BriefingLang): string[] | null {
  if (!view.reporters || view.reporters.length === 0) return null;
  const names = view.reporters.map((code) => reporterName(code, lang));
  if (view.allReporters) {
    const collator = new Intl.Collator(LOCALES[lang]);
    names.sort((a, b) => collator.compare(a, b));
  }
  return names;
}

/** A short paragraph describing the view, every number taken from the series. */
export function briefingParagraph(input: BriefingInput): string {
  const { series, from, to, measure, lang } = input;
  const metric = series.metric ?? 'value';
  const fmt = input.format ?? defaultMetricFormat(metric);
  const t = TEXT[lang];
  // The number and its unit never part at a line end.
  const money = (amount: number) => fmt.money(amount, lang).replace(' ', NBSP);
  const { current, previous } = series;

  // The first change shown names the period it compares with; the others are read against it.
  let comparedWith: string | null = null;
  if (previous) {
    const prev = comparisonBase({ from, to, base: input.base });
    comparedWith = periodPhrase(prev.from, prev.to, lang, 'to');
  }
  const change = (field: keyof FlowTotals): string => {
    // A change against nothing (or against a negative value) is no percentage: leave it out.
    const ratio = previous ? flowChange(current, previous, field).ratio : null;
    // Nor against a unit value that could not be computed (no weighed rows then or now).
    if (ratio === null || !Number.isFinite(ratio)) return '';
    const text = fmt.change(ratio, lang);
    if (comparedWith === null) return ` (${text})`;
    const withPeriod = t.changeVs(text, comparedWith);
    comparedWith = null;
    return withPeriod;
  };

  const selected = (input.partners ?? []).map((code) => countryName(code, lang));
  const reporterNames = briefingReporterNames(input, lang);
  const whose = reporterNames ? t.reporters(reporterNames, input.allReporters === true) : '';
  const withPartners = whose + (selected.length > 0 ? t.turnoverWith(selected) : '');
  const leadOf = metric === 'weight' ? t.leadWeight : metric === 'price' ? t.leadPrice : t.lead;
  let lead = leadOf(periodPhrase(from, to, lang, 'in'), withPartners, money(current.turnover)) + change('turnover');
  const exp = money(current.exports) + change('exports');
  const imp = money(current.imports) + change('imports');
  lead += metric === 'price' ? t.flowsPrice(exp, imp) : t.flows(exp, imp);
  const balance = current.balance;
  if (Number.isFinite(balance)) {
    // Rounds to zero as written: in millions of USD, or in the metric's own figure.
    const balanceRoundsToZero = metric === 'value' ? fmt.millions(Math.abs(balance), lang) === fmt.millions(0, lang) : fmt.money(Math.abs(balance), lang) === fmt.money(0, lang);
    lead += t.balance(money(Math.abs(balance)), balanceRoundsToZero ? 0 : Math.sign(balance));
  } else {
    // Unit values have no balance: the sentence ends with the flows.
    lead += '.';
  }

  const sentences = [lead];
  // Shares of tonnes say so: «7,0 % товарооборота по весу нетто».
  const byWeight = metric === 'weight' ? t.byWeight : '';
  const of = t.measureOf[measure] + byWeight;

  const partners = series.partnerShares.filter((s) => s.key !== OTHER_KEY);
  const chosen = input.partners ?? [];
  if (chosen.length > 0) {
    // Under a partner filter the partner shares are of all partners (the share rule,
    // query/trade-query.ts): say the chosen ones' share of the whole, never «the only partner».
    const share = series.partnerShares.filter((s) => chosen.includes(s.key)).reduce((a, s) => a + s.share, 0);
    // No share of unit values (NaN): no sentence.
    if (Number.isFinite(share)) sentences.push(t.selectedShare(selected, fmt.share(share, lang), t.measureOfAll[measure] + byWeight));
  } else if (partners.length === 1 && series.partnerCount === 1) {
    sentences.push(t.onlyPartner(countryName(partners[0].key, lang)));
  } else if (partners.length > 0 && partners.every((s) => Number.isFinite(s.share))) {
    const list = partners.slice(0, NAMED_PARTNERS).map((s) => t.partnerItem(countryName(s.key, lang), fmt.share(s.share, lang)));
    sentences.push(t.partners(fmt.integer(series.partnerCount, lang), list, of));
  }

  const goodsName = input.goodsName ?? ((code: string) => (/^\d\d$/.test(code) ? chapterName(code, lang) : code));
  const chapters = series.goodsShares.filter((s) => s.key !== OTHER_KEY && Number.isFinite(s.share));
  if (chapters.length > 0) {
    const top = chapters[0];
    // The goods are those of the trade with the chosen partners: say so before the shares.
    const context = chosen.length > 0 ? t.withSelected(selected) : '';
    let sentence: string;
    if (top.share > DOMINANT_SHARE) {
      sentence = t.dominantChapter(goodsName(top.key), fmt.share(top.share, lang), of);
    } else {
      const list = chapters.slice(0, NAMED_CHAPTERS).map((s) => t.chapterItem(goodsName(s.key), fmt.share(s.share, lang)));
      sentence = t.chapters(list, of);
    }
    sentences.push(context === '' ? sentence : context + sentence.charAt(0).toLowerCase() + sentence.slice(1));
  }
  if (previous) sentences.push(...driverSentences(input, t, fmt, goodsName));
  return sentences.join(' ');
}

/** How many partners and goods the explanation of the change names. */
const NAMED_DRIVERS = 3;

/**
 * What moved the total (issue 13): the largest contributions by partner and by goods against the
 * base, and whether price or volume dominated the change of value — every figure from the
 * series' comparison, the same numbers the movers and contributions panels show.
 */
function driverSentences(input: BriefingInput, t: (typeof TEXT)[BriefingLang], fmt: BriefingNumberFormat, goodsName: (code: string) => string): string[] {
  const { series, lang } = input;
  const c = series.comparison;
  if (!c || !c.covered) return [];
  const out: string[] = [];
  const signed = (v: number, format: (x: number, l: BriefingLang) => string) => `${v > 0 ? '+' : v < 0 ? '\u2212' : ''}${format(Math.abs(v), lang).replace(' ', NBSP)}`;
  // Unit values do not add up: the partners' and goods' contributions are figures of value or weight only.
  if (series.metric !== 'price') {
    const top = (now: [string, number][], then: [string, number][]) => movers(new Map(now), new Map(then)).filter((m) => m.change !== 0).slice(0, NAMED_DRIVERS);
    const partners = top(c.partners.now, c.partners.then);
    if (partners.length > 0) out.push(t.driversPartners(partners.map((m) => t.driverItem(countryName(m.key, lang), signed(m.change, fmt.money)))));
    const goods = top(c.goods.now, c.goods.then).filter((m) => m.key !== OTHER_KEY);
    if (goods.length > 0) out.push(t.driversGoods(goods.map((m) => t.driverItem(goodsName(m.key), signed(m.change, fmt.money)))));
  }
  const pv = c.priceVolume;
  if (pv.volumeUsd !== 0 || pv.priceUsd !== 0) {
    const usd = input.usd ?? DEFAULT_BRIEFING_FORMAT.money;
    const volumePct = c.baseWeighedUsd > 0 ? t.volumePct(pv.volumeUsd > 0, fmt.share(Math.abs(pv.volumeUsd) / c.baseWeighedUsd, lang)) : '';
    const unexplained = pv.unexplainedUsd !== 0 ? t.unexplained(signed(pv.unexplainedUsd, usd)) : '';
    out.push(t.priceVolume(signed(pv.changeUsd, usd), Math.abs(pv.priceUsd) >= Math.abs(pv.volumeUsd) ? 'price' : 'volume', signed(pv.priceUsd, usd), signed(pv.volumeUsd, usd), volumePct, unexplained));
  }
  return out;
}
