import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OTHER_KEY } from '../../core/aggregate/dashboard-series';
import { CHAR_WIDTH, TREEMAP_GAP, layoutTreemap, planTileText, treemapFontSizes, wrapLabel, type LayoutInput, type TreemapRect } from './treemap-layout';

const W = 390;
const H = 360;
const EPS = 1e-6;

const tiles = (values: number[]): LayoutInput[] => values.map((value, i) => ({ key: `k${i}`, value }));
const area = (r: TreemapRect<LayoutInput>) => (r.x1 - r.x0) * (r.y1 - r.y0);

/**
 * The tile grown by half a gap on every side: d3's inner padding lays out these cells in the box
 * grown by half a gap on every side, so their areas are exactly proportional to the values.
 */
function cell(r: TreemapRect<LayoutInput>, gap: number) {
  const h = gap / 2;
  return { x0: r.x0 - h, y0: r.y0 - h, x1: r.x1 + h, y1: r.y1 + h };
}

function overlap(a: { x0: number; y0: number; x1: number; y1: number }, b: { x0: number; y0: number; x1: number; y1: number }): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function checkInvariants(input: LayoutInput[], width: number, height: number, gap: number) {
  const rects = layoutTreemap(input, width, height, gap);
  const kept = input.filter((t) => Number.isFinite(t.value) && t.value > 0);
  expect(rects.map((r) => r.tile)).toEqual(kept);
  const total = kept.reduce((s, t) => s + t.value, 0);
  let cellArea = 0;
  let tileArea = 0;
  let perimeters = 0;
  for (const r of rects) {
    // Inside the box, well-formed.
    expect(r.x0).toBeGreaterThanOrEqual(-EPS);
    expect(r.y0).toBeGreaterThanOrEqual(-EPS);
    expect(r.x1).toBeLessThanOrEqual(width + EPS);
    expect(r.y1).toBeLessThanOrEqual(height + EPS);
    expect(r.x1).toBeGreaterThanOrEqual(r.x0);
    expect(r.y1).toBeGreaterThanOrEqual(r.y0);
    tileArea += area(r);
    perimeters += 2 * (r.x1 - r.x0 + r.y1 - r.y0);
    const c = cell(r, gap);
    const a = (c.x1 - c.x0) * (c.y1 - c.y0);
    cellArea += a;
    // Each tile's cell (tile + its share of the gaps) is proportional to its value.
    if (rects.every((q) => q.x1 - q.x0 > EPS && q.y1 - q.y0 > EPS)) expect(a / ((width + gap) * (height + gap))).toBeCloseTo(r.tile.value / total, 6);
  }
  // No two tiles overlap.
  for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlap(rects[i], rects[j])).toBeLessThanOrEqual(EPS);
  if (rects.length > 0 && rects.every((q) => q.x1 - q.x0 > EPS && q.y1 - q.y0 > EPS)) {
    // The cells cover the grown box; the tiles cover the box less the gaps (at most half a gap along each side).
    expect(cellArea / ((width + gap) * (height + gap))).toBeCloseTo(1, 9);
    expect(tileArea).toBeLessThanOrEqual(width * height + EPS);
    expect(tileArea).toBeGreaterThanOrEqual(width * height - (perimeters * gap) / 2 - EPS);
  }
  return rects;
}

