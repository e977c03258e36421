import { describe, expect, it } from 'vitest';
import {
  englishShort,
  formatGoodsCode,
  goodsAncestors,
  goodsName,
  normaliseSearchText,
  searchGoods,
  shortFromSegments,
  type ChapterNames,
  type NomenclatureIndex,
} from './nomenclature';

// Hand-written, in the shape data/nomenclature/ files have (texts shortened).
const INDEX: NomenclatureIndex = {
  sections: [
    { roman: 'I', ru: 'Живые животные; продукты животного происхождения', en: 'Live animals; animal products', chapters: ['01', '03'] },
    { roman: 'XVI', ru: 'Машины, оборудование и механизмы', en: 'Machinery and mechanical appliances', chapters: ['84'] },
  ],
  chapters: {
    '01': { ru: 'Живые животные', en: 'Animals; live', section: 'I' },
    '03': { ru: 'Рыба и ракообразные, моллюски и прочие водные беспозвоночные', en: 'Fish and crustaceans, molluscs and other aquatic invertebrates', section: 'I' },
    '84': { ru: 'Реакторы ядерные, котлы, оборудование', en: 'Nuclear reactors, boilers, machinery', section: 'XVI' },
  },
};

const RYBA = 'рыба семейств Gadidae, за исключением пищевых рыбных субпродуктов';
const CH03: ChapterNames = {
  chapter: '03',
  ru: {
    '0303': 'Рыба мороженая, за исключением рыбного филе',
    '030366': [RYBA, 'мерлуза (Merluccius spp.)'],
    '0303661100': ['', 'мерлуза капская (Merluccius capensis)'],
    '0303669000': 'американский нитеперый налим рода Urophycis',
    '030367': [RYBA, 'минтай (Theragra chalcogramma)'],
    '0303670000': [],
    '030369': [RYBA, 'прочая'],
    '0303699000': 'прочая',
  },
  en: {
    '0303': 'Fish; frozen, excluding fish fillets and other fish meat of heading 0304',
    '030366': 'Fish; frozen, hake (Merluccius spp., Urophycis spp.), excluding fillets, fish meat of 0304',
    '030367': 'Fish; frozen, Alaska pollock (Theragra chalcogramma), excluding fillets, fish meat of 0304, and edible fish offal of subheadings 0303.91 to 0303.99',
  },
};
const CH01: ChapterNames = {
  chapter: '01',
  ru: {
    '0101': 'Лошади, ослы, мулы и лошаки живые',
    '010121': ['лошади', 'чистопородные племенные животные'],
    '0101210000': [],
    '010129': ['лошади', 'прочие'],
    '0101291000': 'убойные',
    '0101299000': 'прочие',
    '0105': 'Домашняя птица живая',
  },
  en: { '0101': 'Horses, asses, mules and hinnies; live', '010129': 'Horses; live, other than pure-bred breeding animals' },
};

describe('formatGoodsCode and goodsAncestors', () => {
  it('writes codes as the nomenclature does', () => {
    expect(formatGoodsCode('03')).toBe('03');
    expect(formatGoodsCode('0303')).toBe('0303');
    expect(formatGoodsCode('030367')).toBe('0303 67');
    expect(formatGoodsCode('03036700')).toBe('0303 67 00');
    expect(formatGoodsCode('0303670000')).toBe('0303 67 000 0');
    expect(formatGoodsCode(' 0303 67 ')).toBe('0303 67');
    expect(formatGoodsCode('XVI')).toBe('XVI');
    expect(formatGoodsCode('TOTAL')).toBe('TOTAL');
  });

  it('lists the prefixes at 2, 4, 6 and 8 digits shorter than the code', () => {
    expect(goodsAncestors('0303670000')).toEqual(['03', '0303', '030367', '03036700']);
    expect(goodsAncestors('030367')).toEqual(['03', '0303']);
    expect(goodsAncestors('03')).toEqual([]);
    expect(goodsAncestors('XVI')).toEqual([]);
  });
});

