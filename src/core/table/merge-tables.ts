// Adds one imported file's table to a dataset without double counting: an
// incoming record identical to an existing one (period, reporter, flow,
// partner, commodity, value and weight; NaN equals NaN) is skipped. Multiset
// semantics: each existing record absorbs at most one identical incoming
// record, so a record present twice in the dataset and three times in the file
// is added once. Rows of the same table are never compared with each other (a
// file may legitimately hold equal rows).
//
// No string or object is built per row: records are hashed from their
// dictionary codes (mapped into the merged dictionaries) and float bits into an
// open-addressing table of distinct existing records with a count each, and
// equality is confirmed field by field on a hash match.

import type { TradeTable } from './trade-table';

export interface MergeResult {
  /** Existing rows first, then the incoming rows that were added, in their order. Fresh buffers. */
  table: TradeTable;
  /** Incoming rows skipped as already present. */
  skipped: number;
}

const MAX_UINT16_CODES = 0x10000;
// Codes are mapped through Int32Arrays; far beyond any real commodity list.
const MAX_COMMODITY_CODES = 0x80000000;

const floatScratch = new Float64Array(1);
const floatWords = new Uint32Array(floatScratch.buffer);

class MergedDictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly limit: number, private readonly name: string) {}

  /** Codes of `source` in this dictionary, adding every value. */
  addAll(source: readonly string[]): Int32Array {
    const codes = new Int32Array(source.length);
    for (let i = 0; i < source.length; i++) codes[i] = this.code(source[i]);
    return codes;
  }

  /** Codes of `source` for values already present; -1 for the others (added on first use). */
  lookupAll(source: readonly string[]): Int32Array {
    const codes = new Int32Array(source.length);
    for (let i = 0; i < source.length; i++) codes[i] = this.index.get(source[i]) ?? -1;
    return codes;
  }

  code(value: string): number {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      if (code >= this.limit) throw new RangeError(`Too many distinct ${this.name} values to merge (limit ${this.limit})`);
      this.values.push(value);
      this.index.set(value, code);
    }
    return code;
  }
}