describe('layoutTreemap', () => {
  it('without gaps, tile areas are exactly proportional to values and fill the box', () => {
    const values = [500, 300, 120, 80, 40, 30, 20, 7, 2, 1];
    const rects = layoutTreemap(tiles(values), W, H, 0);
    const total = values.reduce((a, b) => a + b, 0);
    expect(rects).toHaveLength(values.length);
    for (const r of rects) expect(area(r) / (W * H)).toBeCloseTo(r.tile.value / total, 9);
    expect(rects.reduce((s, r) => s + area(r), 0)).toBeCloseTo(W * H, 6);
  });

  it('with gaps: inside the box, no overlaps, areas proportional, total ≈ box less gaps', () => {
    const rects = checkInvariants(tiles([500, 300, 120, 80, 40, 30, 20, 7, 2, 1]), W, H, TREEMAP_GAP);
    const tileArea = rects.reduce((s, r) => s + area(r), 0);
    expect(tileArea).toBeLessThan(W * H);
    expect(tileArea).toBeGreaterThan(W * H * 0.95);
  });

  it('leaves a gap of `gap` px between neighbours and none along the box edges', () => {
    const rects = layoutTreemap(tiles([5, 3, 2, 1]), W, H, 2);
    expect(Math.min(...rects.map((r) => r.x0))).toBeCloseTo(0, 9);
    expect(Math.min(...rects.map((r) => r.y0))).toBeCloseTo(0, 9);
    expect(Math.max(...rects.map((r) => r.x1))).toBeCloseTo(W, 9);
    expect(Math.max(...rects.map((r) => r.y1))).toBeCloseTo(H, 9);
    for (const a of rects) {
      for (const b of rects) {
        if (a === b) continue;
        const sideBySide = Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0) && b.x0 >= a.x1 - EPS;
        if (sideBySide) expect(b.x0 - a.x1).toBeGreaterThanOrEqual(2 - EPS);
        const stacked = Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && b.y0 >= a.y1 - EPS;
        if (stacked) expect(b.y0 - a.y1).toBeGreaterThanOrEqual(2 - EPS);
      }
    }
  });

  it('keeps the input order, and a tile gets the same place whatever the input order', () => {
    const input = tiles([40, 300, 7, 120, 500, 2, 80, 30]);
    const rects = layoutTreemap(input, W, H);
    expect(rects.map((r) => r.tile.key)).toEqual(input.map((t) => t.key));
    const reversed = layoutTreemap([...input].reverse(), W, H);
    expect(reversed.map((r) => r.tile.key)).toEqual([...input].reverse().map((t) => t.key));
    const place = (rs: TreemapRect<LayoutInput>[]) => Object.fromEntries(rs.map((r) => [r.tile.key, [r.x0, r.y0, r.x1, r.y1]]));
    expect(place(reversed)).toEqual(place(rects));
    // Deterministic: the same input, the same layout.
    expect(layoutTreemap(input, W, H)).toEqual(rects);
  });

  it('places the largest tile first (top left) and «other» last (bottom right), however large', () => {
    const input: LayoutInput[] = [{ key: OTHER_KEY, value: 900 }, ...tiles([500, 300, 120, 80])];
    const rects = layoutTreemap(input, W, H);
    const byKey = new Map(rects.map((r) => [r.tile.key, r]));
    expect(byKey.get('k0')).toMatchObject({ x0: 0, y0: 0 });
    const other = byKey.get(OTHER_KEY)!;
    expect(other.x1).toBeCloseTo(W, 9);
    expect(other.y1).toBeCloseTo(H, 9);
    checkInvariants(input, W, H, TREEMAP_GAP);
  });

  it('leaves out zero, negative and non-finite values', () => {
    const input = tiles([10, 0, -5, Number.NaN, 5, Number.POSITIVE_INFINITY, 1]);
    const rects = layoutTreemap(input, W, H);
    expect(rects.map((r) => r.tile.key)).toEqual(['k0', 'k4', 'k6']);
    checkInvariants(input, W, H, TREEMAP_GAP);
  });

  it('returns nothing for no tiles, no positive values or an empty box', () => {
    expect(layoutTreemap([], W, H)).toEqual([]);
    expect(layoutTreemap(tiles([0, -1]), W, H)).toEqual([]);
    expect(layoutTreemap(tiles([1, 2]), 0, H)).toEqual([]);
    expect(layoutTreemap(tiles([1, 2]), W, Number.NaN)).toEqual([]);
  });

  it('one tile fills the box', () => {
    expect(layoutTreemap(tiles([42]), W, H)).toEqual([{ tile: { key: 'k0', value: 42 }, x0: 0, y0: 0, x1: W, y1: H }]);
  });

  it('holds its invariants for any values and box (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 40, max: 1400 }),
        fc.integer({ min: 40, max: 800 }),
        fc.constantFrom(0, 1, 2),
        (values, width, height, gap) => {
          checkInvariants(tiles(values), width, height, gap);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('wrapLabel', () => {
  it('breaks between words', () => {
    expect(wrapLabel('Fish fresh or chilled', 10, 3)).toEqual(['Fish fresh', 'or chilled']);
    expect(wrapLabel('  Crabs  ', 10, 3)).toEqual(['Crabs']);
  });
  it('ends with «…» when the text does not fit in the lines', () => {
    expect(wrapLabel('Fish fresh or chilled', 10, 1)).toEqual(['Fish fres…']);
    expect(wrapLabel('Fish fresh or chilled', 12, 1)).toEqual(['Fish fresh…']);
  });
  it('cuts a word longer than a line', () => {
    expect(wrapLabel('Электрооборудование и части', 8, 3)).toEqual(['Электро…', 'и части']);
  });
  it('never makes a line longer than asked', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 4 }), (text, chars, lines) => {
        const out = wrapLabel(text, chars, lines);
        expect(out.length).toBeLessThanOrEqual(lines);
        for (const l of out) expect(l.length).toBeLessThanOrEqual(chars);
      }),
    );
  });
  it('draws nothing with no room', () => {
    expect(wrapLabel('Crabs', 0, 3)).toEqual([]);
    expect(wrapLabel('Crabs', 5, 0)).toEqual([]);
  });
});

