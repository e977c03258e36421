// The Recharts charts as lazy components (chart-components.ts is their one chunk): the
// first-load bundle stays within its budget (docs/quality.md) while the chunk, started by
// preloadCharts() as the app mounts, arrives long before the dataset it draws. Each keeps its
// place with a box of its height while it loads.

import { lazy, Suspense, type ComponentProps } from 'react';
import type * as Charts from './chart-components';

let chunk: Promise<typeof Charts> | null = null;
const load = () => (chunk ??= import('./chart-components'));

/** Starts loading the charts' chunk (the app calls it as it mounts). */
export function preloadCharts(): void {
  void load().catch(() => {
    // A failed load is retried (and reported by the error boundary) when a chart mounts.
    chunk = null;
  });
}

const LazyRankedBars = lazy(() => load().then((m) => ({ default: m.RankedBars })));
const LazyDonut = lazy(() => load().then((m) => ({ default: m.PartnerShareDonut })));
const LazyFlows = lazy(() => load().then((m) => ({ default: m.FlowsOverTimeChart })));
const LazyShares = lazy(() => load().then((m) => ({ default: m.ShareOverTimeChart })));
const LazySeasons = lazy(() => load().then((m) => ({ default: m.SeasonsChart })));

const box = (height: number) => <div style={{ height }} aria-hidden />;

export function RankedBars(props: ComponentProps<typeof Charts.RankedBars>) {
  return (
    <Suspense fallback={box(Math.max(120, props.bars.length * 30 + 20))}>
      <LazyRankedBars {...props} />
    </Suspense>
  );
}

export function PartnerShareDonut(props: ComponentProps<typeof Charts.PartnerShareDonut>) {
  return (
    <Suspense fallback={box(320)}>
      <LazyDonut {...props} />
    </Suspense>
  );
}

export function FlowsOverTimeChart(props: ComponentProps<typeof Charts.FlowsOverTimeChart>) {
  return (
    <Suspense fallback={box(320)}>
      <LazyFlows {...props} />
    </Suspense>
  );
}

export function ShareOverTimeChart(props: ComponentProps<typeof Charts.ShareOverTimeChart>) {
  return (
    <Suspense fallback={box(320)}>
      <LazyShares {...props} />
    </Suspense>
  );
}

export function SeasonsChart(props: ComponentProps<typeof Charts.SeasonsChart>) {
  return (
    <Suspense fallback={box(288)}>
      <LazySeasons {...props} />
    </Suspense>
  );
}
