// Loads the current dataset and the series for the current view through the
// query cache; components below receive ready numbers.

import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions, onDatasetProgress } from './dataset-query';
import { effectiveSeriesView, seriesQueryOptions } from './series-query';
import type { LoadProgress } from '../worker/dataset-worker-client';
import type { ViewState } from '../state/view-state';

export function useDashboardData(view: ViewState) {
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  useEffect(() => onDatasetProgress(view.dataset, setProgress), [view.dataset]);
  const dataset = useQuery(datasetQueryOptions(view.dataset));
  const effective = useMemo(() => (dataset.data ? effectiveSeriesView(view, dataset.data) : undefined), [view, dataset.data]);
  const series = useQuery(seriesQueryOptions(view.dataset, dataset.data, effective));
  return { dataset, series, effective, progress };
}
