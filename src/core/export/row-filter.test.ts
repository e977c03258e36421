import { describe, expect, it } from 'vitest';
import { TradeTableBuilder, tableRow } from '../table/table-builder';
import { TradeImporter } from '../import/trade-importer';
import { computeDashboardSeries } from '../aggregate/dashboard-series';
import { canonicalCsvLines } from './canonical-csv';
import { rowFilter } from './row-filter';
import { monthIndex, periodCode } from '../model/period';

describe('filtered canonical export', () => {
  it('re-imports to exactly the totals the dashboard shows for the same filter', () => {
    const b = new TradeTableBuilder();
    let n = 0;
    for (let y = 2019; y <= 2021; y++)
      for (let m = 1; m <= 12; m++)
        for (const [p, c] of [['CN', '0303'], ['KR', '8901'], ['JP', '2710'], ['W00', 'TOTAL']] as const) b.append(tableRow(periodCode(y, m), 'RU-KAM', n++ % 2, p, c, 1000 + n, NaN));
    b.append(tableRow(periodCode(2020, 0), 'RU-KAM', 0, 'HK', '03', 777, NaN));
    const { table } = b.finish();
    const filter = { fromMonth: monthIndex(2020, 1), toMonth: monthIndex(2020, 12), partners: ['CN', 'HK', 'JP'], goods: ['03', '27'] };
    const shown = computeDashboardSeries(table, { ...filter, measure: 'turnover' });
    const bytes = new TextEncoder().encode([...canonicalCsvLines(table, rowFilter(table, filter))].join('\n'));
    const importer = new TradeImporter();
    importer.push(bytes);
    const back = importer.finish().table;
    const again = computeDashboardSeries(back, { ...filter, measure: 'turnover' });
    expect(again.current).toEqual(shown.current);
    expect(again.partnerShares).toEqual(shown.partnerShares);
    expect(shown.partnerShares.map((p) => p.key).sort()).toEqual(['CN', 'HK', 'JP']);
  });

  it('keeps only the reporters shown; with none named (all together) every reporter', () => {
    const b = new TradeTableBuilder();
    const rows = [
      ['RU-KAM', 'CN', 100],
      ['RU-PRI', 'CN', 200],
      ['RU-PRI', 'JP', 300],
      ['RU-KHA', 'KR', 400],
    ] as const;
    for (const [reporter, partner, value] of rows) b.append(tableRow(periodCode(2024, 1), reporter, 0, partner, '0303', value, NaN));
    const { table } = b.finish();
    const base = { fromMonth: monthIndex(2024, 1), toMonth: monthIndex(2024, 12), partners: [], goods: [] };
    const reporterOf = (spec: Parameters<typeof rowFilter>[1]) => {
      const keep = rowFilter(table, spec);
      const out: string[] = [];
      for (let i = 0; i < table.rowCount; i++) if (keep(i)) out.push(table.reporters[table.reporter[i]]);
      return out.sort();
    };
    expect(reporterOf({ ...base, reporters: ['RU-PRI'] })).toEqual(['RU-PRI', 'RU-PRI']);
    expect(reporterOf({ ...base, reporters: ['RU-PRI', 'RU-KHA'] })).toEqual(['RU-KHA', 'RU-PRI', 'RU-PRI']);
    expect(reporterOf({ ...base, reporters: ['RU-PRI'], partners: ['JP'] })).toEqual(['RU-PRI']);
    expect(reporterOf({ ...base, reporters: [] })).toEqual(['RU-KAM', 'RU-KHA', 'RU-PRI', 'RU-PRI']);
    expect(reporterOf(base)).toEqual(['RU-KAM', 'RU-KHA', 'RU-PRI', 'RU-PRI']);
    // The export of one reporter re-imports to the figures the dashboard shows for it.
    const spec = { ...base, reporters: ['RU-PRI'] };
    const shown = computeDashboardSeries(table, { ...spec, measure: 'turnover' });
    const importer = new TradeImporter();
    importer.push(new TextEncoder().encode([...canonicalCsvLines(table, rowFilter(table, spec))].join('\n')));
    const back = importer.finish().table;
    expect(back.reporters.filter(Boolean)).toEqual(['RU-PRI']);
    expect(computeDashboardSeries(back, { ...base, measure: 'turnover' }).current).toEqual(shown.current);
  });
});
