// Where everything of an exported chart image goes: the title and filters on top, the chart,
// the legend, then the source and the date (docs/architecture.md, components/charts). Pure
// geometry and text measuring, no DOM: runs anywhere, Node included, and is unit-tested.
//
// The other parts of the chart image export: chart-image-svg.ts writes the standalone SVG
// document from this layout, chart-svg-capture.ts reads the live chart out of the page, and
// chart-image-download.ts turns the document into a PNG or SVG download.

export interface ChartLegendItem {
  label: string;
  colour: string;
  value?: string;
}

export interface ChartImageMeta {
  /** e.g. «Доли стран-партнёров: товарооборот» */
  title: string;
  /** One line (wrapped if it is too long), e.g. «янв.–май 2020 г. · Товарооборот · Партнёры: все» */
  filters: string;
  /** e.g. «Источник: демонстрационные данные TradeShare (сгенерированы)» */
  source: string;
  /** e.g. «25.11.2026» */
  date: string;
  /** Drawn under the chart. When absent, the chart's Recharts HTML legend is read instead. */
  legend?: ChartLegendItem[];
}

// ---------------------------------------------------------------------------------------------
// Constants of the layout

export const EXPORT_FONT_FAMILY = 'PT Sans, Segoe UI, Roboto, Arial, sans-serif';
export const MIN_IMAGE_WIDTH = 640;

/** Margin around the image's content. */
export const IMAGE_PAD = 16;
export const TITLE_STYLE = { size: 16, lineHeight: 20, bold: true, colour: '#0f172a', maxLines: 3 } as const;
export const FILTERS_STYLE = { size: 12, lineHeight: 16, bold: false, colour: '#475569', maxLines: 3 } as const;
export const LEGEND_STYLE = { size: 12, rowHeight: 18, swatch: 10, swatchGap: 6, valueGap: 12, columnGap: 24, colour: '#334155' } as const;
export const FOOTER_STYLE = { size: 11, lineHeight: 14, bold: false, colour: '#64748b', maxLines: 4, dateGap: 16 } as const;
/** Space between the header, the chart, the legend and the footer. */
const GAP = 12;
const FALLBACK_COLOUR = '#94a3b8';

// ---------------------------------------------------------------------------------------------
// Colours and text

/** A colour usable as an SVG paint: hex, rgb()/rgba()/hsl()/hsla() or a keyword; otherwise slate grey. */
export function sanitizeColour(colour: string | null | undefined): string {
  const c = (colour ?? '').trim();
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(c)) return c;
  if (/^(?:rgba?|hsla?)\(\s*[\d\s.,%/+-]+\)$/i.test(c)) return c;
  if (/^[a-z]{3,20}$/i.test(c) && !/^(?:none|transparent|inherit|initial|unset|currentcolor)$/i.test(c)) return c;
  return FALLBACK_COLOUR;
}

/** Whitespace that may collapse or break a line: all but the no-break spaces of «40,4 %» or «1 234». */
export const BREAKING_SPACE = /[^\S\u00a0\u202f]+/g;

const NARROW = new Set(" .,:;!|'`il1Ijtfr()[]{}/\\-·");
const WIDE = new Set('MWmwШЩЖМЮФЫшщжмюфы—@%');

/**
 * Width of `text` in px at `fontSize`, estimated per character for the export's sans-serif stack.
 * Deliberately generous (about 5–10 % wider than Arial/PT Sans) so laid-out text never overflows.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ' || ch === '\u00a0' || ch === '\u202f') em += 0.3;
    else if (NARROW.has(ch)) em += 0.34;
    else if (ch >= '0' && ch <= '9') em += 0.57;
    else if (WIDE.has(ch)) em += 0.9;
    else if (ch !== ch.toLowerCase()) em += 0.7;
    else em += 0.6;
  }
  return em * fontSize * (bold ? 1.08 : 1);
}

/** `text` cut to fit `maxWidth`, ending with «…» when cut. */
export function truncateText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (estimateTextWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && estimateTextWidth(chars.join('').trimEnd() + '…', fontSize, bold) > maxWidth) chars.pop();
  return chars.length > 0 ? chars.join('').trimEnd() + '…' : '…';
}

/**
 * Greedy word wrap to `maxWidth`; whitespace (newlines too) collapses to single spaces. Words
 * wider than a line are broken by characters. With `maxLines`, the last line ends in «…» when
 * text is left over. Empty text gives no lines.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, options: { bold?: boolean; maxLines?: number } = {}): string[] {
  const bold = options.bold ?? false;
  const maxLines = options.maxLines ?? Infinity;
  const width = (s: string) => estimateTextWidth(s, fontSize, bold);
  const words = text.split(BREAKING_SPACE).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const pushWord = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (width(candidate) <= maxWidth) {
      line = candidate;
      return;
    }
    if (line) lines.push(line);
    line = '';
    if (width(word) <= maxWidth) {
      line = word;
      return;
    }
    // A word longer than a line: break it by characters.
    let piece = '';
    for (const ch of word) {
      if (piece && width(piece + ch) > maxWidth) {
        lines.push(piece);
        piece = ch;
      } else piece += ch;
    }
    line = piece;
  };
  for (const word of words) pushWord(word);
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncateText(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxWidth, fontSize, bold);
  if (!kept[maxLines - 1].endsWith('…')) kept[maxLines - 1] = truncateText(`${kept[maxLines - 1]}…`, maxWidth, fontSize, bold);
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Legend and page

export interface LegendCell {
  /** Top-left of the cell, relative to the legend block. */
  x: number;
  y: number;
  width: number;
  label: string;
  value?: string;
  colour: string;
}

