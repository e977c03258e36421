// HS / TN VED reference data: sections, chapters and short labels in the project's own words
// (the official names are long legal text; officials read these at a glance on a chart).
import { TOTAL_COMMODITY } from './trade-record';

type Lang = 'ru' | 'en';

export interface Section {
  /** Roman numeral, `I`..`XXI`. */
  roman: string;
  /** 1..21, the number TN VED writes as `01`..`21`. */
  number: number;
  ru: string;
  en: string;
  /** First and last chapter, two digits each. */
  firstChapter: string;
  lastChapter: string;
}

export interface Chapter {
  /** Two digits, `01`..`97`, plus `99`. */
  code: string;
  ru: string;
  en: string;
  /** Roman numeral of the section; null for `99`, which no section holds. */
  section: string | null;
  /** Chapter 77 is kept free in the Harmonized System. */
  reserved: boolean;
}

// [roman, first chapter, last chapter, ru, en]
const SECTION_ROWS: readonly (readonly [string, number, number, string, string])[] = [
  ['I', 1, 5, 'Животные и продукты животноводства', 'Animals and animal products'],
  ['II', 6, 14, 'Растительная продукция', 'Plant products'],
  ['III', 15, 15, 'Жиры и масла', 'Fats and oils'],
  ['IV', 16, 24, 'Готовая еда, напитки и табак', 'Food, drinks and tobacco'],
  ['V', 25, 27, 'Минеральное сырьё и топливо', 'Minerals and fuels'],
  ['VI', 28, 38, 'Химия', 'Chemicals'],
  ['VII', 39, 40, 'Пластмассы и резина', 'Plastics and rubber'],
  ['VIII', 41, 43, 'Кожа, меха и изделия из них', 'Hides, leather and furs'],
  ['IX', 44, 46, 'Древесина и изделия из дерева', 'Wood and wood products'],
  ['X', 47, 49, 'Целлюлоза, бумага и печать', 'Pulp, paper and print'],
  ['XI', 50, 63, 'Текстиль и одежда', 'Textiles and clothing'],
  ['XII', 64, 67, 'Обувь и головные уборы', 'Footwear and headgear'],
  ['XIII', 68, 70, 'Камень, керамика и стекло', 'Stone, ceramics and glass'],
  ['XIV', 71, 71, 'Драгоценные камни и металлы', 'Precious stones and metals'],
  ['XV', 72, 83, 'Металлы и металлоизделия', 'Base metals and metal goods'],
  ['XVI', 84, 85, 'Машины и электрооборудование', 'Machinery and electrical equipment'],
  ['XVII', 86, 89, 'Транспорт: авто, ж/д, авиа, суда', 'Vehicles, aircraft and ships'],
  ['XVIII', 90, 92, 'Приборы, часы, музыкальные инструменты', 'Instruments, clocks and watches, musical instruments'],
  ['XIX', 93, 93, 'Оружие', 'Arms and ammunition'],
  ['XX', 94, 96, 'Мебель, игрушки и прочие изделия', 'Furniture, toys and other manufactures'],
  ['XXI', 97, 97, 'Искусство и антиквариат', 'Art and antiques'],
];

const pad2 = (n: number): string => String(n).padStart(2, '0');

export const SECTIONS: readonly Section[] = SECTION_ROWS.map(([roman, first, last, ru, en], i) => ({
  roman,
  number: i + 1,
  ru,
  en,
  firstChapter: pad2(first),
  lastChapter: pad2(last),
}));