describe('goodsName', () => {
  it('names a section and a chapter from the index alone', () => {
    expect(goodsName('XVI', 'ru', INDEX, null)).toMatchObject({ display: 'XVI', short: 'Машины, оборудование и механизмы', context: null, exact: true });
    expect(goodsName('03', 'en', INDEX, null)).toMatchObject({ display: '03', short: INDEX.chapters['03'].en, full: INDEX.chapters['03'].en, context: null, exact: true });
  });

  it('names a 6-digit subheading by its last part under the heading', () => {
    const ru = goodsName('030367', 'ru', INDEX, CH03);
    expect(ru).toMatchObject({ code: '030367', display: '0303 67', short: 'минтай (Theragra chalcogramma)', context: 'Рыба мороженая, за исключением рыбного филе', exact: true, namedCode: '030367' });
    expect(ru.full).toBe(`Рыба мороженая, за исключением рыбного филе: ${RYBA}: минтай (Theragra chalcogramma)`);
    const en = goodsName('030367', 'en', INDEX, CH03);
    expect(en.short).toBe('Alaska pollock (Theragra chalcogramma)');
    expect(en.full).toBe(CH03.en['030367']);
    expect(en.context).toBe('Fish; frozen');
  });

  it('gives a 10-digit line that is its subheading the subheading’s name, exactly', () => {
    expect(goodsName('0303670000', 'ru', INDEX, CH03)).toMatchObject({ display: '0303 67 000 0', short: 'минтай (Theragra chalcogramma)', exact: true, namedCode: '0303670000' });
  });

  it('reads 10-digit fragments under their parents, a gap where the source lacks lines', () => {
    const n = goodsName('0303661100', 'ru', INDEX, CH03);
    expect(n.short).toBe('мерлуза капская (Merluccius capensis)');
    expect(n.context).toBe('мерлуза (Merluccius spp.)');
    expect(n.full).toMatch(/мерлуза \(Merluccius spp\.\): …: мерлуза капская/);
    expect(goodsName('0303669000', 'ru', INDEX, CH03).full).toMatch(/\(Merluccius spp\.\): американский нитеперый налим/);
  });

  it('keeps the level above a generic «прочие» in the short name', () => {
    expect(goodsName('010129', 'ru', INDEX, CH01).short).toBe('лошади: прочие');
    expect(goodsName('0101299000', 'ru', INDEX, CH01).short).toBe('лошади: прочие: прочие');
    expect(goodsName('0303699000', 'ru', INDEX, CH03).short).toBe(`${RYBA}: прочая: прочая`);
    expect(goodsName('0101291000', 'ru', INDEX, CH01).short).toBe('убойные');
  });

  it('names English 10-digit lines by their subheading, not exactly', () => {
    expect(goodsName('0303670000', 'en', INDEX, CH03)).toMatchObject({ short: 'Alaska pollock (Theragra chalcogramma)', namedCode: '030367', exact: false, display: '0303 67 000 0' });
  });

  it('names a code the nomenclature lacks by its nearest named ancestor', () => {
    // An HS 2017 code, an 8-digit code, a line of a heading without 10-digit detail.
    expect(goodsName('030399', 'ru', INDEX, CH03)).toMatchObject({ namedCode: '0303', exact: false, short: CH03.ru['0303'] });
    expect(goodsName('03036680', 'ru', INDEX, CH03)).toMatchObject({ namedCode: '030366', exact: false });
    expect(goodsName('0105110000', 'ru', INDEX, CH01)).toMatchObject({ namedCode: '0105', exact: false });
    expect(goodsName('0199', 'ru', INDEX, CH01)).toMatchObject({ namedCode: '01', exact: false, short: 'Живые животные' });
  });

  it('names an 8-digit code holding a single 10-digit line ending in 00 as that line', () => {
    expect(goodsName('03036700', 'ru', INDEX, CH03)).toMatchObject({ exact: true, short: 'минтай (Theragra chalcogramma)', display: '0303 67 00' });
  });

  it('never throws: without names the code stands for itself', () => {
    for (const n of [goodsName('0303670000', 'ru', null, null), goodsName('0303670000', 'ru', INDEX, CH01)]) {
      expect(n.display).toBe('0303 67 000 0');
      if (n.namedCode === '') expect(n).toMatchObject({ short: '0303 67 000 0', full: '0303 67 000 0', exact: false });
    }
    expect(goodsName('0303670000', 'ru', null, null)).toMatchObject({ short: '0303 67 000 0', full: '0303 67 000 0', exact: false, namedCode: '' });
    expect(goodsName('XXX', 'ru', INDEX, null).exact).toBe(false);
    expect(goodsName('', 'en', null, null).exact).toBe(false);
    expect(goodsName('TOTAL', 'en', INDEX, CH03).short).toBe('TOTAL');
    const broken = { chapter: '03', ru: null, en: null } as unknown as ChapterNames;
    expect(goodsName('030367', 'ru', INDEX, broken)).toMatchObject({ namedCode: '03', exact: false });
  });
});

