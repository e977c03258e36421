// The filter toggle the charts (cross-filtering) and the filter bar share. Names in the user's
// language are i18n/format.ts (partnerLabel, chapterLabel); each chart's own mapping from the
// series (its selector) is in its panel file. Here, under panels/, so the panels never import
// the folder that lays them out.

/** A sorted code list with `code` added, or removed when it is there. */
export function toggleCode(list: string[], code: string): string[] {
  return list.includes(code) ? list.filter((c) => c !== code) : [...list, code].sort();
}
