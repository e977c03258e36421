// chart-image-download: the pure helpers of the PNG and SVG downloads (root size, canvas size
// within browser limits, data: URL, file names). Rendering and downloading run in a real
// browser: e2e/chart-export.spec.ts.

import { describe, expect, it } from 'vitest';
import { layoutChartImage } from './chart-image-layout';
import { composeChartSvg } from './chart-image-svg';
import { MAX_CANVAS_PIXELS, MAX_CANVAS_SIDE, chartFileName, pngCanvasSize, readSvgSize, svgDataUrl } from './chart-image-download';
import { CHART, META } from './chart-image-test-fixtures';

describe('PNG and download helpers', () => {
  it('reads the root size of an SVG document', () => {
    expect(readSvgSize(composeChartSvg(CHART, 800, 288, META))).toEqual({ width: 800, height: layoutChartImage(800, 288, META).height });
    expect(readSvgSize(`<svg width='12.5px' height="7">`)).toEqual({ width: 12.5, height: 7 });
    expect(readSvgSize('<svg width="100%" height="7">')).toBeNull();
    expect(readSvgSize('<div>')).toBeNull();
  });

  it('scales the canvas, within browser limits', () => {
    expect(pngCanvasSize(800, 400)).toEqual({ width: 1600, height: 800, scale: 2 });
    expect(pngCanvasSize(800, 400, 1)).toEqual({ width: 800, height: 400, scale: 1 });
    const huge = pngCanvasSize(12_000, 3_000, 3);
    expect(huge.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(huge.width * huge.height).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
    expect(huge.scale).toBeLessThan(3);
    expect(() => pngCanvasSize(800, 400, 0)).toThrow(/scale/);
  });

  it('makes a data URL that decodes back to the SVG, Cyrillic included', () => {
    const svg = composeChartSvg(CHART, 800, 288, META);
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(url).not.toMatch(/[<>"#\s]/);
    expect(decodeURIComponent(url.slice('data:image/svg+xml;charset=utf-8,'.length))).toBe(svg);
  });

  it('makes safe file names with the right extension', () => {
    expect(chartFileName('tradeshare-доли-партнёров-2020', 'png')).toBe('tradeshare-доли-партнёров-2020.png');
    expect(chartFileName('chart.SVG', 'svg')).toBe('chart.svg');
    expect(chartFileName('a/b\\c:d*e?f"g<h>i|j\u0001k', 'png')).toBe('a_b_c_d_e_f_g_h_i_j_k.png');
    expect(chartFileName('  ', 'svg')).toBe('chart.svg');
    expect(chartFileName('..', 'png')).toBe('chart.png');
  });
});
