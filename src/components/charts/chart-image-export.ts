// Chart → standalone image (SVG or PNG) with a title, the active filters, the
// legend, the data source and the date. Browser module, no React, no imports.
//
// Two layers:
// - Pure string/geometry helpers (escapeXml, estimateTextWidth, wrapText, layoutLegend,
//   layoutChartImage, composeChartSvg, …) that run anywhere, Node included, and are unit-tested.
//   composeChartSvg builds the document as a string; every text value goes through escapeXml.
// - DOM functions (findChartSurface, readHtmlLegend, buildChartSvg, svgToPngBlob, downloadBlob,
//   downloadChartImage) that clone the live Recharts <svg>, inline the CSS-only styles, serialise
//   it with XMLSerializer and hand the text to composeChartSvg. No innerHTML-like sink anywhere.
//
// Legends: Recharts' <Legend> is HTML (`.recharts-legend-wrapper`) laid over the bottom of the
// <svg>, so it would be lost. buildChartSvg reads its items (label = `.recharts-legend-item-text`,
// colour = the icon path's fill, or its stroke for line series) unless `meta.legend` is given;
// `meta.legend` always wins (the donut's HTML list is not a Recharts legend: pass it there), and
// `legend: []` draws none. The band Recharts reserved for its HTML legend is cropped off the chart.

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

export type ChartImageFormat = 'png' | 'svg';

// ---------------------------------------------------------------------------------------------
// Constants of the layout

export const EXPORT_FONT_FAMILY = 'PT Sans, Segoe UI, Roboto, Arial, sans-serif';
export const MIN_IMAGE_WIDTH = 640;

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
const TITLE = { size: 16, lineHeight: 20, bold: true, colour: '#0f172a', maxLines: 3 } as const;
const FILTERS = { size: 12, lineHeight: 16, bold: false, colour: '#475569', maxLines: 3 } as const;
const LEGEND = { size: 12, rowHeight: 18, swatch: 10, swatchGap: 6, valueGap: 12, columnGap: 24, colour: '#334155' } as const;
const FOOTER = { size: 11, lineHeight: 14, bold: false, colour: '#64748b', maxLines: 4, dateGap: 16 } as const;
const GAP = 12;
const RULE_COLOUR = '#e2e8f0';
const FALLBACK_COLOUR = '#94a3b8';

/** The largest canvas every current browser draws (Safari: 16 777 216 pixels, 16 384 a side). */
export const MAX_CANVAS_PIXELS = 16_777_216;
export const MAX_CANVAS_SIDE = 16_384;

// ---------------------------------------------------------------------------------------------
// Pure helpers

/**
 * Escapes a value for XML text or a double- or single-quoted attribute: `& < > " '`, and drops
 * characters XML 1.0 cannot hold (controls other than tab/newline/CR, lone surrogates, U+FFFE/F).
 * Cyrillic and every other valid character pass through unchanged.
 */
export function escapeXml(value: string): string {
  return String(value)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A colour usable as an SVG paint: hex, rgb()/rgba()/hsl()/hsla() or a keyword; otherwise slate grey. */
export function sanitizeColour(colour: string | null | undefined): string {
  const c = (colour ?? '').trim();
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(c)) return c;
  if (/^(?:rgba?|hsla?)\(\s*[\d\s.,%/+-]+\)$/i.test(c)) return c;
  if (/^[a-z]{3,20}$/i.test(c) && !/^(?:none|transparent|inherit|initial|unset|currentcolor)$/i.test(c)) return c;
  return FALLBACK_COLOUR;
}

/** Whitespace that may collapse or break a line: all but the no-break spaces of «40,4 %» or «1 234». */
const BREAKING_SPACE = /[^\S\u00a0\u202f]+/g;

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
  const { size, rowHeight, swatch, swatchGap, valueGap, columnGap } = LEGEND;
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

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new Error(`Chart image: ${name} must be a positive number, got ${value}`);
  return value;
}

