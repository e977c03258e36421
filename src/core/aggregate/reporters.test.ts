import { describe, expect, it } from 'vitest';
import { TradeTableBuilder, tableRow } from '../table/table-builder';
import { periodCode } from '../model/period';
import { FLOW_CODE } from '../model/trade-record';
import { defaultReporters, effectiveReporters, reportersByTurnover } from './reporters';

function table(rows: [string, 'export' | 'import', string, number][]) {
  const b = new TradeTableBuilder();
  for (const [reporter, flow, partner, value] of rows) b.append(tableRow(periodCode(2023, 1), reporter, FLOW_CODE[flow], partner, '0303', value, NaN));
  return b.finish().table;
}

describe('reporters', () => {
  const t = table([
    ['RU-KAM', 'export', 'CN', 300],
    ['RU-KAM', 'import', 'KR', 50],
    ['RU-PRI', 'export', 'CN', 200],
    ['RU-PRI', 'import', 'JP', 400],
    ['RU-KHA', 'import', 'CN', 10],
  ]);

  it('ranks reporters by exports + imports over the whole data', () => {
    expect(reportersByTurnover(t)).toEqual([
      { code: 'RU-PRI', turnoverUsd: 600 },
      { code: 'RU-KAM', turnoverUsd: 350 },
      { code: 'RU-KHA', turnoverUsd: 10 },
    ]);
    expect(defaultReporters(reportersByTurnover(t))).toEqual(['RU-PRI']);
  });

  it('settles a choice against the data', () => {
    const ranked = reportersByTurnover(t);
    expect(effectiveReporters([], ranked)).toEqual({ codes: ['RU-PRI'], all: false });
    expect(effectiveReporters(['RU-KAM'], ranked)).toEqual({ codes: ['RU-KAM'], all: false });
    expect(effectiveReporters(['RU-KHA', 'RU-KAM'], ranked)).toEqual({ codes: ['RU-KAM', 'RU-KHA'], all: false });
    expect(effectiveReporters(['XX'], ranked)).toEqual({ codes: ['RU-PRI'], all: false });
    expect(effectiveReporters('all', ranked)).toEqual({ codes: ['RU-PRI', 'RU-KAM', 'RU-KHA'], all: true });
    expect(effectiveReporters(['RU-KHA', 'RU-KAM', 'RU-PRI'], ranked).all).toBe(true);
  });

  it('a one-reporter dataset has one reporter and is never «all together»', () => {
    const one = table([['RU-KAM', 'export', 'CN', 5]]);
    const ranked = reportersByTurnover(one);
    expect(ranked).toEqual([{ code: 'RU-KAM', turnoverUsd: 5 }]);
    expect(effectiveReporters('all', ranked).codes).toEqual(['RU-KAM']);
    expect(effectiveReporters([], ranked)).toEqual({ codes: ['RU-KAM'], all: false });
  });
});
