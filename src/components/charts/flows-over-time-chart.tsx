// Exports and imports over time as bars (by year or quarter) or lines (by month), with the
// balance, in the view's metric: USD (axis in millions), tonnes, or USD per kg — which has no
// balance. The points come labelled (`2024`, `1 кв. 2024`, `май 2024`): the chart draws any step.

import { memo, useCallback, useMemo } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { plainLineShape } from './plain-line-shape';
import { plainBarShape } from './plain-bar-shape';
import type { Metric } from '../../core/aggregate/dashboard-series';
import type { Language } from '../../state/view-state';
import { formatDecimal, formatMillions } from '../../i18n/format';
import { formatMetric } from '../../i18n/metric-format';
import { noVerticalLines } from './axis-options';
import { hideLegendIcons } from './legend-icons';
import { BALANCE_COLOUR, EXPORT_COLOUR, IMPORT_COLOUR } from './partner-colours';
import { ValueTick } from './plain-ticks';

export interface FlowPoint {
  label: string;
  exports: number;
  imports: number;
  balance: number;
}

interface Props {
  points: FlowPoint[];
  /** Lines for months (too many for bars), bars for years and quarters. */
  asLines: boolean;
  lang: Language;
  /** The figures' metric (absent: value in USD); unit values are drawn without a balance. */
  metric?: Metric;
  /** The value axis's unit: `млн долл. США`, `т`, `долл. США/кг`. */
  unit: string;
  names: { exports: string; imports: string; balance: string };
  /** Labels of the first and last point of the selected period, shaded. */
  highlight?: [string, string];
}

const FLOW_ORDER = ['exports', 'imports', 'balance'];
/** Exports, imports, balance — as drawn, not alphabetically (Recharts' default). */
const flowOrder = (item: { dataKey?: unknown }) => FLOW_ORDER.indexOf(String(item.dataKey));
// Props Recharts gets the same object for on every render (its drawing docs ask for stable
// props: a new object or function re-renders the chart's parts and updates its store).
const MARGIN = { top: 4, right: 8, bottom: 4, left: 8 };
const AXIS_TICK = { fontSize: 12 };
const LEGEND_STYLE = { fontSize: 12 };

/** The value axis's ticks without their unit (the axis label states it): millions of USD, tonnes, USD/kg. */
function axisTick(v: number, metric: Metric, lang: Language): string {
  if (metric === 'value') return formatMillions(v, lang, 0);
  if (metric === 'weight') return formatDecimal(v / 1000, lang, 0);
  return formatDecimal(v, lang, 2);
}

export const FlowsOverTimeChart = memo(function FlowsOverTimeChart({ points, asLines, lang, metric = 'value', unit, names, highlight }: Props) {
  const tickFormatter = useCallback((v: number) => axisTick(v, metric, lang), [metric, lang]);
  const tooltip = useCallback((v: unknown, name: unknown) => [formatMetric(Number(v), metric, lang), String(name)] as [string, string], [metric, lang]);
  const label = useMemo(() => ({ value: unit, angle: -90, position: 'insideLeft' as const, style: { fontSize: 11, fill: '#64748b', textAnchor: 'middle' as const } }), [unit]);
  return (
    <div className="h-72" ref={hideLegendIcons}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart accessibilityLayer={false} data={points} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} verticalCoordinatesGenerator={noVerticalLines} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={16} />
          <YAxis
            tick={ValueTick}
            interval={0}
            width={metric === 'value' ? 64 : 72}
            tickFormatter={tickFormatter}
            label={label}
          />
          {/* The axis is in millions (tonnes, USD/kg); a single figure is written as a person would: `1,41 млрд долл. США`, `12,35 тыс. т`. */}
          <Tooltip formatter={tooltip} />
          <Legend wrapperStyle={LEGEND_STYLE} itemSorter={flowOrder} />
          {highlight && points.length > 1 && <ReferenceArea x1={highlight[0]} x2={highlight[1]} fill="#1e293b" fillOpacity={0.08} />}
          {asLines ? (
            <>
              <Line shape={plainLineShape} dataKey="exports" name={names.exports} stroke={EXPORT_COLOUR} dot={false} strokeWidth={2} isAnimationActive={false} />
              <Line shape={plainLineShape} dataKey="imports" name={names.imports} stroke={IMPORT_COLOUR} dot={false} strokeWidth={2} isAnimationActive={false} />
            </>
          ) : (
            <>
              <Bar dataKey="exports" name={names.exports} fill={EXPORT_COLOUR} isAnimationActive={false} shape={plainBarShape} />
              <Bar dataKey="imports" name={names.imports} fill={IMPORT_COLOUR} isAnimationActive={false} shape={plainBarShape} />
            </>
          )}
          {/* Prices do not add up: no balance of them. */}
          {metric !== 'price' && <Line shape={plainLineShape} dataKey="balance" name={names.balance} stroke={BALANCE_COLOUR} strokeDasharray="4 3" dot={!asLines} strokeWidth={1.5} isAnimationActive={false} />}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
});
