// Official goods names, loaded lazily: data/nomenclature/index.json (sections and chapters) and
// one hs-XX.json per chapter, each its own chunk fetched on first use (nothing of it in the
// first-load bundle). Written by scripts/build-nomenclature.ts; looked up by
// core/model/nomenclature.ts. Cache keys: ['nomenclature', 'index'], ['nomenclature', 'chapter', XX].

import { useCallback, useMemo } from 'react';
import { queryOptions, useQueries, type UseQueryResult } from '@tanstack/react-query';
import { goodsName, type ChapterNames, type GoodsName, type NomenclatureIndex, type NomenclatureLang } from '../core/model/nomenclature';

const CHAPTER_FILES = import.meta.glob<ChapterNames>('/data/nomenclature/hs-*.json', { import: 'default' });
const INDEX_FILE = import.meta.glob<NomenclatureIndex>('/data/nomenclature/index.json', { import: 'default' });

export const nomenclatureKeys = {
  all: ['nomenclature'] as const,
  index: ['nomenclature', 'index'] as const,
  chapter: (chapter: string) => ['nomenclature', 'chapter', chapter] as const,
};

export async function loadNomenclatureIndex(): Promise<NomenclatureIndex> {
  const load = INDEX_FILE['/data/nomenclature/index.json'];
  if (!load) throw new Error('data/nomenclature/index.json is missing from the build');
  return load();
}

/** A chapter's names; null for a chapter with no file (77, 99, anything else). */
export async function loadChapterNames(chapter: string): Promise<ChapterNames | null> {
  if (!/^\d\d$/.test(chapter)) return null;
  const load = CHAPTER_FILES[`/data/nomenclature/hs-${chapter}.json`];
  return load ? load() : null;
}

export function nomenclatureIndexQueryOptions() {
  return queryOptions({ queryKey: nomenclatureKeys.index, queryFn: loadNomenclatureIndex, staleTime: Infinity, gcTime: Infinity });
}

export function chapterNamesQueryOptions(chapter: string) {
  return queryOptions({ queryKey: nomenclatureKeys.chapter(chapter), queryFn: () => loadChapterNames(chapter), staleTime: Infinity, gcTime: Infinity });
}

/**
 * The chapter files (two digits) the codes need, sorted, once each: codes of 4 digits or more.
 * Chapters and section numerals are named by the index alone, so the goods chart's first level
 * loads no chapter file.
 */
export function chaptersOfCodes(codes: readonly string[]): string[] {
  const chapters = new Set<string>();
  for (const code of codes) {
    const digits = code.replace(/[\s.]/g, '');
    if (/^\d{4,}$/.test(digits)) chapters.add(digits.slice(0, 2));
  }
  return [...chapters].sort();
}

interface LoadedNames {
  index: NomenclatureIndex | null;
  chapters: Map<string, ChapterNames>;
  loading: boolean;
}

// Module level, so useQueries keeps the combined result while nothing changed.
function combine(results: UseQueryResult<NomenclatureIndex | ChapterNames | null>[]): LoadedNames {
  const chapters = new Map<string, ChapterNames>();
  for (const r of results.slice(1)) {
    const data = r.data as ChapterNames | null | undefined;
    if (data) chapters.set(data.chapter, data);
  }
  return { index: (results[0]?.data as NomenclatureIndex | undefined) ?? null, chapters, loading: results.some((r) => r.isPending) };
}

/**
 * Names for the given codes (digits or section numerals): loads the index and the codes'
 * chapters, and returns a lookup that gives the code itself while they load (or fail).
 */
export function useGoodsNames(codes: readonly string[]): { nameOf: (code: string, lang: NomenclatureLang) => GoodsName; loading: boolean } {
  const chapterKey = chaptersOfCodes(codes).join(',');
  const chapters = useMemo(() => (chapterKey === '' ? [] : chapterKey.split(',')), [chapterKey]);
  const loaded = useQueries({
    queries: [nomenclatureIndexQueryOptions(), ...chapters.map((ch) => chapterNamesQueryOptions(ch))],
    combine,
  });
  const { index, chapters: byChapter, loading } = loaded;
  const nameOf = useCallback(
    (code: string, lang: NomenclatureLang): GoodsName => goodsName(code, lang, index, byChapter.get(code.trim().slice(0, 2)) ?? null),
    [index, byChapter],
  );
  return { nameOf, loading };
}
