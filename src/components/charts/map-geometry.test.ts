import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  alpha2OfNumeric,
  alpha2OfShape,
  classColours,
  countryFeatures,
  dotRadius,
  DOT_MAX_R,
  DOT_MIN_R,
  isSmall,
  layoutWorld,
  legendBreaks,
  legendLabels,
  MAP_RAMP,
  NO_TRADE_FILL,
  placePartners,
  POINTS,
  shareClass,
  shareColour,
} from './map-geometry';
import { partnerColour } from './partner-colours';
import { formatShare } from '../../i18n/format';

const require = createRequire(import.meta.url);
const world: unknown = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
const countries = countryFeatures(world);

/** Relative luminance (WCAG), to say «darker». */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('the numeric → alpha-2 join', () => {
  it('maps ISO 3166-1 numeric ids, with or without leading zeros', () => {
    expect(alpha2OfNumeric('156')).toBe('CN');
    expect(alpha2OfNumeric('643')).toBe('RU');
    expect(alpha2OfNumeric('004')).toBe('AF');
    expect(alpha2OfNumeric('4')).toBe('AF');
    expect(alpha2OfNumeric('999')).toBeNull();
  });

  it('joins every world-atlas country but N. Cyprus and Somaliland; Kosovo by name; no Antarctica', () => {
    expect(countries.length).toBe(176);
    expect(countries.filter((c) => c.code === null).map((c) => c.name).sort()).toEqual(['N. Cyprus', 'Somaliland']);
    expect(alpha2OfShape(undefined, 'Kosovo')).toBe('XK');
    const codes = countries.map((c) => c.code);
    for (const code of ['CN', 'RU', 'KR', 'JP', 'US', 'DE', 'TW', 'XK', 'NO']) expect(codes).toContain(code);
    expect(codes).not.toContain('AQ');
    // One shape per code.
    const joined = codes.filter((c) => c !== null);
    expect(new Set(joined).size).toBe(joined.length);
  });

  it('has a point for every ISO country the 1:110m file lacks', () => {
    const drawn = new Set(countries.map((c) => c.code));
    const missing = Object.values(require('i18n-iso-countries').getNumericCodes() as Record<string, string>).filter((code) => !drawn.has(code) && code !== 'AQ');
    expect(missing.filter((code) => !POINTS[code])).toEqual([]);
    for (const [lon, lat] of Object.values(POINTS)) {
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
  });
});

describe('layout and the small-country rule', () => {
  it('fits the world to the width, the height following (Natural Earth I: about 0.44 of the width)', () => {
    for (const width of [360, 900]) {
      const layout = layoutWorld(countries, width);
      expect(layout.width).toBe(width);
      expect(layout.height / width).toBeGreaterThan(0.38);
      expect(layout.height / width).toBeLessThan(0.5);
      layout.shapes.forEach((_, i) => {
        const [x, y] = layout.centre(i);
        expect(x).toBeGreaterThanOrEqual(-1);
        expect(x).toBeLessThanOrEqual(width + 1);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(layout.height);
      });
    }
  });

  it('draws shapes under 40 px² as dots, and partners without a shape at their point; World and «other» not at all', () => {
    expect(isSmall(39.9)).toBe(true);
    expect(isSmall(40)).toBe(false);
    expect(isSmall(NaN)).toBe(true);
    const wide = placePartners(layoutWorld(countries, 900), ['CN', 'HK', 'SG', 'MO', 'LU', 'KR', 'W00', 'other', 'ZZ']);
    expect(wide.get('CN')?.kind).toBe('shape');
    expect(wide.get('KR')?.kind).toBe('shape');
    for (const code of ['HK', 'SG', 'MO', 'LU']) expect(wide.get(code)?.kind).toBe('dot');
    for (const code of ['W00', 'other', 'ZZ']) expect(wide.get(code)).toEqual({ kind: 'none' });
    // Hong Kong's dot is just south of mainland China's shape.
    const layout = layoutWorld(countries, 900);
    const hk = wide.get('HK') as { at: [number, number] };
    const cn = layout.centre(layout.shapes.findIndex((s) => s.code === 'CN'));
    expect(Math.hypot(hk.at[0] - cn[0], hk.at[1] - cn[1])).toBeLessThan(60);
    // Narrower, more countries are dots.
    const narrow = placePartners(layoutWorld(countries, 360), ['BE', 'CN']);
    expect(narrow.get('BE')?.kind).toBe('dot');
    expect(narrow.get('CN')?.kind).toBe('shape');
  });

  it('sizes dots by value, by area', () => {
    expect(dotRadius(100, 100)).toBe(DOT_MAX_R);
    expect(dotRadius(0, 100)).toBe(DOT_MIN_R);
    expect(dotRadius(25, 100)).toBeCloseTo(DOT_MIN_R + (DOT_MAX_R - DOT_MIN_R) / 2);
  });
});

describe('colour scale and legend', () => {
  it('is a sequential ramp: each step darker, none of the partners’ palette', () => {
    for (let i = 1; i < MAP_RAMP.length; i++) expect(luminance(MAP_RAMP[i])).toBeLessThan(luminance(MAP_RAMP[i - 1]));
    const palette = new Set(['CN', 'KR', 'JP', 'HK', 'NO', 'DE', 'VG', 'DK', 'US', 'NL', 'TH', 'VN', 'AA', 'BB', 'CC'].map((c) => partnerColour(c).toUpperCase()));
    for (const c of MAP_RAMP) expect(palette.has(c)).toBe(false);
  });

  it('picks class limits below the largest share, at most one fewer than the ramp', () => {
    expect(legendBreaks(0.45)).toEqual([0.01, 0.02, 0.05, 0.1, 0.2, 0.3].slice(-5));
    expect(legendBreaks(0.45).length).toBe(MAP_RAMP.length - 1);
    expect(legendBreaks(0.015)).toEqual([0.001, 0.002, 0.005, 0.01]);
    expect(legendBreaks(0)).toEqual([]);
    expect(legendBreaks(NaN)).toEqual([]);
  });

  it('colours the largest share darkest, and no trade grey', () => {
    const shares = [0.45, 0.2, 0.08, 0.03, 0.004];
    const breaks = legendBreaks(0.45);
    const fills = shares.map((s) => shareColour(s, breaks));
    expect(fills[0]).toBe(MAP_RAMP[MAP_RAMP.length - 1]);
    for (let i = 1; i < fills.length; i++) expect(luminance(fills[i])).toBeGreaterThanOrEqual(luminance(fills[i - 1]));
    expect(shareColour(0, breaks)).toBe(NO_TRADE_FILL);
    expect(shareColour(NaN, breaks)).toBe(NO_TRADE_FILL);
    expect(shareClass(0.05, [0.01, 0.05])).toBe(2);
    expect(classColours([])).toEqual([MAP_RAMP[MAP_RAMP.length - 1]]);
    expect(classColours([0.1, 0.2])).toEqual([MAP_RAMP[0], MAP_RAMP[3], MAP_RAMP[5]]);
  });

  it('writes the legend in the user’s number format', () => {
    expect(legendLabels([0.01, 0.05, 0.1], (s) => formatShare(s, 'ru'))).toEqual(['< 1,0\u00a0%', '1,0–5,0\u00a0%', '5,0–10,0\u00a0%', '≥ 10,0\u00a0%']);
    expect(legendLabels([0.005, 0.2], (s) => formatShare(s, 'en'))).toEqual(['< 0.5%', '0.5–20.0%', '≥ 20.0%']);
  });
});
