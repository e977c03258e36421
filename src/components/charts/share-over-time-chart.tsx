// Partner shares by year as 100 % stacked bars (or stacked values).
//
// Drawn as ONE Recharts <Bar> per year whose shape stacks the partners itself, not one <Bar>
// per partner with a stackId: Recharts 3 keeps a store per chart and runs its selectors per
// graphical item, so nine stacked series cost nine times the selector work (stack, band,
// rectangles, tooltip entries) on every redraw — 60–110 ms of a filter click on a 2-core
// PC, more than the other three charts together. Axes, grid, tooltip and legend stay
// Recharts'; the legend and tooltip are given their entries, in the stack's order.

import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, DefaultLegendContent, Legend, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from 'recharts';
import type { Language } from '../../state/view-state';
import { formatMillions, formatShare, formatUsd } from '../../i18n/format';
import { noVerticalLines } from './axis-options';

export interface StackKey {
  key: string;
  label: string;
  colour: string;
}

type Row = { year: number; total: number } & Record<string, number>;

interface Props {
  rows: Row[];
  keys: StackKey[];
  mode: 'share' | 'absolute';
  lang: Language;
  unit: string;
  /** First and last year of the selected period, shaded behind the bars. */
  highlight?: [number, number];
}

const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1];
const FULL_BAR = () => 1;

export const ShareOverTimeChart = memo(function ShareOverTimeChart({ rows, keys, mode, lang, unit, highlight }: Props) {
  const share = mode === 'share';
  // The keys cover every partner of every year (the rest as «other»), so a year's bar is its
  // total: the whole bar in share mode, `total` in values. A module constant, not a new
  // function per render, which would make Recharts re-register the bar.
  const barValue = share ? FULL_BAR : 'total';
  const shape = useMemo(() => stackShape(keys), [keys]);
  const tooltip = useMemo(() => (props: TooltipContentProps) => <StackTooltip {...props} keys={keys} lang={lang} />, [keys, lang]);
  const legend = useMemo(() => {
    const payload = keys.map((k) => ({ value: k.label, color: k.colour, type: 'rect' as const, dataKey: k.key }));
    return () => <DefaultLegendContent payload={payload} />;
  }, [keys]);
  return (
    <div className="h-72">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} verticalCoordinatesGenerator={noVerticalLines} stroke="#e2e8f0" />
          <XAxis dataKey="year" tick={{ fontSize: 12 }} />
          <YAxis
            tick={{ fontSize: 12 }}
            interval={0}
            width={share ? 44 : 64}
            domain={share ? [0, 1] : [0, 'auto']}
            ticks={share ? SHARE_TICKS : undefined}
            tickFormatter={(v: number) => (share ? formatShare(v, lang).replace(/[.,]0/, '') : formatMillions(v, lang, 0))}
            label={share ? undefined : { value: unit, angle: -90, position: 'insideLeft', style: { fontSize: 11, fill: '#64748b', textAnchor: 'middle' } }}
          />
          <Tooltip content={tooltip} />
          {/* The stack's order (largest partner first, «other» last), which is also the bars' order from the bottom. */}
          <Legend wrapperStyle={{ fontSize: 12 }} content={legend} />
          {highlight && rows.length > 1 && <ReferenceArea x1={highlight[0]} x2={highlight[1]} fill="#1e293b" fillOpacity={0.08} ifOverflow="extendDomain" />}
          <Bar dataKey={barValue} isAnimationActive={false} shape={shape} legendType="none" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});

/** A year's bar: one <rect> per partner, the first at the bottom, heights in proportion to values. */
function stackShape(keys: StackKey[]) {
  return function StackedYear({ x, y, width, height, payload }: BarShapeProps) {
    const row = payload as Row;
    const total = row.total;
    if (!(total > 0) || !(height > 0)) return <g />;
    let bottom = y + height;
    return (
      <g>
        {keys.map((k) => {
          const h = (height * (row[k.key] ?? 0)) / total;
          bottom -= h;
          return h > 0 ? <rect key={k.key} x={x} y={bottom} width={width} height={h} fill={k.colour} className="recharts-rectangle" /> : null;
        })}
      </g>
    );
  };
}

function StackTooltip({ active, payload, label, keys, lang }: TooltipContentProps & { keys: StackKey[]; lang: Language }) {
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  return (
    <div className="recharts-default-tooltip rounded border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm">
      <p className="recharts-tooltip-label mb-1 font-medium">{label}</p>
      <ul className="recharts-tooltip-item-list">
        {keys.map((k) => {
          const v = row[k.key] ?? 0;
          return (
            <li key={k.key} className="recharts-tooltip-item" style={{ color: k.colour }}>
              {k.label}: {formatShare(v / row.total, lang)} · {formatUsd(v, lang)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
