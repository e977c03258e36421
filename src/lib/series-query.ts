// The series every chart draws for one view, cached per dataset + view. The
// key is built from the same serialised state the URL holds, so the cache and
// the link cannot disagree.

import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { computeDashboardSeries, type DashboardSeries } from '../core/aggregate/dashboard-series';
import { dashboardFilter, type ViewFilter } from '../core/aggregate/view-filter';
import { defaultReporters, effectiveReporters, reportersByTurnover } from '../core/aggregate/reporters';
import { comparisonBase, resolvePeriod } from '../core/model/view-period';
import type { LoadedTable } from '../worker/worker-protocol';
import type { ViewState } from '../state/view-state';
import { datasetKeys } from './dataset-query';

/**
 * The effective filter: the view's period settled against the data (core/model/view-period.ts
 * resolvePeriod — with none in the view, the latest year to date, which officials compare with
 * the same months a year earlier; out-of-range bounds clamped to the data).
 */
export function effectiveSeriesView(view: ViewState, loaded: LoadedTable): ViewFilter {
  const { firstMonth, lastMonth } = loaded.summary;
  const { from, to } = resolvePeriod(view.from, view.to, firstMonth, lastMonth, loaded.summary);
  const filter: ViewFilter = { from, to, measure: view.measure, metric: view.metric, partners: view.partners, goods: view.goods, goodsTop: view.goodsTop, step: view.step, ...(view.vs ? { base: comparisonBase({ from, to, base: view.vs }) } : {}) };
  // Several reporters are never summed silently: the view's, else the largest (core/aggregate/reporters.ts).
  const ranked = reportersByTurnover(loaded.table);
  if (ranked.length < 2) return filter;
  const shown = effectiveReporters(view.reporter, ranked);
  return { ...filter, reporters: shown.codes, allReporters: shown.all };
}

export function seriesViewKey(v: ViewFilter): string {
  const reporters = v.reporters ? `|r:${v.allReporters ? 'all' : v.reporters.join(',')}` : '';
  const base = v.base ? `|vs:${v.base.from}..${v.base.to}` : '';
  return `${v.from}..${v.to}${base}|${v.measure}|${v.metric ?? 'value'}|${v.goodsTop ?? 'chapter'}|${v.step ?? 'year'}|${v.partners.join(',')}|${v.goods.join(',')}${reporters}`;
}

/**
 * The view as the app's links write it: for a dataset with several reporters the reporter is
 * always named, the default one too, so a link keeps its meaning when files are added.
 */
export function viewForLink(view: ViewState, effective: ViewFilter | undefined): ViewState {
  if (!effective?.reporters || view.reporter === 'all' || view.reporter.length > 0) return view;
  return { ...view, reporter: effective.allReporters ? 'all' : effective.reporters };
}

/** viewForLink for a view about to be written, when its dataset is already loaded. */
export function withExplicitReporter(queryClient: QueryClient, view: ViewState): ViewState {
  if (view.reporter === 'all' || view.reporter.length > 0) return view;
  const loaded = queryClient.getQueryData<LoadedTable>(datasetKeys.one(view.dataset));
  if (!loaded) return view;
  const ranked = reportersByTurnover(loaded.table);
  return ranked.length < 2 ? view : { ...view, reporter: defaultReporters(ranked) };
}

export function seriesQueryOptions(datasetId: string, loaded: LoadedTable | undefined, view: ViewFilter | undefined) {
  const compute = (): DashboardSeries =>
    computeDashboardSeries(loaded!.table, dashboardFilter(view!, loaded!.summary), { dataFirstMonth: loaded!.summary.firstMonth, dataLastMonth: loaded!.summary.lastMonth });
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
