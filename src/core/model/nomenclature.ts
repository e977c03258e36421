// Official goods names (ТН ВЭД ЕАЭС in Russian, HS 2022 in English) at every level, read from
// the app's own compact files (data/nomenclature/, written by scripts/build-nomenclature.ts;
// provenance in data/README.md «nomenclature/»). Pure: the files are loaded elsewhere
// (src/lib/nomenclature-loader.ts) and passed in.
//
// A code the nomenclature lacks (an HS 2017 code, an 8-digit code, a 10-digit line of a heading
// the Russian source does not detail) is never dropped: it keeps its own code and takes the
// name of its nearest named ancestor (`namedCode`, `exact: false`).

export type NomenclatureLang = 'ru' | 'en';

/** data/nomenclature/index.json */
export interface NomenclatureIndex {
  sections: { roman: string; ru: string; en: string; chapters: string[] }[];
  chapters: Record<string, { ru: string; en: string; section: string }>;
}

/**
 * data/nomenclature/hs-XX.json: one chapter's headings, subheadings and 10-digit lines.
 *
 * `ru` holds each code's OWN text below its parent, so that a full name is rebuilt by walking
 * the ancestors:
 * - a heading (4 digits): its name;
 * - a subheading (6 digits): the segments below the heading (the uncoded levels between, then its
 *   own line) — one string, or an array of several; `[]` when it is the heading itself (`0205 00`);
 * - a 10-digit line: its text below the subheading; `[]` when it is the subheading's own line
 *   (`0303 67 000 0` = `0303 67`); an empty-string segment `''` stands for intermediate lines the
 *   source lacks (uncoded or 8-digit lines), written `…` in the full name.
 *
 * `en` holds HS 2022 descriptions of headings and subheadings as published (each is a whole name);
 * English does not go below 6 digits.
 */
export interface ChapterNames {
  chapter: string;
  ru: Record<string, string | string[]>;
  en: Record<string, string>;
}

export interface GoodsName {
  /** The code asked for: digits (spaces and dots removed), or a section's roman numeral. */
  code: string;
  /** As the nomenclature writes it: '03', '0303', '0303 67', '0303 67 00', '0303 67 000 0', 'XVI'. */
  display: string;
  /** The last part of the name, for axes and tiles. */
  short: string;
  /** The parent's short name; null for sections and chapters (and when nothing is named). */
  context: string | null;
  /** The whole official name from the heading (or chapter) down. */
  full: string;
  /** The code the name belongs to: the code itself, or its nearest named ancestor; '' when nothing is named. */
  namedCode: string;
  /** namedCode === code. */
  exact: boolean;
}

const ROMAN = /^[IVXLC]+$/;
const GAP = '…';

/** The display form: `0303 67 000 0`; a section's numeral or anything else as given (trimmed). */
export function formatGoodsCode(code: string): string {
  const trimmed = code.trim();
  const digits = trimmed.replace(/[\s.]/g, '');
  if (!/^\d+$/.test(digits)) return trimmed;
  const parts = [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 9), digits.slice(9)];
  return parts.filter((p) => p !== '').join(' ');
}

/** Prefixes at 2, 4, 6 and 8 digits shorter than the code: '0303670000' → ['03', '0303', '030367', '03036700']. */
export function goodsAncestors(code: string): string[] {
  const digits = code.replace(/[\s.]/g, '');
  if (!/^\d+$/.test(digits)) return [];
  const out: string[] = [];
  for (const n of [2, 4, 6, 8]) if (n < digits.length) out.push(digits.slice(0, n));
  return out;
}

