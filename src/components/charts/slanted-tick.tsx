// An axis label as plain text slanted by 30° (the waterfall's steps). Recharts' own tick wraps
// its label to the axis width, measuring every word in the DOM first — a forced layout for each
// new label, ~16 ms of a drill's redraw (issue 17) — though no label is that long.

export function SlantedTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  return (
    <text x={x} y={y} dy={4} textAnchor="end" fontSize={11} fill="#666" transform={`rotate(-30, ${x ?? 0}, ${y ?? 0})`}>
      {String(payload?.value ?? '')}
    </text>
  );
}
