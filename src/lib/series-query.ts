// The series every chart draws for one view, cached per dataset + view. The
// key is built from the same serialised state the URL holds, so the cache and
// the link cannot disagree.

import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { computeDashboardSeries, type DashboardSeries } from '../core/aggregate/dashboard-series';
import { parseMonthKey } from '../core/model/period';
import type { LoadedTable } from '../worker/worker-protocol';
import type { ViewState } from '../state/view-state';
import { datasetKeys } from './dataset-query';

export interface SeriesView {
  from: string;
  to: string;
  measure: ViewState['measure'];
  partners: string[];
  chapters: string[];
}

/**
 * The effective filter. With no period in the view, the latest year to date:
 * January to the last month of the data, which officials compare with the
 * same months a year earlier. Out-of-range bounds are clamped to the data.
 */
export function effectiveSeriesView(view: ViewState, loaded: LoadedTable): SeriesView {
  const { firstMonth, lastMonth } = loaded.summary;
  const defaultFrom = Math.max(firstMonth, Math.floor(lastMonth / 12) * 12);
  const clamp = (key: string | null, fallback: number) => {
    const m = key === null ? null : parseMonthKey(key);
    return m === null ? fallback : Math.min(lastMonth, Math.max(firstMonth, m));
  };
  let from = clamp(view.from, view.to === null ? defaultFrom : firstMonth);
  let to = clamp(view.to, lastMonth);
  if (from > to) [from, to] = [defaultFrom, lastMonth];
  const key = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  return { from: key(from), to: key(to), measure: view.measure, partners: view.partners, chapters: view.chapters };
}

export function seriesViewKey(v: SeriesView): string {
  return `${v.from}..${v.to}|${v.measure}|${v.partners.join(',')}|${v.chapters.join(',')}`;
}

export function seriesQueryOptions(datasetId: string, loaded: LoadedTable | undefined, view: SeriesView | undefined) {
  const compute = (): DashboardSeries =>
    computeDashboardSeries(
      loaded!.table,
      {
        fromMonth: parseMonthKey(view!.from)!,
        toMonth: parseMonthKey(view!.to)!,
        measure: view!.measure,
        partners: view!.partners,
        chapters: view!.chapters,
        historyFromMonth: loaded!.summary.firstMonth,
        historyToMonth: loaded!.summary.lastMonth,
      },
      { dataFirstMonth: loaded!.summary.firstMonth, dataLastMonth: loaded!.summary.lastMonth },
    );
  const ready = loaded !== undefined && view !== undefined;
  return queryOptions({
    queryKey: datasetKeys.series(datasetId, view ? seriesViewKey(view) : ''),
    queryFn: compute,
    // Series come from the in-memory cube in milliseconds: computed while the key is
    // first seen, a filter click draws once, not once with the old figures and again.
    initialData: ready ? compute : undefined,
    enabled: ready,
    staleTime: Infinity,
    structuralSharing: false,
    placeholderData: keepPreviousData,
  });
}

/**
 * Computes and caches the series `view` will draw, when its dataset is already loaded;
 * false when it is not. Opening a just-imported dataset does this a task before switching
 * to it, so the first figures (10–20 ms on a million rows) are not computed inside the
 * task that draws the new dashboard.
 */
export function primeSeries(queryClient: QueryClient, view: ViewState): boolean {
  const loaded = queryClient.getQueryData<LoadedTable>(datasetKeys.one(view.dataset));
  if (!loaded) return false;
  // With initialData, the query is built (and the series computed) right here.
  void queryClient.ensureQueryData(seriesQueryOptions(view.dataset, loaded, effectiveSeriesView(view, loaded)));
  return true;
}
