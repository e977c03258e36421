// Every view, the briefing and the exports on an empty and a one-row dataset (issue 15):
// numbers or dashes, never a throw (`not a month key: 0-01..0-01` once blanked the briefing).
import { describe, expect, it } from 'vitest';
import { TradeTableBuilder, tableRow } from '../../core/table/table-builder';
import { summariseTable } from '../../core/table/table-summary';
import { computeDashboardSeries } from '../../core/aggregate/dashboard-series';
import { dashboardFilter } from '../../core/aggregate/view-filter';
import { canonicalCsvLines } from '../../core/export/canonical-csv';
import { rowFilter } from '../../core/export/row-filter';
import { periodCode } from '../../core/model/period';
import { effectiveSeriesView } from '../../lib/series-query';
import { DEFAULT_VIEW } from '../../state/view-state';
import { briefingParagraphOf } from './briefing-figures';

function loaded(rows: ReturnType<typeof tableRow>[]) {
  const b = new TradeTableBuilder();
  for (const r of rows) b.append(r);
  const table = b.finish().table;
  return { table, summary: summariseTable(table) };
}

function everything(l: ReturnType<typeof loaded>) {
  const effective = effectiveSeriesView({ ...DEFAULT_VIEW, dataset: 'x' }, l);
  const filter = dashboardFilter(effective, l.summary);
  const series = computeDashboardSeries(l.table, filter, { dataFirstMonth: l.summary.firstMonth, dataLastMonth: l.summary.lastMonth });
  const csv = [...canonicalCsvLines(l.table, rowFilter(l.table, { ...filter, goods: effective.goods }))];
  return { effective, series, csv, ru: briefingParagraphOf(series, effective, 'ru'), en: briefingParagraphOf(series, effective, 'en') };
}

describe('edge datasets', () => {
  it('a one-row dataset: the default period is its month, the figures are the row’s', () => {
    const r = everything(loaded([tableRow(periodCode(2024, 3), 'RU-KAM', 0, 'CN', '0303670000', 2_500_000, 1000)]));
    expect([r.effective.from, r.effective.to]).toEqual(['2024-03', '2024-03']);
    expect(r.series.current.exports).toBe(2_500_000);
    expect(r.series.current.turnover).toBe(2_500_000);
    expect(r.csv).toHaveLength(2); // header + the row
    expect(r.ru).toContain('2,5');
    expect(r.en).toContain('2.5');
  });

  it('an empty dataset: every view, the briefing and the export draw without throwing', () => {
    const r = everything(loaded([]));
    expect(r.effective.from).toMatch(/^\d{4}-\d{2}$/);
    expect(r.effective.from.startsWith('0')).toBe(false);
    expect(r.series.current.turnover).toBe(0);
    expect(r.csv).toHaveLength(1); // the header only
    expect(typeof r.ru).toBe('string');
  });
});
