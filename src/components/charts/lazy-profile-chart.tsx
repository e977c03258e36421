// The partner profile's share line as a lazy component, in a chunk of its own (profile-share-
// chart.tsx): loaded when a profile is first opened, never with the first page.

import { lazy, Suspense, type ComponentProps } from 'react';
import type * as Chart from './profile-share-chart';

const LazyProfileShare = lazy(() => import('./profile-share-chart').then((m) => ({ default: m.ProfileShareChart })));

export function ProfileShareChart(props: ComponentProps<typeof Chart.ProfileShareChart>) {
  return (
    <Suspense fallback={<div style={{ height: 256 }} aria-hidden />}>
      <LazyProfileShare {...props} />
    </Suspense>
  );
}