// [chapter, ru, en]: short labels, not the legal names.
const CHAPTER_ROWS: readonly (readonly [string, string, string])[] = [
  ['01', 'Живой скот и животные', 'Live animals'],
  ['02', 'Мясо и субпродукты', 'Meat and offal'],
  ['03', 'Рыба и морепродукты', 'Fish and seafood'],
  ['04', 'Молочные продукты, яйца, мёд', 'Dairy, eggs and honey'],
  ['05', 'Прочие продукты животного происхождения', 'Other animal products'],
  ['06', 'Живые растения и цветы', 'Live plants and cut flowers'],
  ['07', 'Овощи', 'Vegetables'],
  ['08', 'Фрукты и орехи', 'Fruit and nuts'],
  ['09', 'Кофе, чай и пряности', 'Coffee, tea and spices'],
  ['10', 'Зерно', 'Cereal grains'],
  ['11', 'Мука, крупы, солод и крахмал', 'Flour, malt and starch'],
  ['12', 'Масличные семена и технические культуры', 'Oilseeds and industrial plants'],
  ['13', 'Смолы, камеди и растительные экстракты', 'Gums, resins and plant extracts'],
  ['14', 'Прочие растительные продукты', 'Plaiting materials and other plant products'],
  ['15', 'Жиры и масла животные и растительные', 'Animal and vegetable fats and oils'],
  ['16', 'Продукты из мяса и рыбы', 'Prepared meat and fish'],
  ['17', 'Сахар и сладости', 'Sugar and confectionery'],
  ['18', 'Какао и шоколад', 'Cocoa and chocolate'],
  ['19', 'Хлеб, выпечка, макароны', 'Bakery, pasta and cereal foods'],
  ['20', 'Переработанные овощи и фрукты', 'Processed fruit and vegetables'],
  ['21', 'Прочие пищевые продукты', 'Other food preparations'],
  ['22', 'Напитки, спирт и уксус', 'Drinks and vinegar'],
  ['23', 'Корма и отходы пищевой промышленности', 'Animal feed and food-industry residues'],
  ['24', 'Табак и никотинсодержащая продукция', 'Tobacco and nicotine products'],
  ['25', 'Соль, сера, камень, цемент', 'Salt, sulphur, stone and cement'],
  ['26', 'Руды и концентраты', 'Ores and concentrates'],
  ['27', 'Топливо, нефть и нефтепродукты', 'Fuels, oil and oil products'],
  ['28', 'Неорганическая химия', 'Inorganic chemistry'],
  ['29', 'Органическая химия', 'Organic chemistry'],
  ['30', 'Лекарства и фармацевтика', 'Medicines and pharmaceuticals'],
  ['31', 'Удобрения (все виды)', 'Fertilisers (all kinds)'],
  ['32', 'Краски, лаки, красители', 'Paints, dyes and pigments'],
  ['33', 'Парфюмерия и косметика', 'Perfumes and cosmetics'],
  ['34', 'Мыло, моющие средства, смазки', 'Soap, detergents and lubricants'],
  ['35', 'Белки, клеи и ферменты', 'Proteins, glues and enzymes'],
  ['36', 'Взрывчатка, пиротехника, спички', 'Explosives, fireworks and matches'],
  ['37', 'Фото- и киноматериалы', 'Photo and film supplies'],
  ['38', 'Прочая химия', 'Other chemical products'],
  ['39', 'Пластмассы и пластиковые изделия', 'Plastics and plastic goods'],
  ['40', 'Каучук и резиновые изделия', 'Rubber and rubber goods'],
  ['41', 'Шкуры и кожа', 'Hides, skins and leather'],
  ['42', 'Изделия из кожи, сумки, чемоданы', 'Leather goods, bags and luggage'],
  ['43', 'Меха и меховые изделия', 'Fur and fur goods'],
  ['44', 'Лес и изделия из древесины', 'Timber and wood products'],
  ['45', 'Пробка', 'Cork'],
  ['46', 'Плетёные изделия', 'Basketware and wickerwork'],
  ['47', 'Целлюлоза и макулатура', 'Wood pulp and recovered paper'],
  ['48', 'Бумага и картон', 'Paper and board products'],
  ['49', 'Печатная продукция', 'Printed matter'],
  ['50', 'Шёлк и шёлковые ткани', 'Silk and silk fabrics'],
  ['51', 'Шерсть и волос животных', 'Wool and animal hair'],
  ['52', 'Хлопок, пряжа и ткани', 'Cotton, yarn and fabrics'],
  ['53', 'Лён и прочие растительные волокна', 'Flax, jute and other plant fibres'],
  ['54', 'Химические нити', 'Synthetic and artificial filaments'],
  ['55', 'Химические штапельные волокна', 'Synthetic and artificial staple fibres'],
  ['56', 'Вата, нетканые материалы, верёвки и канаты', 'Wadding, nonwovens, ropes and nets'],
  ['57', 'Ковры', 'Carpets and rugs'],
  ['58', 'Специальные ткани, кружева, вышивка', 'Special fabrics, lace and embroidery'],
  ['59', 'Технические ткани с пропиткой и покрытием', 'Coated and technical textiles'],
  ['60', 'Трикотажные полотна', 'Knitted fabrics'],
  ['61', 'Трикотажная одежда', 'Knitted clothing'],
  ['62', 'Одежда, кроме трикотажной', 'Woven clothing'],
  ['63', 'Прочий текстиль и ношеная одежда', 'Household textiles and worn clothing'],
  ['64', 'Обувь', 'Footwear'],
  ['65', 'Шапки и головные уборы', 'Hats and headgear'],
  ['66', 'Зонты и трости', 'Umbrellas and walking sticks'],
  ['67', 'Перья, пух, искусственные цветы', 'Feathers, artificial flowers and wigs'],
  ['68', 'Изделия из камня, гипса и цемента', 'Stone, plaster and cement articles'],
  ['69', 'Керамика', 'Ceramics'],
  ['70', 'Стекло и стеклянные изделия', 'Glass and glass products'],
  ['71', 'Драгоценности, жемчуг, драгметаллы', 'Gems, precious metals and jewellery'],
  ['72', 'Чугун, сталь, ферросплавы', 'Ferrous metals: iron and steel'],
  ['73', 'Изделия из чугуна и стали', 'Iron and steel products'],
  ['74', 'Медь и изделия из меди', 'Copper and copper goods'],
  ['75', 'Никель и изделия из никеля', 'Nickel and nickel goods'],
  ['76', 'Алюминий и изделия из алюминия', 'Aluminium and aluminium goods'],
  ['77', '(зарезервировано)', '(reserved)'],
  ['78', 'Свинец и изделия из свинца', 'Lead and lead goods'],
  ['79', 'Цинк и изделия из цинка', 'Zinc and zinc goods'],
  ['80', 'Олово и изделия из олова', 'Tin and tin goods'],
  ['81', 'Прочие недрагоценные металлы', 'Other base metals'],
  ['82', 'Инструменты и ножевые изделия', 'Tools and cutlery'],
  ['83', 'Прочие изделия из металлов', 'Other metal goods'],
  ['84', 'Машины и оборудование', 'Machinery and mechanical appliances'],
  ['85', 'Электрооборудование и электроника', 'Electrical equipment and electronics'],
  ['86', 'Железнодорожная техника', 'Railway equipment'],
  ['87', 'Автомобили и другая наземная техника', 'Motor vehicles and parts'],
  ['88', 'Авиационная и космическая техника', 'Aircraft and spacecraft'],
  ['89', 'Суда и плавучие средства', 'Ships and boats'],
  ['90', 'Оптика, измерительные и медицинские приборы', 'Optical, measuring and medical instruments'],
  ['91', 'Часы', 'Clocks and watches'],
  ['92', 'Музыкальные инструменты', 'Musical instruments'],
  ['93', 'Оружие и боеприпасы', 'Arms and ammunition'],
  ['94', 'Мебель, светильники, сборные здания', 'Furniture, lighting and prefabricated buildings'],
  ['95', 'Игрушки, игры и спорттовары', 'Toys, games and sports goods'],
  ['96', 'Прочие готовые изделия', 'Other manufactured articles'],
  ['97', 'Предметы искусства и антиквариат', 'Art, collectibles and antiques'],
  // Not an HS chapter: Comtrade's bucket for goods reported without a code by kind.
  ['99', 'Товары, не классифицированные по виду', 'Goods not classified by kind'],
];

