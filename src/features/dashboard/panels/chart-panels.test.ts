import { describe, expect, it } from 'vitest';
import { computeDashboardSeries, type DashboardSeries } from '../../../core/aggregate/dashboard-series';
import type { ViewFilter } from '../../../core/aggregate/view-filter';
import { monthIndex, periodCode } from '../../../core/model/period';
import { TradeTableBuilder, tableRow } from '../../../core/table/table-builder';
import { formatMillions, formatMonthRange, formatShare, formatUsd, MESSAGES } from '../../../i18n/format';
import { goodsLabelOf } from '../../../i18n/goods-labels';
import { goodsName } from '../../../core/model/nomenclature';
import { decodeSnapshot, encodeSnapshot } from '../../../state/snapshot-codec';
import { CHART_IDS, DEFAULT_VIEW, type Language, type ViewState } from '../../../state/view-state';
import { CHART_PANELS, FIGURE_BLOCKS } from './chart-panels';
import type { ChartPanelDefinition, PanelContext } from './panel-definition';
import { partnerLabel } from '../../../i18n/format';
import { formatMetric } from '../../../i18n/metric-format';
import { metricParts } from './key-figures-panel';

const FILTER: ViewFilter = { from: '2024-01', to: '2024-05', measure: 'turnover', partners: ['CN'], goods: [] };

/** Whole dollars (as a snapshot carries them), 2022 – May 2024: eleven partners (so there is an «other»), two chapters, both flows. */
function fixtureSeries(monthly = true): DashboardSeries {
  const b = new TradeTableBuilder();
  const partners = ['CN', 'KR', 'JP', 'HK', 'NO', 'DE', 'VG', 'DK', 'US', 'NL', 'TH'];
  for (let y = 2022; y <= 2024; y++)
    for (let m = 1; m <= (y === 2024 ? 5 : 12); m++)
      partners.forEach((p, i) => {
        const period = monthly ? periodCode(y, m) : periodCode(y, 0);
        if (!monthly && m > 1) return;
        b.append(tableRow(period, 'RU-KAM', 0, p, '0303670000', 1_000_000 * (i + 1) + y + m, NaN));
        b.append(tableRow(period, 'RU-KAM', 1, p, '8901909000', 100_003 * (11 - i), NaN));
      });
  const { table } = b.finish();
  const [first, last] = [monthIndex(2022, 1), monthIndex(2024, 5)];
  return computeDashboardSeries(
    table,
    { fromMonth: monthIndex(2024, 1), toMonth: monthIndex(2024, 5), measure: 'turnover', partners: ['CN'], historyFromMonth: first, historyToMonth: last },
    { dataFirstMonth: first, dataLastMonth: last },
  );
}

function context(series: DashboardSeries, lang: Language, view: Partial<ViewState> = {}): PanelContext {
  const m = MESSAGES[lang];
  return {
    lang,
    m,
    view: { ...DEFAULT_VIEW, lang, partners: FILTER.partners, ...view },
    filter: FILTER,
    series,
    measureName: m.measure[FILTER.measure],
    periodLabel: formatMonthRange(FILTER.from, FILTER.to, lang),
    unit: m.unitMillionUsd,
    metric: 'value',
    formatValue: (v: number) => formatUsd(v, lang),
    goodsLabel: (code: string) => goodsLabelOf(code, lang, m, (c) => goodsName(c, lang, null, null)),
    onChange: () => undefined,
  };
}

const panel = (id: string) => CHART_PANELS.find((p) => p.id === id)!;
const table = (p: ChartPanelDefinition, ctx: PanelContext) => {
  const { rows, columns } = p.table(p.select(ctx.series, ctx.lang), ctx);
  return [columns.map((c) => `${c.header}${c.numeric ? ' (n)' : ''}`), ...rows.map((r) => columns.map((c) => c.cell(r)))];
};
const csv = (p: ChartPanelDefinition, ctx: PanelContext) => p.csv(p.select(ctx.series, ctx.lang), ctx);

