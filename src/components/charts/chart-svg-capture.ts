// The live chart in the page → the standalone SVG document of chart-image-svg.ts (see
// docs/architecture.md, components/charts). Browser only: clones the Recharts <svg>, inlines
// the styles that only CSS sets, serialises the clone with XMLSerializer and hands the text to
// composeChartSvg. No innerHTML-like sink anywhere. Checked in a real browser by
// e2e/chart-export.spec.ts.
//
// Legends: Recharts' <Legend> is HTML (`.recharts-legend-wrapper`) laid over the bottom of the
// <svg>, so it would be lost. buildChartSvg reads its items (label = `.recharts-legend-item-text`,
// colour = the icon path's fill, or its stroke for line series) unless `meta.legend` is given;
// `meta.legend` always wins (the donut's HTML list is not a Recharts legend: pass it there), and
// `legend: []` draws none. The band Recharts reserved for its HTML legend is cropped off the chart.

import { BREAKING_SPACE, sanitizeColour, type ChartImageMeta, type ChartLegendItem } from './chart-image-layout';
import { SVG_NS, composeChartSvg, svgNumber as n } from './chart-image-svg';

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

/**
 * What the mouse or keyboard left on the live chart, never part of an image: Recharts' hover band
 * (`.recharts-tooltip-cursor`), the dots it draws on the hovered point of a line
 * (`.recharts-active-dot`), a tooltip inside the <svg>, and the treemap's keyboard focus ring
 * (shown by `group-focus-visible:inline`). Active bar/sector layers (`.recharts-active-bar`,
 * `.recharts-active-shape`) are kept: they hold the mark itself, and no chart here styles them apart.
 */
export const INTERACTION_STATE_SELECTOR = [
  '.recharts-tooltip-cursor',
  '.recharts-active-dot',
  '.recharts-tooltip-wrapper',
  '[class*="group-focus-visible:inline"]',
].join(', ');

interface StrippableNode {
  querySelectorAll(selector: string): Iterable<{ remove(): void }>;
}

/** Removes hover and focus state (INTERACTION_STATE_SELECTOR) from a cloned chart <svg>, in place. */
export function stripInteractionState(clone: StrippableNode): void {
  for (const el of [...clone.querySelectorAll(INTERACTION_STATE_SELECTOR)]) el.remove();
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
 * composed with composeChartSvg. Hover and focus state is removed (stripInteractionState).
 * `meta.legend` defaults to the chart's Recharts HTML legend.
 */
export function buildChartSvg(chartSvg: SVGSVGElement, meta: ChartImageMeta): string {
  const box = chartSvg.getBoundingClientRect();
  const width = numberAttr(chartSvg, 'width') || box.width;
  const height = numberAttr(chartSvg, 'height') || box.height;
  if (!(width > 0) || !(height > 0)) throw new Error('Chart image: the chart has no size yet (is it visible?)');

  const clone = chartSvg.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(chartSvg, clone);
  for (const el of clone.querySelectorAll('script, foreignObject')) el.remove();
  // After inlining (which pairs the clone's elements with the original's by position).
  stripInteractionState(clone);
  // A focus outline set inline on a mark (CSS outlines are not serialised, inline ones are).
  for (const el of clone.querySelectorAll<SVGElement>('[style*="outline"]')) el.style.removeProperty('outline');

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
