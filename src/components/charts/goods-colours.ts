// Stable colours for goods: by chapter, never by rank (a chapter keeps its colour at every
// level of the drill-down, in bars and in tiles), and apart from the partners' Okabe–Ito
// palette (partner-colours.ts): goods are muted tones, partners saturated ones.

import { OTHER_KEY } from '../../core/aggregate/dashboard-series';
import { sectionOfChapter, SECTIONS } from '../../core/model/commodities';
import { OTHER_COLOUR } from './partner-colours';

/** A hue per section (degrees), spread so neighbouring sections differ. */
const SECTION_HUE = SECTIONS.map((_, i) => (i * 137.5 + 200) % 360);

function hsl(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`.toUpperCase();
}

/**
 * The colour of a goods key: an HS code of any length takes its chapter's colour (its
 * section's hue, a lightness by the chapter's place in the section); a section (`XVI`) its
 * hue; «other», TOTAL and unknown codes grey.
 */
export function goodsColour(key: string): string {
  if (key === OTHER_KEY) return OTHER_COLOUR;
  const sectionIndex = SECTIONS.findIndex((s) => s.roman === key);
  if (sectionIndex >= 0) return hsl(SECTION_HUE[sectionIndex], 0.42, 0.42);
  const chapter = key.slice(0, 2);
  const section = /^\d\d/.test(chapter) ? sectionOfChapter(chapter) : null;
  if (!section) return '#8A8A8A';
  const first = Number(section.firstChapter);
  const span = Number(section.lastChapter) - first + 1;
  const place = span > 1 ? (Number(chapter) - first) / (span - 1) : 0.5;
  return hsl(SECTION_HUE[section.number - 1], 0.45, 0.32 + place * 0.22);
}
