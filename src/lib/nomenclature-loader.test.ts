import { describe, expect, it } from 'vitest';
import { goodsName } from '../core/model/nomenclature';
import { chaptersOfCodes, loadChapterNames, loadNomenclatureIndex } from './nomenclature-loader';

describe('nomenclature loader', () => {
  it('loads a chapter lazily and names 0303 67', async () => {
    const [index, chapter] = await Promise.all([loadNomenclatureIndex(), loadChapterNames('03')]);
    expect(chapter?.chapter).toBe('03');
    expect(chapter?.ru['030367']).toBeDefined();
    expect(goodsName('030367', 'ru', index, chapter).short).toMatch(/минтай/);
    expect(goodsName('030367', 'en', index, chapter).short).toMatch(/Alaska pollock/);
    expect(index.sections).toHaveLength(21);
  });

  it('gives null for a chapter with no file', async () => {
    expect(await loadChapterNames('77')).toBeNull();
    expect(await loadChapterNames('99')).toBeNull();
    expect(await loadChapterNames('x')).toBeNull();
  });

  it('finds the chapter files codes need: chapters and sections need none (the index names them)', () => {
    expect(chaptersOfCodes(['0303670000', '0303', '8503 00', 'XVI', 'TOTAL', '84'])).toEqual(['03', '85']);
  });
});
