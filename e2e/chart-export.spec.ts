// Chart image export in a real browser, on the built app's real charts and under its CSP
// (`img-src 'self' data: blob:`, no inline scripts), before any button is wired to it.
//
// 1. The brief's path: the live chart is serialised in the page, composed into the standalone
//    SVG in Node (composeChartSvg), then decoded by the browser as an <img> from a data: URL,
//    drawn on a canvas (expected size, not blank) and encoded as PNG (signature, IHDR size).
// 2. The DOM half of the export itself (findChartSurface, buildChartSvg with its style inlining
//    and HTML-legend reading, svgToPngBlob, downloadChartImage): its modules import only each
//    other, so they are transpiled here with TypeScript and evaluated in the page through
//    Playwright, with a `require` that hands each the ones before it (a DevTools evaluation, not
//    a <script>, so the CSP stays as it is and the app is not changed).

import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { svgDataUrl } from '../src/components/charts/chart-image-download';
import { layoutChartImage, type ChartImageMeta } from '../src/components/charts/chart-image-layout';
import { composeChartSvg } from '../src/components/charts/chart-image-svg';

type ExportModule = typeof import('../src/components/charts/chart-image-layout') &
  typeof import('../src/components/charts/chart-image-svg') &
  typeof import('../src/components/charts/chart-svg-capture') &
  typeof import('../src/components/charts/chart-image-download');

const CHARTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/components/charts');
/** The chart image export's modules, each after the ones it imports. */
const MODULES = ['chart-image-layout', 'chart-image-svg', 'chart-svg-capture', 'chart-image-download'];

/** The chart's own <svg>: Recharts 3 puts 14 px `svg.recharts-surface` legend icons before it. */
const FLOWS_CHART = '[data-testid=panel-flows-over-time] .recharts-wrapper > svg.recharts-surface';

const META: ChartImageMeta = {
  title: 'Экспорт и импорт по годам',
  filters: 'янв.–дек. 2024 г. · Товарооборот · Партнёры: все · <&> "кавычки"',
  source: 'Источник: демонстрационные данные TradeShare (сгенерированы)',
  date: '25.11.2026',
};

async function ready(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
}

/** Decodes an SVG data: URL as an image, draws it on a white canvas, reports size, ink and PNG bytes. */
async function rasterise(page: Page, dataUrl: string, scale: number) {
  return page.evaluate(
    async ({ dataUrl, scale }) => {
      const image = new Image();
      await new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('the SVG did not decode'));
        image.src = dataUrl;
      });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(image.naturalWidth * scale);
      canvas.height = Math.round(image.naturalHeight * scale);
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) ink++;
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      const bytes = blob ? Array.from(new Uint8Array(await blob.arrayBuffer())) : [];
      return { width: image.naturalWidth, height: image.naturalHeight, canvas: [canvas.width, canvas.height], inkShare: ink / (canvas.width * canvas.height), type: blob?.type, bytes };
    },
    { dataUrl, scale },
  );
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const pngSize = (bytes: number[]) => {
  const b = Buffer.from(bytes);
  return { chunk: b.subarray(12, 16).toString('ascii'), width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};

/**
 * Installs the export's modules in the page, all their exports together as
 * `window.__chartImageExport` (see the header). Each module is evaluated as CommonJS with a
 * `require` that knows the modules evaluated before it; any other import fails loudly.
 */
async function installModule(page: Page) {
  const modules = MODULES.map((name) => {
    const source = readFileSync(path.join(CHARTS_DIR, `${name}.ts`), 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 }, fileName: `${name}.ts` });
    return `loaded[${JSON.stringify(`./${name}`)}] = (() => { const exports = {}; const module = { exports }; ${outputText}\n; return module.exports; })();`;
  });
  const count = await page.evaluate(
    `(() => { const loaded = {}; const require = (id) => { if (!(id in loaded)) throw new Error('not installed: ' + id); return loaded[id]; }; ${modules.join('\n')}\n; window.__chartImageExport = Object.assign({}, ...Object.values(loaded)); return Object.keys(window.__chartImageExport).length; })()`,
  );
  expect(count).toBeGreaterThan(5);
}