function sectionForChapterNumber(n: number): Section | null {
  for (const s of SECTIONS) {
    if (n >= Number(s.firstChapter) && n <= Number(s.lastChapter)) return s;
  }
  return null;
}

export const CHAPTERS: readonly Chapter[] = CHAPTER_ROWS.map(([code, ru, en]) => ({
  code,
  ru,
  en,
  section: sectionForChapterNumber(Number(code))?.roman ?? null,
  reserved: code === '77',
}));

const CHAPTER_BY_CODE = new Map(CHAPTERS.map((c) => [c.code, c]));
const SECTION_BY_ROMAN = new Map(SECTIONS.map((s) => [s.roman, s]));

/** `3` and `03` name the same chapter. */
function chapterKey(chapter: string): string {
  const s = chapter.trim();
  return /^\d$/.test(s) ? `0${s}` : s;
}

export function chapterInfo(chapter: string): Chapter | undefined {
  return CHAPTER_BY_CODE.get(chapterKey(chapter));
}

/** Short chapter label; a neutral "Chapter NN" for a chapter the list does not hold. */
export function chapterName(chapter: string, lang: Lang): string {
  const key = chapterKey(chapter);
  const info = CHAPTER_BY_CODE.get(key);
  if (info) return info[lang];
  return lang === 'ru' ? `Группа ${key}` : `Chapter ${key}`;
}

