// Which rows to add up. A row is kept apart (not counted) when the file also
// has rows that are finer parts of it in the same reporter, period and flow:
//   partner   World (or an aggregate area) → a country
//   commodity TOTAL or a shorter code       → a code that extends it (03 → 0303)
//   split     a total                       → a part by second partner, customs
//                                             procedure or mode of transport
// A row with no parts in the file stands for its group and is counted. The
// parts' sum is compared with each kept-apart row, and disagreements reported.

import { TOTAL_COMMODITY, WORLD_PARTNER } from '../model/trade-record';
import { isAggregatePartner } from '../model/country-names';
import { formatPeriod } from '../model/period';
import { FLOWS } from '../model/trade-record';
import type { TradeTable } from './trade-table';

export interface CoverageResult {
  counted: Uint8Array;
  keptApart: number;
  /** Aggregate rows (World, TOTAL, split totals) counted because no parts are present. */
  standing: number;
  mismatches: { groups: number; examples: { period: string; flow: string; partner: string; commodity: string; aggregateUsd: number; partsUsd: number }[] };
}

const MAX_EXAMPLES = 5;
/** Parts and aggregate agree when within half a percent or a dollar (rounding in the source). */
const TOLERANCE = 0.005;

export function computeCoverage(t: Omit<TradeTable, 'counted'>, split: Uint8Array): CoverageResult {
  const n = t.rowCount;
  const counted = new Uint8Array(n).fill(1);
  const partnerIsAggregate = t.partners.map((p) => isAggregatePartner(p));
  // World and aggregate areas (e.g. EU-28) are all covered by any country row.
  const aggregatePartners = partnerIsAggregate.flatMap((a, i) => (a ? [i] : []));
  const ancestors = commodityAncestors(t.commodities);
  const anyAncestors = ancestors.some((a) => a.length > 0);
  let anySplit = false;
  for (let i = 0; i < n && !anySplit; i++) anySplit = split[i] === 1;
  const totalCode = t.commodities.indexOf(TOTAL_COMMODITY);
  const isAggregateRow = (i: number) => partnerIsAggregate[t.partner[i]] || t.commodity[i] === totalCode;
  if (!anyAncestors && !anySplit && aggregatePartners.length === 0) {
    let standing = 0;
    for (let i = 0; i < n; i++) if (isAggregateRow(i)) standing++;
    return { counted, keptApart: 0, standing, mismatches: { groups: 0, examples: [] } };
  }

  // Keys: group (reporter, period, flow) → inner (partner, split, commodity).
  const group = (i: number) => (t.reporter[i] * 262144 + t.period[i]) * 4 + t.flow[i];
  const inner = (partner: number, s: number, commodity: number) => (partner * 2 + s) * 4294967296 + commodity;
  const marked = new Map<number, Set<number>>();
  const forEachCover = (i: number, visit: (g: number, key: number) => void) => {
    const g = group(i);
    const p = t.partner[i];
    const c = t.commodity[i];
    const s = split[i];
    const partners = partnerIsAggregate[p] ? [p] : [p, ...aggregatePartners];
    const codes = [c, ...ancestors[c]];
    const splits = s === 1 ? [1, 0] : [0];
    for (const pp of partners) for (const cc of codes) for (const ss of splits) if (pp !== p || cc !== c || ss !== s) visit(g, inner(pp, ss, cc));
  };
  for (let i = 0; i < n; i++) {
    forEachCover(i, (g, key) => {
      let set = marked.get(g);
      if (!set) marked.set(g, (set = new Set()));
      set.add(key);
    });
  }
  let keptApart = 0;
  let standing = 0;
  const apartKeys = new Map<number, Map<number, { value: number; row: number }>>();
  for (let i = 0; i < n; i++) {
    const g = group(i);
    const key = inner(t.partner[i], split[i], t.commodity[i]);
    if (marked.get(g)?.has(key)) {
      counted[i] = 0;
      keptApart++;
      let m = apartKeys.get(g);
      if (!m) apartKeys.set(g, (m = new Map()));
      const entry = m.get(key);
      if (entry) entry.value += t.valueUsd[i];
      else m.set(key, { value: t.valueUsd[i], row: i });
    } else if (isAggregateRow(i)) standing++;
  }

  // Sum the counted parts under every kept-apart row.
  const partsSum = new Map<number, Map<number, number>>();
  for (let i = 0; i < n; i++) {
    if (!counted[i]) continue;
    forEachCover(i, (g, key) => {
      if (!apartKeys.get(g)?.has(key)) return;
      let m = partsSum.get(g);
      if (!m) partsSum.set(g, (m = new Map()));
      m.set(key, (m.get(key) ?? 0) + t.valueUsd[i]);
    });
  }
  let groups = 0;
  const examples: CoverageResult['mismatches']['examples'] = [];
  for (const [g, m] of apartKeys) {
    for (const [key, { value, row }] of m) {
      // An area such as the EU is not the sum of every country in the file: no comparison.
      if (t.partners[t.partner[row]] !== WORLD_PARTNER && partnerIsAggregate[t.partner[row]]) continue;
      const parts = partsSum.get(g)?.get(key) ?? 0;
      if (Math.abs(parts - value) <= Math.max(1, TOLERANCE * Math.abs(value))) continue;
      groups++;
      if (examples.length < MAX_EXAMPLES)
        examples.push({
          period: formatPeriod(t.period[row]),
          flow: FLOWS[t.flow[row]],
          partner: t.partners[t.partner[row]],
          commodity: t.commodities[t.commodity[row]],
          aggregateUsd: value,
          partsUsd: parts,
        });
    }
  }
  return { counted, keptApart, standing, mismatches: { groups, examples } };
}

/** For each commodity code, the dictionary codes it extends (`0303` → `03`, TOTAL). */
function commodityAncestors(codes: readonly string[]): number[][] {
  const index = new Map(codes.map((c, i) => [c, i]));
  const total = index.get(TOTAL_COMMODITY);
  return codes.map((c) => {
    if (c === TOTAL_COMMODITY) return [];
    const found: number[] = [];
    for (let len = 2; len < c.length; len += 2) {
      const a = index.get(c.slice(0, len));
      if (a !== undefined) found.push(a);
    }
    if (total !== undefined) found.push(total);
    return found;
  });
}
