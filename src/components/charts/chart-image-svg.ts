// The standalone SVG document of an exported chart image, written as a string from the layout
// of chart-image-layout.ts (docs/architecture.md, components/charts). Pure, no DOM: every text
// value goes through escapeXml, and the chart's own serialised <svg> is checked to be one clean
// <svg> element before it is embedded. No innerHTML-like sink anywhere.

import {
  EXPORT_FONT_FAMILY,
  FILTERS_STYLE,
  FOOTER_STYLE,
  IMAGE_PAD,
  LEGEND_STYLE,
  TITLE_STYLE,
  layoutChartImage,
  type ChartImageMeta,
} from './chart-image-layout';

export const SVG_NS = 'http://www.w3.org/2000/svg';
const RULE_COLOUR = '#e2e8f0';

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

/** A number as an SVG attribute: at most two decimals. */
export const svgNumber = (value: number) => String(Math.round(value * 100) / 100);
const n = svgNumber;
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
  out.push(textLines(layout.title.lines, layout.title.top, TITLE_STYLE, IMAGE_PAD));
  out.push(textLines(layout.filters.lines, layout.filters.top, FILTERS_STYLE, IMAGE_PAD));
  out.push(`<svg x="${n(chart.x)}" y="${n(chart.y)}" width="${n(chart.width)}" height="${n(chart.height)}" viewBox="0 0 ${n(chart.width)} ${n(chart.height)}" overflow="hidden">`);
  out.push(chartText);
  out.push('</svg>');
  if (legend.cells.length > 0) {
    out.push(`<g font-size="${LEGEND_STYLE.size}" fill="${LEGEND_STYLE.colour}">`);
    for (const cell of legend.cells) {
      const x = legend.x + cell.x;
      const top = legend.y + cell.y;
      const textY = n(baseline(top, LEGEND_STYLE.rowHeight, LEGEND_STYLE.size));
      out.push(`<rect x="${n(x)}" y="${n(top + (LEGEND_STYLE.rowHeight - LEGEND_STYLE.swatch) / 2)}" width="${LEGEND_STYLE.swatch}" height="${LEGEND_STYLE.swatch}" rx="2" fill="${escapeXml(cell.colour)}"/>`);
      if (cell.label) out.push(`<text x="${n(x + LEGEND_STYLE.swatch + LEGEND_STYLE.swatchGap)}" y="${textY}">${escapeXml(cell.label)}</text>`);
      if (cell.value) out.push(`<text x="${n(x + cell.width)}" y="${textY}" text-anchor="end">${escapeXml(cell.value)}</text>`);
    }
    out.push('</g>');
  }
  out.push(`<line x1="${IMAGE_PAD}" y1="${n(footer.ruleY)}" x2="${width - IMAGE_PAD}" y2="${n(footer.ruleY)}" stroke="${RULE_COLOUR}" stroke-width="1"/>`);
  out.push(textLines(footer.sourceLines, footer.top, FOOTER_STYLE, IMAGE_PAD));
  if (footer.date) {
    out.push(`<text x="${width - IMAGE_PAD}" y="${n(baseline(footer.top, FOOTER_STYLE.lineHeight, FOOTER_STYLE.size))}" font-size="${FOOTER_STYLE.size}" fill="${FOOTER_STYLE.colour}" text-anchor="end">${escapeXml(footer.date)}</text>`);
  }
  out.push('</svg>');
  return out.filter(Boolean).join('\n') + '\n';
}
