// Every way exports name a flow, to one code. Re-exports and re-imports stay
// distinct: they are not silently merged into exports and imports.

import { FLOW_CODE } from './trade-record';

const WORDS: Record<string, number> = {};
const add = (code: number, ...words: string[]) => words.forEach((w) => (WORDS[w] = code));
add(FLOW_CODE.export, 'эк', 'экспорт', 'exp', 'export', 'exports', 'x', '2', 'вывоз');
add(FLOW_CODE.import, 'им', 'импорт', 'imp', 'import', 'imports', 'm', '1', 'ввоз');
add(FLOW_CODE['re-export'], 're-export', 're-exports', 'reexport', 'reexports', 'rx', '3', 'реэкспорт');
add(FLOW_CODE['re-import'], 're-import', 're-imports', 'reimport', 'reimports', 'rm', '4', 'реимпорт');

/** The flow code for a cell, or undefined when it names no flow we know. */
export function parseFlow(text: string): number | undefined {
  return WORDS[text.trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/ё/g, 'е')];
}