/** Lower case, ё → е, dashes and non-breaking spaces as spaces, spaces collapsed, trimmed. */
export function normaliseSearchText(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u00a0\u2007\u202f\t\r\n]/g, ' ')
    .replace(/[-\u2010-\u2015\u2212]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const segmentsOf = (v: string | string[] | undefined): string[] | null => (v === undefined ? null : typeof v === 'string' ? [v] : v);

// Lines that say nothing alone («прочие», "other"): a short name keeps the level above them.
const GENERIC = new Set(['прочие', 'прочая', 'прочее', 'прочий', 'прочих', 'другие', 'other', 'others']);
const isGeneric = (s: string): boolean => GENERIC.has(normaliseSearchText(s).replace(/[:;.,]+$/, ''));

/**
 * The short name from the segments below the heading: the last one, and when it is a generic
 * «прочие» the levels above it back to the first that is not (`лошади: прочие`). Null when empty.
 */
export function shortFromSegments(segments: readonly string[]): string | null {
  if (segments.length === 0) return null;
  let from = segments.length - 1;
  while (from > 0 && isGeneric(segments[from]) && segments[from - 1] !== '') from -= 1;
  return segments.slice(from).join(': ');
}

const joinFull = (head: string, segments: readonly string[]): string =>
  segments.length === 0 ? head : `${head}: ${segments.map((s) => (s === '' ? GAP : s)).join(': ')}`;

/** Index of the first `, excluding` outside brackets, or -1. */
function excludingClause(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0 && /^,\s+excluding\b/i.test(text.slice(i, i + 16))) return i;
  }
  return -1;
}

/**
 * An HS English description without what it repeats from its parent and without a trailing
 * `, excluding …` clause: 'Fish; frozen, Alaska pollock (Theragra chalcogramma), excluding fillets, …'
 * under 'Fish; frozen, excluding …' → 'Alaska pollock (Theragra chalcogramma)'. The repeated part
 * is cut only at a `; ` or `, ` both texts share; the text is kept whole when a rule would empty it.
 */
export function englishShort(description: string, parent: string | null): string {
  let text = description.trim();
  // A subheading that is its heading (`0205 00`) repeats it whole: nothing to strip then.
  if (parent && parent.trim() !== text) {
    let common = 0;
    const max = Math.min(text.length, parent.length);
    while (common < max && text[common] === parent[common]) common++;
    let cut = -1;
    for (let i = 0; i + 1 < common; i++) if ((text[i] === ';' || text[i] === ',') && text[i + 1] === ' ' && i + 2 <= common) cut = i + 2;
    if (cut > 0 && cut < text.length && text.slice(cut).trim().length >= 3) text = text.slice(cut).trim();
  }
  const ex = excludingClause(text);
  if (ex >= 3) text = text.slice(0, ex).trim();
  return text;
}

interface OwnName {
  short: string;
  context: string | null;
  full: string;
}

function chapterName(code: string, lang: NomenclatureLang, index: NomenclatureIndex | null): string | null {
  return index?.chapters[code]?.[lang] ?? null;
}

/** Names of the code itself (not of an ancestor), or null when the nomenclature lacks it. */
function ownName(code: string, lang: NomenclatureLang, index: NomenclatureIndex | null, chapter: ChapterNames | null): OwnName | null {
  if (code.length === 2) {
    const name = chapterName(code, lang, index);
    return name === null ? null : { short: name, context: null, full: name };
  }
  if (!chapter || chapter.chapter !== code.slice(0, 2)) return null;
  const chapterText = chapterName(code.slice(0, 2), lang, index);
  const heading = code.slice(0, 4);
  if (lang === 'en') {
    const desc = chapter.en[code];
    if (desc === undefined || (code.length !== 4 && code.length !== 6)) return null;
    if (code.length === 4) return { short: englishShort(desc, chapterText), context: chapterText, full: desc };
    const headingDesc = chapter.en[heading] ?? null;
    return {
      short: englishShort(desc, headingDesc),
      context: headingDesc === null ? chapterText : englishShort(headingDesc, chapterText),
      full: desc,
    };
  }
  const headingName = chapter.ru[heading];
  if (typeof headingName !== 'string') return null;
  if (code.length === 4) return { short: headingName, context: chapterText, full: headingName };
  if (code.length === 8) {
    // An 8-digit line is named only when one 10-digit line, ending in 00, is all it holds: they are the same line.
    const lines = Object.keys(chapter.ru).filter((k) => k.length === 10 && k.startsWith(code));
    return lines.length === 1 && lines[0].endsWith('00') ? ownName(lines[0], lang, index, chapter) : null;
  }
  if (code.length !== 6 && code.length !== 10) return null;
  const six = segmentsOf(chapter.ru[code.slice(0, 6)]);
  if (six === null) return null;
  const below = code.length === 6 ? six : segmentsOf(chapter.ru[code]);
  if (below === null) return null;
  if (code.length === 6) {
    if (six.length === 0) return { short: headingName, context: chapterText, full: headingName };
    return { short: shortFromSegments(six) ?? headingName, context: headingName, full: joinFull(headingName, six) };
  }
  const parent = ownName(code.slice(0, 6), lang, index, chapter);
  if (parent === null) return null;
  if (below.length === 0) return parent;
  const all = [...six, ...below];
  return { short: shortFromSegments(all) ?? parent.short, context: parent.short, full: joinFull(parent.full, below) };
}

