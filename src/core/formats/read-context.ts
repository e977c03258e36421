// What every format reader shares while reading one file: the number columns
// whose ambiguous cells are settled at the end, and caches so a period, flow,
// partner or code spelled the same way a million times is resolved once.

import { NumberColumn } from '../parse/number-column';
import { partnerCode, resolvePartner } from '../model/countries';
import { normaliseCommodityCode } from '../model/commodities';
import { parseFlow } from '../model/flow-vocabulary';
import { parsePeriodText } from '../model/period';
import { normaliseUnitText } from '../model/quantity-units';
import { resolveRegion } from '../model/russian-regions';
import { isAggregatePartner } from '../model/country-names';
import { reject, type CanonicalFields, type RowOutcome } from './row-outcome';

/** Above this a single row is not a trade value but a typo or a unit error. */
export const ABSURD_VALUE_USD = 1e13;

/** Distinct spellings remembered per cache; past this (a file of all-different junk) values are computed each time. */
const CACHE_LIMIT = 1 << 16;

/**
 * `fn`, remembering its result per distinct text. The results are those of `fn`
 * exactly: only pure functions of the text may be memoised.
 */
export function memoised<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  // Neighbouring rows mostly repeat a period, flow or reporter: comparing with the last
  // text is cheaper than hashing a new string for the map.
  let lastText: string | null = null;
  let lastResult: T;
  return (text) => {
    if (text === lastText) return lastResult;
    let result = cache.get(text);
    if (result === undefined && !cache.has(text)) {
      result = fn(text);
      if (cache.size < CACHE_LIMIT) cache.set(text, result);
    }
    lastText = text;
    lastResult = result as T;
    return lastResult;
  };
}

export class ReadContext {
  readonly value = new NumberColumn();
  readonly weight = new NumberColumn();
  readonly quantity = new NumberColumn();
  /** One cache per hint: keys are the cells as they are, never concatenated. */
  private readonly commodities = { none: new Map<string, string | null>(), tnved: new Map<string, string | null>(), hs: new Map<string, string | null>() };
  /** Period code (model/period.ts) of a cell; null when it is no period. */
  readonly period: (text: string) => number | null = memoised(parsePeriodText);
  /** Flow code of a cell; undefined when it names no flow. */
  readonly flow: (text: string) => number | undefined = memoised(parseFlow);

  /**
   * Whose trade a row is, as the app codes it: a Russian region as ISO 3166-2 (`RU-KAM`,
   * from `30000 - КАМЧАТСКИЙ КРАЙ`, `Камчатский край` or the code itself), a country as
   * ISO alpha-2; text that is neither is kept as it is (trimmed), never guessed.
   */
  readonly reporter: (text: string) => string = memoised((text) => {
    const trimmed = text.trim();
    if (trimmed === '') return '';
    const region = resolveRegion(trimmed);
    if (region !== null) return region;
    const country = partnerCode(resolvePartner(trimmed));
    return country !== null && !isAggregatePartner(country) ? country : trimmed;
  });

  /** ISO alpha-2, `W00`, `X…` special area; null when the text names no country. */
  readonly partner: (text: string) => string | null = memoised((text) => partnerCode(resolvePartner(text)));

  commodity(text: string, hint?: 'tnved' | 'hs'): string | null {
    const cache = this.commodities[hint ?? 'none'];
    let code = cache.get(text);
    if (code === undefined) {
      code = normaliseCommodityCode(text, hint);
      if (cache.size < CACHE_LIMIT) cache.set(text, code);
    }
    return code;
  }

  /** Reads value and optional weight into `out`; a rejection when they are unusable. */
  readAmounts(valueText: string | undefined, weightText: string | undefined, out: CanonicalFields): RowOutcome | null {
    const v = this.value.parse(valueText ?? '');
    if (v === null) return reject('missing-value');
    if (Number.isNaN(v)) return reject('bad-value', valueText);
    if (v < 0) return reject('negative-value', valueText);
    if (v > ABSURD_VALUE_USD) return reject('absurd-value', valueText);
    let kg = NaN;
    if (weightText !== undefined) {
      const w = this.weight.parse(weightText);
      if (w !== null) {
        if (Number.isNaN(w) || w < 0) return reject('bad-weight', weightText);
        kg = w;
      }
    }
    out.valueUsd = v;
    out.netKg = kg;
    return null;
  }

  /**
   * Reads the quantity in a supplementary unit into `out` (NaN and '' when the row has
   * none: no column, an empty cell, or no unit — a number without its unit cannot be
   * added to anything); a rejection when the cell is not a quantity.
   */
  readQuantity(quantityText: string | undefined, unitText: string | undefined, out: CanonicalFields): RowOutcome | null {
    out.quantity = NaN;
    out.unit = '';
    if (quantityText === undefined) return null;
    const unit = unitText === undefined ? '' : this.unit(unitText);
    const q = this.quantity.parse(quantityText);
    if (q === null) return null;
    if (Number.isNaN(q) || q < 0) return reject('bad-quantity', quantityText);
    if (unit === '') return null;
    out.quantity = q;
    out.unit = unit;
    return null;
  }

  /** A unit as the files name it, or '' for «no quantity» spellings. */
  readonly unit: (text: string) => string = memoised(normaliseUnitText);
}
