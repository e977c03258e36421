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
      ['flows', 'panel-flows-over-time', 'flows', true],
      ['goods', 'panel-chapters', 'goods', true],
      ['goods-partners', 'panel-goods-partners', 'goods-partners', true],
    ]);
  });

  it('titles each panel from the messages and the measure', () => {
    const ctx = context(fixtureSeries(), 'ru');
    expect(CHART_PANELS.map((p) => [p.title(ctx), p.subtitle(ctx)])).toEqual([
      ['Доли стран-партнёров: товарооборот', 'янв.–май 2024\u00a0г.; доля от всего товарооборота, %; млн долл. США'],
      ['Доли стран-партнёров по годам', 'доли от всего товарооборота за каждый год, %; выбранный период выделен: янв.–май 2024\u00a0г.'],
      ['Экспорт и импорт', 'млн долл. США; выбранный период выделен: янв.–май 2024\u00a0г.'],
      // The fixture's view is filtered to China: the goods are those of trade with it.
      ['Товарная структура: товарооборот по группам ТН ВЭД', 'янв.–май 2024\u00a0г.; доля от товарооборота с партнёрами: Китай; млн долл. США'],
      ['Товары × страны: товарооборот', 'янв.–май 2024\u00a0г.; рядом с каждой суммой — доля страны в товаре; млн долл. США'],
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
