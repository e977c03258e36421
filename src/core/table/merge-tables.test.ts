import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeTables } from './merge-tables';
import type { TradeTable } from './trade-table';

interface Row {
  period: number;
  reporter: string;
  flow: number;
  partner: string;
  commodity: string;
  valueUsd: number;
  netKg: number;
  quantity?: number;
  unit?: string;
  counted?: number;
}

/** A table with its own dictionaries, coded in first-seen order (or reversed, to make two tables' codes differ). */
function tableOf(rows: readonly Row[], reverseDictionaries = false): TradeTable {
  const dict = (pick: (r: Row) => string) => {
    const values = [...new Set(rows.map(pick))];
    if (reverseDictionaries) values.reverse();
    return { values, code: new Map(values.map((v, i) => [v, i])) };
  };
  const reporters = dict((r) => r.reporter);
  const partners = dict((r) => r.partner);
  const commodities = dict((r) => r.commodity);
  const units = dict((r) => r.unit ?? '');
  return {
    rowCount: rows.length,
    period: Int32Array.from(rows, (r) => r.period),
    flow: Uint8Array.from(rows, (r) => r.flow),
    reporter: Uint16Array.from(rows, (r) => reporters.code.get(r.reporter)!),
    reporters: reporters.values,
    partner: Uint16Array.from(rows, (r) => partners.code.get(r.partner)!),
    partners: partners.values,
    commodity: Uint32Array.from(rows, (r) => commodities.code.get(r.commodity)!),
    commodities: commodities.values,
    valueUsd: Float64Array.from(rows, (r) => r.valueUsd),
    netKg: Float64Array.from(rows, (r) => r.netKg),
    quantity: Float64Array.from(rows, (r) => r.quantity ?? NaN),
    unit: Uint16Array.from(rows, (r) => units.code.get(r.unit ?? '')!),
    units: units.values,
    counted: Uint8Array.from(rows, (r) => r.counted ?? 1),
  };
}

function rowsOf(t: TradeTable): Row[] {
  return Array.from({ length: t.rowCount }, (_, i) => ({
    period: t.period[i],
    reporter: t.reporters[t.reporter[i]],
    flow: t.flow[i],
    partner: t.partners[t.partner[i]],
    commodity: t.commodities[t.commodity[i]],
    valueUsd: t.valueUsd[i],
    netKg: t.netKg[i],
    counted: t.counted[i],
  }));
}

/** Same record, ignoring `counted` (NaN equals NaN through String). */
const keyOf = (r: Row) => [r.period, r.reporter, r.flow, r.partner, r.commodity, r.valueUsd, r.netKg].map(String).join('|');

function countedTotal(t: TradeTable): number {
  let sum = 0;
  for (let i = 0; i < t.rowCount; i++) if (t.counted[i]) sum += t.valueUsd[i];
  return sum;
}

function monthRows(month: number, partners = ['CN', 'DE', 'TR'], commodities = ['0303', '2709', 'TOTAL']): Row[] {
  const rows: Row[] = [];
  for (const partner of partners)
    for (const commodity of commodities)
      for (const flow of [0, 1])
        rows.push({ period: 202400 + month, reporter: 'Мурманская область', flow, partner, commodity, valueUsd: month * 1000 + rows.length, netKg: commodity === 'TOTAL' ? NaN : rows.length * 10, counted: commodity === 'TOTAL' ? 0 : 1 });
  return rows;
}

