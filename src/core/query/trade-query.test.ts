import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TradeTableBuilder, tableRow } from '../table/table-builder';
import { periodCode, periodMonthSpan } from '../model/period';
import { FLOWS, FLOW_CODE, type Flow } from '../model/trade-record';
import { assembleTable, type TradeTable } from '../table/trade-table';
import { attachRowTuples } from './row-tuples';
import { runQuery, type TradeFilter } from './trade-query';
import { prepareQueries } from './query-warm-up';
import { queryRollUp, queryTable, rollUpAnswers } from './roll-up';
import { chapterRollUp, rollUpsOf } from './roll-up-build';
import { commodityKey, commodityMatches, DIMENSIONS, DIMENSION_FAMILY, periodKey, type Dimension } from './dimensions';

function table(rows: Parameters<typeof tableRow>[]): TradeTable {
  const b = new TradeTableBuilder();
  for (const r of rows) b.append(tableRow(...r));
  return b.finish().table;
}

const ex = FLOW_CODE.export;
const im = FLOW_CODE.import;
const may = periodCode(2023, 5);

describe('runQuery', () => {
  it('warms up on its own small tables without an error (every path of the query and kernel)', () => {
    expect(() => prepareQueries()).not.toThrow();
  });

  const t = table([
    [may, 'RU-KAM', ex, 'CN', '0303670000', 400, 380, { quantity: 0, unit: '' }],
    [may, 'RU-KAM', ex, 'KR', '0303670000', 300, 290],
    [may, 'RU-KAM', ex, 'CN', '0304750000', 100, NaN],
    [may, 'RU-KAM', im, 'KR', '8901909000', 200, NaN, { quantity: 2, unit: 'ШТУКА' }],
    [may, 'RU-KAM', im, 'CN', '8905100000', 50, 10, { quantity: 1, unit: 'ШТУКА' }],
    [may, 'RU-KAM', im, 'JP', '2710194200', 30, 25, { quantity: 40, unit: 'ЛИТР' }],
  ]);

  it('sums value, weight and quantity per unit by the dimensions asked for, largest first', () => {
    const r = runQuery(t, { filter: {}, by: ['partner'] });
    expect(r.rows.map((row) => [row.keys[0], row.valueUsd, row.netKg])).toEqual([
      ['CN', 550, null],
      ['KR', 500, null],
      ['JP', 30, 25],
    ]);
    expect(r.total.valueUsd).toBe(1080);
    expect(r.total.netKg).toBeNull();
    expect(r.total.quantity).toEqual([
      { unit: 'ЛИТР', value: 40 },
      { unit: 'ШТУКА', value: 3 },
    ]);
    expect(r.rows.reduce((s, row) => s + row.share, 0)).toBeCloseTo(1, 12);
  });

  it('keeps a weight only when every row has one', () => {
    const r = runQuery(t, { filter: { partners: ['KR'], flows: ['export'] }, by: ['hs4'] });
    expect(r.rows).toMatchObject([{ keys: ['0303'], valueUsd: 300, netKg: 290 }]);
    expect(runQuery(t, { filter: { flows: ['export'] }, by: ['hs4'] }).rows.map((row) => row.netKg)).toEqual([670, null]);
  });

  it('shares: a value over the total without the filters on the shown dimensions', () => {
    // Partner shown: the partner filter is dropped from the base, so China keeps its share of all partners.
    const cn = runQuery(t, { filter: { partners: ['CN'] }, by: ['partner'] });
    expect(cn.rows).toMatchObject([{ keys: ['CN'], valueUsd: 550 }]);
    expect(cn.rows[0].share).toBeCloseTo(550 / 1080, 12);
    // Goods shown with a partner filter: the composition of trade with China.
    const goods = runQuery(t, { filter: { partners: ['CN'] }, by: ['hs2'] });
    expect(goods.shareBase).toBe(550);
    expect(goods.rows.map((row) => [row.keys[0], row.share])).toEqual([
      ['03', 500 / 550],
      ['89', 50 / 550],
    ]);
    // Nothing shown: a share of the filtered total itself.
    expect(runQuery(t, { filter: { partners: ['CN'] }, by: [] }).rows).toMatchObject([{ keys: [], valueUsd: 550, share: 1 }]);
  });

  it('filters by commodity prefixes of any length, and never spreads a coarser code', () => {
    expect(runQuery(t, { filter: { commodities: ['0303', '89'] }, by: [] }).total.valueUsd).toBe(950);
    const coarse = table([
      [may, 'RU', ex, 'CN', '03', 10],
      [may, 'RU', ex, 'CN', '030367', 5],
      [may, 'RU', ex, 'CN', 'TOTAL', 1],
    ]);
    // 03 has a finer code in the file: it is kept apart (aggregate-coverage.ts), as is TOTAL.
    expect(runQuery(coarse, { filter: {}, by: ['hs4'] }).rows.map((r) => r.keys[0])).toEqual(['0303']);
    const standing = table([[may, 'RU', ex, 'CN', '03', 10], [may, 'RU', ex, 'KR', '030367', 5]]);
    expect(runQuery(standing, { filter: {}, by: ['hs6'] }).rows.map((r) => r.keys[0])).toEqual(['03', '030367']);
    expect(runQuery(standing, { filter: { commodities: ['0303'] }, by: [] }).total.valueUsd).toBe(5);
  });

  it('keys time by year, quarter and month without spreading quarterly or annual rows', () => {
    const mixed = table([
      [periodCode(2023, 5), 'RU', ex, 'CN', '03', 1],
      [periodCode(2023, 22), 'RU', ex, 'CN', '03', 2],
      [periodCode(2022, 0), 'RU', ex, 'CN', '03', 4],
    ]);
    const key = (by: Dimension) => runQuery(mixed, { filter: {}, by: [by] }).rows.map((r) => r.keys[0]).sort();
    expect(key('year')).toEqual(['2022', '2023']);
    expect(key('quarter')).toEqual(['2022', '2023-Q2']);
    expect(key('month')).toEqual(['2022', '2023-05', '2023-Q2']);
    // A period filter takes rows whose whole period lies inside it.
    expect(runQuery(mixed, { filter: { fromMonth: 2023 * 12 + 4, toMonth: 2023 * 12 + 4 }, by: [] }).total.valueUsd).toBe(1);
  });

  it('keeps reporters apart and sections by chapter', () => {
    const two = table([
      [may, 'RU-KAM', ex, 'CN', '0303', 10],
      [may, 'RU-PRI', ex, 'CN', '8703', 20],
    ]);
    expect(runQuery(two, { filter: {}, by: ['reporter', 'section'] }).rows.map((r) => r.keys)).toEqual([
      ['RU-PRI', 'XVII'],
      ['RU-KAM', 'I'],
    ]);
    expect(runQuery(two, { filter: { reporters: ['RU-KAM'] }, by: ['reporter'] }).rows[0].share).toBeCloseTo(1 / 3, 12);
  });

  it('answers from the chapter roll-up exactly as from the rows', () => {
    const rolled = chapterRollUp(t);
    expect(rolled.rowCount).toBeLessThan(t.rowCount);
    expect(rollUpAnswers({ filter: { commodities: ['03'] }, by: ['partner', 'hs2'], amounts: 'value' })).toBe(true);
    expect(rollUpAnswers({ filter: { commodities: ['0303'] }, by: ['partner'], amounts: 'value' })).toBe(false);
    expect(rollUpAnswers({ filter: {}, by: ['hs4'], amounts: 'value' })).toBe(false);
    // Values only: weights, quantities and unit values are read from the rows.
    expect(rollUpAnswers({ filter: { commodities: ['03'] }, by: ['partner'] })).toBe(false);
    expect(() => queryRollUp(rolled, { filter: {}, by: ['partner'] })).toThrow();
    for (const by of [['partner', 'flow'], ['hs2'], ['section', 'month'], []] as Dimension[][]) {
      const query = { filter: { flows: ['export' as const] }, by, amounts: 'value' as const };
      expect(queryRollUp(rolled, query)).toEqual(runQuery(t, query));
      expect(queryTable(t, query)).toEqual(runQuery(t, query));
    }
    expect(queryTable(t, { filter: {}, by: ['partner', 'flow'] })).toEqual(runQuery(t, { filter: {}, by: ['partner', 'flow'] }));
  });

  it('sums one cell of the roll-ups over rows in different units, with or without row tuples', () => {
    const b = new TradeTableBuilder();
    b.append(tableRow(may, 'RU-KAM', ex, 'CN', '0303110000', 10, 1, { quantity: 5, unit: 'ШТУКА' }));
    b.append(tableRow(may, 'RU-KAM', ex, 'CN', '0304110000', 7, 2, { quantity: 3, unit: 'Л' }));
    b.append(tableRow(may, 'RU-KAM', ex, 'JP', '0303110000', 1, 2));
    const units = b.finish().table;
    const untupled = { ...units, period: units.period.slice() };
    attachRowTuples(untupled, null);
    for (const source of [units, untupled]) {
      const { chapters, allGoods } = rollUpsOf(source);
      expect(chapters.rowCount).toBe(2);
      expect(queryRollUp(chapters, { filter: {}, by: ['partner', 'hs2'], amounts: 'value' }).rows.map((r) => [...r.keys, r.valueUsd])).toEqual([
        ['CN', '03', 17],
        ['JP', '03', 1],
      ]);
      expect(queryRollUp(allGoods, { filter: {}, by: [], amounts: 'value' }).total.valueUsd).toBe(18);
    }
  });
});

