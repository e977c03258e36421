// Ranked horizontal bars (e.g. commodity chapters) with the share written beside each.

import { memo } from 'react';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { OTHER_KEY } from '../../core/aggregate/dashboard-series';
import { plainBarShape } from './plain-bar-shape';
import type { Language } from '../../state/view-state';
import { formatShare, formatUsd } from '../../i18n/format';

export interface RankedBar {
  key: string;
  label: string;
  valueUsd: number;
  share: number;
  colour: string;
}

/** `onToggle` makes each bar (other than «other») filter the dashboard by its key. */
export const RankedBars = memo(function RankedBars({ bars, lang, onToggle }: { bars: RankedBar[]; lang: Language; onToggle?: (key: string) => void }) {
  return (
    <div style={{ height: Math.max(120, bars.length * 30 + 20) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ top: 0, right: 56, bottom: 0, left: 8 }}>
          <XAxis type="number" hide />
          <YAxis type="category" dataKey="label" width={230} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(v, _n, item) => [`${formatUsd(Number(v), lang)} (${formatShare((item.payload as RankedBar).share, lang)})`, (item.payload as RankedBar).label]} />
          <Bar
            dataKey="valueUsd"
            isAnimationActive={false}
            shape={plainBarShape}
            cursor={onToggle ? 'pointer' : undefined}
            onClick={onToggle ? (entry) => {
              const key = (entry as unknown as { payload?: RankedBar }).payload?.key;
              if (key && key !== OTHER_KEY) onToggle(key);
            } : undefined}
          >
            {bars.map((b) => (
              <Cell key={b.key} fill={b.colour} />
            ))}
            <LabelList dataKey="share" position="right" formatter={(v: unknown) => formatShare(Number(v), lang)} style={{ fontSize: 12, fill: '#334155' }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});