/** Where everything goes. Width = max(chart width, 640), rounded up to a whole pixel. */
export function layoutChartImage(chartWidth: number, chartHeight: number, meta: ChartImageMeta): ChartImageLayout {
  positive(chartWidth, 'chart width');
  positive(chartHeight, 'chart height');
  const width = Math.ceil(Math.max(chartWidth, MIN_IMAGE_WIDTH));
  const inner = width - 2 * PAD;

  let y = PAD;
  const titleLines = wrapText(meta.title ?? '', inner, TITLE.size, { bold: TITLE.bold, maxLines: TITLE.maxLines });
  const title = { lines: titleLines, top: y };
  y += titleLines.length * TITLE.lineHeight;
  const filterLines = wrapText(meta.filters ?? '', inner, FILTERS.size, { maxLines: FILTERS.maxLines });
  if (titleLines.length > 0 && filterLines.length > 0) y += 2;
  const filters = { lines: filterLines, top: y };
  y += filterLines.length * FILTERS.lineHeight;
  if (titleLines.length + filterLines.length > 0) y += GAP;

  const chart = { x: Math.floor((width - chartWidth) / 2), y, width: chartWidth, height: chartHeight };
  y += chartHeight;

  const legendLayout = layoutLegend(meta.legend ?? [], inner);
  const legend = { ...legendLayout, x: PAD, y: y + GAP };
  if (legendLayout.height > 0) y += GAP + legendLayout.height;

  y += GAP;
  const ruleY = y;
  y += 8;
  const date = (meta.date ?? '').replace(BREAKING_SPACE, ' ').trim();
  const dateWidth = date ? estimateTextWidth(date, FOOTER.size) + FOOTER.dateGap : 0;
  const sourceLines = wrapText(meta.source ?? '', Math.max(inner / 2, inner - dateWidth), FOOTER.size, { maxLines: FOOTER.maxLines });
  const footer = { ruleY, top: y, sourceLines, date };
  y += Math.max(1, sourceLines.length) * FOOTER.lineHeight;
  y += PAD;

  return { width, height: Math.ceil(y), title, filters, chart, legend, footer };
}

const n = (value: number) => String(Math.round(value * 100) / 100);
/** Baseline of a line of text whose box starts at `top`. */
const baseline = (top: number, lineHeight: number, fontSize: number) => top + (lineHeight - fontSize) / 2 + fontSize * 0.8;

function textLines(lines: readonly string[], top: number, style: { size: number; lineHeight: number; colour: string; bold?: boolean }, x: number): string {
  const weight = style.bold ? ' font-weight="700"' : '';
  return lines
    .map((line, i) => `<text x="${n(x)}" y="${n(baseline(top + i * style.lineHeight, style.lineHeight, style.size))}" font-size="${style.size}"${weight} fill="${style.colour}">${escapeXml(line)}</text>`)
    .join('\n');
}

/**
 * Strips an XML declaration from serialised SVG and checks it is one <svg> element: no DOCTYPE
 * or entities (nothing to expand), no scripts or foreign HTML.
 */
export function normaliseChartSvgText(chartSvgText: string): string {
  const text = chartSvgText.replace(/^\uFEFF/, '').trim().replace(/^<\?xml[^>]*\?>\s*/, '');
  if (!/^<svg[\s>/]/.test(text) || !/(?:<\/svg>|\/>)$/.test(text)) throw new Error('Chart image: the chart must be serialised SVG (one <svg> element)');
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new Error('Chart image: the chart SVG must not contain a DOCTYPE or entities');
  if (/<(?:[\w-]+:)?(?:script|foreignObject)[\s>/]/i.test(text)) throw new Error('Chart image: the chart SVG must not contain scripts or foreignObject');
  return text;
}

/**
 * The standalone SVG document: white background, title and filters on top, the chart (its own
 * <svg>, kept as serialised, in a `chartWidth × chartHeight` viewport), the legend, then source
 * and date. Every text value is escaped with escapeXml; the chart text is embedded as given.
 */
