import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CHAPTERS,
  chapterInfo,
  chapterName,
  commodityChapter,
  commodityLevel,
  isValidCommodityCode,
  normaliseCommodityCode,
  SECTIONS,
  sectionName,
  sectionOfChapter,
} from './commodities';

// The shared reference fixtures sit next to the repository: /work/main -> /work/shared.
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures');
const CHAPTERS_CSV = path.join(FIXTURES, 'hs_chapters_ru_en.csv');

describe('chapter and section lists', () => {
  it('hold the 21 sections and chapters 01–97 (77 reserved) plus Comtrade 99', () => {
    expect(SECTIONS.map((s) => s.roman)).toEqual([
      'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI',
      'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI',
    ]);
    const codes = CHAPTERS.map((c) => c.code);
    const expected = Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0'));
    expect(codes).toEqual([...expected, '99']);
    expect(chapterInfo('77')?.reserved).toBe(true);
    expect(CHAPTERS.filter((c) => c.reserved).map((c) => c.code)).toEqual(['77']);
  });

  it('section ranges tile chapters 01–97 without gaps or overlaps', () => {
    let next = 1;
    for (const s of SECTIONS) {
      expect(Number(s.firstChapter), s.roman).toBe(next);
      next = Number(s.lastChapter) + 1;
    }
    expect(next).toBe(98);
  });

  it('every chapter and section has short ru and en labels', () => {
    for (const c of CHAPTERS) {
      expect(c.ru.length, c.code).toBeGreaterThan(2);
      expect(c.en.length, c.code).toBeGreaterThan(2);
      expect(c.en.length, c.code).toBeLessThanOrEqual(60);
      expect(c.ru.length, c.code).toBeLessThanOrEqual(60);
    }
    for (const s of SECTIONS) {
      expect(s.ru).not.toBe('');
      expect(s.en).not.toBe('');
    }
  });

  it('names chapters and sections', () => {
    expect(chapterName('03', 'ru')).toBe('Рыба и морепродукты');
    expect(chapterName('3', 'en')).toBe('Fish and seafood');
    expect(chapterName('84', 'ru')).toBe('Машины и оборудование');
    expect(chapterName('84', 'en')).toBe('Machinery and mechanical appliances');
    expect(chapterName('98', 'ru')).toBe('Группа 98');
    expect(chapterName('98', 'en')).toBe('Chapter 98');
    expect(sectionOfChapter('03')?.roman).toBe('I');
    expect(sectionOfChapter('77')?.roman).toBe('XV');
    expect(sectionOfChapter('84')).toMatchObject({ roman: 'XVI', number: 16, firstChapter: '84', lastChapter: '85' });
    expect(sectionOfChapter('97')?.roman).toBe('XXI');
    expect(sectionOfChapter('99')).toBeNull();
    expect(sectionOfChapter('xx')).toBeNull();
    expect(sectionName('XVI', 'en')).toBe('Machinery and electrical equipment');
  });
});

