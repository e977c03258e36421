// One loaded dataset = one cache entry. Keys go from general to specific
// (['dataset', id], then ['dataset', id, 'series', view]) so an upload, rename
// or delete can invalidate exactly one dataset and everything computed from it.

import { queryOptions } from '@tanstack/react-query';
import { loadTableFromUrl, type LoadProgress } from '../worker/dataset-worker-client';
import type { LoadedTable } from '../worker/worker-protocol';
import { findBuiltInDataset } from './built-in-datasets';

export const datasetKeys = {
  all: ['dataset'] as const,
  one: (id: string) => ['dataset', id] as const,
  series: (id: string, viewKey: string) => ['dataset', id, 'series', viewKey] as const,
};

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
    queryFn: ({ signal }): Promise<LoadedTable> => {
      const builtIn = findBuiltInDataset(id);
      if (!builtIn) throw new UnknownDatasetError(id);
      return loadTableFromUrl(builtIn.url, { signal, onProgress: (p) => progressListeners.get(id)?.(p) });
    },
    // A dataset never changes under its id; its typed arrays must not be walked.
    staleTime: Infinity,
    gcTime: 10 * 60_000,
    structuralSharing: false,
    retry: false,
  });
}
