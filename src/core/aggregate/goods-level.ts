// The goods drill-down (docs/product.md, «Goods in depth»): the goods chart shows the level
// below the goods chosen — all goods → chapters (or sections); `03` → its headings (4 digits);
// `0303` → its subheadings (6); `030367` or an 8-digit prefix → its 10-digit lines. A 10-digit
// line is the bottom: chosen, it is shown itself.

import { SECTIONS, type Section } from '../model/commodities';

export type GoodsLevel = 'section' | 'hs2' | 'hs4' | 'hs6' | 'hs10';
export type GoodsTop = 'chapter' | 'section';

/** Digits of the level below a prefix of `digits` digits. */
export function childDigits(digits: number): number {
  if (digits < 4) return 4;
  if (digits < 6) return 6;
  return 10;
}

/** The chapters of a section, two digits each (a section's drill-down chooses them all). */
export function sectionChapters(section: Section): string[] {
  const codes: string[] = [];
  for (let c = Number(section.firstChapter); c <= Number(section.lastChapter); c++) if (c !== 77) codes.push(String(c).padStart(2, '0'));
  return codes;
}

/** The section whose chapters are exactly the goods chosen (a click on a section), or null. */
export function sectionChosen(goods: readonly string[]): Section | null {
  if (goods.length < 2 || goods.some((g) => g.length !== 2)) return null;
  return SECTIONS.find((s) => sectionChapters(s).join(',') === [...goods].sort().join(',')) ?? null;
}

/**
 * The level the goods chart shows for the goods chosen: the finest level below any of them;
 * the chapters of a section chosen together (a click on the section) show as chapters.
 */
export function goodsLevelOf(goods: readonly string[], top: GoodsTop = 'chapter'): GoodsLevel {
  if (goods.length === 0) return top === 'section' ? 'section' : 'hs2';
  if (sectionChosen(goods)) return 'hs2';
  const digits = Math.max(...goods.map((g) => childDigits(g.length)));
  return digits === 4 ? 'hs4' : digits === 6 ? 'hs6' : 'hs10';
}

/**
 * The key a code is shown under: the code at the level below the longest chosen prefix it
 * lies under (a code shorter than that level keeps itself — a 4-digit row of a file is never
 * guessed into a subheading). A code under no prefix keeps itself.
 */
export function goodsKeyUnder(code: string, goods: readonly string[]): string {
  if (sectionChosen(goods)) return code.slice(0, 2);
  let longest = '';
  for (const g of goods) if (code.startsWith(g) && g.length > longest.length) longest = g;
  if (longest === '') return code;
  const digits = childDigits(longest.length);
  return code.length > digits ? code.slice(0, digits) : code;
}

/** A valid goods prefix of the URL: 2, 4, 6, 8 or 10 digits, not chapter `00`. */
export function isGoodsPrefix(code: string): boolean {
  return /^(\d\d){1,5}$/.test(code) && !code.startsWith('00');
}

/** The chosen goods one level up (the breadcrumb's step back): `030367` → `0303`, `03` → none. */
export function parentPrefix(code: string): string | null {
  if (code.length <= 2) return null;
  if (code.length <= 4) return code.slice(0, 2);
  if (code.length <= 6) return code.slice(0, 4);
  return code.slice(0, 6);
}