function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Mixes a float's bits; all NaNs hash alike, and so do 0 and -0 (they compare equal). */
function mixFloat(h: number, v: number): number {
  if (v !== v) return mix(mix(h, 0), 0x7ff80000);
  floatScratch[0] = v === 0 ? 0 : v;
  return mix(mix(h, floatWords[0]), floatWords[1]);
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

function sameFloat(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

export function mergeTables(existing: TradeTable, incoming: TradeTable): MergeResult {
  const e = existing;
  const inc = incoming;
  const existingRows = e.rowCount;
  const incomingRows = inc.rowCount;

  // Merged dictionaries: all of the existing values, then incoming values as added rows need them.
  const reporters = new MergedDictionary(MAX_UINT16_CODES, 'reporter');
  const partners = new MergedDictionary(MAX_UINT16_CODES, 'partner');
  const commodities = new MergedDictionary(MAX_COMMODITY_CODES, 'commodity');
  const eReporter = reporters.addAll(e.reporters);
  const ePartner = partners.addAll(e.partners);
  const eCommodity = commodities.addAll(e.commodities);
  const iReporter = reporters.lookupAll(inc.reporters);
  const iPartner = partners.lookupAll(inc.partners);
  const iCommodity = commodities.lookupAll(inc.commodities);

  const ePeriod = e.period;
  const eFlow = e.flow;
  const eReporterCol = e.reporter;
  const ePartnerCol = e.partner;
  const eCommodityCol = e.commodity;
  const eValue = e.valueUsd;
  const eWeight = e.netKg;
  const hashExisting = (i: number): number => {
    let h = mix(0x2f1b3c4d, ePeriod[i]);
    h = mix(h, eFlow[i]);
    h = mix(h, eReporter[eReporterCol[i]]);
    h = mix(h, ePartner[ePartnerCol[i]]);
    h = mix(h, eCommodity[eCommodityCol[i]]);
    h = mixFloat(h, eValue[i]);
    h = mixFloat(h, eWeight[i]);
    return finish(h);
  };
  const sameExisting = (a: number, b: number): boolean =>
    ePeriod[a] === ePeriod[b] &&
    eFlow[a] === eFlow[b] &&
    eReporter[eReporterCol[a]] === eReporter[eReporterCol[b]] &&
    ePartner[ePartnerCol[a]] === ePartner[ePartnerCol[b]] &&
    eCommodity[eCommodityCol[a]] === eCommodity[eCommodityCol[b]] &&
    sameFloat(eValue[a], eValue[b]) &&
    sameFloat(eWeight[a], eWeight[b]);

  // Distinct existing records in an open-addressing table, three ints a slot (kept together
  // for locality): representative row + 1 (0 = empty), its hash, copies left to absorb.
  let capacity = 16;
  while (capacity < existingRows * 2) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity * 3);

  for (let i = 0; i < existingRows; i++) {
    const h = hashExisting(i);
    let slot = h & mask;
    for (;;) {
      const at = slot * 3;
      const stored = slots[at];
      if (stored === 0) {
        slots[at] = i + 1;
        slots[at + 1] = h;
        slots[at + 2] = 1;
        break;
      }
      if (slots[at + 1] === h && sameExisting(stored - 1, i)) {
        slots[at + 2]++;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }

  // Incoming rows: absorbed by an identical existing record while copies are left, otherwise added.
  const added = new Uint8Array(incomingRows);
  let addedCount = 0;
  let skipped = 0;
  const iPeriod = inc.period;
  const iFlow = inc.flow;
  const iReporterCol = inc.reporter;
  const iPartnerCol = inc.partner;
  const iCommodityCol = inc.commodity;
  const iValue = inc.valueUsd;
  const iWeight = inc.netKg;
  for (let j = 0; j < incomingRows; j++) {
    const reporter = iReporter[iReporterCol[j]];
    const partner = iPartner[iPartnerCol[j]];
    const commodity = iCommodity[iCommodityCol[j]];
    let absorbed = false;
    if (existingRows > 0 && reporter >= 0 && partner >= 0 && commodity >= 0) {
      const period = iPeriod[j];
      const flow = iFlow[j];
      const value = iValue[j];
      const weight = iWeight[j];
      let h = mix(0x2f1b3c4d, period);
      h = mix(h, flow);
      h = mix(h, reporter);
      h = mix(h, partner);
      h = mix(h, commodity);
      h = mixFloat(h, value);
      h = mixFloat(h, weight);
      h = finish(h);
      let slot = h & mask;
      for (;;) {
        const at = slot * 3;
        const stored = slots[at];
        if (stored === 0) break;
        const r = stored - 1;
        if (
          slots[at + 1] === h &&
          ePeriod[r] === period &&
          eFlow[r] === flow &&
          eReporter[eReporterCol[r]] === reporter &&
          ePartner[ePartnerCol[r]] === partner &&
          eCommodity[eCommodityCol[r]] === commodity &&
          sameFloat(eValue[r], value) &&
          sameFloat(eWeight[r], weight)
        ) {
          if (slots[at + 2] > 0) {
            slots[at + 2]--;
            absorbed = true;
          }
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    if (absorbed) skipped++;
    else {
      added[j] = 1;
      addedCount++;
    }
  }

  const n = existingRows + addedCount;
  const period = new Int32Array(n);
  const flow = new Uint8Array(n);
  const reporter = new Uint16Array(n);
  const partner = new Uint16Array(n);
  const commodity = new Uint32Array(n);
  const valueUsd = new Float64Array(n);
  const netKg = new Float64Array(n);
  const counted = new Uint8Array(n);

  period.set(e.period.subarray(0, existingRows));
  flow.set(e.flow.subarray(0, existingRows));
  valueUsd.set(e.valueUsd.subarray(0, existingRows));
  netKg.set(e.netKg.subarray(0, existingRows));
  counted.set(e.counted.subarray(0, existingRows));
  for (let i = 0; i < existingRows; i++) {
    reporter[i] = eReporter[eReporterCol[i]];
    partner[i] = ePartner[ePartnerCol[i]];
    commodity[i] = eCommodity[eCommodityCol[i]];
  }

  let out = existingRows;
  for (let j = 0; j < incomingRows; j++) {
    if (!added[j]) continue;
    let r = iReporter[inc.reporter[j]];
    if (r < 0) r = iReporter[inc.reporter[j]] = reporters.code(inc.reporters[inc.reporter[j]]);
    let p = iPartner[inc.partner[j]];
    if (p < 0) p = iPartner[inc.partner[j]] = partners.code(inc.partners[inc.partner[j]]);
    let c = iCommodity[inc.commodity[j]];
    if (c < 0) c = iCommodity[inc.commodity[j]] = commodities.code(inc.commodities[inc.commodity[j]]);
    period[out] = inc.period[j];
    flow[out] = inc.flow[j];
    reporter[out] = r;
    partner[out] = p;
    commodity[out] = c;
    valueUsd[out] = inc.valueUsd[j];
    netKg[out] = inc.netKg[j];
    counted[out] = inc.counted[j];
    out++;
  }

  return {
    table: {
      rowCount: n,
      period,
      flow,
      reporter,
      reporters: reporters.values,
      partner,
      partners: partners.values,
      commodity,
      commodities: commodities.values,
      valueUsd,
      netKg,
      counted,
    },
    skipped,
  };
}