export interface LegendLayout {
  columns: number;
  rows: number;
  columnWidth: number;
  width: number;
  height: number;
  rowHeight: number;
  cells: LegendCell[];
}

/**
 * Legend items in equal columns that fit `availableWidth`, filled top to bottom (a ranked list
 * reads down). Labels too long for a column are cut with «…»; values sit right-aligned at the
 * column's end. No items → height 0.
 */
export function layoutLegend(items: readonly ChartLegendItem[], availableWidth: number): LegendLayout {
  const { size, rowHeight, swatch, swatchGap, valueGap, columnGap } = LEGEND_STYLE;
  const clean = items
    .map((item) => ({ label: String(item.label ?? '').replace(BREAKING_SPACE, ' ').trim(), value: item.value == null ? undefined : String(item.value).replace(BREAKING_SPACE, ' ').trim() || undefined, colour: sanitizeColour(item.colour) }))
    .filter((item) => item.label || item.value);
  if (clean.length === 0 || !(availableWidth > 0)) return { columns: 0, rows: 0, columnWidth: 0, width: 0, height: 0, rowHeight, cells: [] };

  const valueWidth = Math.max(0, ...clean.map((item) => (item.value ? estimateTextWidth(item.value, size) : 0)));
  const valuePart = valueWidth > 0 ? valueGap + valueWidth : 0;
  const widest = Math.max(...clean.map((item) => swatch + swatchGap + estimateTextWidth(item.label, size) + valuePart));
  const columnWidth = Math.min(availableWidth, Math.ceil(widest));
  let columns = Math.max(1, Math.min(clean.length, Math.floor((availableWidth + columnGap) / (columnWidth + columnGap))));
  const rows = Math.ceil(clean.length / columns);
  columns = Math.ceil(clean.length / rows); // balance: no empty trailing column
  const labelMax = columnWidth - swatch - swatchGap - valuePart;

  const cells = clean.map((item, i): LegendCell => ({
    x: Math.floor(i / rows) * (columnWidth + columnGap),
    y: (i % rows) * rowHeight,
    width: columnWidth,
    label: item.label ? truncateText(item.label, Math.max(0, labelMax), size) : '',
    value: item.value,
    colour: item.colour,
  }));
  return { columns, rows, columnWidth, width: columns * columnWidth + (columns - 1) * columnGap, height: rows * rowHeight, rowHeight, cells };
}

export interface ChartImageLayout {
  width: number;
  height: number;
  title: { lines: string[]; top: number };
  filters: { lines: string[]; top: number };
  chart: { x: number; y: number; width: number; height: number };
  legend: LegendLayout & { x: number; y: number };
  footer: { ruleY: number; top: number; sourceLines: string[]; date: string };
}

/** `value` when it is a positive finite number; otherwise throws, naming it. */
export function requirePositive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new Error(`Chart image: ${name} must be a positive number, got ${value}`);
  return value;
}

/** Where everything goes. Width = max(chart width, 640), rounded up to a whole pixel. */
export function layoutChartImage(chartWidth: number, chartHeight: number, meta: ChartImageMeta): ChartImageLayout {
  requirePositive(chartWidth, 'chart width');
  requirePositive(chartHeight, 'chart height');
  const width = Math.ceil(Math.max(chartWidth, MIN_IMAGE_WIDTH));
  const inner = width - 2 * IMAGE_PAD;

  let y = IMAGE_PAD;
  const titleLines = wrapText(meta.title ?? '', inner, TITLE_STYLE.size, { bold: TITLE_STYLE.bold, maxLines: TITLE_STYLE.maxLines });
  const title = { lines: titleLines, top: y };
  y += titleLines.length * TITLE_STYLE.lineHeight;
  const filterLines = wrapText(meta.filters ?? '', inner, FILTERS_STYLE.size, { maxLines: FILTERS_STYLE.maxLines });
  if (titleLines.length > 0 && filterLines.length > 0) y += 2;
  const filters = { lines: filterLines, top: y };
  y += filterLines.length * FILTERS_STYLE.lineHeight;
  if (titleLines.length + filterLines.length > 0) y += GAP;

  const chart = { x: Math.floor((width - chartWidth) / 2), y, width: chartWidth, height: chartHeight };
  y += chartHeight;

  const legendLayout = layoutLegend(meta.legend ?? [], inner);
  const legend = { ...legendLayout, x: IMAGE_PAD, y: y + GAP };
  if (legendLayout.height > 0) y += GAP + legendLayout.height;

  y += GAP;
  const ruleY = y;
  y += 8;
  const date = (meta.date ?? '').replace(BREAKING_SPACE, ' ').trim();
  const dateWidth = date ? estimateTextWidth(date, FOOTER_STYLE.size) + FOOTER_STYLE.dateGap : 0;
  const sourceLines = wrapText(meta.source ?? '', Math.max(inner / 2, inner - dateWidth), FOOTER_STYLE.size, { maxLines: FOOTER_STYLE.maxLines });
  const footer = { ruleY, top: y, sourceLines, date };
  y += Math.max(1, sourceLines.length) * FOOTER_STYLE.lineHeight;
  y += IMAGE_PAD;

  return { width, height: Math.ceil(y), title, filters, chart, legend, footer };
}
