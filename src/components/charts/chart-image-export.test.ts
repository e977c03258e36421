// The pure half of chart-image-export: escaping, text measuring and wrapping, legend and page
// layout, and the composed SVG document (checked for well-formed XML by a small parser below).
// The DOM half runs in a real browser: e2e/chart-export.spec.ts.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EXPORT_FONT_FAMILY,
  MAX_CANVAS_PIXELS,
  MAX_CANVAS_SIDE,
  MIN_IMAGE_WIDTH,
  chartFileName,
  composeChartSvg,
  escapeXml,
  estimateTextWidth,
  layoutChartImage,
  layoutLegend,
  normaliseChartSvgText,
  pngCanvasSize,
  readSvgSize,
  sanitizeColour,
  svgDataUrl,
  truncateText,
  wrapText,
  type ChartImageMeta,
} from './chart-image-export';

// ---- a tiny XML well-formedness checker (enough for what composeChartSvg writes) -------------

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

function unescape(raw: string): string {
  return raw.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e in named) return named[e];
    return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function checkEntities(raw: string, where: string) {
  for (let i = raw.indexOf('&'); i !== -1; i = raw.indexOf('&', i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(raw)) throw new Error(`bare & in ${where}: ${raw.slice(i, i + 12)}`);
  }
}

/** Parses `xml` strictly enough to catch unescaped text, bad attributes and unbalanced tags. */
function parseXml(xml: string): XmlElement {
  let pos = 0;
  const src = xml.replace(/^<\?xml[^?]*\?>/, '');
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(src)) throw new Error('character not allowed in XML');
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  while (pos < src.length) {
    const lt = src.indexOf('<', pos);
    const text = lt === -1 ? src.slice(pos) : src.slice(pos, lt);
    if (text) {
      if (text.includes('>')) throw new Error(`bare > in text: ${text.slice(0, 40)}`);
      checkEntities(text, 'text');
      if (stack.length === 1 && text.trim()) throw new Error('text outside the root element');
      stack[stack.length - 1].text += unescape(text);
    }
    if (lt === -1) break;
    if (src.startsWith('<!--', lt)) {
      const end = src.indexOf('-->', lt);
      if (end === -1) throw new Error('unclosed comment');
      pos = end + 3;
      continue;
    }
    if (src.startsWith('<!', lt) || src.startsWith('<?', lt)) throw new Error('unexpected declaration');
    const close = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(src.slice(lt));
    if (close) {
      const open = stack.pop();
      if (!open || open.name !== close[1]) throw new Error(`</${close[1]}> closes <${open?.name}>`);
      pos = lt + close[0].length;
      continue;
    }
    const start = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(src.slice(lt));
    if (!start) throw new Error(`malformed tag at ${lt}: ${src.slice(lt, lt + 60)}`);
    const element: XmlElement = { name: start[1], attrs: {}, children: [], text: '' };
    for (const attr of start[2].matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      if (attr[1] in element.attrs) throw new Error(`duplicate attribute ${attr[1]}`);
      const value = attr[2] ?? attr[3];
      checkEntities(value, `attribute ${attr[1]}`);
      element.attrs[attr[1]] = unescape(value);
    }
    const parent = stack[stack.length - 1];
    if (parent === root && root.children.length > 0) throw new Error('more than one root element');
    parent.children.push(element);
    if (!start[3]) stack.push(element);
    pos = lt + start[0].length;
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  if (root.children.length !== 1) throw new Error('no root element');
  return root.children[0];
}

function all(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)]);
}

// ---- fixtures --------------------------------------------------------------------------------

const CHART = [
  '<svg xmlns="http://www.w3.org/2000/svg" class="recharts-surface" width="800" height="288" viewBox="0 0 800 288">',
  '<defs><clipPath id="recharts1-clip"><rect x="72" y="4" height="230" width="720"/></clipPath></defs>',
  '<g class="recharts-layer recharts-bar"><path fill="#0072B2" d="M80,100h20v134h-20z"/></g>',
  '<text x="100" y="250" fill="#666" font-size="12">янв. 2020 &amp; «фев.»</text>',
  '</svg>',
].join('');

const META: ChartImageMeta = {
  title: 'Доли стран-партнёров: товарооборот',
  filters: 'янв.–май 2020 г. · Товарооборот · Партнёры: все',
  source: 'Источник: демонстрационные данные TradeShare (сгенерированы)',
  date: '25.11.2026',
};

const LEGEND = [
  { label: 'Китай', colour: '#D55E00', value: '38,2 %' },
  { label: 'Республика Корея', colour: '#0072B2', value: '12,0 %' },
  { label: 'Япония', colour: '#009E73', value: '9,1 %' },
  { label: 'Прочие', colour: '#A3A3A3', value: '40,7 %' },
];