// ---------------------------------------------------------------------------
// Against a plain reference: one row at a time, strings everywhere.

interface RefRow {
  code: number;
  reporter: string;
  flow: number;
  partner: string;
  commodity: string;
  value: number;
  kg: number;
  quantity: number;
  unit: string;
}

function keyOfRow(r: RefRow, d: Dimension): string {
  switch (DIMENSION_FAMILY[d]) {
    case 'time':
      return periodKey(r.code, d as 'year');
    case 'flow':
      return FLOWS[r.flow];
    case 'reporter':
      return r.reporter;
    case 'partner':
      return r.partner;
    case 'goods':
      return commodityKey(r.commodity, d as 'hs2');
  }
}

function passes(r: RefRow, f: TradeFilter, skip: Set<string>): boolean {
  const [start, end] = periodMonthSpan(r.code);
  if (!skip.has('time') && ((f.fromMonth != null && start < f.fromMonth) || (f.toMonth != null && end > f.toMonth))) return false;
  if (!skip.has('flow') && f.flows && !f.flows.includes(FLOWS[r.flow])) return false;
  if (!skip.has('reporter') && f.reporters && !f.reporters.includes(r.reporter)) return false;
  if (!skip.has('partner') && f.partners && !f.partners.includes(r.partner)) return false;
  if (!skip.has('goods') && f.commodities && !commodityMatches(r.commodity, f.commodities)) return false;
  return true;
}