export function composeChartSvg(chartSvgText: string, chartWidth: number, chartHeight: number, meta: ChartImageMeta): string {
  const chartText = normaliseChartSvgText(chartSvgText);
  const layout = layoutChartImage(chartWidth, chartHeight, meta);
  const { width, height, chart, legend, footer } = layout;
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT_FAMILY)}" role="img" aria-label="${escapeXml(meta.title ?? '')}">`,
  );
  out.push(`<title>${escapeXml(meta.title ?? '')}</title>`);
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(textLines(layout.title.lines, layout.title.top, TITLE, PAD));
  out.push(textLines(layout.filters.lines, layout.filters.top, FILTERS, PAD));
  out.push(`<svg x="${n(chart.x)}" y="${n(chart.y)}" width="${n(chart.width)}" height="${n(chart.height)}" viewBox="0 0 ${n(chart.width)} ${n(chart.height)}" overflow="hidden">`);
  out.push(chartText);
  out.push('</svg>');
  if (legend.cells.length > 0) {
    out.push(`<g font-size="${LEGEND.size}" fill="${LEGEND.colour}">`);
    for (const cell of legend.cells) {
      const x = legend.x + cell.x;
      const top = legend.y + cell.y;
      const textY = n(baseline(top, LEGEND.rowHeight, LEGEND.size));
      out.push(`<rect x="${n(x)}" y="${n(top + (LEGEND.rowHeight - LEGEND.swatch) / 2)}" width="${LEGEND.swatch}" height="${LEGEND.swatch}" rx="2" fill="${escapeXml(cell.colour)}"/>`);
      if (cell.label) out.push(`<text x="${n(x + LEGEND.swatch + LEGEND.swatchGap)}" y="${textY}">${escapeXml(cell.label)}</text>`);
      if (cell.value) out.push(`<text x="${n(x + cell.width)}" y="${textY}" text-anchor="end">${escapeXml(cell.value)}</text>`);
    }
    out.push('</g>');
  }
  out.push(`<line x1="${PAD}" y1="${n(footer.ruleY)}" x2="${width - PAD}" y2="${n(footer.ruleY)}" stroke="${RULE_COLOUR}" stroke-width="1"/>`);
  out.push(textLines(footer.sourceLines, footer.top, FOOTER, PAD));
  if (footer.date) {
    out.push(`<text x="${width - PAD}" y="${n(baseline(footer.top, FOOTER.lineHeight, FOOTER.size))}" font-size="${FOOTER.size}" fill="${FOOTER.colour}" text-anchor="end">${escapeXml(footer.date)}</text>`);
  }
  out.push('</svg>');
  return out.filter(Boolean).join('\n') + '\n';
}

/** width/height of the root <svg> of an SVG document (plain numbers or px), or null. */
export function readSvgSize(svgText: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svgText.replace(/^<\?xml[^>]*\?>\s*/, ''));
  if (!root) return null;
  const attr = (name: string) => {
    const match = new RegExp(`\\s${name}\\s*=\\s*(["'])\\s*([\\d.]+)(?:px)?\\s*\\1`).exec(root[0]);
    return match ? Number(match[2]) : NaN;
  };
  const width = attr('width');
  const height = attr('height');
  return width > 0 && height > 0 ? { width, height } : null;
}

/** Canvas size for `width × height` at `scale`, scaled down when it would exceed browser limits. */
export function pngCanvasSize(width: number, height: number, scale = 2): { width: number; height: number; scale: number } {
  positive(width, 'image width');
  positive(height, 'image height');
  positive(scale, 'scale');
  const s = Math.min(scale, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height, Math.sqrt(MAX_CANVAS_PIXELS / (width * height)));
  return { width: Math.max(1, Math.floor(width * s)), height: Math.max(1, Math.floor(height * s)), scale: s };
}

/** A data: URL for SVG text, allowed by the app's CSP (`img-src 'self' data: blob:`). */
export function svgDataUrl(svgText: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
}

/**
 * A safe download name ending in `.format`: path separators, reserved and control characters
 * become «_»; an empty name becomes «chart». Cyrillic is kept.
 */
export function chartFileName(fileName: string, format: ChartImageFormat): string {
  const extension = `.${format}`;
  const replaced = [...String(fileName ?? '')].map((ch) => (ch.charCodeAt(0) < 32 || ch === '\u007f' || '/\\:*?"<>|'.includes(ch) ? '_' : ch));
  let base = replaced.join('').replace(/_+/g, '_').replace(/\s+/g, ' ').trim();
  if (base.toLowerCase().endsWith(extension)) base = base.slice(0, -extension.length).trim();
  base = base.replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 150);
  return `${base || 'chart'}${extension}`;
}

// ---------------------------------------------------------------------------------------------
// DOM

/**
 * The chart's <svg> in a panel: the first `svg.recharts-surface` that is not a legend or tooltip
 * icon (Recharts 3 renders its HTML legend, with 14 px `svg.recharts-surface` icons, before the
 * chart). Throws when the container holds no chart (e.g. its table is shown instead).
 */
export function findChartSurface(container: Element): SVGSVGElement {
  if (container.matches('svg.recharts-surface') && !container.closest('.recharts-legend-wrapper, .recharts-tooltip-wrapper')) return container as SVGSVGElement;
  for (const svg of container.querySelectorAll<SVGSVGElement>('svg.recharts-surface')) {
    if (!svg.closest('.recharts-legend-wrapper, .recharts-tooltip-wrapper')) return svg;
  }
  throw new Error('Chart image: no chart to export — the container has no Recharts chart (svg.recharts-surface); is its table shown instead?');
}

function legendWrapperOf(chartSvg: SVGSVGElement): HTMLElement | null {
  const wrapper = chartSvg.closest('.recharts-wrapper') ?? chartSvg.parentElement;
  const legend = wrapper?.querySelector<HTMLElement>('.recharts-legend-wrapper');
  return legend && !chartSvg.contains(legend) ? legend : null;
}