// ---- tests -----------------------------------------------------------------------------------

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
  });

  it('keeps Cyrillic, typography and astral characters as they are', () => {
    const text = 'Доли стран-партнёров: «товарооборот» — 38,2 % · ё Ё № 🇷🇺';
    expect(escapeXml(text)).toBe(text);
  });

  it('does not double-escape and drops characters XML cannot hold', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
    expect(escapeXml('a\u0000b\u0007c\u001fd\uFFFEe\uD800f')).toBe('abcdef');
    expect(escapeXml('tab\tnl\ncr\r')).toBe('tab\tnl\ncr\r');
  });

  it('round-trips any string through the XML parser above', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const clean = value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
        const doc = parseXml(`<t a="${escapeXml(value)}" b='${escapeXml(value)}'>${escapeXml(value)}</t>`);
        expect(doc.text).toBe(clean);
        expect(doc.attrs.a).toBe(clean);
        expect(doc.attrs.b).toBe(clean);
      }),
    );
  });
});

describe('sanitizeColour', () => {
  it('accepts paint colours and replaces anything else', () => {
    for (const ok of ['#D55E00', '#fff', '#11223344', 'rgb(0, 114, 178)', 'rgba(0,0,0,0.5)', 'hsl(10 50% 40%)', 'teal']) expect(sanitizeColour(ok)).toBe(ok);
    for (const bad of ['', 'none', 'transparent', 'url(#x)', '"><script>', '#12', 'red;fill:blue', undefined, null]) expect(sanitizeColour(bad)).toBe('#94a3b8');
  });
});

describe('text measuring and wrapping', () => {
  it('estimates widths that grow with length, size and weight', () => {
    expect(estimateTextWidth('', 12)).toBe(0);
    expect(estimateTextWidth('Китай', 12)).toBeLessThan(estimateTextWidth('Китай и Япония', 12));
    expect(estimateTextWidth('Китай', 12)).toBeLessThan(estimateTextWidth('Китай', 16));
    expect(estimateTextWidth('Китай', 16)).toBeLessThan(estimateTextWidth('Китай', 16, true));
    // Generous, but not absurd: 34 characters of 16 px bold Cyrillic ≈ 280–380 px.
    const title = estimateTextWidth(META.title, 16, true);
    expect(title).toBeGreaterThan(280);
    expect(title).toBeLessThan(380);
  });

  it('keeps short text on one line and wraps long text within the width', () => {
    expect(wrapText('Китай', 200, 12)).toEqual(['Китай']);
    expect(wrapText('  ', 200, 12)).toEqual([]);
    expect(wrapText('a\n\nb', 200, 12)).toEqual(['a b']);
    const long = 'Источник: демонстрационные данные TradeShare (сгенерированы), таможенная статистика внешней торговли';
    const lines = wrapText(long, 200, 11);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateTextWidth(line, 11)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(long);
  });

  it('never breaks at a no-break space («40,4 %», «1 234»)', () => {
    expect(wrapText('доля 40,4\u00a0% за 1\u202f234 млн', 40, 12).filter((l) => l.includes('%') || l.includes('234'))).toEqual(['40,4\u00a0%', '1\u202f234']);
    expect(layoutLegend([{ label: 'Китай', colour: '#D55E00', value: '40,4\u00a0%' }], 400).cells[0].value).toBe('40,4\u00a0%');
  });

  it('breaks words longer than a line and ends cut text with an ellipsis', () => {
    const word = 'Товарооборот'.repeat(8);
    const lines = wrapText(word, 120, 12);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(120);
    const cut = wrapText(`${word} ${word}`, 120, 12, { maxLines: 2 });
    expect(cut).toHaveLength(2);
    expect(cut[1].endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut[1], 12)).toBeLessThanOrEqual(120);
  });

  it('wraps any text to lines that fit (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 30, max: 900 }), fc.boolean(), (text, width, bold) => {
        const lines = wrapText(text, width, 14, { bold });
        for (const line of lines) {
          expect(line.length).toBeGreaterThan(0);
          expect(estimateTextWidth(line, 14, bold)).toBeLessThanOrEqual(width);
        }
        expect(lines.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
    );
  });

  it('truncates with an ellipsis only when needed', () => {
    expect(truncateText('Китай', 100, 12)).toBe('Китай');
    const cut = truncateText('Республика Корея', 60, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut, 12)).toBeLessThanOrEqual(60);
    expect(truncateText('Республика', 1, 12)).toBe('…');
  });
});

