import { describe, expect, it } from 'vitest';
import { goodsKeyUnder, goodsLevelOf, isGoodsPrefix, parentPrefix } from './goods-level';

describe('the goods drill-down', () => {
  it('shows the level below the goods chosen', () => {
    expect(goodsLevelOf([])).toBe('hs2');
    expect(goodsLevelOf([], 'section')).toBe('section');
    expect(goodsLevelOf(['03'])).toBe('hs4');
    expect(goodsLevelOf(['0303'])).toBe('hs6');
    expect(goodsLevelOf(['030367'])).toBe('hs10');
    expect(goodsLevelOf(['03036700'])).toBe('hs10');
    expect(goodsLevelOf(['03', '8901'])).toBe('hs6');
    // A section's chapters, chosen together by a click on the section, show as chapters.
    expect(goodsLevelOf(['01', '02', '03', '04', '05'])).toBe('hs2');
    expect(goodsKeyUnder('0303670000', ['01', '02', '03', '04', '05'])).toBe('03');
    expect(goodsLevelOf(['01', '02', '03'])).toBe('hs4');
  });

  it('keys each code under the longest prefix chosen, never lengthening a short code', () => {
    expect(goodsKeyUnder('0303670000', ['03'])).toBe('0303');
    expect(goodsKeyUnder('0303670000', ['03', '0303'])).toBe('030367');
    expect(goodsKeyUnder('0303670000', ['030367'])).toBe('0303670000');
    expect(goodsKeyUnder('0303', ['0303'])).toBe('0303');
    expect(goodsKeyUnder('8901909000', ['03'])).toBe('8901909000');
  });

  it('accepts prefixes of 2, 4, 6, 8 or 10 digits and steps back up', () => {
    for (const ok of ['03', '0303', '030367', '03036700', '0303670000']) expect(isGoodsPrefix(ok)).toBe(true);
    for (const bad of ['3', '030', '00', '0012', '03036700001', 'I']) expect(isGoodsPrefix(bad)).toBe(false);
    expect(['0303670000', '030367', '0303', '03'].map(parentPrefix)).toEqual(['030367', '0303', '03', null]);
  });
});