function paintOf(el: Element | null, prop: 'fill' | 'stroke'): string | null {
  if (!el) return null;
  const attr = el.getAttribute(prop)?.trim();
  if (attr && !/^(?:none|transparent)$/i.test(attr) && !attr.startsWith('url(')) return attr;
  const view = el.ownerDocument.defaultView;
  const computed = view?.getComputedStyle(el).getPropertyValue(prop).trim();
  if (computed && !/^(?:none|transparent|rgba\(0, 0, 0, 0\))$/i.test(computed) && !computed.startsWith('url(')) {
    // Computed fill defaults to black even when nothing sets it: trust it only if an attribute was there.
    if (attr || prop === 'stroke') return computed;
  }
  return null;
}

/**
 * Items of the Recharts HTML legend next to `chartSvg` (label and colour), in screen order; none
 * when the chart has no `.recharts-legend-wrapper`. Colour: the icon's fill, else its stroke
 * (line series), else the label's text colour.
 */
export function readHtmlLegend(chartSvg: SVGSVGElement): ChartLegendItem[] {
  const wrapper = legendWrapperOf(chartSvg);
  if (!wrapper) return [];
  const items: ChartLegendItem[] = [];
  for (const li of wrapper.querySelectorAll('.recharts-legend-item')) {
    const text = li.querySelector('.recharts-legend-item-text') ?? li;
    const label = (text.textContent ?? '').replace(BREAKING_SPACE, ' ').trim();
    if (!label) continue;
    const icon = li.querySelector('.recharts-legend-icon') ?? li.querySelector('svg path, svg rect, svg line, svg circle');
    const textColour = text instanceof HTMLElement ? (text.ownerDocument.defaultView?.getComputedStyle(text).color ?? '') : '';
    const colour = paintOf(icon, 'fill') ?? paintOf(icon, 'stroke') ?? textColour;
    items.push({ label, colour: sanitizeColour(colour) });
  }
  return items;
}

/** Inherited properties that CSS alone may set; inlined when they differ from the parent's. */
const INHERITED_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'visibility',
] as const;

/**
 * Copies the computed value of a short list of presentation properties onto the clone as
 * attributes, where the original has neither that attribute nor an inline style for it: on the
 * root all inherited ones (the base the rest inherit), below it only values that differ from the
 * parent's (i.e. set by a CSS rule). Plus `opacity` ≠ 1 and `display: none`. Attributes already
 * present are kept (Recharts sets most paint as attributes).
 */
export function inlineComputedStyles(original: SVGSVGElement, clone: SVGSVGElement): void {
  const view = original.ownerDocument.defaultView;
  if (!view) return;
  const originals = [original, ...original.querySelectorAll('*')];
  const clones = [clone, ...clone.querySelectorAll('*')];
  if (originals.length !== clones.length) return;
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (el: Element) => {
    let style = styles.get(el);
    if (!style) {
      style = view.getComputedStyle(el);
      styles.set(el, style);
    }
    return style;
  };
  originals.forEach((el, i) => {
    const target = clones[i];
    const computed = styleOf(el);
    const inline = (el as SVGElement).style;
    const parent = i === 0 ? null : el.parentElement;
    const parentStyle = parent ? styleOf(parent) : null;
    for (const prop of INHERITED_PROPS) {
      if (el.hasAttribute(prop) || inline?.getPropertyValue(prop)) continue;
      const value = computed.getPropertyValue(prop).trim();
      if (!value) continue;
      if (parentStyle && parentStyle.getPropertyValue(prop).trim() === value) continue;
      target.setAttribute(prop, value);
    }
    if (!el.hasAttribute('opacity') && !inline?.getPropertyValue('opacity')) {
      const opacity = computed.getPropertyValue('opacity').trim();
      if (opacity && opacity !== '1') target.setAttribute('opacity', opacity);
    }
    if (computed.getPropertyValue('display') === 'none' && !inline?.getPropertyValue('display')) target.setAttribute('display', 'none');
  });
}

function numberAttr(el: Element, name: string): number {
  const raw = el.getAttribute(name)?.trim() ?? '';
  return /^[\d.]+(?:px)?$/.test(raw) ? parseFloat(raw) : NaN;
}

/**
 * How much of the chart's height Recharts left empty for its HTML legend, in SVG px, and on which
 * side: the legend wrapper's height plus its `top`/`bottom` offset. 0 when there is none.
 */
