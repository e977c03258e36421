import { describe, expect, it } from 'vitest';
import { periodOrder, sortedByPeriod } from './period-order';
import { TradeTableBuilder, tableRow } from './table-builder';

describe('period order', () => {
  it('is a stable counting sort: periods ascending, file order within a period; null when already in order', () => {
    expect(periodOrder(Int32Array.from([202001, 202001, 202002]), 3)).toBeNull();
    expect(Array.from(periodOrder(Int32Array.from([202003, 202001, 202003, 202000, 202001]), 5)!)).toEqual([3, 1, 4, 0, 2]);
  });

  it('the builder hands out its table in period order, with every column and the counted flags moved together', () => {
    const b = new TradeTableBuilder();
    b.append(tableRow(202003, 'RU', 0, 'CN', '0303', 3, 30));
    b.append(tableRow(202001, 'RU', 0, 'W00', '0303', 99));
    b.append(tableRow(202001, 'RU', 0, 'KR', '0303', 1, NaN, { quantity: 5, unit: 'ШТУКА' }));
    const { table } = b.finish();
    expect(Array.from(table.period)).toEqual([202001, 202001, 202003]);
    expect(Array.from(table.valueUsd)).toEqual([99, 1, 3]);
    expect(Array.from(table.partner, (p) => table.partners[p])).toEqual(['W00', 'KR', 'CN']);
    // World is kept apart where its country rows are present: the flag travels with its row.
    expect(Array.from(table.counted)).toEqual([0, 1, 1]);
    expect(Array.from(table.quantity)).toEqual([NaN, 5, NaN]);
    expect(sortedByPeriod(table)).toBe(table);
  });
});
