// The world map of partners (issue 14; its panel: features/dashboard/panels/partner-map-panel.tsx).
// Plain SVG, no Recharts: each country a <path> coloured by its share of the measure (a
// sequential blue scale, map-geometry.ts), countries too small at this width and partners
// without a shape in the 1:110m file as dots sized by value, the legend drawn inside the <svg>
// so the panel's image export (chart-svg-capture.ts: `svg.recharts-surface`, numeric size)
// carries it. Hover or focus shows name, figure, share and change against the base; a click,
// Enter or Space toggles the partner filter. Partners that are no country (World, «other»,
// unknown codes) are listed under the map.
//
// Lazy: this module, world-atlas's topology, d3-geo, topojson-client and i18n-iso-countries's
// code table are one chunk, loaded with the panel. It marks `map-chunk-loaded` as it is
// evaluated and `map-drawn` once the first shapes are in the DOM (scripts/bench-browser.ts).

import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import world from 'world-atlas/countries-110m.json';
import type { Metric } from '../../core/aggregate/dashboard-series';
import { formatChange, formatShare } from '../../i18n/format';
import type { Messages } from '../../i18n/messages-en';
import { formatMetric } from '../../i18n/metric-format';
import type { Language } from '../../state/view-state';
import {
  BORDER,
  classColours,
  countryFeatures,
  dotRadius,
  layoutWorld,
  legendBreaks,
  legendLabels,
  NO_TRADE_FILL,
  placePartners,
  shareColour,
  type CountryFeature,
  type MapPartner,
  type Placement,
  type WorldLayout,
} from './map-geometry';

if (typeof performance !== 'undefined') performance.mark('map-chunk-loaded');

let countries: CountryFeature[] | null = null;
/** The topology → GeoJSON once per page. */
function worldCountries(): CountryFeature[] {
  return (countries ??= countryFeatures(world));
}

let drawnMarked = false;

interface Props {
  /** Every partner, largest first (the panel's select). */
  partners: MapPartner[];
  metric: Metric;
  /** Whether a change against the base is known. */
  covered: boolean;
  lang: Language;
  messages: Messages['map'];
  selected: readonly string[];
  onToggle?: (code: string) => void;
}

const SELECTED_STROKE = '#0F172A';
const DOT_STROKE = '#1E293B';
const LEGEND_FONT = 11;
const LEGEND_ROW = 18;
const SWATCH = 12;
/** Width of a legend character at 11 px, roughly: enough to lay the items out in rows. */
const CHAR_PX = 6.4;
const FOCUSABLE = 'outline-none hover:stroke-amber-500 hover:stroke-2 focus-visible:stroke-amber-500 focus-visible:stroke-[2.5]';

interface LegendItem {
  label: string;
  colour: string;
  dot?: boolean;
}

interface Legend {
  height: number;
  items: { item: LegendItem; x: number; y: number }[];
}

function layoutLegend(items: LegendItem[], width: number): Legend {
  const placed: Legend['items'] = [];
  let x = 0;
  let y = 8;
  for (const item of items) {
    const w = SWATCH + 6 + item.label.length * CHAR_PX + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      y += LEGEND_ROW;
    }
    placed.push({ item, x, y });
    x += w;
  }
  return { height: y + LEGEND_ROW, items: placed };
}

/** What hover and focus say: name; figure · share; change against the base. */
function describe(p: MapPartner, metric: Metric, lang: Language, covered: boolean, messages: Messages['map']): string[] {
  const lines = [p.label, `${formatMetric(p.value, metric, lang)} · ${Number.isFinite(p.share) ? formatShare(p.share, lang) : '—'}`];
  if (covered) lines.push(`${messages.change}: ${p.change !== null ? formatChange(p.change, lang) : p.value > 0 ? messages.newPartner : '—'}`);
  return lines;
}

interface LayerProps {
  layout: WorldLayout;
  placements: Map<string, Placement>;
  byKey: Map<string, MapPartner>;
  breaks: number[];
  colours: string[];
  maxDot: number;
  selected: readonly string[];
  labels: Map<string, string>;
  interactive: boolean;
}

