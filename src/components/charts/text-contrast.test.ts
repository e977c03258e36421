import { describe, expect, it } from 'vitest';
import { DARK_TEXT, LIGHT_TEXT, contrastRatio, parseColour, readableTextColour, relativeLuminance } from './text-contrast';

describe('parseColour', () => {
  it('reads hex and rgb() forms', () => {
    expect(parseColour('#fff')).toEqual([255, 255, 255]);
    expect(parseColour('#0072B2')).toEqual([0, 114, 178]);
    expect(parseColour('#0072b2cc')).toEqual([0, 114, 178]);
    expect(parseColour(' rgb(10, 20, 30) ')).toEqual([10, 20, 30]);
    expect(parseColour('rgba(10 20 30 / 0.5)')).toEqual([10, 20, 30]);
  });
  it('returns null for what it cannot read', () => {
    for (const c of ['', 'red', '#12', '#12345', 'url(#x)', 'hsl(10, 20%, 30%)']) expect(parseColour(c)).toBeNull();
  });
});

describe('relativeLuminance and contrastRatio (WCAG)', () => {
  it('white is 1, black is 0, black on white is 21:1', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#000')).toBe(0);
    expect(contrastRatio(1, 0)).toBeCloseTo(21, 10);
    expect(contrastRatio(0, 1)).toBeCloseTo(21, 10);
  });
  it('matches the WCAG formula for a mid grey', () => {
    // #777777: 0x77/255 = 0.4667 → ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845
    expect(relativeLuminance('#777777')).toBeCloseTo(0.1845, 3);
  });
});

describe('readableTextColour', () => {
  it('puts white on dark fills and dark on light ones', () => {
    expect(readableTextColour('#0072B2')).toBe(LIGHT_TEXT); // blue
    expect(readableTextColour('#332288')).toBe(LIGHT_TEXT); // indigo
    expect(readableTextColour('#882255')).toBe(LIGHT_TEXT); // wine
    expect(readableTextColour('#E69F00')).toBe(DARK_TEXT); // orange
    expect(readableTextColour('#56B4E9')).toBe(DARK_TEXT); // sky blue
    expect(readableTextColour('#A3A3A3')).toBe(DARK_TEXT); // «other» grey
    expect(readableTextColour('#ffffff')).toBe(DARK_TEXT);
    expect(readableTextColour('#000000')).toBe(LIGHT_TEXT);
  });
  it('always picks the colour with the higher contrast', () => {
    const dark = relativeLuminance(DARK_TEXT)!;
    for (let v = 0; v <= 255; v += 5) {
      const hex = `#${v.toString(16).padStart(2, '0').repeat(3)}`;
      const l = relativeLuminance(hex)!;
      const best = contrastRatio(l, 1) > contrastRatio(l, dark) ? LIGHT_TEXT : DARK_TEXT;
      expect(readableTextColour(hex)).toBe(best);
    }
  });
  it('falls back to dark text for an unreadable colour', () => {
    expect(readableTextColour('var(--x)')).toBe(DARK_TEXT);
  });
});
