import { emptyTimeSeries } from './time-series';
import { describe, expect, it } from 'vitest';
import { briefingParagraph, capShares, DEFAULT_BRIEFING_FORMAT, periodPhrase, type BriefingInput } from './briefing-text';
import { previousPeriod } from '../model/view-period';
import { OTHER_KEY, type DashboardSeries, type FlowTotals, type ShareSlice } from './dashboard-series';

const M = 1e6;
/** Compare texts with ordinary spaces: the generator uses no-break spaces where typography wants them. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function totals(exportMln: number, importMln: number, turnoverMln = exportMln + importMln): FlowTotals {
  return { exports: exportMln * M, imports: importMln * M, turnover: turnoverMln * M, balance: (exportMln - importMln) * M };
}

function slices(total: number, shares: [string, number][]): ShareSlice[] {
  const named = shares.map(([key, share]) => ({ key, share, value: share * total }));
  const rest = 1 - shares.reduce((s, [, v]) => s + v, 0);
  return rest > 1e-9 ? [...named, { key: OTHER_KEY, share: rest, value: rest * total }] : named;
}

function series(over: Partial<DashboardSeries>): DashboardSeries {
  return {
    metric: 'value',
    time: emptyTimeSeries(),
    partnersAll: [],
    comparison: { from: '2019-01', to: '2019-05', covered: false, amountMetric: 'value', partners: { now: [], then: [] }, goods: { now: [], then: [] }, priceVolume: { changeUsd: 0, volumeUsd: 0, priceUsd: 0, unexplainedUsd: 0 }, baseWeighedUsd: 0, goodsPriceVolume: [] },
    current: totals(100, 50),
    previous: null,
    whole: null,
    weightCoverage: { valueUsd: 150, unweighedUsd: 0 },
    goodsLevel: 'hs2',
    goodsByPartner: { goods: [], partners: [], cells: [], rowTotals: [] },
    partnerShares: [],
    partnerKeys: [],
    partnerSharesByYear: [],
    byYear: [],
    byMonth: [],
    goodsShares: [],
    partnerCount: 0,
    ...over,
  };
}

// Kamchatka customs, January–May 2020 (docs/formats.md, «Known published figures (Kamchatka)»).
const JAN_MAY_2020 = series({
  current: totals(371, 109, 480),
  previous: totals(378.6, 61.0, 440.4),
  partnerShares: slices(480 * M, [
    ['CN', 0.447],
    ['KR', 0.317],
    ['HK', 0.066],
    ['JP', 0.049],
    ['NO', 0.024],
    ['DE', 0.02],
    ['VG', 0.013],
    ['DK', 0.013],
  ]),
  goodsShares: slices(480 * M, [
    ['03', 0.742],
    ['84', 0.1],
    ['27', 0.066],
    ['72', 0.018],
  ]),
  partnerCount: 44,
});

const janMay = (over: Partial<BriefingInput> = {}): string =>
  briefingParagraph({ series: JAN_MAY_2020, from: '2020-01', to: '2020-05', measure: 'turnover', lang: 'ru', ...over });

describe('briefingParagraph', () => {
  it('describes January–May 2020 as the customs press release does', () => {
    expect(plain(janMay())).toBe(
      'В январе–мае 2020 г. товарооборот составил 480,0 млн долл. США (+9,0 % к январю–маю 2019 г.), ' +
        'в том числе экспорт — 371,0 млн долл. США (−2,0 %), импорт — 109,0 млн долл. США (+78,7 %); ' +
        'сальдо — 262,0 млн долл. США. ' +
        'Крупнейшие партнёры (всего 44): Китай — 44,7 %, Республика Корея — 31,7 %, Гонконг — 6,6 % товарооборота. ' +
        'В товарной структуре преобладает группа «Рыба и морепродукты» (74,2 % товарооборота).',
    );
  });

  it('says whose trade it is for a dataset with several reporters, names in the nominative', () => {
    const lead = (text: string) => plain(text).split(' составил ')[0];
    expect(lead(janMay({ reporters: ['RU-PRI'], allReporters: false }))).toBe('В январе–мае 2020 г. товарооборот (Приморский край)');
    expect(lead(janMay({ reporters: ['RU-PRI'], allReporters: false, partners: ['CN'] }))).toBe('В январе–мае 2020 г. товарооборот (Приморский край) с выбранным партнёром (Китай)');
    expect(lead(janMay({ reporters: ['RU-PRI', 'RU-KAM'], allReporters: false }))).toBe('В январе–мае 2020 г. товарооборот (вместе: Приморский край, Камчатский край)');
    expect(lead(janMay({ reporters: ['RU-PRI', 'RU-KHA', 'RU-KAM'], allReporters: true }))).toBe(
      'В январе–мае 2020 г. товарооборот (все субъекты вместе: Камчатский край, Приморский край, Хабаровский край)',
    );
    expect(plain(janMay({ reporters: ['RU-PRI'], allReporters: false, lang: 'en' })).split(' was ')[0]).toBe('In January–May 2020 turnover (Primorsky Krai)');
    expect(plain(janMay({ reporters: ['RU-KAM', 'RU-PRI'], allReporters: true, lang: 'en' })).split(' was ')[0]).toBe('In January–May 2020 turnover (all reporters together: Kamchatka Krai, Primorsky Krai)');
    // One reporter in the dataset (no `reporters`): the text as it always was.
    expect(janMay({ reporters: undefined })).toBe(janMay());
  });

  it('keeps the typography: no-break spaces before units, percent signs and dashes', () => {
    const text = janMay();
    expect(text).toContain('480,0\u00a0млн долл. США');
    expect(text).toContain('+9,0\u00a0%');
    expect(text).toContain('2020\u00a0г.');
    expect(text).toContain('Китай\u00a0— 44,7\u00a0%');
  });

  it('takes every number from the input', () => {
    const f = DEFAULT_BRIEFING_FORMAT;
    const s = JAN_MAY_2020;
    const prev = s.previous!;
    const allowed = new Set(
      [
        ...[s.current.turnover, s.current.exports, s.current.imports, s.current.balance].map((v) => f.millions(v, 'ru')),
        ...(['turnover', 'exports', 'imports'] as const).map((k) => f.change(s.current[k] / prev[k] - 1, 'ru')),
        ...s.partnerShares.map((p) => f.share(p.share, 'ru')),
        ...s.goodsShares.map((c) => f.share(c.share, 'ru')),
        f.integer(s.partnerCount, 'ru'),
        '2019',
        '2020',
      ].map((t) => plain(t).replace(/\s%$/, '')),
    );
    const numbers = plain(janMay()).match(/[+\u2212]?\d[\d ]*(?:,\d+)?/g)!.map((n) => n.trim());
    expect(numbers.length).toBeGreaterThan(10);
    for (const n of numbers) expect(allowed, n).toContain(n);
  });

  it('computes each change from the totals it is given', () => {
    // The press release's +9 % is 480 on 440.4; the sum of its rounded flows, 439.6, gives +9.2 %.
    const summed = series({ ...JAN_MAY_2020, previous: totals(378.6, 61.0) });
    expect(plain(briefingParagraph({ series: summed, from: '2020-01', to: '2020-05', measure: 'turnover', lang: 'ru' }))).toContain(
      '480,0 млн долл. США (+9,2 % к январю–маю 2019 г.)',
    );
  });

  it('names a whole year, and compares it with the year before', () => {
    const text = plain(briefingParagraph({ series: series({ previous: totals(80, 40) }), from: '2024-01', to: '2024-12', measure: 'turnover', lang: 'ru' }));
    expect(text).toBe(
      'В 2024 г. товарооборот составил 150,0 млн долл. США (+25,0 % к 2023 г.), ' +
        'в том числе экспорт — 100,0 млн долл. США (+25,0 %), импорт — 50,0 млн долл. США (+25,0 %); сальдо — 50,0 млн долл. США.',
    );
  });

  it('names a range of whole years in the plural, compared with the months twelve months earlier', () => {
    const text = plain(briefingParagraph({ series: series({ previous: totals(100, 50) }), from: '2019-01', to: '2020-12', measure: 'turnover', lang: 'ru' }));
    expect(text).toMatch(/^В 2019–2020 гг\. товарооборот составил 150,0 млн долл\. США \(0,0 % к 2018–2019 гг\.\)/);
  });

  it('names a range across years with both months declined', () => {
    const text = plain(briefingParagraph({ series: series({ previous: totals(50, 50) }), from: '2019-03', to: '2020-05', measure: 'turnover', lang: 'ru' }));
    expect(text).toMatch(/^В марте 2019 г\. – мае 2020 г\. товарооборот составил 150,0 млн долл\. США \(\+50,0 % к марту 2018 г\. – маю 2019 г\.\)/);
  });

  it('names a single month', () => {
    const text = plain(briefingParagraph({ series: series({ previous: totals(100, 100) }), from: '2021-03', to: '2021-03', measure: 'turnover', lang: 'ru' }));
    expect(text).toMatch(/^В марте 2021 г\. товарооборот составил 150,0 млн долл\. США \(−25,0 % к марту 2020 г\.\)/);
  });

  it('invents no comparison when the same months a year earlier are not in the data', () => {
    const text = plain(janMay({ series: { ...JAN_MAY_2020, previous: null } }));
    expect(text).toBe(
      'В январе–мае 2020 г. товарооборот составил 480,0 млн долл. США, ' +
        'в том числе экспорт — 371,0 млн долл. США, импорт — 109,0 млн долл. США; сальдо — 262,0 млн долл. США. ' +
        'Крупнейшие партнёры (всего 44): Китай — 44,7 %, Республика Корея — 31,7 %, Гонконг — 6,6 % товарооборота. ' +
        'В товарной структуре преобладает группа «Рыба и морепродукты» (74,2 % товарооборота).',
    );
    expect(text).not.toMatch(/%\)| к /);
  });

  it('leaves out a change against a zero value instead of an infinite percentage', () => {
    const text = plain(briefingParagraph({ series: series({ current: totals(100, 50), previous: totals(80, 0) }), from: '2024-01', to: '2024-12', measure: 'turnover', lang: 'ru' }));
    expect(text).toContain('импорт — 50,0 млн долл. США;');
    expect(text).toContain('(+87,5 % к 2023 г.)');
  });

  it('says a negative balance in words, with its absolute value', () => {
    const s = series({ current: totals(40, 90), previous: totals(50, 60) });
    const ru = plain(briefingParagraph({ series: s, from: '2023-01', to: '2023-06', measure: 'turnover', lang: 'ru' }));
    expect(ru).toContain('; отрицательное сальдо — 50,0 млн долл. США.');
    expect(ru).not.toContain('−50');
    const en = plain(briefingParagraph({ series: s, from: '2023-01', to: '2023-06', measure: 'turnover', lang: 'en' }));
    expect(en).toContain('; the trade balance was a deficit of 50.0 million USD.');
  });

  it('writes English', () => {
    expect(plain(janMay({ lang: 'en' }))).toBe(
      'In January–May 2020 turnover was 480.0 million USD (+9.0% on January–May 2019), ' +
        'including exports of 371.0 million USD (−2.0%) and imports of 109.0 million USD (+78.7%); ' +
        'the trade balance was a surplus of 262.0 million USD. ' +
        'Largest partners (44 in all): China 44.7%, Republic of Korea 31.7%, Hong Kong 6.6% of turnover. ' +
        'The commodity structure is dominated by “Fish and seafood” (74.2% of turnover).',
    );
  });

  it('writes English periods', () => {
    expect(periodPhrase('2019-03', '2020-05', 'en', 'in')).toBe('March 2019 – May 2020');
    expect(periodPhrase('2019-01', '2020-12', 'en', 'to')).toBe('2019–2020');
    expect(periodPhrase('2024-01', '2024-12', 'en', 'in')).toBe('2024');
  });

  it('gives shares of exports for the export measure', () => {
    const s = series({
      ...JAN_MAY_2020,
      partnerShares: slices(371 * M, [['KR', 0.41], ['CN', 0.4], ['JP', 0.06]]),
      goodsShares: slices(371 * M, [['03', 0.96], ['26', 0.02]]),
      partnerCount: 20,
    });
    const text = plain(janMay({ series: s, measure: 'export' }));
    expect(text).toContain('Крупнейшие партнёры (всего 20): Республика Корея — 41,0 %, Китай — 40,0 %, Япония — 6,0 % экспорта.');
    expect(text).toContain('В товарной структуре преобладает группа «Рыба и морепродукты» (96,0 % экспорта).');
    expect(plain(janMay({ series: s, measure: 'import', lang: 'en' }))).toContain('Japan 6.0% of imports.');
  });

  it('never names "other" as a partner, however large it is', () => {
    const s = series({
      partnerShares: [
        { key: 'CN', value: 40, share: 0.4 },
        { key: OTHER_KEY, value: 60, share: 0.6 },
      ],
      partnerCount: 30,
    });
    const text = plain(briefingParagraph({ series: s, from: '2024-01', to: '2024-12', measure: 'turnover', lang: 'ru' }));
    expect(text).toContain('Крупнейшие партнёры (всего 30): Китай — 40,0 % товарооборота.');
    expect(text).not.toMatch(/other|Прочие|60,0/);
  });

  it('lists the main chapters when none dominates', () => {
    const s = series({ goodsShares: slices(100, [['84', 0.42], ['27', 0.29], ['72', 0.082], ['56', 0.064]]) });
    const text = plain(briefingParagraph({ series: s, from: '2024-01', to: '2024-12', measure: 'import', lang: 'ru' }));
    expect(text).toContain(
      'Основные товарные группы: «Машины и оборудование» — 42,0 %, «Топливо, нефть и нефтепродукты» — 29,0 %, «Чугун, сталь, ферросплавы» — 8,2 % импорта.',
    );
  });

  it('says whose trade it is when the view is filtered to partners', () => {
    // Under a partner filter the series' partner shares are of all partners (the share rule).
    const one = series({
      partnerShares: slices(371, [['CN', 0.404], ['KR', 0.3]]),
      partnerCount: 1,
      goodsShares: [{ key: '03', value: 120, share: 0.8 }, { key: '89', value: 30, share: 0.2 }],
    });
    const text = plain(briefingParagraph({ series: one, from: '2024-01', to: '2024-12', measure: 'turnover', lang: 'ru', partners: ['CN'] }));
    expect(text).toMatch(/^В 2024 г\. товарооборот с выбранным партнёром \(Китай\) составил/);
    expect(text).toContain('Доля партнёра (Китай) — 40,4 % всего товарооборота.');
    expect(text).not.toContain('Единственный партнёр');
    expect(text).toContain('В торговле с выбранным партнёром: в товарной структуре преобладает группа');
    const two = plain(briefingParagraph({ series: one, from: '2024-01', to: '2024-12', measure: 'turnover', lang: 'en', partners: ['CN', 'JP'] }));
    expect(two).toMatch(/^In 2024 turnover with the selected partners \(China, Japan\) was/);
  });

  it('formats numbers with the helpers it is given', () => {
    const text = janMay({ format: { ...DEFAULT_BRIEFING_FORMAT, money: (usd) => `<${usd / M}> млн` } });
    expect(text).toContain('товарооборот составил <480>\u00a0млн');
  });

  it('writes a sum of 1 000 million and more in billions, negative figures with the true minus', () => {
    expect(DEFAULT_BRIEFING_FORMAT.money(1_410_000_000, 'ru')).toBe('1,41 млрд долл. США');
    expect(DEFAULT_BRIEFING_FORMAT.money(999_940_000, 'ru').replace(/\u00a0/g, ' ')).toBe('999,9 млн долл. США');
    expect(DEFAULT_BRIEFING_FORMAT.money(-1_410_000_000, 'en')).toBe('\u22121.41 bn USD');
    expect(DEFAULT_BRIEFING_FORMAT.millions(-12_300_000, 'ru')).toBe('\u221212,3');
  });
});

describe('periodPhrase and previousPeriod', () => {
  it('declines months in the prepositional and the dative', () => {
    expect(plain(periodPhrase('2020-01', '2020-05', 'ru', 'in'))).toBe('январе–мае 2020 г.');
    expect(plain(periodPhrase('2019-01', '2019-05', 'ru', 'to'))).toBe('январю–маю 2019 г.');
    expect(plain(periodPhrase('2020-02', '2020-02', 'ru', 'to'))).toBe('февралю 2020 г.');
    expect(plain(periodPhrase('2023-01', '2023-12', 'ru', 'to'))).toBe('2023 г.');
    expect(plain(periodPhrase('2018-09', '2019-08', 'ru', 'in'))).toBe('сентябре 2018 г. – августе 2019 г.');
  });

  it('shifts a period by one year', () => {
    expect(previousPeriod('2020-01', '2020-05')).toEqual({ from: '2019-01', to: '2019-05' });
    expect(previousPeriod('2019-03', '2020-02')).toEqual({ from: '2018-03', to: '2019-02' });
  });
});

describe('capShares', () => {
  const ten = slices(1000, [['A1', 0.2], ['A2', 0.15], ['A3', 0.1], ['A4', 0.1], ['A5', 0.1], ['A6', 0.08], ['A7', 0.07], ['A8', 0.05], ['A9', 0.04], ['B1', 0.03]]);

  it('keeps the top n and merges the rest into "other"', () => {
    const capped = capShares(ten, 8);
    expect(capped.map((s) => s.key)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', OTHER_KEY]);
    expect(capped[8].share).toBeCloseTo(0.04 + 0.03 + 0.08);
    expect(capped[8].value).toBeCloseTo(150);
    expect(capped.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1);
  });

  it('leaves short lists alone, and a single leftover named', () => {
    expect(capShares(ten.slice(0, 5), 8)).toEqual(ten.slice(0, 5));
    const nine = ten.slice(0, 9);
    expect(capShares(nine, 8)).toEqual(nine);
  });
});

describe('briefingParagraph in tonnes and prices per kg', () => {
  const kgTotals = (exportKg: number, importKg: number): FlowTotals => ({ exports: exportKg, imports: importKg, turnover: exportKg + importKg, balance: exportKg - importKg });
  const weight = series({
    metric: 'weight',
    current: kgTotals(2_000_000, 500_000),
    previous: kgTotals(1_600_000, 500_000),
    partnerShares: slices(2_500_000, [['CN', 0.6], ['KR', 0.3]]),
    goodsShares: slices(2_500_000, [['03', 0.9]]),
    partnerCount: 5,
  });
  const price = series({
    metric: 'price',
    current: { exports: 2.5, imports: 1.25, turnover: 2.25, balance: NaN },
    previous: { exports: 2, imports: 1.25, turnover: 1.8, balance: NaN },
    partnerShares: [
      { key: 'CN', value: 2.4, share: NaN },
      { key: 'KR', value: 1.9, share: NaN },
    ],
    goodsShares: [{ key: '03', value: 2.1, share: NaN }],
    partnerCount: 5,
  });
  const text = (s: DashboardSeries, over: Partial<BriefingInput> = {}) => plain(briefingParagraph({ series: s, from: '2024-01', to: '2024-12', measure: 'turnover', lang: 'ru', ...over }));

  it('writes weights in tonnes, with a balance of tonnes and shares of tonnes said to be so', () => {
    expect(text(weight)).toBe(
      'В 2024 г. товарооборот по весу нетто составил 2,50 тыс. т (+19,0 % к 2023 г.), ' +
        'в том числе экспорт — 2,00 тыс. т (+25,0 %), импорт — 500,0 т (0,0 %); сальдо — 1,50 тыс. т. ' +
        'Крупнейшие партнёры (всего 5): Китай — 60,0 %, Республика Корея — 30,0 % товарооборота по весу нетто. ' +
        'В товарной структуре преобладает группа «Рыба и морепродукты» (90,0 % товарооборота по весу нетто).',
    );
    expect(text(weight)).not.toMatch(/долл/);
    expect(text(weight, { partners: ['CN'] })).toContain('Доля партнёра (Китай) — 60,0 % всего товарооборота по весу нетто.');
  });

  it('says a negative balance of tonnes in words', () => {
    expect(text(series({ ...weight, current: kgTotals(100_000, 400_000) }))).toContain('; отрицательное сальдо — 300,0 т.');
  });

  it('leaves out the balance of prices (NaN) and every share sentence (NaN shares)', () => {
    const ru = text(price);
    expect(ru).toBe(
      'В 2024 г. цена за килограмм в товарообороте составила 2,25 долл./кг (+25,0 % к 2023 г.), ' + 'в том числе в экспорте — 2,50 долл./кг (+25,0 %), в импорте — 1,25 долл./кг (0,0 %).',
    );
    expect(ru).not.toMatch(/сальдо|NaN|Доля|Крупнейшие|—\s*%/);
    // Under a partner filter: no «share of the partner» either.
    expect(text(price, { partners: ['CN'] })).not.toMatch(/Доля|NaN/);
    const en = text(price, { lang: 'en' });
    expect(en).toBe('In 2024 the price per kilogram of turnover was 2.25 USD/kg (+25.0% on 2023), 2.50 USD/kg (+25.0%) in exports and 1.25 USD/kg (0.0%) in imports.');
  });

  it('leaves out a change of a price that could not be computed a year earlier', () => {
    const none = series({ ...price, previous: { exports: NaN, imports: 1.25, turnover: NaN, balance: NaN } });
    expect(text(none)).toBe('В 2024 г. цена за килограмм в товарообороте составила 2,25 долл./кг, в том числе в экспорте — 2,50 долл./кг, в импорте — 1,25 долл./кг (0,0 % к 2023 г.).');
  });

  it('uses the metric formatter it is given', () => {
    expect(text(weight, { format: { ...DEFAULT_BRIEFING_FORMAT, money: (kg) => `<${kg / 1000}> т` } })).toContain('составил <2500> т');
  });
});

describe('capShares of prices', () => {
  it('gives the merged rest its own price (weighed value over weight), never a sum of prices, and no share', () => {
    const priced = Array.from({ length: 10 }, (_, i) => ({
      key: `P${i}`,
      value: (i + 1) / 2,
      share: NaN,
      detail: { valueUsd: 100 * (i + 1), knownKg: 200, weighedUsd: 100 * (i + 1) },
    }));
    const capped = capShares(priced, 8, 'price');
    expect(capped.map((s) => s.key)).toEqual(['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', OTHER_KEY]);
    expect(capped[8].value).toBeCloseTo((900 + 1000) / 400);
    expect(capped[8].share).toBeNaN();
    // Without the parts (a snapshot) the rest has no price.
    expect(capShares(priced.map(({ detail: _, ...s }) => s), 8, 'price')[8].value).toBeNaN();
  });
});

describe('briefingParagraph: what moved the total', () => {
  const base = { from: '2021-01', to: '2021-12' };
  const s = series({
    current: totals(1080, 330),
    previous: totals(1130, 330),
    comparison: {
      ...base,
      covered: true,
      amountMetric: 'value',
      partners: { now: [['CN', 570 * M], ['KR', 419 * M], ['JP', 150 * M]], then: [['CN', 584 * M], ['KR', 461 * M], ['JP', 140 * M]] },
      goods: { now: [['03', 980 * M], ['27', 100 * M]], then: [['03', 1030 * M], ['27', 100 * M]] },
      priceVolume: { changeUsd: -50 * M, volumeUsd: -60 * M, priceUsd: 20 * M, unexplainedUsd: -10 * M },
      baseWeighedUsd: 1000 * M,
      goodsPriceVolume: [],
    },
  });
  const text = briefingParagraph({ series: s, from: '2024-01', to: '2024-12', base, measure: 'turnover', lang: 'ru' });

  it('names the partners and goods with the largest contributions, with their amounts, largest first', () => {
    expect(text).toContain('Больше всего изменение определили партнёры: Республика Корея (\u221242,0\u00a0млн долл. США), Китай (\u221214,0\u00a0млн долл. США), Япония (+10,0\u00a0млн долл. США).');
    expect(text).toContain('По товарам: Рыба и морепродукты (\u221250,0\u00a0млн долл. США).');
  });

  it('says whether price or volume dominated, and how much volume changed', () => {
    expect(text).toContain('обеспечено в основном физическим объёмом: эффект цены\u00a0— +20,0\u00a0млн долл. США, эффект объёма\u00a0— \u221260,0\u00a0млн долл. США (физический объём снизился на 6,0\u00a0%); без веса, не разложено\u00a0— \u221210,0\u00a0млн долл. США.');
  });

  it('takes every amount of the explanation from the comparison (read back from the text)', () => {
    const amounts = [...text.slice(text.indexOf('Больше всего')).matchAll(/[+\u2212](\d+,\d)\u00a0млн/g)].map((m) => Number(m[1].replace(',', '.')));
    const known = [42, 14, 10, 50, 50, 20, 60, 10];
    expect(amounts).toEqual(known);
    for (const a of amounts) {
      const inData = [...s.comparison.partners.now, ...s.comparison.goods.now].some(([k, v]) => {
        const then = new Map([...s.comparison.partners.then, ...s.comparison.goods.then]).get(k) ?? 0;
        return Math.abs(Math.abs(v - then) / M - a) < 0.05;
      });
      const inSplit = Object.values(s.comparison.priceVolume).some((v) => Math.abs(Math.abs(v) / M - a) < 0.05);
      expect(inData || inSplit).toBe(true);
    }
  });
});
