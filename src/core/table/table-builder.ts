// Appends canonical records into growable typed-array columns. Strings are
// dictionary-coded as they arrive, so no row object is ever created.

import { COLUMN_NAMES, DICTIONARY_NAMES, newColumn, type AnyColumn, type ColumnArray, type ColumnName, type DictionaryName, type TradeTable } from './trade-table';
import { computeCoverage, type CoverageResult } from './aggregate-coverage';
import { BLOCK_ROWS, blockOf, joinBlocks, newBlock, newByteBlock, periodStarts, placeInBlock } from './column-blocks';
import type { RowNumbers } from '../parse/number-column';

class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  // Neighbouring rows mostly repeat a reporter (and often a partner): no hashing then.
  private lastValue: string | null = null;
  private lastCode = 0;
  code(value: string): number {
    if (value === this.lastValue) return this.lastCode;
    this.lastValue = value;
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.index.set(value, code);
    }
    this.lastCode = code;
    return code;
  }
}

/** One accepted row as the format readers produce it (formats/format-reader.ts CanonicalFields). */
export interface TableRow {
  period: number;
  reporter: string;
  flow: number;
  partner: string;
  commodity: string;
  valueUsd: number;
  /** NaN when the source has no weight. */
  netKg: number;
  /** Quantity in the supplementary unit; NaN when the source has none. */
  quantity: number;
  /** The supplementary unit as the source names it (`ШТУКА`, `kg`); '' when there is no quantity. */
  unit: string;
  /**
   * 1 when the row is one part of a split the canonical record does not keep
   * (second partner, customs procedure, mode of transport); 0 for the total.
   * A total row is kept apart when its parts are in the file (aggregate-coverage.ts).
   */
  split: number;
}

type BuiltName = Exclude<ColumnName, 'counted'>;
/** One block of every built column, plus the split flags. */
type Block = { [K in BuiltName]: ColumnArray<K> } & { split: Uint8Array };
type BlockLists = { [K in BuiltName]: ColumnArray<K>[] } & { split: Uint8Array[] };

/**
 * The columns grow a block at a time (column-blocks.ts): nothing is ever copied while the
 * file is read, and `finish` joins each column into one exact array, freeing its blocks.
 */
export class TradeTableBuilder {
  private length = 0;
  /** The block rows are written to, and the next place in it (BLOCK_ROWS: none yet). */
  private current: Block | null = null;
  private offset = BLOCK_ROWS;
  private readonly blocks: BlockLists = Object.fromEntries([...BUILT, 'split'].map((name) => [name, []])) as unknown as BlockLists;
  private readonly dictionaries: Record<DictionaryName, Dictionary> = Object.fromEntries(DICTIONARY_NAMES.map((d) => [d, new Dictionary()])) as Record<DictionaryName, Dictionary>;
  /** Bytes of columns held now and at most so far (blocks, joined columns, sort starts). */
  private held = 0;
  private peak = 0;

  get rowCount(): number {
    return this.length;
  }

  /** The most bytes of columns the builder held at once: the import's memory peak, less its text. */
  get peakBytes(): number {
    return this.peak;
  }

  /** Values of the rows appended so far, for settling ambiguous number cells in place. */
  get values(): RowNumbers {
    return this.rowNumbers('valueUsd');
  }

  get weights(): RowNumbers {
    return this.rowNumbers('netKg');
  }

  get quantities(): RowNumbers {
    return this.rowNumbers('quantity');
  }

  append(row: TableRow): void {
    if (this.offset === BLOCK_ROWS) this.addBlock();
    const j = this.offset++;
    this.length++;
    const c = this.current!;
    const d = this.dictionaries;
    c.period[j] = row.period;
    c.flow[j] = row.flow;
    c.reporter[j] = d.reporters.code(row.reporter);
    c.partner[j] = d.partners.code(row.partner);
    c.commodity[j] = d.commodities.code(row.commodity);
    c.valueUsd[j] = row.valueUsd;
    c.netKg[j] = row.netKg;
    c.quantity[j] = row.quantity;
    c.unit[j] = d.units.code(row.unit);
    c.split[j] = row.split;
  }

  /**
   * Joins the columns in period order (file order within a period) and decides which rows
   * add up; the builder must not be used afterwards.
   */
  finish(): { table: TradeTable; coverage: CoverageResult } {
    const n = this.length;
    this.current = null;
    const periods = this.blocks.period;
    const order = periodStarts(periods, n);
    if (order !== null) this.allocated(order.starts.byteLength);
    const joined = {} as Record<string, AnyColumn>;
    // The period blocks place every other column's rows, so they are joined last.
    for (const name of [...BUILT.filter((c) => c !== 'period'), 'split' as const, 'period' as const]) {
      const blocks = this.blocks[name] as AnyColumn[];
      const blockBytes = blocks.reduce((sum, b) => sum + b.byteLength, 0);
      joined[name] = joinBlocks(blocks, n, (size) => (name === 'split' ? new Uint8Array(size) : newColumn(name, size)), order, periods);
      this.allocated(joined[name].byteLength);
      this.held -= blockBytes;
    }
    const dictionaries = Object.fromEntries(DICTIONARY_NAMES.map((d) => [d, this.dictionaries[d].values]));
    const { split, ...columnsOnly } = joined;
    const columns = { rowCount: n, ...columnsOnly, ...dictionaries } as unknown as Omit<TradeTable, 'counted'>;
    const coverage = computeCoverage(columns, split as Uint8Array);
    this.allocated(coverage.counted.byteLength);
    return { table: { ...columns, counted: coverage.counted } as TradeTable, coverage };
  }

  private addBlock(): void {
    const block = {} as Record<string, AnyColumn>;
    for (const name of BUILT) block[name] = newBlock(name);
    block.split = newByteBlock();
    for (const name of [...BUILT, 'split' as const]) {
      (this.blocks[name] as AnyColumn[]).push(block[name]);
      this.allocated(block[name].byteLength);
    }
    this.current = block as unknown as Block;
    this.offset = 0;
  }

  private allocated(bytes: number): void {
    this.held += bytes;
    if (this.held > this.peak) this.peak = this.held;
  }

  private rowNumbers(name: 'valueUsd' | 'netKg' | 'quantity'): RowNumbers {
    const blocks = this.blocks[name];
    return {
      get: (row) => blocks[blockOf(row)][placeInBlock(row)],
      set: (row, value) => void (blocks[blockOf(row)][placeInBlock(row)] = value),
    };
  }
}

const BUILT = COLUMN_NAMES.filter((name): name is BuiltName => name !== 'counted');

/** A row from positional fields (tests, generators): no quantity unless given. */
export function tableRow(period: number, reporter: string, flow: number, partner: string, commodity: string, valueUsd: number, netKg = NaN, extra: Partial<TableRow> = {}): TableRow {
  return { period, reporter, flow, partner, commodity, valueUsd, netKg, quantity: NaN, unit: '', split: 0, ...extra };
}
