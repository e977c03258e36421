// Builds the app's nomenclature files (data/nomenclature/) from the four source files listed in
// data/README.md «nomenclature/»: the HS 2022 English names (chapters, headings, subheadings),
// the HS section names, the ТН ВЭД ЕАЭС 6-digit Russian names (each a path of levels joined by
// ':') and the ТН ВЭД ЕАЭС 2022 tree with 10-digit lines (dash-indented fragments).
//
// Pure: texts in, file texts out (the CLI reads and writes). Every run gives the same bytes:
// keys are written in code order, one entry a line.
//
// The sources' defects and what is done about them (data/README.md repeats this):
// - the JSON's top level is sections (not chapters) and has a bogus 22nd entry with no groups:
//   entries without groups are skipped; a chapter name «ГРУППА 54 ХИМИЧЕСКИЕ НИТИ…» loses «ГРУППА 54»;
// - section and chapter names are in capitals: written in sentence case;
// - the 6-digit CSV spells some headings in two ways (typos, Latin letters inside Cyrillic words,
//   an old edition's wording, a row without its heading, `Err:509`): the heading's name is the
//   variant that matches the JSON's (in capitals) when there is one, else the most frequent;
//   words mixing Latin and Cyrillic letters are written in the script most of their letters use;
// - the JSON lacks 271 headings: their 10-digit lines are simply absent (the app names such a code
//   by its subheading); where the JSON's 10-digit line is the subheading's own line, its wording
//   repairs a truncated CSV segment («грибы рода Agaricu» → «…Agaricus»; the longer text wins,
//   as the JSON truncates others);
// - a subheading the CSV lacks or garbles (`0709 54`, `8420 91`) takes its text from its single
//   10-digit line `XXXXXX0000` when the JSON has one;
// - 10-digit fragments sit below lines the JSON does not carry (uncoded group lines): a line
//   deeper than its subheading's next level gets a gap segment ('' , written «…»).

import Papa from 'papaparse';
import type { ChapterNames, NomenclatureIndex } from '../../src/core/model/nomenclature.ts';

export interface NomenclatureSources {
  /** hs2022_en.csv */
  hsEnglish: string;
  /** hs_sections_en.csv */
  hsSections: string;
  /** tnved_6digit_ru.csv */
  tnved6: string;
  /** tnved_2022_10digit_ru.json */
  tnved10: string;
}

export interface NomenclatureBuild {
  /** File name (index.json, hs-03.json …) → its text, in file-name order. */
  files: Map<string, string>;
  /** What the build repaired or could not use, one line each. */
  notes: string[];
}

const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI'];

// Latin ↔ Cyrillic letters that look alike (lower and upper case).
const LAT = 'aceopxyABCEHKMOPTX';
const CYR = 'асеорхуАВСЕНКМОРТХ';
const toCyr = new Map([...LAT].map((c, i) => [c, CYR[i]]));
const toLat = new Map([...CYR].map((c, i) => [c, LAT[i]]));

/** A word of both Latin and Cyrillic letters is written in the script most of its letters use. */
function fixMixedScript(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const cyr = (word.match(/\p{Script=Cyrillic}/gu) ?? []).length;
    const lat = (word.match(/\p{Script=Latin}/gu) ?? []).length;
    if (cyr === 0 || lat === 0) return word;
    const map = cyr >= lat ? toCyr : toLat;
    const fixed = [...word].map((c) => map.get(c) ?? c).join('');
    const stillMixed = /\p{Script=Cyrillic}/u.test(fixed) && /\p{Script=Latin}/u.test(fixed);
    return stillMixed ? word : fixed;
  });
}

/** Spaces (non-breaking included) single, ends trimmed, mixed-script words fixed. Wording kept. */
export function cleanText(text: string): string {
  return fixMixedScript(text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim());
}

/** «ЖИВЫЕ ЖИВОТНЫЕ» → «Живые животные»; an English name's first letter made a capital. */
export function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('ru');
  return lower.charAt(0).toLocaleUpperCase('ru') + lower.slice(1);
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A dash-indented fragment: its depth and text. `- - минтай` → [2, 'минтай']. */
export function splitFragment(naim: string): [number, string] {
  const m = /^((?:[-\u2010-\u2015]\s*)*)/.exec(naim.replace(/\u00a0/g, ' '));
  const prefix = m ? m[1] : '';
  const depth = (prefix.match(/[-\u2010-\u2015]/g) ?? []).length;
  return [depth, cleanText(naim.replace(/\u00a0/g, ' ').slice(prefix.length))];
}