test('the live chart, composed in Node, decodes in the browser under the CSP and renders to PNG', async ({ page }, testInfo) => {
  await ready(page);
  const chart = page.locator(FLOWS_CHART);
  await expect(chart).toHaveCount(1);
  const { text, width, height } = await chart.evaluate((svg) => ({
    text: new XMLSerializer().serializeToString(svg),
    width: Number(svg.getAttribute('width')),
    height: Number(svg.getAttribute('height')),
  }));
  expect(width).toBeGreaterThan(300);
  expect(height).toBeGreaterThan(100);
  expect(text).toMatch(/^<svg /);

  const legend = [
    { label: 'Экспорт', colour: '#0072B2' },
    { label: 'Импорт', colour: '#E69F00' },
    { label: 'Сальдо', colour: '#404040' },
  ];
  const svg = composeChartSvg(text, width, height, { ...META, legend });
  const layout = layoutChartImage(width, height, { ...META, legend });
  await testInfo.attach('flows.svg', { body: svg, contentType: 'image/svg+xml' });

  // The browser parses it as XML without errors, with the header text intact.
  const parsed = await page.evaluate((svgText) => {
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.texts).toEqual(expect.arrayContaining([META.title, META.filters, META.source, META.date, 'Экспорт', 'Импорт', 'Сальдо']));

  const raster = await rasterise(page, svgDataUrl(svg), 2);
  expect({ width: raster.width, height: raster.height }).toEqual({ width: layout.width, height: layout.height });
  expect(raster.canvas).toEqual([layout.width * 2, layout.height * 2]);
  expect(raster.inkShare).toBeGreaterThan(0.01);
  expect(raster.type).toBe('image/png');
  expect(raster.bytes.slice(0, 8)).toEqual(PNG_SIGNATURE);
  expect(pngSize(raster.bytes)).toEqual({ chunk: 'IHDR', width: layout.width * 2, height: layout.height * 2 });
  await testInfo.attach('flows.png', { body: Buffer.from(raster.bytes), contentType: 'image/png' });
});

test('the module in the page: finds the chart, inlines styles, reads the legend, renders PNG, downloads', async ({ page }, testInfo) => {
  await ready(page);
  await installModule(page);

  // buildChartSvg on the flows chart: the Recharts HTML legend becomes the legend block, and the
  // band it occupied is cropped off the chart.
  const built = await page.evaluate(async (meta) => {
    const m = (window as unknown as { __chartImageExport: ExportModule }).__chartImageExport;
    const panel = document.querySelector<HTMLElement>('[data-testid=panel-flows-over-time]')!;
    const surface = m.findChartSurface(panel);
    const legendItems = m.readHtmlLegend(surface);
    const svg = m.buildChartSvg(surface, meta);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const viewport = doc.documentElement.querySelector(':scope > svg')!;
    const chart = viewport.firstElementChild!;
    const png = await m.svgToPngBlob(svg);
    const bitmap = await createImageBitmap(png);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) ink++;
    return {
      surfaceWidth: Number(surface.getAttribute('width')),
      surfaceHeight: Number(surface.getAttribute('height')),
      legendItems,
      error: doc.querySelector('parsererror')?.textContent ?? null,
      rootWidth: Number(doc.documentElement.getAttribute('width')),
      rootHeight: Number(doc.documentElement.getAttribute('height')),
      fontFamily: doc.documentElement.getAttribute('font-family'),
      chart: { width: chart.getAttribute('width'), height: chart.getAttribute('height'), viewBox: chart.getAttribute('viewBox'), style: chart.getAttribute('style'), fontFamily: chart.getAttribute('font-family'), fill: chart.getAttribute('fill') },
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      swatches: [...doc.querySelectorAll(':scope > g > rect')].map((r) => r.getAttribute('fill')),
      png: { type: png.type, width: bitmap.width, height: bitmap.height, inkShare: ink / (bitmap.width * bitmap.height), bytes: Array.from(new Uint8Array(await png.slice(0, 8).arrayBuffer())) },
      svg,
    };
  }, META);

  expect(built.error).toBeNull();
  expect(built.surfaceWidth).toBeGreaterThan(300); // the chart, not a 14 px legend icon
  expect(built.legendItems.map((i) => i.label).sort()).toEqual(['Импорт', 'Сальдо', 'Экспорт']);
  expect(Object.fromEntries(built.legendItems.map((i) => [i.label, i.colour]))).toEqual({ Экспорт: '#0072B2', Импорт: '#E69F00', Сальдо: '#404040' });
  expect(built.swatches).toEqual(built.legendItems.map((i) => i.colour));
  expect(built.texts).toEqual(expect.arrayContaining([META.title, META.filters, META.source, META.date, 'Экспорт', 'Импорт', 'Сальдо']));
  expect(built.texts.some((t) => /20\d\d/.test(t ?? ''))).toBe(true); // the axis ticks came along
  expect(built.rootWidth).toBe(Math.max(640, built.surfaceWidth));
  expect(built.fontFamily).toContain('PT Sans');
  // Cropped: narrower than the on-screen height by the legend band, same scale (viewBox ∝ size).
  const chartHeight = Number(built.chart.height);
  expect(chartHeight).toBeLessThan(built.surfaceHeight);
  expect(chartHeight).toBeGreaterThan(built.surfaceHeight - 60);
  expect(built.chart.viewBox).toBe(`0 0 ${built.surfaceWidth} ${chartHeight}`);
  expect(built.chart.style).toBeNull(); // Recharts' `width: 100%` would stretch it in a file
  // Styles inherited from the page's CSS are written onto the chart's root.
  expect(built.chart.fontFamily).toContain('PT Sans');
  expect(built.chart.fill).toMatch(/^rgb/);

  expect(built.png.type).toBe('image/png');
  expect(built.png.bytes).toEqual(PNG_SIGNATURE);
  expect([built.png.width, built.png.height]).toEqual([built.rootWidth * 2, built.rootHeight * 2]);
  expect(built.png.inkShare).toBeGreaterThan(0.01);
  await testInfo.attach('flows-built.svg', { body: built.svg, contentType: 'image/svg+xml' });

  // downloadChartImage: both formats arrive as downloads with safe names.
  for (const format of ['svg', 'png'] as const) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate(
        ({ meta, format }) => {
          const m = (window as unknown as { __chartImageExport: ExportModule }).__chartImageExport;
          return m.downloadChartImage(document.querySelector<HTMLElement>('[data-testid=panel-flows-over-time]')!, meta, format, 'tradeshare: экспорт/импорт');
        },
        { meta: META, format },
      ),
    ]);
    expect(download.suggestedFilename()).toBe(`tradeshare_ экспорт_импорт.${format}`);
    const body = readFileSync(await download.path());
    if (format === 'svg') {
      const text = body.toString('utf8');
      expect(text.startsWith('<?xml')).toBe(true);
      expect(text).toContain(META.title);
      expect(text).toContain('&lt;&amp;&gt; &quot;кавычки&quot;');
    } else {
      expect([...body.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      await testInfo.attach('flows-download.png', { body, contentType: 'image/png' });
    }
  }
});

