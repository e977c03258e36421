// Seasons: the months January…December on the x axis, one line per year, in the view's metric
// (USD — axis in millions —, tonnes, or USD per kg). Older years in greys, the latest in a strong
// blue and thicker, apart from the partners' palette. A month without monthly figures is a gap,
// never a zero.

import { memo, useCallback, useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { plainLineShape } from './plain-line-shape';
import type { Metric } from '../../core/aggregate/dashboard-series';
import type { Language } from '../../state/view-state';
import { formatDecimal, formatMillions } from '../../i18n/format';
import { formatMetric, NO_FIGURE } from '../../i18n/metric-format';
import { noVerticalLines } from './axis-options';
import { hideLegendIcons } from './legend-icons';
import { ValueTick } from './plain-ticks';

export interface SeasonLine {
  /** The row field of this line (`y2024`). */
  key: string;
  /** The legend's name: the year. */
  label: string;
  colour: string;
  /** The latest year: drawn thicker, with dots. */
  latest: boolean;
}

/** One calendar month: its axis label and one figure per line (null: no monthly figures). */
export interface SeasonRow {
  label: string;
  [key: string]: number | string | null;
}

interface Props {
  rows: SeasonRow[];
  lines: SeasonLine[];
  lang: Language;
  metric?: Metric;
  /** The value axis's unit: `млн долл. США`, `т`, `долл. США/кг`. */
  unit: string;
}

const AXIS_TICK = { fontSize: 12 };
const MARGIN = { top: 4, right: 8, bottom: 4, left: 8 };
const LEGEND_STYLE = { fontSize: 12 };
const LATEST_DOT = { r: 2.5 };

function axisTick(v: number, metric: Metric, lang: Language): string {
  if (metric === 'value') return formatMillions(v, lang, 0);
  if (metric === 'weight') return formatDecimal(v / 1000, lang, 0);
  return formatDecimal(v, lang, 2);
}

export const SeasonsChart = memo(function SeasonsChart({ rows, lines, lang, metric = 'value', unit }: Props) {
  // Recharts 3 keeps its props in a store: functions and objects stay the same while what they depend on does.
  const tickFormatter = useCallback((v: number) => axisTick(v, metric, lang), [metric, lang]);
  const tooltip = useCallback((v: unknown, name: unknown) => [v === null || v === undefined ? NO_FIGURE : formatMetric(Number(v), metric, lang), String(name)] as [string, string], [metric, lang]);
  const label = useMemo(() => ({ value: unit, angle: -90, position: 'insideLeft' as const, style: { fontSize: 11, fill: '#64748b', textAnchor: 'middle' as const } }), [unit]);
  return (
    <div className="h-72" ref={hideLegendIcons}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={rows} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} verticalCoordinatesGenerator={noVerticalLines} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={AXIS_TICK} interval={0} />
          <YAxis tick={ValueTick} interval={0} width={metric === 'value' ? 64 : 72} tickFormatter={tickFormatter} label={label} />
          <Tooltip formatter={tooltip} />
          <Legend wrapperStyle={LEGEND_STYLE} />
          {lines.map((l) => (
            <Line shape={plainLineShape} key={l.key} dataKey={l.key} name={l.label} stroke={l.colour} strokeWidth={l.latest ? 3 : 1.5} dot={l.latest ? LATEST_DOT : false} isAnimationActive={false} connectNulls={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
});