describe('short names', () => {
  it('strips the English parent’s repeated part and trailing excluding-clauses', () => {
    expect(englishShort('Fish; frozen, Alaska pollock (Theragra chalcogramma), excluding fillets, fish meat of 0304', 'Fish; frozen, excluding fish fillets')).toBe('Alaska pollock (Theragra chalcogramma)');
    expect(englishShort('Horses; live, pure-bred breeding animals', 'Horses, asses, mules and hinnies; live')).toBe('Horses; live, pure-bred breeding animals');
    expect(englishShort('Fish; frozen, excluding fish fillets and other fish meat of heading 0304', 'Fish and crustaceans')).toBe('Fish; frozen');
    expect(englishShort('Excluding everything', null)).toBe('Excluding everything');
    expect(englishShort('Meat; of horses, fresh, chilled or frozen', 'Meat; of horses, fresh, chilled or frozen')).toBe('Meat; of horses, fresh, chilled or frozen');
  });

  it('keeps generic lines with the level above', () => {
    expect(shortFromSegments([])).toBeNull();
    expect(shortFromSegments(['минтай'])).toBe('минтай');
    expect(shortFromSegments(['прочие'])).toBe('прочие');
    expect(shortFromSegments(['лошади', '', 'прочие'])).toBe('прочие');
  });
});

describe('searchGoods', () => {
  const codes = ['03', '0303', '030366', '0303661100', '030367', '0303670000', '01', '0101', '010129', 'I'];
  const ru = (c: string) => goodsName(c, 'ru', INDEX, c.startsWith('01') ? CH01 : CH03);
  const en = (c: string) => goodsName(c, 'en', INDEX, c.startsWith('01') ? CH01 : CH03);

  it('normalises case, ё, dashes and spaces', () => {
    expect(normaliseSearchText('  Мёд\u00a0НАТУРАЛЬНЫЙ – пшенично-ржаной ')).toBe('мед натуральный пшенично ржаной');
  });

  it('finds codes with or without spaces, by prefix, the exact code first', () => {
    expect(searchGoods('0303 67', codes, ru).map((h) => h.code)).toEqual(['030367', '0303670000']);
    expect(searchGoods('030367', codes, ru).map((h) => h.code)).toEqual(['030367', '0303670000']);
    expect(searchGoods('0303', codes, ru).map((h) => h.code)).toEqual(['0303', '030366', '030367', '0303661100', '0303670000']);
  });

  it('finds names by every word, any case, ё = е, higher levels first', () => {
    expect(searchGoods('минтай', codes, ru).map((h) => h.code)).toEqual(['030367', '0303670000']);
    expect(searchGoods('МИНТАЙ', codes, ru).map((h) => h.code)).toEqual(['030367', '0303670000']);
    expect(searchGoods('pollock', codes, en).map((h) => h.code)).toEqual(['030367', '0303670000']);
    expect(searchGoods('мерлуза капская', codes, ru).map((h) => h.code)).toEqual(['0303661100']);
    expect(searchGoods('лошади прочие', codes, ru).map((h) => h.code)).toEqual(['010129']);
    expect(searchGoods('', codes, ru)).toEqual([]);
    expect(searchGoods('минтай', codes, ru, 1)).toHaveLength(1);
  });

  it('gives each hit its named ancestors, chapter first', () => {
    const [hit] = searchGoods('0303670000', codes, ru);
    expect(hit.path.map((p) => p.code)).toEqual(['03', '0303', '030367', '03036700']);
    expect(searchGoods('0101', codes, ru)[0].path.map((p) => p.code)).toEqual(['01']);
  });
});
