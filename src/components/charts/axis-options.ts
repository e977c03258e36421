// Axis and grid settings that spare Recharts work it would otherwise do on every draw.
//
// - `interval={0}` on a value axis (a handful of ticks, which never collide): Recharts'
//   default ('preserveEnd') measures every tick label in the DOM to thin them out, a forced
//   layout per new label. Category axes (years, months) keep the default: on a narrow
//   screen their labels do collide.
// - `noVerticalLines` for grids drawn with `vertical={false}`: Recharts still computes the
//   vertical lines' positions (from the X axis's ticks, measured as above), then hides them.

/** A grid's vertical line positions when it draws none. */
export const noVerticalLines = (): number[] => [];