describe('mergeTables', () => {
  it('adds all rows of a file with different months', () => {
    const jan = monthRows(1);
    const feb = monthRows(2, ['CN', 'KZ'], ['0303', '8703']);
    const { table, skipped } = mergeTables(tableOf(jan), tableOf(feb, true));
    expect(skipped).toBe(0);
    expect(table.rowCount).toBe(jan.length + feb.length);
    expect(rowsOf(table)).toEqual([...jan, ...feb]);
    expect(countedTotal(table)).toBe(countedTotal(tableOf(jan)) + countedTotal(tableOf(feb)));
  });

  it('counts the month two files share once', () => {
    const [jan, feb, mar] = [monthRows(1), monthRows(2), monthRows(3)];
    const janFeb = tableOf([...jan, ...feb]);
    // Another export of the same source: Feb rows in another order, with its own dictionary codes.
    const febMar = tableOf([...[...feb].reverse(), ...mar], true);
    const { table, skipped } = mergeTables(janFeb, febMar);
    expect(skipped).toBe(feb.length);
    expect(table.rowCount).toBe(jan.length + feb.length + mar.length);
    expect(rowsOf(table)).toEqual([...jan, ...feb, ...mar]);
    const febRows = rowsOf(table).filter((r) => r.period === 202402);
    expect(febRows).toHaveLength(feb.length);
  });

  it('keeps existing rows first and added rows in their order, with fresh buffers', () => {
    const existing = tableOf(monthRows(1));
    const incoming = tableOf(monthRows(2));
    const { table } = mergeTables(existing, incoming);
    expect(rowsOf(table).slice(0, existing.rowCount)).toEqual(rowsOf(existing));
    expect(rowsOf(table).slice(existing.rowCount)).toEqual(rowsOf(incoming));
    for (const key of ['period', 'flow', 'reporter', 'partner', 'commodity', 'valueUsd', 'netKg', 'counted'] as const) {
      expect(table[key].buffer).not.toBe(existing[key].buffer);
      expect(table[key].buffer).not.toBe(incoming[key].buffer);
    }
    expect(new Set(table.reporters).size).toBe(table.reporters.length);
    expect(new Set(table.partners).size).toBe(table.partners.length);
    expect(new Set(table.commodities).size).toBe(table.commodities.length);
  });

  it('does not skip a revised value or weight for the same key', () => {
    const base: Row = { period: 202402, reporter: 'RU', flow: 0, partner: 'CN', commodity: '0303', valueUsd: 100, netKg: 5 };
    const revisedValue = { ...base, valueUsd: 101 };
    const revisedWeight = { ...base, netKg: NaN };
    const { table, skipped } = mergeTables(tableOf([base]), tableOf([revisedValue, revisedWeight, base]));
    expect(skipped).toBe(1);
    expect(rowsOf(table).map(keyOf)).toEqual([base, revisedValue, revisedWeight].map(keyOf));
  });

  it('treats NaN weights as equal, and distinguishes each field', () => {
    const base: Row = { period: 202402, reporter: 'RU', flow: 0, partner: 'CN', commodity: '0303', valueUsd: 100, netKg: NaN };
    const variants: Row[] = [
      { ...base, period: 202403 },
      { ...base, reporter: 'BY' },
      { ...base, flow: 1 },
      { ...base, partner: 'DE' },
      { ...base, commodity: '030389' },
      { ...base, valueUsd: 100.0000001 },
      { ...base, netKg: 0 },
    ];
    const { table, skipped } = mergeTables(tableOf([base]), tableOf([{ ...base }, ...variants]));
    expect(skipped).toBe(1);
    expect(table.rowCount).toBe(1 + variants.length);
  });

  it('uses multiset semantics: twice in the dataset and three times in the file adds one', () => {
    const r: Row = { period: 202401, reporter: 'RU', flow: 1, partner: 'TR', commodity: '2709', valueUsd: 7, netKg: 3 };
    const other: Row = { ...r, partner: 'IN' };
    const { table, skipped } = mergeTables(tableOf([r, other, r]), tableOf([r, r, r], true));
    expect(skipped).toBe(2);
    expect(table.rowCount).toBe(4);
    expect(rowsOf(table).filter((x) => x.partner === 'TR')).toHaveLength(3);
  });

  it('never compares rows within one table', () => {
    const r: Row = { period: 202401, reporter: 'RU', flow: 1, partner: 'TR', commodity: '2709', valueUsd: 7, netKg: 3 };
    expect(mergeTables(tableOf([]), tableOf([r, r, r])).table.rowCount).toBe(3);
    expect(mergeTables(tableOf([r, r]), tableOf([])).table.rowCount).toBe(2);
  });

  it("keeps each row's counted flag from its own table", () => {
    const world: Row = { period: 202401, reporter: 'RU', flow: 0, partner: 'W00', commodity: 'TOTAL', valueUsd: 50, netKg: NaN, counted: 0 };
    const standing: Row = { ...world, period: 202402, counted: 1 };
    const { table } = mergeTables(tableOf([world]), tableOf([{ ...world, counted: 1 }, standing]));
    expect(Array.from(table.counted)).toEqual([0, 1]);
  });

  it('merges two empty tables', () => {
    const { table, skipped } = mergeTables(tableOf([]), tableOf([]));
    expect(table.rowCount).toBe(0);
    expect(skipped).toBe(0);
  });

  it('handles a large overlap quickly', () => {
    const rows: Row[] = [];
    for (let i = 0; i < 200_000; i++) rows.push({ period: 202401 + (i % 12), reporter: 'RU', flow: i & 1, partner: `P${i % 200}`, commodity: String(100000 + (i % 5000)), valueUsd: i, netKg: i % 7 === 0 ? NaN : i * 2 });
    const a = tableOf(rows.slice(0, 120_000));
    const b = tableOf(rows.slice(80_000), true);
    const { table, skipped } = mergeTables(a, b);
    expect(skipped).toBe(40_000);
    expect(table.rowCount).toBe(200_000);
  });

  const rowArb = fc.record({
    period: fc.constantFrom(202401, 202402, 202403, 2024_00),
    reporter: fc.constantFrom('RU', 'Мурманская область'),
    flow: fc.integer({ min: 0, max: 3 }),
    partner: fc.constantFrom('CN', 'DE', 'W00'),
    commodity: fc.constantFrom('0303', '03', 'TOTAL'),
    valueUsd: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 1e9, noNaN: true })),
    netKg: fc.oneof(fc.constant(NaN), fc.integer({ min: 0, max: 3 })),
  });

  it('totals equal the sum of the distinct records when two overlapping files are merged', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { selector: keyOf, maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (rows, x, y, shuffle) => {
          // File A holds rows[0, end), file B rows[start, n): they overlap on [start, end).
          const n = rows.length;
          const start = n === 0 ? 0 : x % (n + 1);
          const end = start + (n === 0 ? 0 : y % (n - start + 1));
          const fileA = rows.slice(0, end);
          const fileB = rows.slice(start);
          if (shuffle) fileB.reverse();
          const { table, skipped } = mergeTables(tableOf(fileA), tableOf(fileB, shuffle));
          expect(skipped).toBe(end - start);
          expect(table.rowCount).toBe(n);
          expect(rowsOf(table).map(keyOf).sort()).toEqual(rows.map(keyOf).sort());
          const distinctTotal = rows.reduce((s, r) => s + r.valueUsd, 0);
          expect(countedTotal(table)).toBeCloseTo(distinctTotal, 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives each record max(count in existing, count in incoming) copies', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 30 }), (pool, pickA, pickB) => {
        const fileA = pickA.map((i) => pool[i % pool.length]);
        const fileB = pickB.map((i) => pool[i % pool.length]);
        const { table, skipped } = mergeTables(tableOf(fileA), tableOf(fileB, true));
        const count = (rows: Row[]) => rows.reduce((m, r) => m.set(keyOf(r), (m.get(keyOf(r)) ?? 0) + 1), new Map<string, number>());
        const [a, b, merged] = [count(fileA), count(fileB), count(rowsOf(table))];
        for (const key of new Set([...a.keys(), ...b.keys()])) expect(merged.get(key)).toBe(Math.max(a.get(key) ?? 0, b.get(key) ?? 0));
        expect(table.rowCount).toBe(fileA.length + fileB.length - skipped);
        // The merged table is in period order (period-order.ts).
        for (let i = 1; i < table.rowCount; i++) expect(table.period[i - 1]).toBeLessThanOrEqual(table.period[i]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('mergeTables: quantity and unit are part of a record', () => {
  const base: Row = { period: 202301, reporter: 'RU-KAM', flow: 0, partner: 'CN', commodity: '0303', valueUsd: 100, netKg: 50 };
  it('skips a record equal in every column, quantity and unit included', () => {
    const existing = tableOf([{ ...base, quantity: 7, unit: 'ШТУКА' }]);
    const { table, skipped } = mergeTables(existing, tableOf([{ ...base, quantity: 7, unit: 'ШТУКА' }], true));
    expect(skipped).toBe(1);
    expect(table.rowCount).toBe(1);
  });
  it('adds a record that differs only in its quantity or its unit, with the unit mapped into the merged dictionary', () => {
    const existing = tableOf([{ ...base, quantity: 7, unit: 'ШТУКА' }]);
    const { table, skipped } = mergeTables(existing, tableOf([{ ...base, quantity: 8, unit: 'ШТУКА' }, { ...base, quantity: 7, unit: 'ЛИТР' }, { ...base }], true));
    expect(skipped).toBe(0);
    expect(table.rowCount).toBe(4);
    const units = Array.from(table.unit, (u) => table.units[u]);
    expect(units).toEqual(['ШТУКА', 'ШТУКА', 'ЛИТР', '']);
    expect(Array.from(table.quantity)).toEqual([7, 8, 7, NaN]);
  });
});
