// One partner's share of the reporter's trade over time (the partner profile, issue 14): one
// line by year, quarter or month, the axis in percent; under unit values (which have no shares)
// the partner's price per kg instead. The selected period is shaded. Loaded in a chunk of its
// own (lazy-profile-chart.tsx): Recharts stays out of the first-load bundle.

import { memo, useCallback, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { plainLineShape } from './plain-line-shape';
import type { Language } from '../../state/view-state';
import { formatDecimal, formatShare } from '../../i18n/format';
import { formatPrice, NO_FIGURE } from '../../i18n/metric-format';
import { noVerticalLines } from './axis-options';
import { ValueTick } from './plain-ticks';

export interface ProfilePoint {
  label: string;
  /** A share (0..1), or a price per kg when `asPrice`; null = no figure. */
  value: number | null;
}

interface Props {
  points: ProfilePoint[];
  lang: Language;
  /** The line's name (tooltip): «Доля Китая». */
  name: string;
  colour: string;
  /** Prices per kg instead of shares. */
  asPrice?: boolean;
  /** Labels of the first and last point of the selected period, shaded. */
  highlight?: [string, string];
}

const AXIS_TICK = { fontSize: 12 };
const MARGIN = { top: 8, right: 12, bottom: 4, left: 4 };
const DOT = { r: 2.5 };

export const ProfileShareChart = memo(function ProfileShareChart({ points, lang, name, colour, asPrice = false, highlight }: Props) {
  const tickFormatter = useCallback((v: number) => (asPrice ? formatDecimal(v, lang, 2) : `${formatDecimal(v * 100, lang, 0)}\u00a0%`), [asPrice, lang]);
  const tooltip = useCallback(
    (v: unknown) => [v === null || v === undefined || !Number.isFinite(Number(v)) ? NO_FIGURE : asPrice ? formatPrice(Number(v), lang) : formatShare(Number(v), lang), name] as [string, string],
    [asPrice, lang, name],
  );
  const dot = useMemo(() => (points.length <= 40 ? DOT : false), [points.length]);
  return (
    <div className="h-64" data-testid="profile-share-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={points} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} verticalCoordinatesGenerator={noVerticalLines} stroke="#e2e8f0" />
          {highlight && <ReferenceArea x1={highlight[0]} x2={highlight[1]} fill="#dbeafe" fillOpacity={0.6} ifOverflow="hidden" />}
          <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={16} />
          <YAxis tick={ValueTick} interval={0} width={56} tickFormatter={tickFormatter} domain={asPrice ? undefined : [0, 'auto']} />
          <Tooltip formatter={tooltip} />
          <Line shape={plainLineShape} dataKey="value" name={name} stroke={colour} strokeWidth={2.5} dot={dot} isAnimationActive={false} connectNulls={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
});
