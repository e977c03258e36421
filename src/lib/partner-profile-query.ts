// A partner's profile (`profile=CN`) for one view, cached per dataset + view + partner + step,
// computed from the loaded table as the series are (series-query.ts): synchronously as the
// query's initial data, so opening a profile draws once. Keys live under ['dataset', id], so
// deleting or replacing a dataset drops its profiles with its series.

import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { computePartnerProfile, type PartnerProfile } from '../core/aggregate/partner-profile';
import type { Step } from '../core/aggregate/time-series';
import { dashboardFilter, type ViewFilter } from '../core/aggregate/view-filter';
import type { LoadedTable } from '../worker/worker-protocol';
import { datasetKeys } from './dataset-query';
import { seriesViewKey } from './series-query';

export const profileKey = (datasetId: string, view: ViewFilter, partner: string, step: Step) => [...datasetKeys.one(datasetId), 'profile', seriesViewKey(view), partner, step] as const;

export function partnerProfileQueryOptions(datasetId: string, loaded: LoadedTable | undefined, view: ViewFilter | undefined, partner: string | null, step: Step) {
  const ready = loaded !== undefined && view !== undefined && partner !== null;
  const compute = (): PartnerProfile => computePartnerProfile(loaded!.table, dashboardFilter(view!, loaded!.summary), partner!, step);
  return queryOptions({
    queryKey: ready ? profileKey(datasetId, view, partner, step) : [...datasetKeys.one(datasetId), 'profile', ''],
    queryFn: compute,
    initialData: ready ? compute : undefined,
    enabled: ready,
    staleTime: Infinity,
    structuralSharing: false,
    placeholderData: keepPreviousData,
  });
}

/** The profile of `partner` under the view (null: none open, or the dataset not loaded yet). */
export function usePartnerProfile(datasetId: string, loaded: LoadedTable | undefined, view: ViewFilter | undefined, partner: string | null, step: Step) {
  return useQuery(partnerProfileQueryOptions(datasetId, loaded, view, partner, step));
}
