// A waterfall from the base total to the current total: one bar for each total, and between
// them a floating step per contribution (rises green, falls red). Each step is a button (mouse,
// Enter, Space) when the chart can filter. Recharts draws it as stacked bars: an invisible
// offset and the visible step. Loaded lazily with its panel.

import { memo, useCallback, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { plainBarShape } from './plain-bar-shape';
import { SlantedTick, ValueTick } from './plain-ticks';

export interface WaterfallStep {
  key: string;
  label: string;
  /** The change of this step; for the two totals, the total. */
  value: number;
  total?: boolean;
}

interface Props {
  steps: WaterfallStep[];
  formatValue: (v: number, signed?: boolean) => string;
  /** Axis ticks: the figure without its unit. */
  formatTick: (v: number) => string;
  onSelect?: (key: string) => void;
}

const RISE = '#1B7F4B';
const FALL = '#B3261E';
const TOTAL = '#475569';
const MARGIN = { top: 8, right: 8, bottom: 48, left: 8 };

interface Datum extends WaterfallStep {
  offset: number;
  bar: number;
  colour: string;
}

export const WaterfallChart = memo(function WaterfallChart({ steps, formatValue, formatTick, onSelect }: Props) {
  const data = useMemo(() => {
    let level = 0;
    return steps.map((s): Datum => {
      if (s.total) {
        level = s.value;
        return { ...s, offset: Math.min(0, s.value), bar: Math.abs(s.value), colour: TOTAL };
      }
      const start = level;
      level += s.value;
      return { ...s, offset: Math.min(start, level), bar: Math.abs(s.value), colour: s.value >= 0 ? RISE : FALL };
    });
  }, [steps]);
  const tooltip = useCallback((_v: unknown, _n: unknown, item: { payload?: unknown }) => {
    const d = item.payload as Datum;
    return [formatValue(d.value, !d.total), d.label] as [string, string];
  }, [formatValue]);
  const shape = useCallback(
    (props: BarShapeProps) => {
      const d = props.payload as Datum;
      const active = onSelect !== undefined && !d.total && d.key !== 'other';
      return (
        <g
          data-key={d.key}
          data-change={d.total ? undefined : d.value}
          data-total={d.total ? d.value : undefined}
          role={active ? 'button' : 'img'}
          tabIndex={active ? 0 : undefined}
          aria-label={`${d.label}: ${formatValue(d.value, !d.total)}`}
          style={active ? { cursor: 'pointer' } : undefined}
          onClick={active ? () => onSelect(d.key) : undefined}
          onKeyDown={
            active
              ? (e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onSelect(d.key);
                  }
                }
              : undefined
          }
        >
          {plainBarShape(props)}
        </g>
      );
    },
    [onSelect, formatValue],
  );
  return (
    <div style={{ height: 320 }} data-testid="waterfall">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={MARGIN}>
          <CartesianGrid vertical={false} stroke="#E2E8F0" />
          <XAxis dataKey="label" interval={0} height={56} tick={SlantedTick} />
          <YAxis tickFormatter={formatTick} width={56} tick={ValueTick} />
          <Tooltip formatter={tooltip} />
          <Bar dataKey="offset" stackId="w" fill="transparent" isAnimationActive={false} />
          <Bar dataKey="bar" stackId="w" isAnimationActive={false} shape={shape}>
            {data.map((d) => (
              <Cell key={d.key} fill={d.colour} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});

export default WaterfallChart;
