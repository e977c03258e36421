// Goods as a squarified treemap (layout: treemap-layout.ts, d3-hierarchy): tiles sized by the
// measure, coloured by the caller (by chapter), «other» grey. Name, code and share drawn where
// they fit; the whole name in each tile's <title>. With onSelect, each tile but «other» is a
// button (click, Enter, Space) that drills down. Lazy-loaded by the goods panel: default export,
// and nothing in the first-load bundle may import this file (it carries d3-hierarchy).
//
// Image export: the <svg> has class `recharts-surface` and numeric width/height, which is what
// chart-svg-capture.ts `findChartSurface` / `buildChartSvg` look for; every paint is an attribute
// and the focus ring is hidden by CSS (`display: none`, inlined into the copy), so the copy looks
// like the page. There is no HTML legend to read: pass `legend` in the image meta if one is wanted.

import { Fragment, memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { OTHER_KEY } from '../../core/aggregate/dashboard-series';
import { formatShare } from '../../i18n/format';
import type { Language } from '../../state/view-state';
import { OTHER_COLOUR } from './partner-colours';
import { readableTextColour } from './text-contrast';
import { layoutTreemap, planTileText, treemapFontSizes, type TileTextLine } from './treemap-layout';

export interface TreemapTile {
  key: string;
  /** Short name, drawn on the tile. */
  label: string;
  /** Display code, e.g. '0303 67', drawn small above the label. */
  code: string;
  /** The whole official name, for the tooltip and the accessible name. */
  title: string;
  /** In the measure's units, > 0 (other tiles are left out). */
  value: number;
  /** 0..1 */
  share: number;
  colour: string;
}

export interface GoodsTreemapProps {
  tiles: TreemapTile[];
  lang: Language;
  formatValue: (v: number) => string;
  /** Drill down into a tile's goods; absent = read-only. Never called for «other». */
  onSelect?: (key: string) => void;
  /** px; default 360. */
  height?: number;
}

const DEFAULT_HEIGHT = 360;
const FOCUS_RING = '#0f172a';

/** The container's content width, kept up to date with a ResizeObserver; null until measured. */
function useContainerWidth(): [RefObject<HTMLDivElement | null>, number | null] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = (w: number) => setWidth((old) => (w > 0 ? Math.floor(w) : old));
    if (typeof ResizeObserver === 'undefined') {
      const frame = requestAnimationFrame(() => update(el.clientWidth));
      return () => cancelAnimationFrame(frame);
    }
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) update(entry.contentRect.width);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export const GoodsTreemap = memo(function GoodsTreemap({ tiles, lang, formatValue, onSelect, height = DEFAULT_HEIGHT }: GoodsTreemapProps) {
  const [ref, width] = useContainerWidth();
  return (
    <div ref={ref} data-testid="goods-treemap" className="w-full" style={{ height }}>
      {width !== null && <TreemapSvg tiles={tiles} lang={lang} formatValue={formatValue} onSelect={onSelect} width={width} height={height} />}
    </div>
  );
});

export default GoodsTreemap;

interface SvgProps extends Required<Pick<GoodsTreemapProps, 'tiles' | 'lang' | 'formatValue' | 'height'>> {
  onSelect?: (key: string) => void;
  width: number;
}

