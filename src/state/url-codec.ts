// View state <-> URL query. Each parameter parses to valid / invalid / missing;
// invalid ones are reported and ignored, never thrown. Only values that differ
// from the defaults are written, so short links stay short. `v` versions the
// format: parseViewUrl migrates older links before reading them.

import { isGoodsPrefix } from '../core/aggregate/goods-level';
import { CHART_IDS, CONTRIBUTION_STEPS, DEFAULT_VIEW, GOODS_CHARTS, GOODS_TOPS, LANGUAGES, MEASURES, METRICS, PAGES, SHARE_MODES, TIME_STEPS, type ViewState } from './view-state';

export const URL_VERSION = 1;

/** The query parameter each piece of state owns. */
export const PARAMS = {
  lang: 'lang',
  dataset: 'ds',
  from: 'from',
  to: 'to',
  measure: 'flow',
  metric: 'metric',
  goodsChart: 'goods',
  goodsTop: 'level',
  partners: 'partners',
  goods: 'hs',
  step: 'step',
  vs: 'vs',
  steps: 'by',
  profile: 'profile',
  compare: 'compare',
  shareMode: 'shares',
  page: 'page',
  embed: 'embed',
  reporter: 'reporter',
  files: 'file',
} as const satisfies Record<keyof ViewState, string>;

export interface InvalidParam {
  param: string;
  value: string;
}

export interface ParsedView {
  state: ViewState;
  invalid: InvalidParam[];
}

type Field<K extends keyof ViewState> = (raw: string) => ViewState[K] | undefined;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): T | undefined =>
    (values as readonly string[]).includes(raw) ? (raw as T) : undefined;

const month = (raw: string): string | undefined => {
  const m = /^(\d{4})-(\d{2})$/.exec(raw);
  return m && +m[2] >= 1 && +m[2] <= 12 && +m[1] >= 1900 && +m[1] <= 2100 ? raw : undefined;
};

const FIELDS: { [K in keyof ViewState]: Field<K> } = {
  lang: oneOf(LANGUAGES),
  dataset: (raw) => (/^[\w.-]{1,80}$/.test(raw) ? raw : undefined),
  from: month,
  to: month,
  measure: oneOf(MEASURES),
  partners: (raw) => {
    const codes = raw.split(',').map((c) => c.trim().toUpperCase());
    if (codes.some((c) => !/^[A-Z0-9]{2,3}$/.test(c))) return undefined;
    return [...new Set(codes)].sort();
  },
  metric: oneOf(METRICS),
  goodsChart: oneOf(GOODS_CHARTS),
  goodsTop: oneOf(GOODS_TOPS),
  // HS / ТН ВЭД prefixes of 2, 4, 6, 8 or 10 digits (spaces as the nomenclature writes them
  // allowed: `0303 67`); old links' 2-digit chapters read the same.
  goods: (raw) => {
    const codes = raw.split(',').map((c) => c.replace(/\s+/g, ''));
    if (codes.length > 100 || codes.some((c) => !isGoodsPrefix(c))) return undefined;
    return [...new Set(codes)].sort();
  },
  step: oneOf(TIME_STEPS),
  steps: oneOf(CONTRIBUTION_STEPS),
  profile: (raw) => (/^[A-Z0-9]{2,3}$/.test(raw.trim().toUpperCase()) ? raw.trim().toUpperCase() : undefined),
  compare: (raw) => (raw === 'reporter' ? 'reporter' : undefined),
  // Two month keys, the first not after the second: `2021-01..2021-12`.
  vs: (raw) => {
    const [from, to, ...rest] = raw.split('..');
    if (rest.length > 0 || !from || !to || !month(from) || !month(to) || from > to) return undefined;
    return { from, to };
  },
  shareMode: oneOf(SHARE_MODES),
  page: oneOf(PAGES),
  embed: oneOf(CHART_IDS),
  // `all`, or reporter codes (`RU-PRI`, `CN`; a reporter kept as its file wrote it: any text but
  // commas and control characters), sorted, each once.
  reporter: (raw) => {
    if (raw === 'all') return 'all';
    const codes = raw.split(',').map((c) => c.trim());
    if (raw.length > 400 || codes.some((c) => c.length === 0 || c.length > 80 || c === 'all' || hasControlCharacters(c))) return undefined;
    return [...new Set(codes)].sort();
  },
  // One `file` value; parseViewQuery reads every repeated `file` (see parseFiles).
  files: (raw) => (isFileName(raw) ? [raw] : undefined),
};

