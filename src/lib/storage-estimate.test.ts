import { describe, expect, it } from 'vitest';
import { TradeTableBuilder, tableRow } from '../core/table/table-builder';
import { tableByteSize } from '../core/table/trade-table';
import { storageShortfall, storedBytes } from './storage-estimate';

function table(rows: number) {
  const b = new TradeTableBuilder();
  for (let i = 0; i < rows; i++) b.append(tableRow(202001, 'RU-KAM', 0, 'CN', '0303', i));
  return b.finish().table;
}

describe('storageShortfall', () => {
  const t = table(1000);

  it('says how much is needed and free when the table will not fit', async () => {
    const s = await storageShortfall(t, 0, async () => ({ quota: 1_000_000, usage: 900_000 }));
    expect(s).toEqual({ neededBytes: storedBytes(t), freeBytes: 100_000 });
    expect(storedBytes(t)).toBeGreaterThan(tableByteSize(t));
  });

  it('is null when it fits, counting what the replaced version frees', async () => {
    expect(await storageShortfall(t, 0, async () => ({ quota: 1e9, usage: 0 }))).toBeNull();
    // A megabyte is left over after the save.
    const tight = { quota: 2 ** 21, usage: 2 ** 21 - 2 ** 20 };
    expect(await storageShortfall(t, 0, async () => tight)).not.toBeNull();
    expect(await storageShortfall(t, storedBytes(t), async () => tight)).toBeNull();
  });

  it('never refuses when the browser gives no estimate', async () => {
    expect(await storageShortfall(t, 0, async () => undefined)).toBeNull();
    expect(await storageShortfall(t, 0, async () => ({ usage: 5 }))).toBeNull();
    expect(await storageShortfall(t, 0, async () => ({ quota: 0, usage: 0 }))).toBeNull();
  });
});
