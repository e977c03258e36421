// chart-image-svg: escaping and the composed standalone SVG document, checked for well-formed
// XML by a small parser below. The DOM half (reading the live chart) runs in a real browser:
// e2e/chart-export.spec.ts.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXPORT_FONT_FAMILY, layoutChartImage } from './chart-image-layout';
import { composeChartSvg, escapeXml, normaliseChartSvgText } from './chart-image-svg';
import { CHART, LEGEND, META } from './chart-image-test-fixtures';

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