describe('layoutLegend', () => {
  it('is empty without items', () => {
    expect(layoutLegend([], 600)).toMatchObject({ columns: 0, rows: 0, height: 0, cells: [] });
    expect(layoutLegend([{ label: ' ', colour: '#000' }], 600).cells).toEqual([]);
  });

  it('puts a few short items side by side, filling columns top to bottom', () => {
    const layout = layoutLegend(LEGEND, 1000);
    expect(layout.columns).toBe(4);
    expect(layout.rows).toBe(1);
    expect(layout.cells.map((c) => c.label)).toEqual(['Китай', 'Республика Корея', 'Япония', 'Прочие']);
    expect(layout.cells.map((c) => c.y)).toEqual([0, 0, 0, 0]);

    // Three would fit in 608 px, but 3 + 1 is unbalanced: two columns of two.
    const narrow = layoutLegend(LEGEND, 608);
    expect(narrow.columns).toBe(2);
    expect(narrow.rows).toBe(2);
    expect(narrow.cells.map((c) => [c.x > 0 ? 1 : 0, c.y / narrow.rowHeight])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(narrow.height).toBe(2 * narrow.rowHeight);
    expect(layoutLegend(LEGEND, 300).columns).toBe(1);
  });

  it('cuts labels that cannot fit and cleans colours', () => {
    const layout = layoutLegend([{ label: 'Очень длинное название страны-партнёра '.repeat(5), colour: 'javascript:alert(1)', value: '1,0 %' }], 200);
    expect(layout.columns).toBe(1);
    expect(layout.columnWidth).toBe(200);
    expect(layout.cells[0].label.endsWith('…')).toBe(true);
    expect(layout.cells[0].colour).toBe('#94a3b8');
  });

  it('never overflows the available width (property)', () => {
    const item = fc.record({ label: fc.string({ maxLength: 80 }), colour: fc.constantFrom('#D55E00', 'red', 'bad'), value: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), fc.integer({ min: 40, max: 1400 }), (items, width) => {
        const layout = layoutLegend(items, width);
        expect(layout.width).toBeLessThanOrEqual(width);
        for (const cell of layout.cells) {
          expect(cell.x + cell.width).toBeLessThanOrEqual(width);
          expect(cell.y + layout.rowHeight).toBeLessThanOrEqual(layout.height);
        }
        expect(layout.rows * layout.columns).toBeGreaterThanOrEqual(layout.cells.length);
      }),
    );
  });
});

describe('layoutChartImage', () => {
  it('is at least 640 wide, centres a narrow chart and stacks header, chart, legend and footer', () => {
    const narrow = layoutChartImage(300, 200, META);
    expect(narrow.width).toBe(MIN_IMAGE_WIDTH);
    expect(narrow.chart.x).toBe(170);
    const wide = layoutChartImage(1214, 264, { ...META, legend: LEGEND });
    expect(wide.width).toBe(1214);
    expect(wide.chart).toMatchObject({ x: 0, width: 1214, height: 264 });
    expect(wide.title.lines).toEqual([META.title]);
    expect(wide.filters.lines).toEqual([META.filters]);
    expect(wide.filters.top).toBeGreaterThan(wide.title.top);
    expect(wide.chart.y).toBeGreaterThan(wide.filters.top + 12);
    expect(wide.legend.y).toBeGreaterThan(wide.chart.y + wide.chart.height);
    expect(wide.footer.ruleY).toBeGreaterThan(wide.legend.y + wide.legend.height);
    expect(wide.height).toBeGreaterThan(wide.footer.top);
    expect(Number.isInteger(wide.height)).toBe(true);
  });

  it('grows with a long title and without a legend takes no legend room', () => {
    const plain = layoutChartImage(700, 300, META);
    const withLegend = layoutChartImage(700, 300, { ...META, legend: LEGEND });
    expect(withLegend.height).toBeGreaterThan(plain.height);
    const long = layoutChartImage(700, 300, { ...META, title: `${META.title} `.repeat(6) });
    expect(long.title.lines.length).toBeGreaterThan(1);
    expect(long.height).toBeGreaterThan(plain.height);
  });

  it('rejects sizes that are not positive numbers', () => {
    expect(() => layoutChartImage(0, 100, META)).toThrow(/chart width/);
    expect(() => layoutChartImage(100, Number.NaN, META)).toThrow(/chart height/);
  });
});