test('the donut: an explicit legend with values, and a clear error where there is no chart', async ({ page }, testInfo) => {
  await ready(page);
  await installModule(page);
  const result = await page.evaluate(async () => {
    const m = (window as unknown as { __chartImageExport: ExportModule }).__chartImageExport;
    const panel = document.querySelector<HTMLElement>('[data-testid=panel-partner-shares]')!;
    // The donut's legend is its HTML list, outside the SVG: the caller passes it.
    const legend = [...panel.querySelectorAll<HTMLElement>('[data-testid=partner-share-list] li')].map((li) => {
      const cells = li.querySelectorAll<HTMLElement>('span');
      return { label: cells[1].textContent ?? '', colour: cells[0].style.backgroundColor, value: cells[2].textContent ?? '' };
    });
    const svg = m.buildChartSvg(m.findChartSurface(panel), {
      title: 'Доли стран-партнёров: товарооборот',
      filters: 'янв.–дек. 2024 г. · Товарооборот',
      source: 'Источник: демонстрационные данные TradeShare (сгенерированы)',
      date: '25.11.2026',
      legend,
    });
    const png = await m.svgToPngBlob(svg, 1);
    const bitmap = await createImageBitmap(png);
    let error = '';
    try {
      await m.downloadChartImage(document.createElement('div'), { title: 't', filters: '', source: '', date: '' }, 'png', 'x');
    } catch (e) {
      error = (e as Error).message;
    }
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return { legend, svg, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent), png: [bitmap.width, bitmap.height], width: Number(doc.documentElement.getAttribute('width')), error };
  });
  expect(result.legend.length).toBeGreaterThan(3);
  for (const item of result.legend) {
    expect(result.texts).toContain(item.label);
    expect(result.texts).toContain(item.value);
  }
  expect(result.texts).toContain('Китай');
  expect(result.width).toBe(640); // the donut is narrower than the minimum
  expect(result.png[0]).toBe(640);
  expect(result.error).toMatch(/no chart to export/);
  await testInfo.attach('donut.svg', { body: result.svg, contentType: 'image/svg+xml' });
});
