// Ranked horizontal bars (goods at any HS level) with the share — or, for figures that have no
// share (unit values), the figure — written beside each. Names are cut to the room the chart
// has (at 390 px the label column takes at most 40 % of the width) with the whole name in the
// tick's tooltip, the tooltip and the table.

import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { OTHER_KEY } from '../../core/aggregate/dashboard-series';
import { plainBarShape } from './plain-bar-shape';
import type { Language } from '../../state/view-state';
import { formatShare } from '../../i18n/format';

export interface RankedBar {
  key: string;
  label: string;
  /** The whole name (tooltip); absent = the label. */
  title?: string;
  value: number;
  /** NaN: the figure has no share (a unit value); the figure itself is written instead. */
  share: number;
  colour: string;
}

interface Props {
  bars: RankedBar[];
  lang: Language;
  /** A figure with its unit (`1,2 млн долл. США`, `845,2 т`). */
  formatValue: (v: number) => string;
  /** Makes each bar (other than «other») act on its key: a drill-down or a filter. */
  onToggle?: (key: string) => void;
}

const FONT = 12;
/** Average width of a character of the tick font, in px (measured on the app's system fonts). */
const CHAR_WIDTH = 6.4;

export const RankedBars = memo(function RankedBars({ bars, lang, formatValue, onToggle }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => setWidth(entries[0].contentRect.width || 640));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const labelWidth = Math.max(90, Math.min(260, Math.round(width * 0.4)));
  const maxChars = Math.floor((labelWidth - 8) / CHAR_WIDTH);
  const hasShares = bars.some((b) => Number.isFinite(b.share));
  // Recharts 3 keeps its props in a store: a new function or object each render is a store
  // update and a recomputation of every selector. Everything handed to it is kept stable
  // while what it depends on is.
  const margin = useMemo(() => ({ top: 0, right: hasShares ? 56 : 96, bottom: 0, left: 4 }), [hasShares]);
  const tick = useMemo(() => {
    const byLabel = new Map(bars.map((b) => [b.label, b]));
    return function Tick({ x, y, payload }: { x: number | string; y: number | string; payload: { value: string } }) {
      const bar = byLabel.get(payload.value);
      return (
        <text x={x} y={y} dy={4} textAnchor="end" fontSize={FONT} fill="#334155">
          <title>{bar?.title ?? payload.value}</title>
          {cut(payload.value, maxChars)}
        </text>
      );
    };
  }, [bars, maxChars]);
  const tooltip = useCallback(
    (v: unknown, _n: unknown, item: { payload?: unknown }) => {
      const bar = item.payload as RankedBar;
      const share = Number.isFinite(bar.share) ? ` (${formatShare(bar.share, lang)})` : '';
      return [`${formatValue(Number(v))}${share}`, bar.title ?? bar.label] as [string, string];
    },
    [formatValue, lang],
  );
  const shape = useCallback(
    (props: BarShapeProps) => {
      // Each bar is reachable by keyboard as well as by mouse, and names its key (tests, images).
      const bar = props.payload as RankedBar;
      const active = onToggle !== undefined && bar.key !== OTHER_KEY;
      return (
        <g
          data-key={bar.key}
          role={active ? 'button' : undefined}
          tabIndex={active ? 0 : undefined}
          aria-label={active ? (bar.title ?? bar.label) : undefined}
          onKeyDown={
            active
              ? (e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onToggle(bar.key);
                  }
                }
              : undefined
          }
        >
          {plainBarShape(props)}
        </g>
      );
    },
    [onToggle],
  );
  const onClick = useMemo(
    () =>
      onToggle
        ? (entry: unknown) => {
            const key = (entry as { payload?: RankedBar }).payload?.key;
            if (key && key !== OTHER_KEY) onToggle(key);
          }
        : undefined,
    [onToggle],
  );
  const label = useCallback((v: unknown) => (hasShares ? (Number.isFinite(Number(v)) ? formatShare(Number(v), lang) : '') : formatValue(Number(v))), [hasShares, lang, formatValue]);
  return (
    <div ref={box} style={{ height: Math.max(120, bars.length * 30 + 20) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={bars} layout="vertical" margin={margin}>
          <XAxis type="number" hide />
          <YAxis type="category" dataKey="label" width={labelWidth} interval={0} tick={tick} />
          <Tooltip formatter={tooltip} />
          <Bar dataKey="value" isAnimationActive={false} shape={shape} cursor={onToggle ? 'pointer' : undefined} onClick={onClick}>
            {bars.map((b) => (
              <Cell key={b.key} fill={b.colour} />
            ))}
            <LabelList dataKey={hasShares ? 'share' : 'value'} position="right" formatter={label} style={LABEL_STYLE} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});

const LABEL_STYLE = { fontSize: FONT, fill: '#334155' };

/** A name cut to `max` characters at a word where it can be, with an ellipsis. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, Math.max(1, max - 1));
  const space = head.lastIndexOf(' ');
  return `${space > max * 0.6 ? head.slice(0, space) : head}…`;
}
