import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { TradeTableBuilder, tableRow } from '../core/table/table-builder';
import { summariseTable } from '../core/table/table-summary';
import { monthIndex, periodCode } from '../core/model/period';
import { FLOW_CODE } from '../core/model/trade-record';
import { DEFAULT_VIEW } from '../state/view-state';
import { computeDashboardSeries, type DashboardSeries } from '../core/aggregate/dashboard-series';
import { datasetKeys } from './dataset-query';
import { effectiveSeriesView, primeSeries, seriesViewKey, viewForLink, withExplicitReporter } from './series-query';

function loaded() {
  const b = new TradeTableBuilder();
  b.append(tableRow(periodCode(2023, 5), 'RU-KAM', FLOW_CODE.export, 'CN', '0303', 300, NaN));
  b.append(tableRow(periodCode(2024, 2), 'RU-KAM', FLOW_CODE.export, 'CN', '0303', 60, NaN));
  b.append(tableRow(periodCode(2024, 3), 'RU-KAM', FLOW_CODE.import, 'KR', '8901', 40, NaN));
  const table = b.finish().table;
  return { table, summary: summariseTable(table) };
}

describe('primeSeries', () => {
  const view = { ...DEFAULT_VIEW, dataset: 'u-abc' };

  it('computes and caches the series the view will draw when its dataset is loaded', () => {
    const client = new QueryClient();
    const data = loaded();
    client.setQueryData(datasetKeys.one('u-abc'), data);
    expect(primeSeries(client, view)).toBe(true);
    const effective = effectiveSeriesView(view, data);
    // The default view: the latest year to date, January–March 2024.
    expect([effective.from, effective.to]).toEqual(['2024-01', '2024-03']);
    const series = client.getQueryData<DashboardSeries>(datasetKeys.series('u-abc', seriesViewKey(effective)));
    const range = { dataFirstMonth: data.summary.firstMonth, dataLastMonth: data.summary.lastMonth };
    const view2024 = { fromMonth: monthIndex(2024, 1), toMonth: monthIndex(2024, 3), measure: 'turnover' as const, partners: [], goods: [], historyFromMonth: data.summary.firstMonth, historyToMonth: data.summary.lastMonth };
    expect(series).toEqual(computeDashboardSeries(data.table, view2024, range));
    expect(series?.current).toEqual({ exports: 60, imports: 40, turnover: 100, balance: 20 });
  });

  it('does nothing for a dataset not loaded yet (it is computed when it arrives)', () => {
    const client = new QueryClient();
    expect(primeSeries(client, view)).toBe(false);
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });
});

describe('reporters in the series query', () => {
  function twoReporters() {
    const b = new TradeTableBuilder();
    b.append(tableRow(periodCode(2024, 1), 'RU-KAM', FLOW_CODE.export, 'CN', '0303', 100, NaN));
    b.append(tableRow(periodCode(2024, 1), 'RU-PRI', FLOW_CODE.export, 'CN', '0303', 300, NaN));
    b.append(tableRow(periodCode(2024, 2), 'RU-PRI', FLOW_CODE.import, 'KR', '8901', 50, NaN));
    const table = b.finish().table;
    return { table, summary: summariseTable(table) };
  }
  const view = { ...DEFAULT_VIEW, dataset: 'u-two' };

  it('shows the largest reporter by default, one named, or all; the key says which', () => {
    const data = twoReporters();
    const byDefault = effectiveSeriesView(view, data);
    expect(byDefault).toMatchObject({ reporters: ['RU-PRI'], allReporters: false });
    const kam = effectiveSeriesView({ ...view, reporter: ['RU-KAM'] }, data);
    const all = effectiveSeriesView({ ...view, reporter: 'all' }, data);
    expect(all).toMatchObject({ reporters: ['RU-PRI', 'RU-KAM'], allReporters: true });
    expect(new Set([seriesViewKey(byDefault), seriesViewKey(kam), seriesViewKey(all)]).size).toBe(3);
    const client = new QueryClient();
    client.setQueryData(datasetKeys.one('u-two'), data);
    const turnover = (v: typeof view) => {
      primeSeries(client, v);
      return client.getQueryData<DashboardSeries>(datasetKeys.series('u-two', seriesViewKey(effectiveSeriesView(v, data))))?.current.turnover;
    };
    expect(turnover(view)).toBe(350);
    expect(turnover({ ...view, reporter: ['RU-KAM'] })).toBe(100);
    expect(turnover({ ...view, reporter: 'all' })).toBe(450);
  });

  it('names the reporter in the app’s links only for a dataset with several', () => {
    const client = new QueryClient();
    client.setQueryData(datasetKeys.one('u-two'), twoReporters());
    client.setQueryData(datasetKeys.one('u-abc'), loaded());
    expect(withExplicitReporter(client, view).reporter).toEqual(['RU-PRI']);
    expect(withExplicitReporter(client, { ...view, reporter: 'all' }).reporter).toBe('all');
    expect(withExplicitReporter(client, { ...view, dataset: 'u-abc' }).reporter).toEqual([]);
    expect(withExplicitReporter(client, { ...view, dataset: 'u-none' }).reporter).toEqual([]);
    const data = twoReporters();
    expect(viewForLink(view, effectiveSeriesView(view, data)).reporter).toEqual(['RU-PRI']);
    expect(viewForLink({ ...view, dataset: 'u-abc' }, effectiveSeriesView(view, loaded())).reporter).toEqual([]);
  });
});
