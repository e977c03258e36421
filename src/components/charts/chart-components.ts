// The charts drawn with Recharts, in one chunk loaded right after the page starts
// (lazy-charts.tsx): Recharts and its d3 helpers are a third of the app's code and no part
// of the first paint (header, filters, key figures) needs them.

export { RankedBars } from './ranked-bars';
export { PartnerShareDonut } from './partner-share-donut';
export { FlowsOverTimeChart } from './flows-over-time-chart';
export { ShareOverTimeChart } from './share-over-time-chart';
export { SeasonsChart } from './seasons-chart';