/** The most file names a link carries (a dataset built from more files names only the first ones). */
export const MAX_LINK_FILES = 50;

/**
 * The longest file name a link carries. The writer and the reader share it (isFileName), so the
 * app never writes a name it would refuse: names up to 255 characters (the file systems' limit)
 * and more travel whole and still match the file when it is uploaded again.
 */
export const MAX_LINK_FILE_NAME = 1000;

/** A file name as the user saw it: any text but path separators and control characters; never empty. */
export function isFileName(raw: string): boolean {
  return raw.length > 0 && raw.length <= MAX_LINK_FILE_NAME && !/[\\/]/.test(raw) && !hasControlCharacters(raw);
}

/** Every `file=` of a link, in order, each once; an old link's single `file` reads the same way. */
function parseFiles(raws: string[], invalid: InvalidParam[]): string[] {
  const names: string[] = [];
  for (const raw of raws) {
    if (!isFileName(raw)) invalid.push({ param: PARAMS.files, value: raw.slice(0, 80) });
    else if (!names.includes(raw) && names.length < MAX_LINK_FILES) names.push(raw);
  }
  return names;
}

export function hasControlCharacters(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x20 || s.charCodeAt(i) === 0x7f) return true;
  return false;
}

/** Links written before a format change are rewritten here, oldest first. */
const MIGRATIONS: Record<number, (q: URLSearchParams) => void> = {};

export function parseViewQuery(search: string): ParsedView {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return { state: { ...DEFAULT_VIEW }, invalid: [{ param: '?', value: String(search).slice(0, 80) }] };
  }
  const invalid: InvalidParam[] = [];
  const versionText = query.get('v');
  let version = versionText === null ? 1 : Number(versionText);
  if (!Number.isInteger(version) || version < 1 || version > URL_VERSION) {
    if (versionText !== null) invalid.push({ param: 'v', value: versionText });
    version = URL_VERSION;
  }
  for (let v = version; v < URL_VERSION; v++) MIGRATIONS[v]?.(query);

  const state: ViewState = { ...DEFAULT_VIEW, partners: [], goods: [], files: [] };
  for (const key of Object.keys(PARAMS) as (keyof ViewState)[]) {
    if (key === 'files') {
      state.files = parseFiles(query.getAll(PARAMS.files), invalid);
      continue;
    }
    const raw = query.get(PARAMS[key]);
    if (raw === null) continue;
    const value = FIELDS[key](raw);
    if (value === undefined) invalid.push({ param: PARAMS[key], value: raw.slice(0, 80) });
    else (state as unknown as Record<string, unknown>)[key] = value;
  }
  if (state.from && state.to && state.from > state.to) {
    invalid.push({ param: PARAMS.to, value: state.to });
    state.to = null;
  }
  return { state, invalid };
}

export function serialiseViewQuery(state: ViewState): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof ViewState)[]) {
    const value = state[key];
    const fallback = DEFAULT_VIEW[key];
    if (key === 'files') {
      // In order, each once, never an empty name (`file=` would name no file).
      const names = [...new Set(state.files)].filter(isFileName).slice(0, MAX_LINK_FILES);
      for (const name of names) query.append(PARAMS.files, name);
    } else if (key === 'vs') {
      if (state.vs) query.set(PARAMS.vs, `${state.vs.from}..${state.vs.to}`);
    } else if (Array.isArray(value)) {
      if (value.length > 0) query.set(PARAMS[key], [...value].sort().join(','));
    } else if (value !== null && value !== fallback) query.set(PARAMS[key], String(value));
  }
  if ([...query.keys()].length === 0) return '';
  query.set('v', String(URL_VERSION));
  return '?' + query.toString().replaceAll('%2C', ',');
}
