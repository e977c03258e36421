// Names of goods keys for the charts and the briefing:
// chapters and sections keep the project's short labels on the axis with the official name in
// the title; every other level reads its official name from the nomenclature
// (core/model/nomenclature.ts), short on the axis («0303 67 минтай (Theragra chalcogramma)»),
// whole in tooltips, tables and exports. A code the nomenclature lacks keeps its code and says
// which level named it.

import { OTHER_KEY } from '../core/aggregate/dashboard-series';
import { chapterName, sectionName } from '../core/model/commodities';
import type { GoodsName } from '../core/model/nomenclature';
import type { Language } from '../core/model/language';
import { TOTAL_COMMODITY } from '../core/model/trade-record';
import type { Messages } from './messages-en';

export interface GoodsLabel {
  /** `0303 67 минтай (Theragra chalcogramma)`: the code as the nomenclature writes it and the short name. */
  label: string;
  /** The whole official name with the code, and where the code is missing from the nomenclature, its nearest named level. */
  title: string;
  /** The code as the nomenclature writes it (`0303 67`); empty for «other». */
  display: string;
  /** The short name without the code (a tile's text under its code). */
  short: string;
  /** The whole name without the code (a table's name column). */
  name: string;
}

export function goodsLabelOf(code: string, lang: Language, m: Messages, nameOf: (code: string, lang: Language) => GoodsName): GoodsLabel {
  if (code === OTHER_KEY) return { label: m.other, title: m.other, display: '', short: m.other, name: m.other };
  if (code === TOTAL_COMMODITY) {
    const name = chapterName(code, lang);
    return { label: name, title: name, display: '', short: name, name };
  }
  const found = nameOf(code, lang);
  if (/^[IVX]+$/.test(code) || code.length === 2) {
    const short = /^[IVX]+$/.test(code) ? sectionName(code, lang) : chapterName(code, lang);
    const name = found.exact ? found.full : short;
    return { label: `${code} ${short}`, title: `${code} ${name}`, display: code, short, name };
  }
  if (found.namedCode === '') return { label: found.display, title: found.display, display: found.display, short: '', name: '' };
  const name = found.exact ? found.full : `${found.full} (${m.goods.notInNomenclature(nameOf(found.namedCode, lang).display)})`;
  return { label: `${found.display} ${found.short}`, title: `${found.display} ${name}`, display: found.display, short: found.short, name };
}
