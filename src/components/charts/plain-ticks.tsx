// Axis labels drawn as plain SVG text. Recharts' own tick wraps its label to the axis width,
// measuring every word of each new label in the DOM first (a forced layout): ~16–25 ms of a
// filter, map or drill click in a CPU profile (issue 17), for labels that never wrap — figures
// on a value axis, a waterfall's step names. Kept at module level, so the props stay stable.

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  index?: number;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  tickFormatter?: (value: unknown, index: number) => string;
}

/** A value axis's figure, formatted by the axis's `tickFormatter`, centred on its tick. */
export function ValueTick({ x, y, payload, index, textAnchor = 'end', tickFormatter }: TickProps) {
  const value = payload?.value;
  return (
    <text x={x} y={y} dy="0.355em" textAnchor={textAnchor} fontSize={12} fill="#666">
      {tickFormatter ? tickFormatter(value, index ?? 0) : String(value ?? '')}
    </text>
  );
}

/** A category label slanted by 30° (the waterfall's steps). */
export function SlantedTick({ x, y, payload }: TickProps) {
  return (
    <text x={x} y={y} dy={4} textAnchor="end" fontSize={11} fill="#666" transform={`rotate(-30, ${x ?? 0}, ${y ?? 0})`}>
      {String(payload?.value ?? '')}
    </text>
  );
}
