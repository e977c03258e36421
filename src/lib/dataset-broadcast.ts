// Other tabs of the app: a dataset saved, renamed or deleted in one is announced on the
// `tradeshare` BroadcastChannel, so the others refresh their dataset list and say when the
// dataset they show was deleted. A message is untrusted input: read, never thrown on.

export const DATASET_CHANNEL = 'tradeshare';

export type DatasetChange = { type: 'dataset-saved' | 'dataset-renamed' | 'dataset-deleted'; id: string };

const TYPES: readonly DatasetChange['type'][] = ['dataset-saved', 'dataset-renamed', 'dataset-deleted'];

/** A message of the channel as a change, or null when it is not one. */
export function parseDatasetChange(data: unknown): DatasetChange | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, id } = data as Record<string, unknown>;
  if (!(TYPES as readonly unknown[]).includes(type) || typeof id !== 'string' || !/^[\w.-]{1,80}$/.test(id)) return null;
  return { type: type as DatasetChange['type'], id };
}

/** What a tab does with a change: refresh its list; when the dataset it shows is deleted, say so. */
export function handleDatasetChange(change: DatasetChange, openId: string, actions: { refreshList: () => void; openDeleted: () => void }): void {
  actions.refreshList();
  if (change.type === 'dataset-deleted' && change.id === openId) actions.openDeleted();
}

/**
 * One channel object per tab, for sending and listening alike: a BroadcastChannel never
 * hears its own messages, but a second object in the same tab would (the deleting tab
 * used to tell itself its dataset was «deleted in another tab»).
 */
let shared: BroadcastChannel | null | undefined;
function channel(): BroadcastChannel | null {
  if (shared !== undefined) return shared;
  try {
    shared = typeof BroadcastChannel === 'function' ? new BroadcastChannel(DATASET_CHANNEL) : null;
  } catch {
    shared = null;
  }
  return shared;
}

/** Tells the other tabs (never this one: the channel does not hear its own messages). */
export function announceDatasetChange(change: DatasetChange): void {
  const c = channel();
  if (!c) return;
  try {
    c.postMessage(change);
  } catch {
    // A tab being closed: the others refresh on their next look.
  }
}

/** Listens to the other tabs' changes; returns the unsubscribe. */
export function onDatasetChange(listener: (change: DatasetChange) => void): () => void {
  const c = channel();
  if (!c) return () => {};
  const onMessage = (e: MessageEvent) => {
    const change = parseDatasetChange(e.data);
    if (change) listener(change);
  };
  c.addEventListener('message', onMessage);
  return () => c.removeEventListener('message', onMessage);
}
