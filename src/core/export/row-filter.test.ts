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
    const filter = { fromMonth: monthIndex(2020, 1), toMonth: monthIndex(2020, 12), partners: ['CN', 'HK', 'JP'], chapters: ['03', '27'] };
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
});