const comparable = (text: string): string => cleanText(text).toLocaleUpperCase('ru').replace(/\s+/g, ' ').replace(/Ё/g, 'Е');

interface JsonLine {
  code: string;
  naim: string;
}
interface JsonHeading {
  code: string;
  naim: string;
  subs: JsonLine[] | null;
}
interface JsonGroup {
  code: string;
  naim: string;
  goods: JsonHeading[] | null;
}
interface JsonSection {
  chapter: string;
  naim: string;
  groups: JsonGroup[] | null;
}

function parseCsv(text: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return result.data;
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** An object written with its keys in code order, one entry a line. */
function writeRecord(record: Record<string, unknown>): string {
  const keys = Object.keys(record).sort(byCode);
  if (keys.length === 0) return '{}';
  return `{\n${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(record[k])}`).join(',\n')}\n}`;
}

export function buildNomenclature(src: NomenclatureSources): NomenclatureBuild {
  const notes: string[] = [];
  const tree = (JSON.parse(src.tnved10) as JsonSection[]).filter((s) => Array.isArray(s.groups) && s.groups.length > 0);
  for (const s of JSON.parse(src.tnved10) as JsonSection[]) if (!Array.isArray(s.groups)) notes.push(`skipped top-level entry «${s.naim}» (no groups)`);

  // English: sections, chapters, headings, subheadings.
  const sectionsEn = new Map(parseCsv(src.hsSections).map((r) => [r.section.trim(), capitalise(cleanText(r.name))]));
  const en = new Map<string, string>();
  for (const r of parseCsv(src.hsEnglish)) en.set(r.hscode.trim(), cleanText(r.description));

  // Russian 6-digit rows: code → levels; heading name candidates.
  const jsonHeadings = new Map<string, JsonHeading>();
  for (const s of tree) for (const g of s.groups ?? []) for (const h of g.goods ?? []) jsonHeadings.set(h.code, h);
  const rows = parseCsv(src.tnved6).map((r) => ({ code: r.code.replace(/\s/g, ''), parts: r.description.split(':').map(cleanText).filter((p) => p !== '') }));
  const candidates = new Map<string, Map<string, number>>();
  for (const { code, parts } of rows) {
    if (parts.length < 2 || /^Err\b/.test(parts[0])) continue;
    const counts = candidates.get(code.slice(0, 4)) ?? new Map<string, number>();
    counts.set(parts[0], (counts.get(parts[0]) ?? 0) + 1);
    candidates.set(code.slice(0, 4), counts);
  }
  for (const { code, parts } of rows) {
    // A heading with only single-level rows (`0205 00`): its name is that row's text.
    if (parts.length === 1 && !/^Err\b/.test(parts[0]) && !candidates.has(code.slice(0, 4))) candidates.set(code.slice(0, 4), new Map([[parts[0], 1]]));
  }
  const headingRu = new Map<string, string>();
  for (const [heading, counts] of candidates) {
    const variants = [...counts.entries()];
    const official = jsonHeadings.get(heading);
    const matching = official ? variants.find(([v]) => comparable(v) === comparable(official.naim)) : undefined;
    const best = matching ?? variants.reduce((a, b) => (b[1] > a[1] ? b : a));
    if (variants.length > 1) notes.push(`${heading}: heading spelt ${variants.length} ways in the 6-digit CSV; kept «${best[0].slice(0, 60)}…» (${matching ? 'as the JSON writes it' : 'the most frequent'})`);
    headingRu.set(heading, best[0]);
  }

  const sixRu = new Map<string, string[]>();
  for (const { code, parts } of rows) {
    const heading = headingRu.get(code.slice(0, 4));
    if (parts.length === 0 || /^Err\b/.test(parts[0]) || heading === undefined) {
      notes.push(`${code}: 6-digit CSV text unusable («${parts.join(':')}»)`);
      continue;
    }
    if (parts.length === 1) sixRu.set(code, parts[0] === heading ? [] : [parts[0]]);
    else sixRu.set(code, parts.slice(1));
  }

  // Chapters and sections from the JSON.
  const index: NomenclatureIndex = { sections: [], chapters: {} };
  tree.forEach((s, i) => {
    const roman = ROMANS[i];
    const chapters = (s.groups ?? []).map((g) => g.code).sort(byCode);
    index.sections.push({ roman, ru: sentenceCase(cleanText(s.naim)), en: sectionsEn.get(roman) ?? '', chapters });
    for (const g of s.groups ?? []) {
      const name = cleanText(g.naim).replace(/^ГРУППА\s+\d+\s+/i, '');
      index.chapters[g.code] = { ru: sentenceCase(name), en: en.get(g.code) ?? '', section: roman };
      if (!en.has(g.code)) notes.push(`${g.code}: no English chapter name`);
    }
  });

  // Per chapter.
  const chapterFiles = new Map<string, ChapterNames>();
  const chapterOf = (code: string): ChapterNames | null => {
    const ch = code.slice(0, 2);
    if (!index.chapters[ch]) return null;
    let names = chapterFiles.get(ch);
    if (!names) {
      names = { chapter: ch, ru: {}, en: {} };
      chapterFiles.set(ch, names);
    }
    return names;
  };
  for (const [code, name] of headingRu) {
    const c = chapterOf(code);
    if (c) c.ru[code] = name;
  }
  for (const [code, name] of en) {
    if (code.length !== 4 && code.length !== 6) continue;
    const c = chapterOf(code);
    if (c) c.en[code] = name;
    else notes.push(`${code}: English name outside the nomenclature's chapters, not kept`);
  }

  // 10-digit lines, by subheading.
  const linesBySix = new Map<string, { code: string; depth: number; text: string }[]>();
  for (const h of jsonHeadings.values()) {
    for (const line of h.subs ?? []) {
      const [depth, text] = splitFragment(line.naim);
      const list = linesBySix.get(line.code.slice(0, 6)) ?? [];
      list.push({ code: line.code, depth, text });
      linesBySix.set(line.code.slice(0, 6), list);
    }
  }
  let repaired = 0;
  let odd = 0;
  for (const [six, lines] of [...linesBySix.entries()].sort((a, b) => byCode(a[0], b[0]))) {
    const c = chapterOf(six);
    if (!c) continue;
    let segments = sixRu.get(six);
    if (segments === undefined) {
      if (lines.length === 1 && lines[0].code.endsWith('0000') && headingRu.has(six.slice(0, 4))) {
        segments = [lines[0].text];
        sixRu.set(six, segments);
        notes.push(`${six}: 6-digit name taken from its only 10-digit line «${lines[0].text}»`);
      } else {
        notes.push(`${six}: no 6-digit name; its ${lines.length} 10-digit lines are not kept`);
        continue;
      }
    }
    const ds = segments.length;
    const atOwnDepth = lines.filter((l) => l.depth === ds);
    for (const line of lines) {
      let own: string[];
      if (line.depth === ds && atOwnDepth.length === 1 && ds > 0) {
        const last = segments[ds - 1];
        const a = comparable(last);
        const b = comparable(line.text);
        if (a === b || b.startsWith(a) || a.startsWith(b)) {
          own = [];
          // The longer of the two wins: the CSV truncates some («Agaricu»), the JSON others («… hoeveni,»).
          if (b.length > a.length) {
            segments = [...segments.slice(0, -1), line.text];
            sixRu.set(six, segments);
            repaired++;
          }
        } else {
          own = [line.text];
          odd++;
        }
      } else if (line.depth === ds + 1) own = [line.text];
      else if (line.depth > ds + 1) own = ['', line.text];
      else {
        own = [line.text];
        odd++;
      }
      c.ru[line.code] = own.length === 1 ? own[0] : own;
    }
  }
  notes.push(`${repaired} subheading texts repaired from their own 10-digit line; ${odd} 10-digit lines at a depth that does not fit their subheading (kept as its children)`);
  for (const [six, segments] of sixRu) {
    const c = chapterOf(six);
    if (c) c.ru[six] = segments.length === 1 ? segments[0] : segments;
  }

  const files = new Map<string, string>();
  const sections = index.sections.map((s) => `${JSON.stringify(s)}`).join(',\n');
  files.set('index.json', `{"sections":[\n${sections}\n],\n"chapters":${writeRecord(index.chapters)}}\n`);
  for (const ch of [...chapterFiles.keys()].sort(byCode)) {
    const c = chapterFiles.get(ch)!;
    files.set(`hs-${ch}.json`, `{"chapter":${JSON.stringify(ch)},\n"ru":${writeRecord(c.ru)},\n"en":${writeRecord(c.en)}}\n`);
  }
  return { files, notes };
}
