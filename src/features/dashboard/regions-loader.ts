// The regions-side-by-side chunk, loaded once and then drawn without suspending. React.lazy
// suspends on its first render even when the chunk is already in, and React 19 holds a
// revealed Suspense boundary back for up to 300 ms: ticking «Сравнить регионы» took 330–460 ms
// (bench:browser), nearly all of it that wait. Preloaded when a dataset has several reporters.

import type { RegionsSideBySide as Component } from './regions-side-by-side';

let loaded: typeof Component | null = null;
let loading: Promise<typeof Component> | null = null;

export function loadRegionsSideBySide(): Promise<typeof Component> {
  loading ??= import('./regions-side-by-side').then((m) => (loaded = m.RegionsSideBySide));
  return loading;
}

/** The component when its chunk is in (render it directly), else null (render the lazy one). */
export function loadedRegionsSideBySide(): typeof Component | null {
  return loaded;
}
