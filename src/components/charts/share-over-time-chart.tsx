// Partner shares by period (year, quarter or month) as 100 % stacked bars (or stacked values,
// in USD or tonnes); unit values (USD per kg) do not add up, so they are never stacked: each
// period is a group of bars, one per partner, on an axis in USD/kg.
//
// Drawn as ONE Recharts <Bar> per year whose shape stacks the partners itself, not one <Bar>
// per partner with a stackId: Recharts 3 keeps a store per chart and runs its selectors per
// graphical item, so nine stacked series cost nine times the selector work (stack, band,
// rectangles, tooltip entries) on every redraw — 60–110 ms of a filter click on a 2-core
// PC, more than the other three charts together. Axes, grid, tooltip and legend stay
// Recharts'; the legend and tooltip are given their entries, in the stack's order.

import { memo, useCallback, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, DefaultLegendContent, Legend, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from 'recharts';
import type { Metric } from '../../core/aggregate/dashboard-series';
import type { Language } from '../../state/view-state';
import { formatDecimal, formatMillions, formatShare } from '../../i18n/format';
import { formatMetric, NO_FIGURE } from '../../i18n/metric-format';
import { noVerticalLines } from './axis-options';
import { hideLegendIcons } from './legend-icons';
import { ValueTick } from './plain-ticks';

export interface StackKey {
  key: string;
  label: string;
  colour: string;
}

/** One period: its axis label (`2024`, `1 кв. 2024`, `май 2024`), its total and one figure per stack key. */
export interface StackRow {
  label: string;
  total: number;
  [key: string]: number | string | undefined;
}
type Row = StackRow;

/** A stack key's figure in a row (0 when it has none). */
const fig = (row: Row, key: string): number => {
  const v = row[key];
  return typeof v === 'number' ? v : 0;
};

interface Props {
  rows: Row[];
  keys: StackKey[];
  mode: 'share' | 'absolute';
  lang: Language;
  /** The figures' metric (absent: value in USD); a unit value ignores `mode` (no shares). */
  metric?: Metric;
  /** The value axis's unit: `млн долл. США`, `т`, `долл. США/кг`. */
  unit: string;
  /** Labels of the selected period's first and last period, shaded behind the bars. */
  highlight?: [string, string];
}

const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1];
const AXIS_TICK = { fontSize: 12 };
const FULL_BAR = () => 1;
/** A year's highest partner price: the height of its group of bars (a field no partner key can be). */
const PEAK = '__peak';

// Props Recharts gets the same object for on every render (a new one re-renders its parts).
const MARGIN = { top: 4, right: 8, bottom: 4, left: 8 };
const LEGEND_STYLE = { fontSize: 12 };
const SHARE_DOMAIN: [number, number] = [0, 1];
const VALUE_DOMAIN: [number, 'auto'] = [0, 'auto'];

/** The value axis's ticks without their unit (the axis label states it). */
function axisTick(v: number, metric: Metric, lang: Language): string {
  if (metric === 'value') return formatMillions(v, lang, 0);
  if (metric === 'weight') return formatDecimal(v / 1000, lang, 0);
  return formatDecimal(v, lang, 2);
}

export const ShareOverTimeChart = memo(function ShareOverTimeChart({ rows, keys, mode, lang, metric = 'value', unit, highlight }: Props) {
  const grouped = metric === 'price';
  const share = mode === 'share' && !grouped;
  // Each year's group is as high as its highest partner price.
  const data = useMemo(() => (grouped ? rows.map((r) => ({ ...r, [PEAK]: Math.max(0, ...keys.map((k) => (Number.isFinite(fig(r, k.key)) ? fig(r, k.key) : 0))) })) : rows), [grouped, rows, keys]);
  // The keys cover every partner of every year (the rest as «other»), so a year's bar is its
  // total: the whole bar in share mode, `total` in values. A module constant, not a new
  // function per render, which would make Recharts re-register the bar.
  const barValue = grouped ? PEAK : share ? FULL_BAR : 'total';
  const shape = useMemo(() => (grouped ? groupShape(keys) : stackShape(keys)), [keys, grouped]);
  const tooltip = useMemo(() => (props: TooltipContentProps) => <StackTooltip {...props} keys={keys} lang={lang} metric={metric} />, [keys, lang, metric]);
  const tickFormatter = useCallback((v: number) => (share ? formatShare(v, lang).replace(/[.,]0/, '') : axisTick(v, metric, lang)), [share, lang, metric]);
  const label = useMemo(() => (share ? undefined : { value: unit, angle: -90, position: 'insideLeft' as const, style: { fontSize: 11, fill: '#64748b', textAnchor: 'middle' as const } }), [share, unit]);
  const legend = useMemo(() => {
    const payload = keys.map((k) => ({ value: k.label, color: k.colour, type: 'rect' as const, dataKey: k.key }));
    return () => <DefaultLegendContent payload={payload} />;
  }, [keys]);
  return (
    <div className="h-72" ref={hideLegendIcons}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} verticalCoordinatesGenerator={noVerticalLines} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={12} />
          <YAxis
            tick={ValueTick}
            interval={0}
            width={share ? 44 : 72}
            domain={share ? SHARE_DOMAIN : VALUE_DOMAIN}
            ticks={share ? SHARE_TICKS : undefined}
            tickFormatter={tickFormatter}
            label={label}
          />
          <Tooltip content={tooltip} />
          {/* The stack's order (largest partner first, «other» last), which is also the bars' order from the bottom. */}
          <Legend wrapperStyle={LEGEND_STYLE} content={legend} />
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
          const h = (height * fig(row, k.key)) / total;
          bottom -= h;
          return h > 0 ? <rect key={k.key} x={x} y={bottom} width={width} height={h} fill={k.colour} className="recharts-rectangle" /> : null;
        })}
      </g>
    );
  };
}

/** A year's group of unit values: one <rect> per partner side by side, heights against the year's highest (the bar's value). */
function groupShape(keys: StackKey[]) {
  return function GroupedYear({ x, y, width, height, payload }: BarShapeProps) {
    const row = payload as Row;
    const peak = fig(row, PEAK);
    if (!(peak > 0) || !(height > 0) || keys.length === 0) return <g />;
    const step = width / keys.length;
    const bottom = y + height;
    return (
      <g>
        {keys.map((k, i) => {
          const v = fig(row, k.key);
          if (!Number.isFinite(v) || !(v > 0)) return null;
          const h = (height * v) / peak;
          return <rect key={k.key} x={x + i * step} y={bottom - h} width={Math.max(1, step - 1)} height={h} fill={k.colour} className="recharts-rectangle" />;
        })}
      </g>
    );
  };
}

function StackTooltip({ active, payload, label, keys, lang, metric }: TooltipContentProps & { keys: StackKey[]; lang: Language; metric: Metric }) {
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  return (
    <div className="recharts-default-tooltip rounded border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm">
      <p className="recharts-tooltip-label mb-1 font-medium">{label}</p>
      <ul className="recharts-tooltip-item-list">
        {keys.map((k) => {
          const v = fig(row, k.key);
          return (
            <li key={k.key} className="recharts-tooltip-item" style={{ color: k.colour }}>
              {/* A unit value is no share of anything; a partner without trade that year has no price. */}
              {k.label}: {metric === 'price' ? (v > 0 ? formatMetric(v, metric, lang) : NO_FIGURE) : `${formatShare(v / row.total, lang)} · ${formatMetric(v, metric, lang)}`}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
