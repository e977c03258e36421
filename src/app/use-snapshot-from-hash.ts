// A snapshot link's figures live in the URL fragment: decoded once per fragment.

import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { DecodedSnapshot } from '../state/snapshot-codec';
import { SNAPSHOT_PREFIX } from '../state/snapshot-limits';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** `failed`: the codec's chunk did not load (offline, app updated) or decoding threw; `retry` tries again. */
export type SnapshotState = { kind: 'none' } | { kind: 'loading' } | { kind: 'decoded'; result: DecodedSnapshot } | { kind: 'failed'; error: unknown; retry: () => void };

type Outcome = { encoded: string; attempt: number } & ({ ok: true; result: DecodedSnapshot } | { ok: false; error: unknown });

export function useSnapshotFromHash(): SnapshotState {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const encoded = hash.startsWith(SNAPSHOT_PREFIX) ? hash.slice(SNAPSHOT_PREFIX.length) : null;
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    if (encoded === null) return;
    let live = true;
    import('../state/snapshot-codec')
      .then(({ decodeSnapshot }) => decodeSnapshot(encoded))
      .then(
        (result) => live && setOutcome({ encoded, attempt, ok: true, result }),
        (error: unknown) => live && setOutcome({ encoded, attempt, ok: false, error }),
      );
    return () => {
      live = false;
    };
  }, [encoded, attempt]);
  if (encoded === null) return { kind: 'none' };
  if (!outcome || outcome.encoded !== encoded || outcome.attempt !== attempt) return { kind: 'loading' };
  return outcome.ok ? { kind: 'decoded', result: outcome.result } : { kind: 'failed', error: outcome.error, retry };
}
