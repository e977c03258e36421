// A colour-blind-safe palette (Okabe–Ito, extended) with a stable colour per
// partner: the same country keeps its colour across charts, filters and links.

import { OTHER_KEY } from '../../core/aggregate/dashboard-series';

const FIXED: Record<string, string> = {
  CN: '#D55E00', // vermillion
  KR: '#0072B2', // blue
  JP: '#009E73', // bluish green
  HK: '#E69F00', // orange
  NO: '#56B4E9', // sky blue
  DE: '#CC79A7', // reddish purple
  VG: '#8C6D31', // brown
  DK: '#6A51A3', // violet
  US: '#117733', // green
  NL: '#44AA99', // teal
  TH: '#AA4499', // magenta
  VN: '#882255', // wine
};

const EXTRA = ['#332288', '#88CCEE', '#DDCC77', '#999933', '#661100', '#6699CC', '#AA4466', '#4477AA'];

export const OTHER_COLOUR = '#A3A3A3';
export const EXPORT_COLOUR = '#0072B2';
export const IMPORT_COLOUR = '#E69F00';
export const BALANCE_COLOUR = '#404040';

export function partnerColour(code: string): string {
  if (code === OTHER_KEY) return OTHER_COLOUR;
  const fixed = FIXED[code];
  if (fixed) return fixed;
  let h = 0;
  for (let i = 0; i < code.length; i++) h = (h * 31 + code.charCodeAt(i)) >>> 0;
  return EXTRA[h % EXTRA.length];
}

const CHAPTER_PALETTE = ['#0072B2', '#009E73', '#E69F00', '#56B4E9', '#D55E00', '#CC79A7', '#117733', '#882255', '#44AA99', '#332288'];

export function chapterColour(index: number, key: string): string {
  return key === OTHER_KEY ? OTHER_COLOUR : CHAPTER_PALETTE[index % CHAPTER_PALETTE.length];
}
