// chart-image-layout: colours, text measuring and wrapping, the legend's columns and the
// page's blocks. The SVG written from this layout: chart-image-svg.test.ts.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MIN_IMAGE_WIDTH, estimateTextWidth, layoutChartImage, layoutLegend, sanitizeColour, truncateText, wrapText } from './chart-image-layout';
import { LEGEND, META } from './chart-image-test-fixtures';

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
