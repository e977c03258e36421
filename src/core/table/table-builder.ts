// Appends canonical records into growable typed-array columns. Strings are
// dictionary-coded as they arrive, so no row object is ever created.

import { COLUMN_NAMES, DICTIONARY_NAMES, newColumn, type AnyColumn, type ColumnArray, type ColumnName, type DictionaryName, type TradeTable } from './trade-table';
import { computeCoverage, type CoverageResult } from './aggregate-coverage';
import { periodOrder, permuted } from './period-order';

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

type BuiltColumns = { [K in ColumnName]: ColumnArray<K> };

export class TradeTableBuilder {
  private capacity: number;
  private length = 0;
  /** Every registry column but `counted` (decided at the end), plus the split flags. */
  private columns: Omit<BuiltColumns, 'counted'>;
  private split: Uint8Array;
  private readonly dictionaries: Record<DictionaryName, Dictionary> = Object.fromEntries(DICTIONARY_NAMES.map((d) => [d, new Dictionary()])) as Record<DictionaryName, Dictionary>;

  constructor(initialCapacity = 4096) {
    this.capacity = Math.max(16, initialCapacity);
    this.columns = this.allocate(this.capacity, null);
    this.split = new Uint8Array(this.capacity);
  }

  get rowCount(): number {
    return this.length;
  }

  /** Values of the rows appended so far, for settling ambiguous number cells in place. */
  get values(): Float64Array {
    return this.columns.valueUsd;
  }

  get weights(): Float64Array {
    return this.columns.netKg;
  }

  get quantities(): Float64Array {
    return this.columns.quantity;
  }

  append(row: TableRow): void {
    if (this.length === this.capacity) this.ensure(this.capacity * 2);
    const i = this.length++;
    const c = this.columns;
    const d = this.dictionaries;
    c.period[i] = row.period;
    c.flow[i] = row.flow;
    c.reporter[i] = d.reporters.code(row.reporter);
    c.partner[i] = d.partners.code(row.partner);
    c.commodity[i] = d.commodities.code(row.commodity);
    c.valueUsd[i] = row.valueUsd;
    c.netKg[i] = row.netKg;
    c.quantity[i] = row.quantity;
    c.unit[i] = d.units.code(row.unit);
    this.split[i] = row.split;
  }

  /**
   * Trims the columns to their length, puts the rows in period order (file order within a
   * period) and decides which rows add up; the builder must not be used afterwards.
   */
  finish(): { table: TradeTable; coverage: CoverageResult } {
    const n = this.length;
    // Trimmed to their length and, when the file was not in period order, put in it
    // (period-order.ts): the same one copy either way.
    const order = periodOrder(this.columns.period, n);
    const trimmed = {} as Record<string, AnyColumn>;
    for (const name of BUILT) trimmed[name] = order === null ? this.columns[name].slice(0, n) : permuted(this.columns[name], order);
    const split = order === null ? this.split.subarray(0, n) : permuted(this.split, order);
    const dictionaries = Object.fromEntries(DICTIONARY_NAMES.map((d) => [d, this.dictionaries[d].values]));
    const columns = { rowCount: n, ...trimmed, ...dictionaries } as unknown as Omit<TradeTable, 'counted'>;
    const coverage = computeCoverage(columns, split);
    return { table: { ...columns, counted: coverage.counted } as TradeTable, coverage };
  }

  private allocate(capacity: number, from: Omit<BuiltColumns, 'counted'> | null): Omit<BuiltColumns, 'counted'> {
    const out = {} as Record<string, AnyColumn>;
    for (const name of BUILT) {
      const column = newColumn(name, capacity);
      if (from) column.set(from[name] as never);
      out[name] = column;
    }
    return out as unknown as Omit<BuiltColumns, 'counted'>;
  }

  private ensure(capacity: number): void {
    this.capacity = capacity;
    this.columns = this.allocate(capacity, this.columns);
    const split = new Uint8Array(capacity);
    split.set(this.split);
    this.split = split;
  }
}

const BUILT = COLUMN_NAMES.filter((name): name is Exclude<ColumnName, 'counted'> => name !== 'counted');

/** A row from positional fields (tests, generators): no quantity unless given. */
export function tableRow(period: number, reporter: string, flow: number, partner: string, commodity: string, valueUsd: number, netKg = NaN, extra: Partial<TableRow> = {}): TableRow {
  return { period, reporter, flow, partner, commodity, valueUsd, netKg, quantity: NaN, unit: '', split: 0, ...extra };
}
