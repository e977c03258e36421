// The goods treemap's geometry, without a DOM: squarified tiles (d3-hierarchy) and the text
// that fits on each. Pure, so goods-treemap.tsx draws and treemap-layout.test.ts checks it.

import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';
import { OTHER_KEY } from '../../core/aggregate/dashboard-series';

/** White gap between neighbouring tiles, px (none along the box's edges). */
export const TREEMAP_GAP = 2;

export interface LayoutInput {
  key: string;
  value: number;
}

export interface TreemapRect<T extends LayoutInput> {
  tile: T;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type LayoutNode<T> = { tile?: T; children?: LayoutNode<T>[] };

/**
 * Squarified treemap of `tiles` in a `width × height` box, `gap` px between neighbours.
 * Tiles whose value is not a finite number > 0 are left out. The result keeps the input's
 * order (the layout itself places tiles by value, largest first, ties in input order, and the
 * «other» tile last). Coordinates are not rounded, so areas stay proportional; a tile that is
 * thinner than the gap collapses to a line of zero width or height (the component skips those).
 */
export function layoutTreemap<T extends LayoutInput>(tiles: readonly T[], width: number, height: number, gap: number = TREEMAP_GAP): TreemapRect<T>[] {
  if (!(width > 0) || !(height > 0)) return [];
  const kept = tiles.filter((t) => Number.isFinite(t.value) && t.value > 0);
  if (kept.length === 0) return [];
  const placed = kept
    .map((tile, index) => ({ tile, index }))
    .sort((a, b) => Number(a.tile.key === OTHER_KEY) - Number(b.tile.key === OTHER_KEY) || b.tile.value - a.tile.value || a.index - b.index);
  // Laid out by value ÷ the largest value, so neither huge sums nor subnormal values break the arithmetic.
  const max = Math.max(...kept.map((t) => t.value));
  const rootData: LayoutNode<T> = { children: placed.map(({ tile }) => ({ tile })) };
  const root = hierarchy(rootData).sum((d) => (d.tile ? d.tile.value / max : 0));
  const laidOut = treemap<LayoutNode<T>>()
    .tile(treemapSquarify)
    .size([width, height])
    .paddingInner(Math.max(0, gap))
    .paddingOuter(0)
    .round(false)(root);
  // Clamped: d3 collapses a tile thinner than the gap to the middle of its cell, which for a
  // cell on the box's edge can lie up to half a gap outside the box.
  const x = (v: number) => Math.min(width, Math.max(0, v));
  const y = (v: number) => Math.min(height, Math.max(0, v));
  const rectOf = new Map<T, TreemapRect<T>>();
  for (const leaf of laidOut.leaves()) {
    const tile = leaf.data.tile;
    if (tile) rectOf.set(tile, { tile, x0: x(leaf.x0), y0: y(leaf.y0), x1: x(leaf.x1), y1: y(leaf.y1) });
  }
  return kept.map((tile) => rectOf.get(tile)).filter((r): r is TreemapRect<T> => r !== undefined);
}

// ---- Text on a tile ---------------------------------------------------------------------------

/** Rough text width: characters × font size × this (a sans-serif average; bold a little wider). */
export const CHAR_WIDTH = 0.55;
const BOLD_CHAR_WIDTH = 0.6;
const PAD_X = 5;
const PAD_Y = 4;
const LINE_SPACING = 1.2;
const MAX_LABEL_LINES = 3;
/** Below this many characters a label line is not worth drawing. */
const MIN_LABEL_CHARS = 4;

export type TileTextKind = 'code' | 'label' | 'share';

export interface TileTextLine {
  kind: TileTextKind;
  text: string;
  /** Left edge and baseline, in the tile's own coordinates (0, 0 = its top-left corner). */
  x: number;
  y: number;
  fontSize: number;
  bold: boolean;
}

export interface TileTextInput {
  code: string;
  label: string;
  share: string;
}

/** Font sizes: labels and share smaller on a narrow (phone) chart; the code always small. */
export function treemapFontSizes(chartWidth: number): { label: number; code: number } {
  return chartWidth < 480 ? { label: 11, code: 9.5 } : { label: 12, code: 10 };
}

function cut(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  return maxChars <= 1 ? '…' : `${text.slice(0, maxChars - 1).trimEnd()}…`;
}

function withEllipsis(line: string, maxChars: number): string {
  if (line.endsWith('…')) return line;
  return line.length + 1 <= maxChars ? `${line}…` : cut(`${line}…`, maxChars);
}

/**
 * `text` in at most `maxLines` lines of at most `maxChars` characters, broken between words.
 * A word longer than a line is cut with «…»; text left over after the last line ends it with «…».
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  if (maxChars < 1 || maxLines < 1) return [];
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let k = 0;
  while (k < words.length && lines.length < maxLines) {
    const word = words[k];
    if (!line) {
      if (word.length <= maxChars) line = word;
      else lines.push(cut(word, maxChars));
      k++;
    } else if (line.length + 1 + word.length <= maxChars) {
      line += ` ${word}`;
      k++;
    } else {
      lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);
  if (k < words.length && lines.length > 0) lines[lines.length - 1] = withEllipsis(lines[lines.length - 1], maxChars);
  return lines;
}

/**
 * The lines drawn on a `width × height` tile, top to bottom: the code (small), the label
 * (wrapped, up to three lines) and the share last. What goes first when room is short: one
 * label line, then the share, then the code, then more label lines. A tile without room for one
 * label line of four characters gets no text at all (its name is in the tooltip and the table).
 */
export function planTileText(width: number, height: number, text: TileTextInput, sizes: { label: number; code: number }): TileTextLine[] {
  const availW = width - 2 * PAD_X;
  const availH = height - 2 * PAD_Y;
  const labelLine = sizes.label * LINE_SPACING;
  const codeLine = sizes.code * LINE_SPACING;
  const labelChars = Math.floor(availW / (sizes.label * CHAR_WIDTH));
  if (!text.label.trim() || labelChars < MIN_LABEL_CHARS || availH < labelLine) return [];

  let room = availH - labelLine;
  const shareFits = text.share !== '' && text.share.length * sizes.label * BOLD_CHAR_WIDTH <= availW && room >= labelLine;
  if (shareFits) room -= labelLine;
  const code = text.code.trim();
  const codeFits = code !== '' && code.length * sizes.code * CHAR_WIDTH <= availW && room >= codeLine;
  if (codeFits) room -= codeLine;
  const extraLines = Math.max(0, Math.min(MAX_LABEL_LINES - 1, Math.floor(room / labelLine)));
  const labelLines = wrapLabel(text.label, labelChars, 1 + extraLines);

  const lines: TileTextLine[] = [];
  let top = PAD_Y;
  const push = (kind: TileTextKind, value: string, fontSize: number, lineHeight: number, bold: boolean) => {
    // Baseline: the glyphs (about 0.8 em above it) centred in the line box.
    lines.push({ kind, text: value, x: PAD_X, y: top + (lineHeight + fontSize) / 2 - 0.2 * fontSize, fontSize, bold });
    top += lineHeight;
  };
  if (codeFits) push('code', code, sizes.code, codeLine, false);
  for (const l of labelLines) push('label', l, sizes.label, labelLine, false);
  if (shareFits) push('share', text.share, sizes.label, labelLine, true);
  return lines;
}
