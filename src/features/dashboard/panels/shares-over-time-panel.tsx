// Partner shares by year over the whole history, as 100 % stacks or values; the selected
// period's years are shaded.

import { useMemo } from 'react';
import { ShareOverTimeChart } from '../../../components/charts/lazy-charts';
import type { StackKey } from '../../../components/charts/share-over-time-chart';
import { partnerColour } from '../../../components/charts/partner-colours';
import { SegmentedControl } from '../../../components/ui/segmented-control';
import { formatMillions, formatShare, partnerLabel } from '../../../i18n/format';
import type { ShareMode } from '../../../state/view-state';
import type { ChartPanelDefinition, PanelContext } from './panel-definition';

type YearRow = { year: number; total: number } & Record<string, number>;

interface ShareStack {
  keys: StackKey[];
  rows: YearRow[];
}

export const sharesOverTimePanel: ChartPanelDefinition<ShareStack, YearRow> = {
  id: 'shares',
  testId: 'panel-shares-over-time',
  fileId: 'partners-by-year',
  wide: false,
  title: ({ m }) => m.partnerSharesOverTimeTitle,
  subtitle: ({ m, view, filter, measureName, periodLabel, unit }) =>
    `${view.shareMode === 'share' ? `${m.bases.perYear(m.bases.of[filter.measure])}, %` : `${measureName}, ${unit}`}; ${m.highlightedPeriod(periodLabel)}`,
  select: (series, lang) => ({
    keys: series.partnerKeys.map((k) => ({ key: k, label: partnerLabel(k, lang), colour: partnerColour(k) })),
    rows: series.partnerSharesByYear.map((r) => ({ ...r.values, year: r.year, total: r.total }) as YearRow),
  }),
  table: ({ keys, rows }, { lang, m, view }) => ({
    rows,
    columns: [
      { header: m.year, cell: (r) => String(r.year) },
      ...keys.map((k) => ({
        header: k.label,
        numeric: true,
        cell: (r: YearRow) => (view.shareMode === 'share' ? formatShare((r[k.key] ?? 0) / r.total, lang) : formatMillions(r[k.key] ?? 0, lang)),
      })),
    ],
  }),
  csv: ({ keys, rows }, { m }) => ({ header: [m.year, ...keys.map((k) => k.label)], rows: rows.map((r) => [r.year, ...keys.map((k) => Math.round(r[k.key] ?? 0))]) }),
  actions: ({ m, view, onChange }) => (
    <SegmentedControl<ShareMode>
      size="sm"
      label={m.partnerSharesOverTimeTitle}
      value={view.shareMode}
      options={[
        { value: 'share', label: m.shareModeShare },
        { value: 'absolute', label: m.shareModeAbsolute },
      ]}
      onChange={(shareMode) => onChange({ ...view, shareMode })}
    />
  ),
  chart: (stack, ctx) => <SharesChart stack={stack} ctx={ctx} />,
};

function SharesChart({ stack, ctx }: { stack: ShareStack; ctx: PanelContext }) {
  const [fromYear, toYear] = [+ctx.filter.from.slice(0, 4), +ctx.filter.to.slice(0, 4)];
  // The same array while the years stay, so the memoised chart is skipped when nothing changed.
  const highlight = useMemo((): [number, number] => [fromYear, toYear], [fromYear, toYear]);
  return <ShareOverTimeChart rows={stack.rows} keys={stack.keys} mode={ctx.view.shareMode} lang={ctx.lang} unit={ctx.unit} highlight={highlight} />;
}
