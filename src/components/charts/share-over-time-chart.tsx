// Partner shares by year as 100 % stacked bars (or stacked values).

import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { plainBarShape } from './plain-bar-shape';
import type { Language } from '../../state/view-state';
import { formatMillions, formatShare } from '../../i18n/format';

export interface StackKey {
  key: string;
  label: string;
  colour: string;
}

interface Props {
  rows: ({ year: number; totalUsd: number } & Record<string, number>)[];
  keys: StackKey[];
  mode: 'share' | 'absolute';
  lang: Language;
  unit: string;
  /** First and last year of the selected period, shaded behind the bars. */
  highlight?: [number, number];
}

export const ShareOverTimeChart = memo(function ShareOverTimeChart({ rows, keys, mode, lang, unit, highlight }: Props) {
  const share = mode === 'share';
  return (
    <div className="h-72">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} stackOffset={share ? 'expand' : 'none'} margin={{ top: 4, right: 8, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="year" tick={{ fontSize: 12 }} />
          <YAxis
            tick={{ fontSize: 12 }}
            width={share ? 44 : 64}
            tickFormatter={(v: number) => (share ? formatShare(v, lang).replace(/[.,]0/, '') : formatMillions(v, lang, 0))}
            label={share ? undefined : { value: unit, angle: -90, position: 'insideLeft', style: { fontSize: 11, fill: '#64748b', textAnchor: 'middle' } }}
          />
          <Tooltip
            formatter={(v, name, item) => {
              const total = (item.payload as { totalUsd: number }).totalUsd;
              return [`${formatShare(Number(v) / total, lang)} · ${formatMillions(Number(v), lang)} ${unit}`, name];
            }}
          />
          {/* Recharts sorts legend items alphabetically by default; keep the stack's order (largest partner first, «other» last). */}
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={(item) => keys.findIndex((k) => k.key === item.dataKey)} />
          {highlight && rows.length > 1 && <ReferenceArea x1={highlight[0]} x2={highlight[1]} fill="#1e293b" fillOpacity={0.08} ifOverflow="extendDomain" />}
          {keys.map((k) => (
            <Bar key={k.key} dataKey={k.key} name={k.label} stackId="p" fill={k.colour} isAnimationActive={false} shape={plainBarShape} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});