describe('planTileText', () => {
  const text = { code: '0303 67', label: 'Минтай мороженый, кроме филе', share: '44,7\u00a0%' };
  const sizes = treemapFontSizes(390);

  it('draws nothing on a tile too small for a label line', () => {
    expect(planTileText(20, 100, text, sizes)).toEqual([]);
    expect(planTileText(200, 15, text, sizes)).toEqual([]);
  });

  it('on a large tile: the code, the label lines, the share last, all inside the tile', () => {
    const lines = planTileText(120, 120, text, sizes);
    expect(lines.map((l) => l.kind)).toEqual(['code', 'label', 'label', 'share']);
    expect(lines.filter((l) => l.kind === 'label').map((l) => l.text)).toEqual(['Минтай мороженый,', 'кроме филе']);
    expect(lines.at(-1)).toMatchObject({ kind: 'share', text: '44,7\u00a0%', bold: true });
    for (const l of lines) {
      expect(l.x + l.text.length * l.fontSize * (l.bold ? 0.6 : CHAR_WIDTH)).toBeLessThanOrEqual(120);
      expect(l.y).toBeLessThanOrEqual(120);
    }
    // Baselines go down the tile.
    for (let i = 1; i < lines.length; i++) expect(lines[i].y).toBeGreaterThan(lines[i - 1].y);
  });

  it('when short of room keeps one label line and the share before the code', () => {
    expect(planTileText(200, 38, text, sizes).map((l) => l.kind)).toEqual(['label', 'share']);
    expect(planTileText(200, 24, text, sizes).map((l) => l.kind)).toEqual(['label']);
    expect(planTileText(200, 50, text, sizes).map((l) => l.kind)).toEqual(['code', 'label', 'share']);
  });

  it('truncates the label to the tile width', () => {
    const lines = planTileText(60, 40, text, sizes);
    const label = lines.find((l) => l.kind === 'label')!;
    expect(label.text.endsWith('…')).toBe(true);
    expect(label.text.length * label.fontSize * CHAR_WIDTH).toBeLessThanOrEqual(60 - 2 * 5);
  });

  it('uses smaller type on a phone-width chart', () => {
    expect(treemapFontSizes(340).label).toBeLessThan(treemapFontSizes(800).label);
  });
});
