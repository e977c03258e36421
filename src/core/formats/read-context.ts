// What every format reader shares while reading one file: the number columns
// whose ambiguous cells are settled at the end, and caches so a partner or code
// spelled the same way a million times is resolved once.

import { NumberColumn } from '../parse/number-column';
import { partnerCode, resolvePartner } from '../model/countries';
import { normaliseCommodityCode } from '../model/commodities';
import { reject, type CanonicalFields, type RowOutcome } from './format-reader';

/** Above this a single row is not a trade value but a typo or a unit error. */
export const ABSURD_VALUE_USD = 1e13;

export class ReadContext {
  readonly value = new NumberColumn();
  readonly weight = new NumberColumn();
  private readonly partners = new Map<string, string | null>();
  private readonly commodities = new Map<string, string | null>();

  /** ISO alpha-2, `W00`, `X…` special area; null when the text names no country. */
  partner(text: string): string | null {
    let code = this.partners.get(text);
    if (code === undefined) {
      code = partnerCode(resolvePartner(text));
      this.partners.set(text, code);
    }
    return code;
  }

  commodity(text: string, hint?: 'tnved' | 'hs'): string | null {
    const key = hint ? hint + text : text;
    let code = this.commodities.get(key);
    if (code === undefined) {
      code = normaliseCommodityCode(text, hint);
      this.commodities.set(key, code);
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
}
