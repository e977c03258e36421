// The key of everything outside a chart's top N («прочие» / «Other»): one constant for the series
// modules, which may not import one another in a circle.

export const OTHER_KEY = 'other';