function reference(rows: RefRow[], filter: TradeFilter, by: Dimension[]) {
  const shown = new Set(by.map((d) => DIMENSION_FAMILY[d]));
  let base = 0;
  const groups = new Map<string, { value: number; kg: number; knownKg: number; weighedUsd: number; quantity: Map<string, number> }>();
  for (const r of rows) {
    if (!passes(r, filter, shown)) continue;
    base += r.value;
    if (!passes(r, filter, new Set())) continue;
    const key = JSON.stringify(by.map((d) => keyOfRow(r, d)));
    const g = groups.get(key) ?? { value: 0, kg: 0, knownKg: 0, weighedUsd: 0, quantity: new Map() };
    g.value += r.value;
    g.kg += r.kg;
    if (!Number.isNaN(r.kg)) {
      g.knownKg += r.kg;
      g.weighedUsd += r.value;
    }
    if (!Number.isNaN(r.quantity) && r.unit !== '') g.quantity.set(r.unit, (g.quantity.get(r.unit) ?? 0) + r.quantity);
    groups.set(key, g);
  }
  return { base, groups };
}

const refRow = fc.record({
  code: fc.constantFrom(periodCode(2022, 0), periodCode(2023, 1), periodCode(2023, 2), periodCode(2023, 22), periodCode(2024, 12)),
  reporter: fc.constantFrom('RU-KAM', 'RU-PRI'),
  flow: fc.integer({ min: 0, max: 3 }),
  partner: fc.constantFrom('CN', 'KR', 'JP'),
  commodity: fc.constantFrom('03', '0303', '0303670000', '030475', '8901909000', '89', 'TOTAL'),
  value: fc.integer({ min: 0, max: 1000 }),
  kg: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: NaN }),
  quantity: fc.option(fc.integer({ min: 0, max: 50 }), { nil: NaN }),
  unit: fc.constantFrom('ШТУКА', 'ЛИТР'),
});

