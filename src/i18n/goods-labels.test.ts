import { describe, expect, it } from 'vitest';
import { goodsName, type ChapterNames, type NomenclatureIndex } from '../core/model/nomenclature';
import { goodsLabelOf } from './goods-labels';
import { MESSAGES } from './format';

const index: NomenclatureIndex = {
  sections: [{ roman: 'I', ru: 'Живые животные; продукты животного происхождения', en: 'Live animals; animal products', chapters: ['03'] }],
  chapters: { '03': { ru: 'Рыба и ракообразные, моллюски и прочие водные беспозвоночные', en: 'Fish and crustaceans, molluscs and other aquatic invertebrates', section: 'I' } },
};
const chapter03: ChapterNames = {
  chapter: '03',
  ru: { '0303': 'Рыба мороженая', '030367': ['минтай (Theragra chalcogramma)'], '0303670000': [] },
  en: { '0303': 'Fish; frozen', '030367': 'Fish; frozen, Alaska pollock (Theragra chalcogramma)' },
};
const nameOf = (code: string, lang: 'ru' | 'en') => goodsName(code, lang, index, code.startsWith('03') ? chapter03 : null);

describe('goodsLabelOf', () => {
  it('keeps the chapter’s short label on the axis and its official name in the title', () => {
    expect(goodsLabelOf('03', 'ru', MESSAGES.ru, nameOf)).toMatchObject({ label: '03 Рыба и морепродукты', title: '03 Рыба и ракообразные, моллюски и прочие водные беспозвоночные' });
  });

  it('names a subheading by its code and short name, whole in the title', () => {
    const label = goodsLabelOf('030367', 'ru', MESSAGES.ru, nameOf);
    expect(label.label).toBe('0303 67 минтай (Theragra chalcogramma)');
    expect(label.title).toContain('Рыба мороженая');
  });

  it('shows a code the nomenclature lacks with its code and its nearest named level, never dropped', () => {
    const label = goodsLabelOf('0303990001', 'ru', MESSAGES.ru, nameOf);
    expect(label.display).toBe('0303 99 000 1');
    expect(label.title).toContain('0303 99 000 1');
    expect(label.title).toMatch(/ближайший уровень: 0303/);
  });
});
