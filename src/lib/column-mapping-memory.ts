// A column mapping chosen once is reused for files with the same header.

import type { ColumnMapping } from '../core/formats/mapped-format';
import { normaliseHeaderName } from '../core/formats/format-reader';

const KEY = 'tradeshare:mappings:v1';

export function headerSignature(header: string[]): string {
  return header.map(normaliseHeaderName).join('\u241f');
}

function readAll(): Record<string, ColumnMapping> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, ColumnMapping>) : {};
  } catch {
    return {};
  }
}

export function rememberedMapping(header: string[]): ColumnMapping | undefined {
  return readAll()[headerSignature(header)];
}

export function rememberMapping(header: string[], mapping: ColumnMapping): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...readAll(), [headerSignature(header)]: mapping }));
  } catch {
    // Storage refused (private window): the mapping is simply not remembered.
  }
}

const GUESSES: [keyof ColumnMapping, RegExp][] = [
  ['period', /period|период|месяц|month|дата|date|year|год/i],
  ['partner', /partner|country|стран|партн|nastranapr|strana/i],
  ['flow', /flow|направл|поток|napr|экспорт.?\/.?импорт/i],
  ['commodity', /commodity|tnved|тн ?вэд|hs|код|code|товар/i],
  ['value', /value|стоим|сумм|usd|долл|stoim|\$/i],
  ['weight', /weight|вес|нетто|netto|kg|кг/i],
  ['unit', /^(unit|ед\.? ?изм|единиц|edizm|qty ?unit)/i],
  ['quantity', /quantity|количеств|^kol$|^qty$|^кол/i],
  ['reporter', /reporter|регион|region|субъект|отчит/i],
];

/** Best guesses from the header names: each column used at most once. */
export function guessMapping(header: string[]): Partial<ColumnMapping> {
  const used = new Set<number>();
  const mapping: Partial<ColumnMapping> = {};
  for (const [field, pattern] of GUESSES) {
    const i = header.findIndex((h, j) => !used.has(j) && pattern.test(h));
    if (i !== -1) {
      used.add(i);
      mapping[field] = header[i];
    }
  }
  return mapping;
}