function TreemapSvg({ tiles, lang, formatValue, onSelect, width, height }: SvgProps) {
  const rects = useMemo(() => layoutTreemap(tiles, width, height), [tiles, width, height]);
  const sizes = treemapFontSizes(width);
  // Ids for the per-tile text clip paths: useId's characters are not all safe inside url(#…).
  const idBase = `goods-treemap-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  return (
    <svg className="recharts-surface block select-none" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {rects.map(({ tile, x0, y0, x1, y1 }, index) => {
        const w = x1 - x0;
        const h = y1 - y0;
        const isOther = tile.key === OTHER_KEY;
        const fill = isOther ? OTHER_COLOUR : tile.colour;
        const ink = readableTextColour(fill);
        const share = formatShare(tile.share, lang);
        const value = formatValue(tile.value);
        const name = fullTileName(tile);
        const description = `${name}: ${value}, ${share}`;
        const lines = planTileText(w, h, { code: tile.code, label: tile.label, share }, sizes);
        const accessibleName = tileName(lines, tile, value, share);
        // A sliver under a pixel (collapsed by the gaps) stays in the chart for its data and
        // its accessible name, but is not a tab stop: nobody could see it.
        const interactive = onSelect !== undefined && !isOther && w >= 1 && h >= 1;
        const activate = interactive ? () => onSelect(tile.key) : undefined;
        const onKeyDown = interactive
          ? (e: KeyboardEvent<SVGGElement>) => {
              if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
                e.preventDefault();
                if (!e.repeat) onSelect(tile.key);
              }
            }
          : undefined;
        return (
          <g
            key={tile.key}
            data-goods={tile.key}
            data-value={tile.value}
            transform={`translate(${x0} ${y0})`}
            role={interactive ? 'button' : 'img'}
            aria-label={accessibleName}
            tabIndex={interactive ? 0 : undefined}
            onClick={activate}
            onKeyDown={onKeyDown}
            className={interactive ? 'group cursor-pointer outline-none' : undefined}
          >
            <title>{description}</title>
            <rect width={w} height={h} fill={fill} className={interactive ? 'group-hover:opacity-85' : undefined} />
            {interactive && (
              // Keyboard focus ring: dark outside, white inside, so it shows on every fill.
              <g className="hidden group-focus-visible:inline" fill="none" pointerEvents="none" aria-hidden>
                <rect x={1.5} y={1.5} width={Math.max(0, w - 3)} height={Math.max(0, h - 3)} stroke={FOCUS_RING} strokeWidth={3} />
                <rect x={3.5} y={3.5} width={Math.max(0, w - 7)} height={Math.max(0, h - 7)} stroke="#ffffff" strokeWidth={1} />
              </g>
            )}
            {lines.length > 0 && (
              // Clipped to the tile: the text fitting only estimates widths.
              <g fill={ink} pointerEvents="none" aria-hidden clipPath={`url(#${idBase}-${index})`}>
                <clipPath id={`${idBase}-${index}`}>
                  <rect width={w} height={h} />
                </clipPath>
                {lines.map((line, i) => (
                  // A space between the lines (not drawn: loose text in a <g> is not painted), so
                  // the tile's text reads «0303 Рыба 12,3 %», not «0303Рыба12,3 %».
                  <Fragment key={i}>
                    {i > 0 && ' '}
                    <text
                      x={line.x}
                      y={line.y}
                      fontSize={line.fontSize}
                      fontWeight={line.bold ? 600 : undefined}
                      fillOpacity={line.kind === 'code' ? 0.85 : undefined}
                      className={line.kind === 'share' ? 'tabular-nums' : undefined}
                    >
                      {line.text}
                    </text>
                  </Fragment>
                ))}
              </g>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/**
 * A tile's accessible name: first the words it shows, in their order (WCAG 2.5.3 «label in
 * name»: a speech user says what they see — the code, the short name as far as it fits, the
 * share), then what it does not show: the value, the share when not drawn, and the whole name
 * when the tile shows less of it. A tile with no text is named in full.
 */
function tileName(lines: TileTextLine[], tile: TreemapTile, value: string, share: string): string {
  const fullName = fullTileName(tile);
  if (lines.length === 0) return `${fullName}: ${value}, ${share}`;
  // The ellipsis of a cut word is not read: the whole name follows.
  const shown = lines.map((l) => l.text.replace(/…/g, '').trim()).filter((t) => t !== '').join(' ');
  const shownLabel = lines.filter((l) => l.kind === 'label').map((l) => l.text).join(' ');
  const codeShown = tile.code.trim() === '' || lines.some((l) => l.kind === 'code');
  const whole = codeShown && shownLabel === (tile.title || tile.label).split(/\s+/).filter(Boolean).join(' ');
  const rest = lines.some((l) => l.kind === 'share') ? value : `${value}, ${share}`;
  return `${shown}, ${rest}${whole ? '' : ` — ${fullName}`}`;
}

/** The code and the whole name, the code once (an official title may begin with it). */
function fullTileName(tile: TreemapTile): string {
  const title = (tile.title || tile.label).trim();
  const code = tile.code.trim();
  return code === '' || title.startsWith(code) ? title : `${code} ${title}`.trim();
}
