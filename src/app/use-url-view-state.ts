// The address bar is the single source of view state: read with
// useSyncExternalStore, written with pushState so back/forward walk views.

import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseViewQuery, serialiseViewQuery, type ParsedView } from '../state/url-codec';
import type { ViewState } from '../state/view-state';

const CHANGE = 'tradeshare:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const getSearch = () => window.location.search;

/**
 * `explicit` completes a view before it is written (the app names the reporter of a dataset with
 * several: lib/series-query.ts withExplicitReporter); it must keep its identity across renders.
 */
export function useUrlViewState(explicit?: (next: ViewState) => ViewState): [ParsedView, (next: ViewState) => void] {
  const search = useSyncExternalStore(subscribe, getSearch);
  const parsed = useMemo(() => parseViewQuery(search), [search]);
  const setView = useCallback((next: ViewState) => {
    const query = serialiseViewQuery(explicit ? explicit(next) : next);
    if (query === window.location.search) return;
    window.history.pushState(null, '', window.location.pathname + query + window.location.hash);
    window.dispatchEvent(new Event(CHANGE));
  }, [explicit]);
  return [parsed, setView];
}