/** The shapes and dots: memoised apart from the tooltip, so a hover redraws none of them. */
const MapLayer = memo(function MapLayer({ layout, placements, byKey, breaks, colours, maxDot, selected, labels, interactive }: LayerProps) {
  const chosen = new Set(selected);
  const drawnAsShape = new Map<number, MapPartner>();
  const dots: { p: MapPartner; at: [number, number] }[] = [];
  for (const [code, place] of placements) {
    const p = byKey.get(code);
    if (!p) continue;
    if (place.kind === 'shape') drawnAsShape.set(place.index, p);
    else if (place.kind === 'dot') dots.push({ p, at: place.at });
  }
  const fillOf = (code: string | null) => {
    const p = code ? byKey.get(code) : undefined;
    return p ? shareColour(p.share, breaks, colours) : NO_TRADE_FILL;
  };
  const focusProps = (p: MapPartner) => ({
    'data-partner': p.key,
    'data-share': Number.isFinite(p.share) ? Number(p.share.toFixed(6)) : undefined,
    'data-selected': chosen.has(p.key) ? 'true' : undefined,
    tabIndex: 0,
    role: interactive ? 'button' : 'img',
    'aria-label': labels.get(p.key),
    'aria-pressed': interactive ? chosen.has(p.key) : undefined,
    className: FOCUSABLE,
    style: interactive ? { cursor: 'pointer' } : undefined,
  });
  // Plain shapes first, the partners' shapes over them (largest first: the tab order), dots on top.
  const partnerShapes = [...drawnAsShape].sort((a, b) => b[1].value - a[1].value);
  return (
    <>
      <g data-layer="countries">
        {layout.shapes.map((s, i) => (drawnAsShape.has(i) ? null : <path key={i} d={s.d} fill={fillOf(s.code)} stroke={BORDER} strokeWidth={0.5} />))}
      </g>
      <g data-layer="partners">
        {partnerShapes.map(([i, p]) => (
          <path key={p.key} d={layout.shapes[i].d} fill={fillOf(p.key)} stroke={chosen.has(p.key) ? SELECTED_STROKE : BORDER} strokeWidth={chosen.has(p.key) ? 1.5 : 0.5} {...focusProps(p)} />
        ))}
      </g>
      <g data-layer="dots">
        {dots.map(({ p, at }) => (
          <circle
            key={p.key}
            cx={Number(at[0].toFixed(1))}
            cy={Number(at[1].toFixed(1))}
            r={Number(dotRadius(p.value, maxDot).toFixed(1))}
            fill={fillOf(p.key)}
            stroke={chosen.has(p.key) ? SELECTED_STROKE : DOT_STROKE}
            strokeWidth={chosen.has(p.key) ? 1.5 : 0.75}
            {...focusProps(p)}
          />
        ))}
      </g>
    </>
  );
});

interface Tip {
  key: string;
  x: number;
  y: number;
}

