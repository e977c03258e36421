// Regions side by side (`compare=reporter`): the comparison of the reporters shown, computed
// from the loaded table and cached per dataset and view, like the series (series-query.ts).

import { useQuery } from '@tanstack/react-query';
import { computeReporterComparison, type ReporterComparison } from '../core/aggregate/reporter-comparison';
import { reportersByTurnover } from '../core/aggregate/reporters';
import { dashboardFilter, type ViewFilter } from '../core/aggregate/view-filter';
import type { LoadedTable } from '../worker/worker-protocol';
import type { ViewState } from '../state/view-state';
import { datasetKeys } from './dataset-query';
import { seriesViewKey } from './series-query';

/** The reporters compared: the ones named (two or more), else every reporter of the dataset. */
export function comparedReporters(view: ViewState, loaded: LoadedTable): string[] {
  const ranked = reportersByTurnover(loaded.table).map((r) => r.code);
  if (view.reporter === 'all') return ranked;
  const named = ranked.filter((code) => view.reporter.includes(code));
  return named.length >= 2 ? named : ranked;
}

export function useReporterComparison(view: ViewState, loaded: LoadedTable | undefined, effective: ViewFilter | undefined) {
  const enabled = view.compare === 'reporter' && loaded !== undefined && effective !== undefined && reportersByTurnover(loaded.table).length > 1;
  const codes = enabled ? comparedReporters(view, loaded!) : [];
  const compute = (): ReporterComparison => {
    const { reporters: _shown, allReporters: _all, ...rest } = effective!;
    void _shown;
    void _all;
    return computeReporterComparison(loaded!.table, dashboardFilter(rest, loaded!.summary), codes, { dataFirstMonth: loaded!.summary.firstMonth, dataLastMonth: loaded!.summary.lastMonth });
  };
  return useQuery({
    queryKey: datasetKeys.series(view.dataset, `regions|${codes.join(',')}|${effective ? seriesViewKey(effective) : ''}`),
    queryFn: compute,
    // Computed in the render that asks for it (as the series are, series-query.ts): the
    // comparison draws with the click, not a task later.
    initialData: enabled ? compute : undefined,
    enabled,
    staleTime: Infinity,
    structuralSharing: false,
  });
}