function legendBand(chartSvg: SVGSVGElement, height: number): { top: number; bottom: number } {
  const wrapper = legendWrapperOf(chartSvg);
  if (!wrapper) return { top: 0, bottom: 0 };
  const svgBox = chartSvg.getBoundingClientRect();
  const legendBox = wrapper.getBoundingClientRect();
  if (!(legendBox.height > 0) || !(svgBox.height > 0)) return { top: 0, bottom: 0 };
  const toSvg = height / svgBox.height;
  // Only a legend spanning the chart's width above or below the plot leaves a band.
  if (legendBox.width < svgBox.width * 0.5) return { top: 0, bottom: 0 };
  const band = (legendBox.height + (wrapper.style.bottom ? parseFloat(wrapper.style.bottom) || 0 : parseFloat(wrapper.style.top) || 0)) * toSvg;
  if (!(band > 0) || band > height / 3) return { top: 0, bottom: 0 };
  return wrapper.style.bottom ? { top: 0, bottom: band } : wrapper.style.top ? { top: band, bottom: 0 } : { top: 0, bottom: 0 };
}

/**
 * The standalone SVG document for a live chart <svg>: a deep clone with CSS-only styles inlined,
 * scripts/foreignObject removed, the HTML-legend band cropped, serialised with XMLSerializer and
 * composed with composeChartSvg. `meta.legend` defaults to the chart's Recharts HTML legend.
 */
export function buildChartSvg(chartSvg: SVGSVGElement, meta: ChartImageMeta): string {
  const box = chartSvg.getBoundingClientRect();
  const width = numberAttr(chartSvg, 'width') || box.width;
  const height = numberAttr(chartSvg, 'height') || box.height;
  if (!(width > 0) || !(height > 0)) throw new Error('Chart image: the chart has no size yet (is it visible?)');

  const clone = chartSvg.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(chartSvg, clone);
  for (const el of clone.querySelectorAll('script, foreignObject')) el.remove();

  // The viewBox in SVG units; crop the band left for the HTML legend at the same scale.
  const viewBox = (chartSvg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  const [vx, vy, vw, vh] = viewBox.length === 4 && viewBox.every(Number.isFinite) && viewBox[2] > 0 && viewBox[3] > 0 ? viewBox : [0, 0, width, height];
  const band = legendBand(chartSvg, height);
  const visibleHeight = height - band.top - band.bottom;
  const unitsPerPx = vh / height;
  clone.setAttribute('viewBox', [vx, vy + band.top * unitsPerPx, vw, visibleHeight * unitsPerPx].map(n).join(' '));
  clone.setAttribute('width', n(width));
  clone.setAttribute('height', n(visibleHeight));
  // Recharts' `style` (width: 100%) would stretch it in a file; role/tabindex are for the live page.
  for (const attr of ['style', 'x', 'y', 'role', 'tabindex']) clone.removeAttribute(attr);
  clone.setAttribute('xmlns', SVG_NS);

  const text = new XMLSerializer().serializeToString(clone);
  return composeChartSvg(text, width, visibleHeight, { ...meta, legend: meta.legend ?? readHtmlLegend(chartSvg) });
}

/** Renders SVG text to a PNG at `scale` (default 2) through an <img> and a canvas, on white. */
export async function svgToPngBlob(svgText: string, scale = 2): Promise<Blob> {
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('Chart image: the browser could not decode the chart SVG'));
    image.src = svgDataUrl(svgText);
  });
  const size = readSvgSize(svgText) ?? { width: image.naturalWidth, height: image.naturalHeight };
  const canvasSize = pngCanvasSize(size.width, size.height, scale);
  const canvas = document.createElement('canvas');
  canvas.width = canvasSize.width;
  canvas.height = canvasSize.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Chart image: no 2D canvas in this browser');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('Chart image: the canvas could not be encoded as PNG'))), 'image/png');
  });
}

/** Saves `blob` as `fileName` via an object URL and a temporary <a download>; the URL is revoked afterwards. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers start reading the URL after click() returns: revoke a little later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/**
 * Exports the chart in `container` (a chart panel) as PNG or SVG. `fileName` gets the format's
 * extension when missing (see chartFileName). Throws when there is no chart in `container`.
 */
export async function downloadChartImage(container: HTMLElement, meta: ChartImageMeta, format: ChartImageFormat, fileName: string): Promise<void> {
  if (format !== 'png' && format !== 'svg') throw new Error(`Chart image: unknown format ${String(format)}`);
  const svgText = buildChartSvg(findChartSurface(container), meta);
  const name = chartFileName(fileName, format);
  if (format === 'svg') downloadBlob(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }), name);
  else downloadBlob(await svgToPngBlob(svgText), name);
}
