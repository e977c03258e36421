// A snapshot link's figures live in the URL fragment: decoded once per fragment.

import { useEffect, useState, useSyncExternalStore } from 'react';
import type { DecodedSnapshot } from '../state/snapshot-codec';
import { SNAPSHOT_PREFIX } from '../state/snapshot-limits';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export type SnapshotState = { kind: 'none' } | { kind: 'loading' } | { kind: 'decoded'; result: DecodedSnapshot };

export function useSnapshotFromHash(): SnapshotState {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const encoded = hash.startsWith(SNAPSHOT_PREFIX) ? hash.slice(SNAPSHOT_PREFIX.length) : null;
  const [decoded, setDecoded] = useState<{ encoded: string; result: DecodedSnapshot } | null>(null);
  useEffect(() => {
    if (encoded === null) return;
    let live = true;
    void import('../state/snapshot-codec')
      .then(({ decodeSnapshot }) => decodeSnapshot(encoded))
      .then((result) => live && setDecoded({ encoded, result }));
    return () => {
      live = false;
    };
  }, [encoded]);
  if (encoded === null) return { kind: 'none' };
  return decoded && decoded.encoded === encoded ? { kind: 'decoded', result: decoded.result } : { kind: 'loading' };
}