describe('the panel registry', () => {
  it('has exactly one block or panel for every ChartId (the ?embed=<id> values)', () => {
    const ids = [...FIGURE_BLOCKS, ...CHART_PANELS].map((p) => p.id);
    expect([...ids].sort()).toEqual([...CHART_IDS].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the test ids, download names and layout the app had', () => {
    expect(CHART_PANELS.map((p) => [p.id, p.testId, p.fileId, p.wide])).toEqual([
      ['partners', 'panel-partner-shares', 'partners', false],
      ['shares', 'panel-shares-over-time', 'partners-by-year', false],
      ['map', 'panel-map', 'map', true],
      ['flows', 'panel-flows-over-time', 'flows', true],
      ['seasons', 'panel-seasons', 'seasons', false],
      ['contributions', 'panel-contributions', 'contributions', false],
      ['goods', 'panel-chapters', 'goods', true],
      ['goods-partners', 'panel-goods-partners', 'goods-partners', true],
      ['movers', 'panel-movers', 'movers', true],
      ['partner-table', 'panel-partner-table', 'partners-all', true],
    ]);
  });

  it('titles each panel from the messages and the measure', () => {
    const ctx = context(fixtureSeries(), 'ru');
    expect(CHART_PANELS.map((p) => [p.title(ctx), p.subtitle(ctx)])).toEqual([
      ['Доли стран-партнёров: товарооборот', 'янв.–май 2024\u00a0г.; доля от всего товарооборота, %; млн долл. США'],
      ['Доли стран-партнёров по годам', 'доли от всего товарооборота за каждый год, %; выбранный период выделен: янв.–май 2024\u00a0г.'],
      ['Партнёры на карте: товарооборот', 'янв.–май 2024\u00a0г.; цвет — доля от всего товарооборота, %; млн долл. США; изменение: янв.–май 2024\u00a0г. к янв.–маю 2023\u00a0г.'],
      ['Экспорт и импорт', 'млн долл. США; выбранный период выделен: янв.–май 2024\u00a0г.'],
      ['Сезонность: товарооборот по месяцам', 'млн долл. США; линия — год (2022–2024), последний выделен'],
      ['Вклад в изменение: товарооборот', 'янв.–май 2024\u00a0г. к янв.–маю 2023\u00a0г.; шаги в сумме дают изменение; млн долл. США'],
      // The fixture's view is filtered to China: the goods are those of trade with it.
      ['Товарная структура: товарооборот по группам ТН ВЭД', 'янв.–май 2024\u00a0г.; доля от товарооборота с партнёрами: Китай; млн долл. США'],
      ['Товары × страны: товарооборот', 'янв.–май 2024\u00a0г.; рядом с каждой суммой — доля страны в товаре; млн долл. США'],
      ['Что изменилось: товарооборот', 'янв.–май 2024\u00a0г. к янв.–маю 2023\u00a0г.; млн долл. США; объём и цена — по каждому 10-значному коду: объём = (Q₁ − Q₀) × P₀, цена = (P₁ − P₀) × Q₁, P — стоимость за кг'],
      ['Все партнёры: товарооборот', 'янв.–май 2024\u00a0г.; доля от всего товарооборота; изменение: янв.–май 2024\u00a0г. к янв.–маю 2023\u00a0г.'],
    ]);
    expect(panel('shares').subtitle(context(fixtureSeries(), 'en', { shareMode: 'absolute' }))).toBe('Turnover, million USD; selected period shaded: Jan–May 2024');
  });
});

// The expressions the dashboard view wrote the downloads and tables with before the registry,
// kept here verbatim as the reference: the downloads must not change.
describe('downloads and tables are what they were', () => {
  const s = fixtureSeries();

  it('partner shares: CSV, legend and table', () => {
    for (const lang of ['ru', 'en'] as const) {
      const ctx = context(s, lang);
      const { m } = ctx;
      const p = panel('partners');
      const slices = p.select(s, lang) as { label: string; value: number; share: number; colour: string }[];
      // The share column says what the shares are of (the share rule).
      const base = m.bases.partners(m.bases.of.turnover, '');
      expect(csv(p, ctx)).toEqual({ header: [m.partner, `${m.value}, USD`, base], rows: slices.map((r) => [r.label, Math.round(r.value), Number(r.share.toFixed(6))]) });
      expect(p.legend!(slices, ctx)).toEqual(slices.map((r) => ({ label: r.label, colour: r.colour, value: formatShare(r.share, lang) })));
      expect(table(p, ctx)).toEqual([
        [m.partner, `${m.value}, ${m.unitMillionUsd} (n)`, `${base}, % (n)`],
        ...slices.map((r) => [r.label, formatMillions(r.value, lang), formatShare(r.share, lang)]),
      ]);
    }
    expect(csv(panel('partners'), context(s, 'ru')).rows.at(-1)?.[0]).toBe('Прочие');
  });

  it('partner shares by year: CSV and table in both modes', () => {
    const ctx = context(s, 'en');
    const { m } = ctx;
    const stack = panel('shares').select(s, 'en') as { keys: { key: string; label: string }[]; rows: ({ year: number; total: number } & Record<string, number>)[] };
    expect(csv(panel('shares'), ctx)).toEqual({ header: [m.year, ...stack.keys.map((k) => k.label)], rows: stack.rows.map((r) => [r.year, ...stack.keys.map((k) => Math.round(r[k.key] ?? 0))]) });
    for (const shareMode of ['share', 'absolute'] as const) {
      expect(table(panel('shares'), context(s, 'en', { shareMode }))).toEqual([
        [m.year, ...stack.keys.map((k) => `${k.label} (n)`)],
        ...stack.rows.map((r) => [String(r.year), ...stack.keys.map((k) => (shareMode === 'share' ? formatShare((r[k.key] ?? 0) / r.total, 'en') : formatMillions(r[k.key] ?? 0, 'en')))]),
      ]);
    }
  });

  it('flows: by year, by month, and by year when the data has no months', () => {
    for (const [series, step] of [[s, 'year'], [s, 'month'], [fixtureSeries(false), 'month']] as const) {
      const ctx = context(series, 'ru', { step });
      const { m } = ctx;
      const monthlyFlows = step === 'month' && series.byMonth.length > 0;
      expect(csv(panel('flows'), ctx)).toEqual({
        header: [monthlyFlows ? m.month : m.year, `${m.exportSeries}, USD`, `${m.importSeries}, USD`, `${m.balanceSeries}, USD`],
        rows: (monthlyFlows ? series.byMonth.map((p) => [p.month, p.exports, p.imports, p.balance]) : series.byYear.map((p) => [p.year, p.exports, p.imports, p.balance])).map((r) =>
          r.map((v, i) => (i === 0 ? v : Math.round(v as number))),
        ),
      });
      const rows = table(panel('flows'), ctx);
      expect(rows[0]).toEqual([monthlyFlows ? m.month : m.year, `${m.exportSeries}, ${m.unitMillionUsd} (n)`, `${m.importSeries}, ${m.unitMillionUsd} (n)`, `${m.balanceSeries}, ${m.unitMillionUsd} (n)`]);
      expect(rows[1][0]).toBe(monthlyFlows ? 'янв. 2022' : '2022');
      expect(rows.length - 1).toBe(monthlyFlows ? series.byMonth.length : series.byYear.length);
    }
  });

  it('goods: CSV and table give code, whole name, value, weight, price, quantity and share', () => {
    const ctx = context(s, 'ru');
    const { m } = ctx;
    const rows = panel('goods').select(s, 'ru') as { key: string; value: number; share: number }[];
    expect(rows.map((b) => b.key)).toEqual(['89', '03']);
    const base = m.bases.goods(m.bases.of.turnover, m.bases.ofWith.turnover, 'Китай');
    expect(csv(panel('goods'), ctx)).toEqual({
      header: [m.goods.code, m.goods.name, `${m.metric.names.value}, USD`, `${m.metric.names.weight}, t`, `${m.metric.names.price}, USD/kg`, m.goods.quantity, `${m.metric.names.value}, USD: ${base}`],
      // No weights in the fixture: no tonnes (0 of them known) and no price.
      rows: rows.map((r) => [r.key, r.key === '89' ? 'Суда и плавучие средства' : 'Рыба и морепродукты', Math.round(r.value), 0, '', '', Number(r.share.toFixed(6))]),
    });
    expect(table(panel('goods'), ctx).slice(1)).toEqual(rows.map((r) => [r.key, r.key === '89' ? 'Суда и плавучие средства' : 'Рыба и морепродукты', formatMillions(r.value, 'ru'), '0,0', '—', '', formatShare(r.share, 'ru')]));
  });
});

describe('a snapshot link carries what every panel draws', () => {
  it('gives each panel the same downloads and table after the round trip', async () => {
    const series = fixtureSeries();
    const decoded = await decodeSnapshot(await encodeSnapshot({ createdAt: '2026-11-25', datasetName: 'test', demo: false, view: FILTER, series }));
    if (!decoded.ok) throw new Error(decoded.reason);
    for (const p of CHART_PANELS)
      for (const step of ['year', 'month'] as const) {
        const before = context(series, 'ru', { step });
        const after = context(decoded.snapshot.series, 'ru', { step });
        expect(csv(p, after)).toEqual(csv(p, before));
        expect(table(p, after)).toEqual(table(p, before));
      }
  });
});

describe('metric: weight and price per kg in every partner and flow panel', () => {
  // Two years of months (2023 – May 2024), three partners, both flows; Japan's imports have no
  // weight, so tonnes leave them out and prices use only the rows that have one.
  type Row = { year: number; month: number; flow: 'export' | 'import'; partner: string; usd: number; kg: number };
  const rows: Row[] = [];
  ['CN', 'KR', 'JP'].forEach((partner, i) => {
    for (let year = 2023; year <= 2024; year++)
      for (let month = 1; month <= (year === 2024 ? 5 : 12); month++) {
        rows.push({ year, month, flow: 'export', partner, usd: 1_000_000 * (i + 1) + 1_000 * month + year, kg: 250_000 * (3 - i) + 700 * month });
        rows.push({ year, month, flow: 'import', partner, usd: 400_000 * (i + 2) + 300 * month, kg: partner === 'JP' ? NaN : 90_000 * (i + 1) + 11 * month });
      }
  });
  const [first, last] = [monthIndex(2023, 1), monthIndex(2024, 5)];
  const seriesOf = (metric: 'weight' | 'price'): DashboardSeries => {
    const b = new TradeTableBuilder();
    for (const r of rows) b.append(tableRow(periodCode(r.year, r.month), 'RU-KAM', r.flow === 'export' ? 0 : 1, r.partner, '0303670000', r.usd, r.kg));
    return computeDashboardSeries(
      b.finish().table,
      { fromMonth: monthIndex(2024, 1), toMonth: monthIndex(2024, 5), measure: 'turnover', metric, partners: [], historyFromMonth: first, historyToMonth: last },
      { dataFirstMonth: first, dataLastMonth: last },
    );
  };
  const metricContext = (series: DashboardSeries, lang: Language, view: Partial<ViewState> = {}): PanelContext => {
    const base = context(series, lang, view);
    const metric = series.metric;
    return { ...base, metric, unit: base.m.metric.units[metric], formatValue: (v: number) => formatMetric(v, metric, lang) };
  };
  // Independent sums of the fixture: tonnes are the weights of rows that have one; a price is
  // the value of those rows over their weight.
  const sums = (pick: (r: Row) => boolean) => {
    let kg = 0;
    let weighed = 0;
    for (const r of rows.filter(pick))
      if (Number.isFinite(r.kg)) {
        kg += r.kg;
        weighed += r.usd;
      }
    return { kg, price: kg > 0 ? weighed / kg : NaN };
  };
  const inPeriod = (r: Row) => r.year === 2024 && r.month <= 5;
  const tonnes = (kg: number) => Number((kg / 1000).toFixed(3));
  const perKg = (p: number) => (Number.isFinite(p) ? Number(p.toFixed(4)) : '');

  it('partner shares: tonnes with their shares; prices ranked without shares', () => {
    const { m } = metricContext(seriesOf('weight'), 'ru');
    const weight = seriesOf('weight');
    const base = m.bases.partners(m.bases.of.turnover, '');
    const wCsv = csv(panel('partners'), metricContext(weight, 'ru'));
    expect(wCsv.header).toEqual([m.partner, `${m.metric.names.weight}, t`, base]);
    const allKg = sums(inPeriod).kg;
    expect(wCsv.rows).toEqual(
      ['CN', 'KR', 'JP'].map((p) => {
        const kg = sums((r) => inPeriod(r) && r.partner === p).kg;
        return [partnerLabel(p, 'ru'), tonnes(kg), Number((kg / allKg).toFixed(6))];
      }),
    );
    expect(table(panel('partners'), metricContext(weight, 'ru'))[0]).toEqual([m.partner, `${m.metric.names.weight}, т (n)`, `${base}, % (n)`]);

    const price = seriesOf('price');
    const pCtx = metricContext(price, 'ru');
    const pCsv = csv(panel('partners'), pCtx);
    expect(pCsv.header).toEqual([m.partner, `${m.metric.names.price}, USD/kg`]);
    // Ranked by value: Japan first, though its imports (no weight) are not in its price.
    expect(pCsv.rows).toEqual(['JP', 'KR', 'CN'].map((p) => [partnerLabel(p, 'ru'), perKg(sums((r) => inPeriod(r) && r.partner === p).price)]));
    expect(panel('partners').subtitle(pCtx)).toContain(m.metric.priceNote);
    expect(panel('partners').subtitle(pCtx)).toContain('долл. США/кг');
    expect(panel('partners').legend!(panel('partners').select(price, 'ru'), pCtx)!.map((l) => l.value)).toEqual(['JP', 'KR', 'CN'].map((p) => formatMetric(sums((r) => inPeriod(r) && r.partner === p).price, 'price', 'ru')));
  });

  it('partners by year: tonnes and prices per partner and year, headed with the unit', () => {
    for (const metric of ['weight', 'price'] as const) {
      const s = seriesOf(metric);
      const ctx = metricContext(s, 'en', { shareMode: 'absolute' });
      const { keys } = panel('shares').select(s, 'en') as { keys: { key: string; label: string }[] };
      const out = csv(panel('shares'), ctx);
      expect(out.header).toEqual([ctx.m.year, ...keys.map((k) => `${k.label}, ${metric === 'weight' ? 't' : 'USD/kg'}`)]);
      expect(out.rows).toEqual(
        [2023, 2024].map((year) => [
          year,
          ...keys.map((k) => {
            const x = sums((r) => r.year === year && r.partner === k.key);
            return metric === 'weight' ? tonnes(x.kg) : perKg(x.price);
          }),
        ]),
      );
    }
    // Prices have no shares: no toggle, whatever the view's share mode.
    expect(panel('shares').actions!(metricContext(seriesOf('price'), 'ru'))).toBeNull();
    expect(panel('shares').subtitle(metricContext(seriesOf('price'), 'ru'))).toContain('долл. США/кг');
  });

  it('flows: tonnes with a balance, prices without one', () => {
    for (const metric of ['weight', 'price'] as const) {
      const s = seriesOf(metric);
      const ctx = metricContext(s, 'ru', { step: 'year' });
      const { m } = ctx;
      const unit = metric === 'weight' ? 't' : 'USD/kg';
      const out = csv(panel('flows'), ctx);
      const names = metric === 'weight' ? [m.exportSeries, m.importSeries, m.balanceSeries] : [m.exportSeries, m.importSeries];
      expect(out.header).toEqual([m.year, ...names.map((n) => `${n}, ${unit}`)]);
      expect(out.rows).toEqual(
        [2023, 2024].map((year) => {
          const exp = sums((r) => r.year === year && r.flow === 'export');
          const imp = sums((r) => r.year === year && r.flow === 'import');
          return metric === 'weight' ? [year, tonnes(exp.kg), tonnes(imp.kg), tonnes(exp.kg - imp.kg)] : [year, perKg(exp.price), perKg(imp.price)];
        }),
      );
      const header = table(panel('flows'), ctx)[0];
      expect(header).toEqual([m.year, ...names.map((n) => `${n}, ${metric === 'weight' ? 'т' : 'долл./кг'} (n)`)]);
      expect(header.join(' ')).not.toContain('млн');
      // By month: the same headers.
      expect(csv(panel('flows'), metricContext(s, 'ru', { step: 'month' })).header.slice(1)).toEqual(out.header.slice(1));
    }
  });

  it('key figures: a figure and its unit apart, never in USD', () => {
    const s = seriesOf('weight');
    const kg = sums(inPeriod).kg;
    expect(s.current.turnover).toBe(kg);
    expect(`${metricParts(kg, 'weight', 'ru').value} ${metricParts(kg, 'weight', 'ru').unit}`).toBe(formatMetric(kg, 'weight', 'ru'));
    expect(metricParts(kg, 'weight', 'ru').unit).toMatch(/т$/);
    const p = seriesOf('price').current.turnover;
    expect(p).toBeCloseTo(sums(inPeriod).price, 12);
    expect(metricParts(p, 'price', 'ru')).toEqual({ value: formatMetric(p, 'price', 'ru').replace(/\s\S+$/, ''), unit: 'долл. США/кг' });
    expect(metricParts(NaN, 'price', 'ru').value).toBe('—');
    expect(seriesOf('price').current.balance).toBeNaN();
    // Japan's imports have no weight: the note under the cards has something to say.
    expect(s.weightCoverage.unweighedUsd).toBe(rows.filter((r) => inPeriod(r) && !Number.isFinite(r.kg)).reduce((a, r) => a + r.usd, 0));
  });
});

describe('steps (year, quarter, month) and seasons', () => {
  /** Whole dollars, both flows, CN/KR/JP; `grain` says what the rows are: months 2019 – May 2024, quarters, or years. */
  function seriesOf(grain: 'month' | 'quarter' | 'year'): DashboardSeries {
    const b = new TradeTableBuilder();
    ['CN', 'KR', 'JP'].forEach((p, i) => {
      for (let y = 2019; y <= 2024; y++) {
        if (grain === 'year') {
          b.append(tableRow(periodCode(y, 0), 'RU-KAM', 0, p, '0303670000', 1_000_000 * (i + 1) + y, NaN));
          continue;
        }
        const subs = grain === 'month' ? (y === 2024 ? 5 : 12) : y === 2024 ? 1 : 4;
        for (let k = 1; k <= subs; k++) {
          const period = grain === 'month' ? periodCode(y, k) : periodCode(y, 20 + k);
          b.append(tableRow(period, 'RU-KAM', 0, p, '0303670000', 100_000 * (i + 1) + 1_000 * k + y, NaN));
          b.append(tableRow(period, 'RU-KAM', 1, p, '8901909000', 10_000 * (i + 1) + k, NaN));
        }
      }
    });
    const [first, last] = [monthIndex(2019, 1), grain === 'year' ? monthIndex(2024, 12) : grain === 'quarter' ? monthIndex(2024, 3) : monthIndex(2024, 5)];
    return computeDashboardSeries(
      b.finish().table,
      // A step finer than years: the series then carry the partners by quarter and month.
      { fromMonth: monthIndex(2024, 1), toMonth: monthIndex(2024, grain === 'year' ? 12 : 3), measure: 'turnover', partners: [], historyFromMonth: first, historyToMonth: last, step: 'month' },
      { dataFirstMonth: first, dataLastMonth: last },
    );
  }
  const monthly = seriesOf('month');

  it('flows by quarter: quarters of the monthly rows in the table and CSV, titled by the step', () => {
    const ctx = context(monthly, 'ru', { step: 'quarter' });
    const { m } = ctx;
    expect(monthly.time.byQuarter).toHaveLength(22); // 2019-Q1 … 2024-Q2 (April and May)
    expect(csv(panel('flows'), ctx)).toEqual({
      header: [m.time.quarterColumn, `${m.exportSeries}, USD`, `${m.importSeries}, USD`, `${m.balanceSeries}, USD`],
      rows: monthly.time.byQuarter.map((q) => [q.period, Math.round(q.exports), Math.round(q.imports), Math.round(q.balance)]),
    });
    // An independent sum: Q1 2024's exports are months 1–3 of the three partners.
    const q1 = [0, 1, 2].reduce((a, i) => a + [1, 2, 3].reduce((b, k) => b + 100_000 * (i + 1) + 1_000 * k + 2024, 0), 0);
    expect(csv(panel('flows'), ctx).rows.find((r) => r[0] === '2024-Q1')?.[1]).toBe(q1);
    const rows = table(panel('flows'), ctx);
    expect(rows[0][0]).toBe('Квартал');
    expect(rows[1][0]).toBe('1 кв. 2019');
    expect(rows.at(-1)?.[0]).toBe('2 кв. 2024');
    expect(panel('flows').title(ctx)).toBe('Экспорт и импорт по кварталам');
    expect(panel('flows').title(context(monthly, 'en', { step: 'month' }))).toBe('Exports and imports by month');
    expect(panel('flows').subtitle(ctx)).not.toContain('В данных нет');
  });

  it('quarterly rows are never spread over months: a month step shows quarters and says so', () => {
    const quarterly = seriesOf('quarter');
    expect(quarterly.time.finest).toBe('quarter');
    const ctx = context(quarterly, 'ru', { step: 'month' });
    expect(panel('flows').title(ctx)).toBe('Экспорт и импорт по кварталам');
    expect(panel('flows').subtitle(ctx)).toMatch(/^В данных нет помесячных цифр: показано по кварталам; /);
    expect(csv(panel('flows'), ctx).rows.map((r) => r[0])).toEqual(quarterly.time.byQuarter.map((q) => q.period));
    expect(panel('shares').title(ctx)).toBe('Доли стран-партнёров по кварталам');
    expect(panel('shares').subtitle(ctx)).toContain('доли от всего товарооборота за каждый квартал');
    // No monthly rows: no seasons, said so.
    expect(panel('seasons').subtitle(ctx)).toBe(ctx.m.time.seasonsNoMonths);
    expect(csv(panel('seasons'), ctx).rows).toEqual([]);
  });

  it('annual rows: by year whatever the link asks, no step to choose', () => {
    const annual = seriesOf('year');
    expect(annual.time.finest).toBe('year');
    for (const step of ['quarter', 'month'] as const) {
      const ctx = context(annual, 'en', { step });
      expect(panel('flows').title(ctx)).toBe('Exports and imports');
      expect(panel('flows').subtitle(ctx)).toMatch(step === 'month' ? /^The data has no monthly figures: shown by year; / : /^The data has no quarterly or monthly figures: shown by year; /);
      expect(csv(panel('flows'), ctx).rows.map((r) => r[0])).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
      expect(panel('flows').actions!(ctx)).toBeNull();
      expect(panel('shares').title(ctx)).toBe('Partner shares by year');
    }
  });

  it('shares by quarter and by month: CSV and table against the series', () => {
    for (const step of ['quarter', 'month'] as const) {
      const ctx = context(monthly, 'en', { step });
      const { m } = ctx;
      const list = step === 'quarter' ? monthly.time.partnersByQuarter : monthly.time.partnersByMonth;
      const keys = monthly.partnerKeys;
      const labels = keys.map((k) => partnerLabel(k, 'en'));
      expect(csv(panel('shares'), ctx)).toEqual({ header: [step === 'quarter' ? m.time.quarterColumn : m.month, ...labels], rows: list.map((r) => [r.period, ...keys.map((k) => Math.round(r.values[k] ?? 0))]) });
      const rows = table(panel('shares'), ctx);
      expect(rows.length - 1).toBe(list.length);
      expect(rows[1]).toEqual([step === 'quarter' ? 'Q1 2019' : 'Jan 2019', ...keys.map((k) => formatShare((list[0].values[k] ?? 0) / list[0].total, 'en'))]);
      expect(panel('shares').title(ctx)).toBe(step === 'quarter' ? 'Partner shares by quarter' : 'Partner shares by month');
    }
    // By month over the fixture's 65 months and three partners: well within the marks budget.
    expect(monthly.time.partnersByMonth).toHaveLength(65);
  });

  it('seasons: month × year of the last five years, gaps where a month has no figures', () => {
    const ctx = context(monthly, 'ru');
    const { m } = ctx;
    const { years, months } = monthly.time.seasons;
    expect(years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(panel('seasons').title(ctx)).toBe('Сезонность: товарооборот по месяцам');
    expect(panel('seasons').subtitle(ctx)).toBe('млн долл. США; линия — год (2020–2024), последний выделен');
    const out = csv(panel('seasons'), ctx);
    expect(out.header).toEqual([m.month, ...years.map((y) => `${y}, USD`)]);
    expect(out.rows).toEqual(months.map((mo) => [mo.month, ...mo.values.map((v) => (v === null ? '' : Math.round(v)))]));
    // June 2024 has no figures: a gap, not a zero. January 2022 is an independent sum.
    expect(out.rows[5].at(-1)).toBe('');
    const jan2022 = [0, 1, 2].reduce((a, i) => a + 100_000 * (i + 1) + 1_000 + 2022 + 10_000 * (i + 1) + 1, 0);
    expect(out.rows[0][3]).toBe(jan2022);
    const rows = table(panel('seasons'), ctx);
    expect(rows[0]).toEqual([m.month, ...years.map((y) => `${y} (n)`)]);
    expect(rows[1][0]).toBe('янв.');
    expect(rows[6].at(-1)).toBe('—');
    expect(rows[1][3]).toBe(formatMillions(jan2022, 'ru'));
    // The legend of the image: one entry per year, the latest a strong blue.
    const legend = panel('seasons').legend!(panel('seasons').select(monthly, 'ru'), ctx)!;
    expect(legend.map((l) => l.label)).toEqual(years.map(String));
    expect(new Set(legend.map((l) => l.colour)).size).toBe(5);
  });

  it('a snapshot link carries every step and the seasons', async () => {
    const decoded = await decodeSnapshot(await encodeSnapshot({ createdAt: '2026-11-25', datasetName: 'test', demo: false, view: FILTER, series: monthly }));
    if (!decoded.ok) throw new Error(decoded.reason);
    for (const p of CHART_PANELS)
      for (const step of ['quarter', 'month'] as const) {
        const before = context(monthly, 'ru', { step });
        const after = context(decoded.snapshot.series, 'ru', { step });
        expect(csv(p, after)).toEqual(csv(p, before));
        expect(table(p, after)).toEqual(table(p, before));
        expect(p.title(after)).toEqual(p.title(before));
      }
  });
});
