import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TradeTableBuilder, tableRow } from '../table/table-builder';
import { TradeImporter } from '../import/trade-importer';
import { canonicalCsvLines } from './canonical-csv';
import { csvCell } from './csv-cell';
import { periodCode } from '../model/period';
import type { TradeTable } from '../table/trade-table';

/** Totals of counted rows by period, flow, partner and commodity. */
function totals(t: TradeTable): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < t.rowCount; i++) {
    if (!t.counted[i]) continue;
    const key = [t.period[i], t.flow[i], t.partners[t.partner[i]], t.commodities[t.commodity[i]], t.reporters[t.reporter[i]]].join('|');
    m.set(key, (m.get(key) ?? 0) + t.valueUsd[i]);
    const q = t.quantity[i];
    if (!Number.isNaN(q)) m.set(`${key}|${t.units[t.unit[i]]}`, (m.get(`${key}|${t.units[t.unit[i]]}`) ?? 0) + q);
  }
  return m;
}

const row = fc.record({
  year: fc.integer({ min: 1995, max: new Date().getFullYear() + 1 }), // later years are rejected on import
  sub: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 21, max: 24 })),
  reporter: fc.constantFrom('RU-KAM', 'Камчатский край, Россия', '=cmd|" /c calc"', 'RU'),
  flow: fc.integer({ min: 0, max: 3 }),
  partner: fc.constantFrom('CN', 'KR', 'JP', 'HK', 'W00', 'US'),
  commodity: fc.constantFrom('03', '0303', '0303670000', '8901', 'TOTAL', '27'),
  value: fc.oneof(fc.integer({ min: 0, max: 1e12 }), fc.double({ min: 0, max: 1e9, noNaN: true })),
  kg: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: NaN }),
  quantity: fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: NaN }),
  unit: fc.constantFrom('ШТУКА', 'kg', 'Number of items'),
});

describe('canonical CSV export', () => {
  it('imports back to the same totals and the same aggregates kept apart (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 97 }), (rows, chunk) => {
        const b = new TradeTableBuilder();
        for (const r of rows) b.append(tableRow(periodCode(r.year, r.sub), r.reporter, r.flow, r.partner, r.commodity, r.value, r.kg, { quantity: r.quantity, unit: Number.isNaN(r.quantity) ? '' : r.unit }));
        const { table } = b.finish();
        const bytes = new TextEncoder().encode([...canonicalCsvLines(table)].join('\n'));
        const importer = new TradeImporter();
        for (let i = 0; i < bytes.length; i += chunk) importer.push(bytes.subarray(i, i + chunk));
        const back = importer.finish();
        expect(back.report.rows.rejected).toBe(0);
        expect(back.report.rows.read).toBe(rows.length);
        expect(totals(back.table)).toEqual(totals(table));
      }),
      { numRuns: 150 },
    );
  });

  it('writes quantity and unit only for tables that have quantities', () => {
    const plain = new TradeTableBuilder();
    plain.append(tableRow(periodCode(2020, 5), 'RU-KAM', 0, 'CN', '0303', 10));
    expect([...canonicalCsvLines(plain.finish().table)][0]).toBe('period,reporter,flow,partner,commodity,value_usd,net_kg');
    const counted = new TradeTableBuilder();
    counted.append(tableRow(periodCode(2020, 5), 'RU-KAM', 1, 'KR', '8901909000', 4100000, NaN, { quantity: 2, unit: 'ШТУКА' }));
    counted.append(tableRow(periodCode(2020, 5), 'RU-KAM', 0, 'CN', '0303', 10));
    expect([...canonicalCsvLines(counted.finish().table)]).toEqual([
      'period,reporter,flow,partner,commodity,value_usd,net_kg,quantity,unit',
      '2020-05,RU-KAM,import,KR,8901909000,4100000,,2,ШТУКА',
      '2020-05,RU-KAM,export,CN,0303,10,,,',
    ]);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const danger of ['=1+1', '+7', '-2', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(danger, ',').replace(/^"/, '')[0]).toBe("'");
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('say "hi"', ';')).toBe('"say ""hi"""');
    expect(csvCell('Китай', ',')).toBe('Китай');
  });
});