export const PartnerMap = memo(function PartnerMap({ partners, metric, covered, lang, messages, selected, onToggle }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [tip, setTip] = useState<Tip | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.floor(el.clientWidth));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const layout = useMemo(() => (width > 0 ? layoutWorld(worldCountries(), width) : null), [width]);
  const byKey = useMemo(() => new Map(partners.filter((p) => p.value > 0).map((p) => [p.key, p])), [partners]);
  const placements = useMemo(() => (layout ? placePartners(layout, [...byKey.keys()]) : new Map<string, Placement>()), [layout, byKey]);
  const { breaks, colours } = useMemo(() => {
    const b = legendBreaks(Math.max(0, ...partners.map((p) => (Number.isFinite(p.share) ? p.share : 0))));
    return { breaks: b, colours: classColours(b) };
  }, [partners]);
  const maxDot = useMemo(() => Math.max(0, ...[...placements].filter(([, pl]) => pl.kind === 'dot').map(([code]) => byKey.get(code)?.value ?? 0)), [placements, byKey]);
  const labels = useMemo(() => new Map([...byKey.values()].map((p) => [p.key, describe(p, metric, lang, covered, messages).join('; ')])), [byKey, metric, lang, covered, messages]);
  const legend = useMemo(() => {
    const format = (s: number) => formatShare(s, lang);
    const items: LegendItem[] = legendLabels(breaks, format).map((label, i) => ({ label, colour: colours[i] }));
    items.push({ label: messages.noTrade, colour: NO_TRADE_FILL }, { label: messages.dots, colour: colours[0], dot: true });
    return layoutLegend(items, Math.max(1, width));
  }, [breaks, colours, lang, messages, width]);
  const unplaced = useMemo(() => [...byKey.values()].filter((p) => placements.get(p.key)?.kind === 'none'), [byKey, placements]);

  useLayoutEffect(() => {
    if (layout && !drawnMarked && typeof performance !== 'undefined') {
      drawnMarked = true;
      performance.mark('map-drawn');
    }
  }, [layout]);

  const centreOf = useCallback(
    (code: string): [number, number] | null => {
      const place = placements.get(code);
      if (!place || !layout) return null;
      return place.kind === 'dot' ? place.at : place.kind === 'shape' ? layout.centre(place.index) : null;
    },
    [placements, layout],
  );
  const codeOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('[data-partner]')?.getAttribute('data-partner') : null) ?? null;

  const onPointer = useCallback((e: PointerEvent<SVGSVGElement>) => {
    const code = codeOf(e.target);
    const box = ref.current?.getBoundingClientRect();
    setTip(code && box ? { key: code, x: e.clientX - box.left, y: e.clientY - box.top } : null);
  }, []);
  const onFocus = useCallback(
    (e: FocusEvent<SVGSVGElement>) => {
      const code = codeOf(e.target);
      const at = code ? centreOf(code) : null;
      setTip(code && at ? { key: code, x: at[0], y: at[1] } : null);
    },
    [centreOf],
  );
  const onClick = useCallback(
    (e: MouseEvent<SVGSVGElement>) => {
      const code = codeOf(e.target);
      if (code && onToggle) onToggle(code);
    },
    [onToggle],
  );
  const onKeyDown = useCallback(
    (e: KeyboardEvent<SVGSVGElement>) => {
      if (e.key === 'Escape') return setTip(null);
      if (e.key !== 'Enter' && e.key !== ' ') return;
      const code = codeOf(e.target);
      if (!code || !onToggle) return;
      e.preventDefault();
      onToggle(code);
    },
    [onToggle],
  );

  const tipPartner = tip ? byKey.get(tip.key) : undefined;
  const height = layout ? layout.height + legend.height : 0;
  return (
    <div ref={ref} className="relative w-full min-w-0" data-testid="partner-map">
      {layout ? (
        <svg
          className="recharts-surface block"
          width={layout.width}
          height={height}
          viewBox={`0 0 ${layout.width} ${height}`}
          role="group"
          aria-label={messages.aria}
          fontFamily="inherit"
          onPointerOver={onPointer}
          onPointerMove={onPointer}
          onPointerLeave={() => setTip(null)}
          onFocus={onFocus}
          onBlur={() => setTip(null)}
          onClick={onClick}
          onKeyDown={onKeyDown}
        >
          <MapLayer layout={layout} placements={placements} byKey={byKey} breaks={breaks} colours={colours} maxDot={maxDot} selected={selected} labels={labels} interactive={onToggle !== undefined} />
          <g data-layer="legend" transform={`translate(0 ${layout.height})`} fontSize={LEGEND_FONT} fill="#334155">
            {legend.items.map(({ item, x, y }) => (
              <g key={item.label} transform={`translate(${Number(x.toFixed(1))} ${y})`}>
                {item.dot ? (
                  <circle cx={SWATCH / 2} cy={SWATCH / 2} r={4} fill={item.colour} stroke={DOT_STROKE} strokeWidth={0.75} />
                ) : (
                  <rect width={SWATCH} height={SWATCH} fill={item.colour} stroke="#CBD5E1" strokeWidth={0.5} />
                )}
                <text x={SWATCH + 5} y={SWATCH - 2} fill="#334155">
                  {item.label}
                </text>
              </g>
            ))}
          </g>
        </svg>
      ) : (
        <div style={{ minHeight: 240 }} />
      )}
      {tip && tipPartner ? (
        <div
          role="tooltip"
          data-testid="partner-map-tooltip"
          className="pointer-events-none absolute z-10 max-w-56 rounded border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800 shadow"
          style={{ left: Math.max(0, Math.min(tip.x + 12, width - 200)), top: tip.y + 12 }}
        >
          {describe(tipPartner, metric, lang, covered, messages).map((line, i) => (
            <div key={i} className={i === 0 ? 'font-semibold' : undefined}>
              {line}
            </div>
          ))}
        </div>
      ) : null}
      {unplaced.length > 0 ? (
        <p className="mt-1 text-xs text-slate-600" data-testid="partner-map-unplaced">
          {messages.notDrawn}: {unplaced.map((p) => `${p.label} — ${formatMetric(p.value, metric, lang)} (${Number.isFinite(p.share) ? formatShare(p.share, lang) : '—'})`).join('; ')}
        </p>
      ) : null}
      {onToggle ? <p className="mt-1 text-xs text-slate-500">{messages.hint}</p> : null}
    </div>
  );
});

export default PartnerMap;