// describe.skipIf still runs the describe body, so the file is read only when it exists.
const CHAPTERS_SKIP = existsSync(CHAPTERS_CSV) ? false : `skipped: ${CHAPTERS_CSV} is absent (../shared/fixtures is not beside the repository)`;
describe.skipIf(CHAPTERS_SKIP !== false)(`coverage against the reference chapter list (fixtures/hs_chapters_ru_en.csv)${CHAPTERS_SKIP || ''}`, () => {
  const rows = CHAPTERS_SKIP
    ? []
    : Papa.parse<Record<string, string>>(readFileSync(CHAPTERS_CSV, 'utf8').replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: true,
      }).data;
  // Compare as a reader would: case, ё and spacing do not make a name our own.
  const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

  it('reads the fixture', () => {
    expect(rows.length).toBeGreaterThanOrEqual(97);
  });

  it('every fixture chapter exists with ru and en names, in the same section', () => {
    const problems: string[] = [];
    for (const row of rows) {
      const info = chapterInfo(row.chapter);
      if (!info) {
        problems.push(`${row.chapter}: missing`);
        continue;
      }
      if (!info.ru.trim() || !info.en.trim()) problems.push(`${row.chapter}: empty name`);
      // the fixture marks 99 with "TOTAL" instead of a section: it belongs to none
      const expected = /^[IVX]+$/.test(row.section_roman) ? row.section_roman : null;
      if ((sectionOfChapter(row.chapter)?.roman ?? null) !== expected) {
        problems.push(`${row.chapter}: section ${sectionOfChapter(row.chapter)?.roman} vs ${row.section_roman}`);
      }
      if (row.tnved_razdel && expected && Number(row.tnved_razdel) !== sectionOfChapter(row.chapter)?.number) {
        problems.push(`${row.chapter}: TN VED section ${row.tnved_razdel}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('our names are our own words, not the official names', () => {
    const copies: string[] = [];
    for (const row of rows) {
      const info = chapterInfo(row.chapter);
      if (!info) continue;
      if (row.name_ru && fold(info.ru) === fold(row.name_ru)) copies.push(`${row.chapter} ru`);
      if (row.name_en && fold(info.en) === fold(row.name_en)) copies.push(`${row.chapter} en`);
    }
    expect(copies).toEqual([]);
  });
});

describe('normaliseCommodityCode', () => {
  it.each([
    ['0303890009', '0303890009'],
    [' 0303890009 ', '0303890009'],
    ['303890009', '0303890009'], // 9-digit TN VED: the spreadsheet dropped a zero
    ['1', '01'],
    ['3', '03'],
    ['10', '10'],
    ['101', '0101'],
    ['10121', '010121'],
    ['7102', '7102'],
    ['710210', '710210'],
    ['3038900', '03038900'],
    ['03038900', '03038900'],
    ['TOTAL', 'TOTAL'],
    ['Total', 'TOTAL'],
    ['total', 'TOTAL'],
    ['ALL', 'TOTAL'],
    ['0303 89 000 9', '0303890009'],
    ['8471.30', '847130'],
    ['8471.30.01', '84713001'],
  ])('%j -> %s', (raw, expected) => {
    expect(normaliseCommodityCode(raw)).toBe(expected);
  });

  it.each(['', '   ', 'abc', '03a', '12345678901', '0', '00', '0000', '-3', '3.5', '3.0389E+09', '8471,30', 'TOTALS'])(
    'rejects %j',
    (raw) => {
      expect(normaliseCommodityCode(raw)).toBeNull();
    },
  );

  it('with the tnved hint keeps national codes; with the hs hint stops at 6 digits', () => {
    expect(normaliseCommodityCode('303890009', 'tnved')).toBe('0303890009');
    expect(normaliseCommodityCode('10121', 'hs')).toBe('010121');
    expect(normaliseCommodityCode('1', 'hs')).toBe('01');
    expect(normaliseCommodityCode('03038900', 'hs')).toBeNull();
    expect(normaliseCommodityCode('TOTAL', 'hs')).toBe('TOTAL');
  });

  it('always returns a valid canonical code or null', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{1,12}$/)), (raw) => {
        const code = normaliseCommodityCode(raw);
        if (code !== null) {
          expect(isValidCommodityCode(code)).toBe(true);
          expect(normaliseCommodityCode(code)).toBe(code);
        }
      }),
    );
  });
});

describe('commodityLevel, commodityChapter, isValidCommodityCode', () => {
  it.each([
    ['TOTAL', 'total'],
    ['03', 'chapter'],
    ['0303', 'heading'],
    ['030389', 'subheading'],
    ['03038900', 'national'],
    ['0303890009', 'national'],
  ] as const)('%s is a %s code', (code, level) => {
    expect(commodityLevel(code)).toBe(level);
    expect(isValidCommodityCode(code)).toBe(true);
  });

  it.each(['3', '303', '030389000', '03038900091', 'abc', '', '00', 'total'])('%j has no level', (code) => {
    expect(commodityLevel(code)).toBeNull();
    expect(isValidCommodityCode(code)).toBe(false);
  });

  it('takes the chapter from the first two digits', () => {
    expect(commodityChapter('0303890009')).toBe('03');
    expect(commodityChapter('84')).toBe('84');
    expect(commodityChapter('TOTAL')).toBeNull();
    expect(commodityChapter('x')).toBeNull();
  });
});
