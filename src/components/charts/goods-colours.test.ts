import { describe, expect, it } from 'vitest';
import { goodsColour } from './goods-colours';
import { partnerColour } from './partner-colours';

describe('goodsColour', () => {
  it('gives every code of a chapter its chapter’s colour, whatever its rank or level', () => {
    expect(goodsColour('0303')).toBe(goodsColour('03'));
    expect(goodsColour('0303670000')).toBe(goodsColour('03'));
    expect(goodsColour('16')).not.toBe(goodsColour('03'));
  });

  it('keeps goods apart from the partners’ palette', () => {
    const partners = new Set(['CN', 'KR', 'JP', 'HK', 'NO', 'DE', 'VG', 'DK', 'US', 'NL', 'TH', 'VN', 'XX', 'YY', 'ZZ', 'AB', 'CD'].map(partnerColour));
    for (let c = 1; c <= 97; c++) expect(partners.has(goodsColour(String(c).padStart(2, '0')))).toBe(false);
  });

  it('colours sections and leaves «other» grey', () => {
    expect(goodsColour('XVI')).toMatch(/^#[0-9A-F]{6}$/);
    expect(goodsColour('other')).toBe('#A3A3A3');
  });
});
