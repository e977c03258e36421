import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seriesCube } from './series-cube';
import { computeDashboardSeries } from './dashboard-series';
import { periodCode } from '../model/period';
import type { TradeTable } from '../table/trade-table';

interface Row {
  code: number;
  flow: number;
  partner: number;
  commodity: number;
  value: number;
  counted: number;
}

const COMMODITIES = ['0303670000', '0303', '03', '8901909000', '89', 'TOTAL', '2710194200'];

function tableOf(rows: Row[], partners: string[]): TradeTable {
  const col = <T extends Int32Array | Uint8Array | Uint16Array | Uint32Array | Float64Array>(C: new (n: number) => T, f: (r: Row) => number) => {
    const a = new C(rows.length);
    rows.forEach((r, i) => (a[i] = f(r)));
    return a;
  };
  return {
    rowCount: rows.length,
    period: col(Int32Array, (r) => r.code),
    flow: col(Uint8Array, (r) => r.flow),
    reporter: new Uint16Array(rows.length),
    reporters: ['RU-KAM'],
    partner: col(Uint16Array, (r) => r.partner),
    partners,
    commodity: col(Uint32Array, (r) => r.commodity),
    commodities: COMMODITIES,
    valueUsd: col(Float64Array, (r) => r.value),
    netKg: new Float64Array(rows.length).fill(NaN),
    quantity: new Float64Array(rows.length).fill(NaN),
    unit: new Uint16Array(rows.length),
    units: [''],
    counted: col(Uint8Array, (r) => r.counted),
  };
}

/** The cells a plain map gives: counted rows summed by period, flow, partner and chapter. */
function naiveCells(rows: Row[]): Map<string, number> {
  const cells = new Map<string, number>();
  for (const r of rows) {
    if (!r.counted) continue;
    const c = COMMODITIES[r.commodity];
    const key = `${r.code}|${r.flow}|${r.partner}|${c === 'TOTAL' ? 0 : Number(c.slice(0, 2))}`;
    cells.set(key, (cells.get(key) ?? 0) + r.value);
  }
  return cells;
}

function cubeCells(t: TradeTable): Map<string, number> {
  const cube = seriesCube(t);
  const cells = new Map<string, number>();
  for (let i = 0; i < cube.size; i++) cells.set(`${cube.period[i]}|${cube.flow[i]}|${cube.partner[i]}|${cube.chapter[i]}`, cube.valueUsd[i]);
  return cells;
}

const rowArb = (partners: number) =>
  fc.record({
    code: fc.oneof(
      fc.tuple(fc.integer({ min: 2015, max: 2024 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => periodCode(y, m)),
      fc.tuple(fc.integer({ min: 2015, max: 2024 }), fc.integer({ min: 21, max: 24 })).map(([y, q]) => periodCode(y, q)),
      fc.integer({ min: 2015, max: 2024 }).map((y) => periodCode(y, 0)),
    ),
    flow: fc.integer({ min: 0, max: 3 }),
    partner: fc.integer({ min: 0, max: partners - 1 }),
    commodity: fc.integer({ min: 0, max: COMMODITIES.length - 1 }),
    value: fc.integer({ min: 0, max: 1_000_000 }),
    counted: fc.constantFrom(0, 1, 1, 1),
  });

describe('seriesCube', () => {
  it('sums the rows that add up by period, flow, partner and chapter, in file order', () => {
    const partners = ['CN', 'KR', 'JP', 'W00'];
    fc.assert(
      fc.property(fc.array(rowArb(partners.length), { maxLength: 300 }), (rows) => {
        expect(cubeCells(tableOf(rows, partners))).toEqual(naiveCells(rows));
      }),
    );
  });

  it('gives the series a row-by-row sum gives (whole dollars: exactly)', () => {
    const partners = ['CN', 'KR', 'JP', 'HK'];
    fc.assert(
      fc.property(fc.array(rowArb(partners.length), { minLength: 1, maxLength: 200 }), fc.constantFrom<'turnover' | 'export' | 'import'>('turnover', 'export', 'import'), (rows, measure) => {
        const t = tableOf(rows, partners);
        const from = 2020 * 12;
        const s = computeDashboardSeries(t, { fromMonth: from, toMonth: from + 11, measure, partners: [], historyFromMonth: 2015 * 12, historyToMonth: 2024 * 12 + 11 });
        let exportUsd = 0;
        let importUsd = 0;
        for (const r of rows) {
          if (!r.counted) continue;
          const year = Math.floor(r.code / 100);
          if (year !== 2020) continue;
          if (r.flow === 0) exportUsd += r.value;
          if (r.flow === 1) importUsd += r.value;
        }
        expect(s.current.exportUsd).toBe(exportUsd);
        expect(s.current.importUsd).toBe(importUsd);
      }),
    );
  });

  it('handles tens of thousands of partners (groups kept in a map) and empty tables', () => {
    const partners = Array.from({ length: 65_536 }, (_, i) => `P${i}`);
    const rows: Row[] = [];
    for (let y = 2015; y <= 2024; y++)
      for (let m = 1; m <= 12; m++) for (const p of [0, 65_535, 12_345]) rows.push({ code: periodCode(y, m), flow: m % 2, partner: p, commodity: m % COMMODITIES.length, value: y + m, counted: 1 });
    expect(cubeCells(tableOf(rows, partners))).toEqual(naiveCells(rows));
    expect(seriesCube(tableOf([], ['CN'])).size).toBe(0);
    expect(seriesCube(tableOf([{ code: 202001, flow: 0, partner: 0, commodity: 0, value: 5, counted: 0 }], ['CN'])).size).toBe(0);
  });
});
