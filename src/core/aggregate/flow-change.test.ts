import { describe, expect, it } from 'vitest';
import type { FlowTotals } from './dashboard-series';
import { flowChange, KEY_FIGURES } from './flow-change';
import { dashboardFilter, filterMonths, MEASURES } from './view-filter';
import { monthIndex } from '../model/period';

const totals = (exports: number, imports: number): FlowTotals => ({ exports, imports, turnover: exports + imports, balance: exports - imports });

describe('flowChange: a percentage where it means something, else the difference', () => {
  const now = totals(300, 100);
  const before = totals(200, 150);

  it('gives a ratio for turnover, exports and imports against a positive value', () => {
    expect(flowChange(now, before, 'turnover')).toEqual({ difference: 50, ratio: 400 / 350 - 1 });
    expect(flowChange(now, before, 'exports')).toEqual({ difference: 100, ratio: 0.5 });
    expect(flowChange(now, before, 'imports')).toEqual({ difference: -50, ratio: 100 / 150 - 1 });
  });

  it('never gives one for a balance: it can change sign', () => {
    expect(flowChange(now, before, 'balance')).toEqual({ difference: 150, ratio: null });
    expect(flowChange(totals(100, 100), totals(200, 100), 'balance')).toEqual({ difference: -100, ratio: null });
  });

  it('never gives one against zero', () => {
    expect(flowChange(now, totals(0, 150), 'exports')).toEqual({ difference: 300, ratio: null });
  });
});

describe('the key figures and the view filter', () => {
  it('lists the key figures in the order they are shown', () => {
    expect(KEY_FIGURES.map(([key, field]) => `${key}:${field}`)).toEqual(['turnover:turnover', 'export:exports', 'import:imports', 'balance:balance']);
  });

  it('measures turnover, exports or imports', () => {
    expect(MEASURES).toEqual(['turnover', 'export', 'import']);
  });

  it('turns the filter’s period into month indices for the query', () => {
    const filter = { from: '2020-01', to: '2020-05', measure: 'export' as const, partners: ['CN'], goods: ['03'] };
    expect(filterMonths(filter)).toEqual({ fromMonth: monthIndex(2020, 1), toMonth: monthIndex(2020, 5) });
    expect(dashboardFilter(filter, { firstMonth: monthIndex(2015, 1), lastMonth: monthIndex(2020, 5) })).toEqual({
      fromMonth: monthIndex(2020, 1),
      toMonth: monthIndex(2020, 5),
      measure: 'export',
      metric: 'value',
      goodsTop: 'chapter',
      partners: ['CN'],
      goods: ['03'],
      historyFromMonth: monthIndex(2015, 1),
      historyToMonth: monthIndex(2020, 5),
      baseFromMonth: monthIndex(2019, 1),
      baseToMonth: monthIndex(2019, 5),
    });
    expect(() => filterMonths({ from: '2020', to: '2020-05' })).toThrow(/month key/);
  });
});
