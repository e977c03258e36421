import { describe, expect, it } from 'vitest';
import { TradeTableBuilder, tableRow } from '../table/table-builder';
import { monthIndex, periodCode } from '../model/period';
import { FLOW_CODE } from '../model/trade-record';
import { computeReporterComparison } from './reporter-comparison';

describe('computeReporterComparison', () => {
  const b = new TradeTableBuilder();
  const rows: [string, number, 'export' | 'import', string, number][] = [
    ['RU-KAM', 2023, 'export', 'CN', 40],
    ['RU-KAM', 2024, 'export', 'CN', 60],
    ['RU-KAM', 2024, 'import', 'KR', 40],
    ['RU-PRI', 2024, 'export', 'CN', 100],
    ['RU-PRI', 2024, 'export', 'JP', 300],
    ['RU-PRI', 2023, 'import', 'CN', 50],
  ];
  for (const [reporter, y, flow, partner, value] of rows) b.append(tableRow(periodCode(y, 4), reporter, FLOW_CODE[flow], partner, '0303670000', value, NaN));
  const t = b.finish().table;
  const filter = { fromMonth: monthIndex(2024, 1), toMonth: monthIndex(2024, 12), measure: 'turnover' as const, partners: [], historyFromMonth: monthIndex(2023, 1), historyToMonth: monthIndex(2024, 12) };
  const c = computeReporterComparison(t, filter, ['RU-PRI', 'RU-KAM'], { dataFirstMonth: monthIndex(2023, 1), dataLastMonth: monthIndex(2024, 12) });

  it('gives each reporter its own figures, never their sum', () => {
    expect(c.reporters.map((r) => r.code)).toEqual(['RU-PRI', 'RU-KAM']);
    expect(c.reporters[0].current).toEqual({ exports: 400, imports: 0, turnover: 400, balance: 400 });
    expect(c.reporters[0].previous).toEqual({ exports: 0, imports: 50, turnover: 50, balance: -50 });
    expect(c.reporters[1].current).toEqual({ exports: 60, imports: 40, turnover: 100, balance: 20 });
  });

  it('gives each reporter its top partners and China share, now and by year on one axis', () => {
    expect(c.reporters[0].topPartners).toEqual([{ key: 'JP', valueUsd: 300, share: 0.75 }, { key: 'CN', valueUsd: 100, share: 0.25 }]);
    expect(c.reporters[0].chinaShare).toBe(0.25);
    expect(c.reporters[1].chinaShare).toBe(0.6);
    expect(c.years).toEqual([2023, 2024]);
    expect(c.reporters[1].chinaShareByYear).toEqual([{ year: 2023, share: 1 }, { year: 2024, share: 0.6 }]);
  });

  it('gives no base the data does not cover', () => {
    const uncovered = computeReporterComparison(t, filter, ['RU-KAM'], { dataFirstMonth: monthIndex(2023, 6), dataLastMonth: monthIndex(2024, 12) });
    expect(uncovered.reporters[0].previous).toBeNull();
  });
});
