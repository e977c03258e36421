// One loaded dataset = one cache entry. Keys go from general to specific
// (['dataset', id], then ['dataset', id, 'series', view]) so an upload, rename
// or delete can invalidate exactly one dataset and everything computed from it.

import { queryOptions } from '@tanstack/react-query';
import { loadTableFromUrl, rollUpInWorker, type LoadProgress } from '../worker/dataset-worker-client';
import type { LoadedTable } from '../worker/worker-protocol';
import { BUILT_IN_DATASETS, findBuiltInDataset } from './built-in-datasets';
import { getStoredDataset, listStoredDatasets } from './dataset-repository';
import type { StoredDatasetMeta } from './dataset-store';
import type { Language } from '../state/view-state';

export const datasetKeys = {
  all: ['dataset'] as const,
  list: ['datasets'] as const,
  one: (id: string) => ['dataset', id] as const,
  series: (id: string, viewKey: string) => ['dataset', id, 'series', viewKey] as const,
};

/** One row of the dataset list: built-in (read-only) or uploaded. */
export interface DatasetEntry {
  id: string;
  name: Record<Language, string>;
  builtIn: boolean;
  demo: boolean;
  meta?: StoredDatasetMeta;
}

export function datasetListQueryOptions() {
  return queryOptions({
    queryKey: datasetKeys.list,
    queryFn: async (): Promise<DatasetEntry[]> => {
      const stored = await listStoredDatasets();
      return [
        ...BUILT_IN_DATASETS.map((d) => ({ id: d.id, name: d.name, builtIn: true, demo: d.demo })),
        ...stored.map((meta) => ({ id: meta.id, name: { ru: meta.name, en: meta.name }, builtIn: false, demo: false, meta })),
      ];
    },
    staleTime: Infinity,
  });
}

export class UnknownDatasetError extends Error {
  constructor(readonly datasetId: string) {
    super(`unknown dataset ${datasetId}`);
    this.name = 'UnknownDatasetError';
  }
}

/** Progress listeners by dataset id: the query function reports, the UI listens. */
const progressListeners = new Map<string, (p: LoadProgress) => void>();
export function onDatasetProgress(id: string, listener: (p: LoadProgress) => void): () => void {
  progressListeners.set(id, listener);
  return () => progressListeners.delete(id);
}

export function datasetQueryOptions(id: string) {
  return queryOptions({
    queryKey: datasetKeys.one(id),
    queryFn: async ({ signal }): Promise<LoadedTable> => {
      const builtIn = findBuiltInDataset(id);
      if (builtIn) return loadTableFromUrl(builtIn.url, { signal, onProgress: (p) => progressListeners.get(id)?.(p) });
      const stored = await getStoredDataset(id);
      if (!stored) throw new UnknownDatasetError(id);
      // The chapter roll-up is built in the worker, not on the page (the table travels there and back).
      return rollUpInWorker(stored.table);
    },
    // A dataset never changes under its id; its typed arrays must not be walked.
    staleTime: Infinity,
    gcTime: 10 * 60_000,
    structuralSharing: false,
    retry: false,
  });
}