function unnamed(code: string, display: string): GoodsName {
  return { code, display, short: display, context: null, full: display, namedCode: '', exact: false };
}

/**
 * The name of a code in one language. Never throws: without names (not loaded yet, unknown) the
 * short and full names are the display code. A code the nomenclature lacks takes its nearest named
 * ancestor's names; English 10-digit lines (HS stops at 6 digits) take their subheading's.
 */
export function goodsName(code: string, lang: NomenclatureLang, index: NomenclatureIndex | null, chapter: ChapterNames | null): GoodsName {
  const trimmed = String(code ?? '').trim();
  const upper = trimmed.toUpperCase();
  if (ROMAN.test(upper)) {
    const section = index?.sections.find((s) => s.roman === upper);
    if (!section) return unnamed(upper, upper);
    const name = section[lang];
    return { code: upper, display: upper, short: name, context: null, full: name, namedCode: upper, exact: true };
  }
  const digits = trimmed.replace(/[\s.]/g, '');
  const display = formatGoodsCode(trimmed);
  if (!/^\d{2,}$/.test(digits)) return unnamed(digits || trimmed, display);
  for (const candidate of [digits, ...goodsAncestors(digits).reverse()]) {
    let own: OwnName | null = null;
    try {
      own = ownName(candidate, lang, index, chapter);
    } catch {
      // Malformed data: this level is unnamed, the code stays readable.
    }
    if (own) return { code: digits, display, ...own, namedCode: candidate, exact: candidate === digits };
  }
  return unnamed(digits, display);
}

export interface GoodsHit {
  code: string;
  name: GoodsName;
  /** The named ancestors, chapter first. */
  path: GoodsName[];
}

const levelRank = (code: string): number => (ROMAN.test(code) ? 0 : code.length);

/**
 * Searches the candidate codes: by code (with or without spaces; a prefix of the digits) or by
 * every word of the query occurring in the name (full and short, ё = е, any case). The first
 * hits are an exact code, then higher levels (shorter codes), then code order.
 */
export function searchGoods(query: string, codes: readonly string[], nameOf: (code: string) => GoodsName, limit = 50): GoodsHit[] {
  const q = query.trim();
  if (q === '' || limit <= 0) return [];
  const digitQuery = q.replace(/[\s.]/g, '');
  const byCode = /^\d+$/.test(digitQuery);
  const romanQuery = ROMAN.test(q.toUpperCase()) ? q.toUpperCase() : null;
  // A Russian word is searched without its ending vowel (or й, ь): «минтай» finds «минтая»,
  // «треска» finds «трески».
  const words = normaliseSearchText(q)
    .split(' ')
    .filter(Boolean)
    .map((w) => (w.length > 4 && /[аеиоуыэюяйь]$/.test(w) ? w.slice(0, -1) : w));
  const matched: { code: string; name: GoodsName; exactCode: boolean }[] = [];
  for (const code of new Set(codes)) {
    if (byCode) {
      if (code.startsWith(digitQuery)) matched.push({ code, name: nameOf(code), exactCode: code === digitQuery });
      continue;
    }
    if (romanQuery !== null && code === romanQuery) {
      matched.push({ code, name: nameOf(code), exactCode: true });
      continue;
    }
    const name = nameOf(code);
    const hay = normaliseSearchText(`${code} ${name.display} ${name.full} ${name.short}`);
    if (words.every((w) => hay.includes(w))) matched.push({ code, name, exactCode: false });
  }
  matched.sort((a, b) => Number(b.exactCode) - Number(a.exactCode) || levelRank(a.code) - levelRank(b.code) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return matched.slice(0, limit).map(({ code, name }) => ({
    code,
    name,
    path: goodsAncestors(code)
      .map((a) => nameOf(a))
      .filter((n) => n.exact),
  }));
}
