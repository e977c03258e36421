// A chart panel → a PNG or SVG file the browser downloads (docs/architecture.md,
// components/charts): the SVG document of chart-svg-capture.ts as it is, or rendered to PNG
// through an <img> and a canvas within the browsers' canvas limits. The size, data: URL and
// file-name helpers are pure and unit-tested; the rest runs in a browser
// (e2e/chart-export.spec.ts).

import { requirePositive, type ChartImageMeta } from './chart-image-layout';
import { buildChartSvg, findChartSurface } from './chart-svg-capture';

export type ChartImageFormat = 'png' | 'svg';

/** The largest canvas every current browser draws (Safari: 16 777 216 pixels, 16 384 a side). */
export const MAX_CANVAS_PIXELS = 16_777_216;
export const MAX_CANVAS_SIDE = 16_384;

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
  requirePositive(width, 'image width');
  requirePositive(height, 'image height');
  requirePositive(scale, 'scale');
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
