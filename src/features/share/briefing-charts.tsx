// Two small charts for the printed briefing, drawn as plain SVG (no Recharts: vector shapes
// and text that print sharply at any zoom, and nothing to wait for): the partners' shares as
// ranked bars and exports and imports by year. Numbers come from the same series as the page.

import type { DashboardSeries, ShareSlice } from '../../core/aggregate/dashboard-series';
import { partnerColour, EXPORT_COLOUR, IMPORT_COLOUR } from '../../components/charts/partner-colours';
import { formatShare, partnerLabel } from '../../i18n/format';
import { metricColumn } from '../../i18n/metric-format';
import type { Language } from '../../state/view-state';

const FONT = 9;

/** Partner shares as horizontal bars with the share written after each. */
export function BriefingShareBars({ slices, lang, title }: { slices: ShareSlice[]; lang: Language; title: string }) {
  const rows = slices.filter((s) => Number.isFinite(s.share));
  if (rows.length === 0) return null;
  const width = 320;
  const labelWidth = 110;
  const rowHeight = 11;
  const height = rows.length * rowHeight + 4;
  const max = Math.max(...rows.map((r) => r.share), 0.0001);
  const barMax = width - labelWidth - 44;
  return (
    <figure className="m-0">
      <figcaption className="mb-1 text-xs font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={title} data-testid="briefing-chart-partners">
        {rows.map((r, i) => {
          const y = i * rowHeight + 2;
          const w = (r.share / max) * barMax;
          return (
            <g key={r.key}>
              <text x={labelWidth - 4} y={y + 8.5} fontSize={FONT} textAnchor="end" fill="#1e293b">
                {partnerLabel(r.key, lang)}
              </text>
              <rect x={labelWidth} y={y + 1.5} width={Math.max(0.5, w)} height={rowHeight - 3} fill={partnerColour(r.key)} />
              <text x={labelWidth + w + 3} y={y + 8.5} fontSize={FONT} fill="#334155">
                {formatShare(r.share, lang)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** Exports and imports by year as paired bars, with the axis in the metric's column unit. */
export function BriefingFlowBars({ series, lang, title, exportLabel, importLabel }: { series: DashboardSeries; lang: Language; title: string; exportLabel: string; importLabel: string }) {
  const years = series.byYear.slice(-10);
  if (years.length === 0) return null;
  const metric = series.metric ?? 'value';
  const column = metricColumn(years.flatMap((y) => [y.exports, y.imports]), metric, lang);
  const width = 320;
  const height = 96;
  const left = 36;
  const bottom = 16;
  const top = 14;
  const max = Math.max(...years.flatMap((y) => [y.exports, y.imports]).filter(Number.isFinite), 1);
  const slot = (width - left) / years.length;
  const bar = Math.max(2, slot * 0.35);
  const y = (v: number) => top + (height - top - bottom) * (1 - v / max);
  return (
    <figure className="m-0">
      <figcaption className="mb-1 text-xs font-semibold">
        {title}, {column.unit}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={title} data-testid="briefing-chart-flows">
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={left} x2={width} y1={y(max * f)} y2={y(max * f)} stroke="#cbd5e1" strokeWidth={0.5} />
            <text x={left - 3} y={y(max * f) + 3} fontSize={FONT - 1} textAnchor="end" fill="#475569">
              {column.cell(max * f)}
            </text>
          </g>
        ))}
        {years.map((p, i) => {
          const x = left + i * slot + slot / 2;
          return (
            <g key={p.year}>
              {Number.isFinite(p.exports) && <rect x={x - bar} y={y(p.exports)} width={bar} height={y(0) - y(p.exports)} fill={EXPORT_COLOUR} />}
              {Number.isFinite(p.imports) && <rect x={x} y={y(p.imports)} width={bar} height={y(0) - y(p.imports)} fill={IMPORT_COLOUR} />}
              <text x={x} y={height - 4} fontSize={FONT - 1} textAnchor="middle" fill="#475569">
                {p.year}
              </text>
            </g>
          );
        })}
        <rect x={left} y={2} width={8} height={6} fill={EXPORT_COLOUR} />
        <text x={left + 11} y={8} fontSize={FONT - 1} fill="#1e293b">
          {exportLabel}
        </text>
        <rect x={left + 70} y={2} width={8} height={6} fill={IMPORT_COLOUR} />
        <text x={left + 81} y={8} fontSize={FONT - 1} fill="#1e293b">
          {importLabel}
        </text>
      </svg>
    </figure>
  );
}
