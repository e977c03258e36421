// Charts first, then the save (issue 17): an upload's save to IndexedDB waits until the
// dashboard has drawn the new table's charts, so the two do not share the main thread while
// the user waits for the charts. The dashboard says when it has drawn a dataset; the upload
// waits for that, or for a few seconds when no dashboard draws it (another view is open).

const waiters = new Map<string, Set<() => void>>();

/** Called by the dashboard each time it has drawn every chart of a dataset's figures. */
export function markDashboardDrawn(datasetId: string): void {
  const waiting = waiters.get(datasetId);
  if (!waiting) return;
  waiters.delete(datasetId);
  for (const resolve of waiting) resolve();
}

/** Resolves at the dashboard's next drawing of `datasetId` (after this call), or after `timeoutMs`. */
export function whenDashboardDrawn(datasetId: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    let waiting = waiters.get(datasetId);
    if (!waiting) waiters.set(datasetId, (waiting = new Set()));
    const done = () => {
      clearTimeout(timer);
      waiting.delete(done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    waiting.add(done);
  });
}