describe('composeChartSvg', () => {
  it('writes a well-formed standalone SVG with header, chart, legend and footer', () => {
    const svg = composeChartSvg(CHART, 800, 288, { ...META, legend: LEGEND });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = parseXml(svg);
    expect(doc.name).toBe('svg');
    expect(doc.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(doc.attrs['font-family']).toBe(EXPORT_FONT_FAMILY);
    const layout = layoutChartImage(800, 288, { ...META, legend: LEGEND });
    expect(doc.attrs.width).toBe(String(layout.width));
    expect(doc.attrs.height).toBe(String(layout.height));
    expect(doc.attrs.viewBox).toBe(`0 0 ${layout.width} ${layout.height}`);

    // White background first.
    const background = doc.children.find((c) => c.name === 'rect');
    expect(background?.attrs).toMatchObject({ fill: '#ffffff', width: String(layout.width), height: String(layout.height) });

    const texts = all(doc, 'text').map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining([META.title, META.filters, META.source, META.date, 'Китай', 'Республика Корея', '38,2 %', 'янв. 2020 & «фев.»']));
    const title = all(doc, 'text').find((t) => t.text === META.title);
    expect(title?.attrs).toMatchObject({ 'font-size': '16', 'font-weight': '700' });
    expect(all(doc, 'text').find((t) => t.text === META.filters)?.attrs['font-size']).toBe('12');
    expect(all(doc, 'text').find((t) => t.text === META.source)?.attrs['font-size']).toBe('11');
    expect(doc.children.find((c) => c.name === 'title')?.text).toBe(META.title);

    // The chart: a viewport below the header holding the original <svg>, clip path and all.
    const viewport = doc.children.find((c) => c.name === 'svg');
    expect(viewport?.attrs).toMatchObject({ width: '800', height: '288', viewBox: '0 0 800 288', y: String(layout.chart.y) });
    expect(viewport?.children[0].attrs.class).toBe('recharts-surface');
    expect(all(doc, 'clipPath')).toHaveLength(1);

    // Legend swatches in the items' colours, in order.
    const swatches = all(doc, 'rect').filter((r) => r.attrs.width === '10');
    expect(swatches.map((r) => r.attrs.fill)).toEqual(LEGEND.map((l) => l.colour));
  });

  it('has no legend block without legend items', () => {
    const svg = composeChartSvg(CHART, 800, 288, META);
    expect(all(parseXml(svg), 'rect').filter((r) => r.attrs.width === '10')).toHaveLength(0);
  });

  it('escapes hostile metadata: it stays text, never markup', () => {
    const evil = `</text><script>alert("x")</script><text a='1'>&`;
    const svg = composeChartSvg(CHART, 800, 288, { title: evil, filters: evil, source: evil, date: evil, legend: [{ label: evil, colour: `"/><script>`, value: evil }] });
    expect(svg).not.toMatch(/<script/i);
    const doc = parseXml(svg);
    expect(all(doc, 'script')).toHaveLength(0);
    expect(doc.attrs['aria-label']).toBe(evil);
    expect(all(doc, 'text').some((t) => t.text === evil)).toBe(true);
  });

  it('is well-formed XML for any metadata (property)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 120 });
    fc.assert(
      fc.property(text, text, text, text, fc.array(fc.record({ label: text, colour: fc.string({ maxLength: 20 }), value: fc.option(text, { nil: undefined }) }), { maxLength: 12 }), (title, filters, source, date, legend) => {
        const doc = parseXml(composeChartSvg(CHART, 500, 200, { title, filters, source, date, legend }));
        expect(doc.attrs.width).toBe('640');
      }),
      { numRuns: 200 },
    );
  });

  it('accepts an XML declaration and rejects anything but one clean <svg>', () => {
    expect(() => composeChartSvg(`<?xml version="1.0"?>\n${CHART}`, 800, 288, META)).not.toThrow();
    expect(normaliseChartSvgText(`\uFEFF<?xml version="1.0"?>\n${CHART}\n`)).toBe(CHART);
    expect(() => composeChartSvg('<div>chart</div>', 800, 288, META)).toThrow(/serialised SVG/);
    expect(() => composeChartSvg('', 800, 288, META)).toThrow(/serialised SVG/);
    expect(() => composeChartSvg(`<!DOCTYPE svg [<!ENTITY x "y">]>${CHART}`, 800, 288, META)).toThrow();
    expect(() => composeChartSvg(CHART.replace('</svg>', '<script>alert(1)</script></svg>'), 800, 288, META)).toThrow(/scripts/);
    expect(() => composeChartSvg(CHART.replace('</svg>', '<foreignObject><div/></foreignObject></svg>'), 800, 288, META)).toThrow(/foreignObject/);
    expect(() => composeChartSvg(CHART, -1, 288, META)).toThrow(/chart width/);
  });
});

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