const filterArb: fc.Arbitrary<TradeFilter> = fc.record(
  {
    fromMonth: fc.constantFrom(2022 * 12, 2023 * 12, 2023 * 12 + 1),
    toMonth: fc.constantFrom(2023 * 12 + 5, 2024 * 12 + 11),
    flows: fc.subarray<Flow>(['export', 'import', 're-export', 're-import'], { minLength: 1 }),
    reporters: fc.subarray(['RU-KAM', 'RU-PRI'], { minLength: 1 }),
    partners: fc.subarray(['CN', 'KR', 'JP', 'US'], { minLength: 1 }),
    commodities: fc.subarray(['03', '0303', '89', '8901909000'], { minLength: 1 }),
  },
  { requiredKeys: [] },
);

describe('runQuery against a row-by-row reference (property)', () => {
  it('gives every group’s value, weight, quantities and share, on the rows and on the roll-up', () => {
    fc.assert(
      fc.property(fc.array(refRow, { maxLength: 40 }), filterArb, fc.subarray([...DIMENSIONS], { maxLength: 3 }), (rows, filter, by) => {
        // Every row counts here: coverage (aggregates kept apart) is aggregate-coverage.ts's business.
        const b = new TradeTableBuilder();
        for (const r of rows) b.append(tableRow(r.code, r.reporter, r.flow, r.partner, r.commodity, r.value, r.kg, { quantity: r.quantity, unit: Number.isNaN(r.quantity) ? '' : r.unit }));
        const built = b.finish().table;
        const t = { ...built, counted: new Uint8Array(built.rowCount).fill(1) };
        // The same rows out of period order, and without row tuples: each path of the kernel.
        const reversed = assembleTable(t.rowCount, (name) => t[name].slice().reverse() as never, (dict) => t[dict]);
        const untupled = { ...t, period: t.period.slice() };
        attachRowTuples(untupled, null);
        const ref = reference(rows.map((r) => ({ ...r, unit: Number.isNaN(r.quantity) ? '' : r.unit })), filter, by);
        const query = { filter, by };
        // queryTable answers from the roll-ups once they exist (the worker builds them).
        rollUpsOf(t);
        rollUpsOf(untupled);
        // Value questions come from the roll-ups, each of them asked directly too.
        const values = { ...query, amounts: 'value' as const };
        const { chapters, allGoods } = rollUpsOf(t);
        const fromCells = [queryTable(t, values), queryTable(untupled, values), ...(rollUpAnswers(values) ? [queryRollUp(chapters, values), queryRollUp(rollUpsOf(untupled).chapters, values)] : [])];
        if (rollUpAnswers(values) && !by.some((d) => d === 'section' || d === 'hs2') && !filter.commodities) fromCells.push(queryRollUp(allGoods, values));
        for (const result of fromCells) {
          expect(result.shareBase).toBe(ref.base);
          expect(result.rows.map((r) => [JSON.stringify(r.keys), r.valueUsd, r.share, r.netKg])).toEqual(
            result.rows.map((r) => [JSON.stringify(r.keys), ref.groups.get(JSON.stringify(r.keys))?.value, ref.base > 0 ? ref.groups.get(JSON.stringify(r.keys))!.value / ref.base : 0, null]),
          );
          expect(result.rows.length).toBe(ref.groups.size);
        }
        for (const result of [runQuery(t, query), queryTable(t, query), runQuery(reversed, query), runQuery(untupled, query), queryTable(untupled, query)]) {
          expect(result.shareBase).toBe(ref.base);
          expect(result.rows.length).toBe(ref.groups.size);
          for (const row of result.rows) {
            const g = ref.groups.get(JSON.stringify(row.keys))!;
            expect(g).toBeDefined();
            expect(row.valueUsd).toBe(g.value);
            expect(row.netKg).toBe(Number.isNaN(g.kg) ? null : g.kg);
            expect([row.knownKg, row.weighedUsd]).toEqual([g.knownKg, g.weighedUsd]);
            expect(Object.fromEntries(row.quantity.map((q) => [q.unit, q.value]))).toEqual(Object.fromEntries(g.quantity));
            expect(row.share).toBe(ref.base > 0 ? g.value / ref.base : 0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