export function sectionOfChapter(chapter: string): Section | null {
  const info = CHAPTER_BY_CODE.get(chapterKey(chapter));
  return info?.section ? SECTION_BY_ROMAN.get(info.section) ?? null : null;
}

export function sectionName(roman: string, lang: Lang): string {
  return SECTION_BY_ROMAN.get(roman)?.[lang] ?? roman;
}

export type CommodityLevel = 'total' | 'chapter' | 'heading' | 'subheading' | 'national';

/** Level of a canonical code (zero-padded, or `TOTAL`); null when it is not one. */
export function commodityLevel(code: string): CommodityLevel | null {
  if (code === TOTAL_COMMODITY) return 'total';
  if (!/^\d+$/.test(code) || code.startsWith('00')) return null;
  switch (code.length) {
    case 2:
      return 'chapter';
    case 4:
      return 'heading';
    case 6:
      return 'subheading';
    case 8:
    case 10:
      return 'national';
    default:
      return null;
  }
}

/** The two-digit chapter of a canonical code; null for `TOTAL` or a malformed code. */
export function commodityChapter(code: string): string | null {
  if (code === TOTAL_COMMODITY || !/^\d{2,}$/.test(code)) return null;
  return code.slice(0, 2);
}

/** True for the canonical forms only: 2, 4, 6, 8 or 10 digits (chapter 00 does not exist), or `TOTAL`. */
export function isValidCommodityCode(code: string): boolean {
  if (code === TOTAL_COMMODITY) return true;
  return /^(?:\d{2}){1,5}$/.test(code) && !code.startsWith('00');
}

const SPACED_DIGITS = /^\d+(?:[ \u00a0\u202f]+\d+)+$/; // "0303 89 000 9", as TN VED is often printed
const DOTTED_HS = /^\d{4}\.\d{2}(?:\.\d{2}(?:\d{2})?)?$/; // "8471.30", "8471.30.01"

/**
 * Canonical code from a file's spelling, or null. Restores the leading zero that Comtrade (`1`,
 * `101`, `10121`) and spreadsheets (a 9-digit TN VED code) drop. With hint `hs` (Comtrade)
 * codes longer than 6 digits are rejected: HS ends at the subheading.
 */
export function normaliseCommodityCode(raw: string, hint?: 'tnved' | 'hs'): string | null {
  const s = raw.trim();
  if (/^(?:total|all)$/i.test(s)) return TOTAL_COMMODITY;
  let digits: string;
  if (/^\d+$/.test(s)) digits = s;
  else if (SPACED_DIGITS.test(s)) digits = s.replace(/\D/g, '');
  else if (DOTTED_HS.test(s)) digits = s.replace(/\./g, '');
  else return null;
  if (digits.length > 10) return null;
  if (digits.length % 2 === 1) digits = `0${digits}`;
  if (hint === 'hs' && digits.length > 6) return null;
  return isValidCommodityCode(digits) ? digits : null;
}
