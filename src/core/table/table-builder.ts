// Appends canonical records into growable typed-array columns. Strings are
// dictionary-coded as they arrive, so no row object is ever created.

import type { TradeTable } from './trade-table';
import { computeCoverage, type CoverageResult } from './aggregate-coverage';

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

type Column = Int32Array | Uint8Array | Uint16Array | Uint32Array | Float64Array;

function grow<T extends Column>(column: T, capacity: number): T {
  const next = new (column.constructor as new (n: number) => T)(capacity);
  next.set(column);
  return next;
}

export class TradeTableBuilder {
  private capacity: number;
  private length = 0;
  private period: Int32Array;
  private flow: Uint8Array;
  private reporter: Uint16Array;
  private partner: Uint16Array;
  private commodity: Uint32Array;
  private valueUsd: Float64Array;
  private netKg: Float64Array;
  private split: Uint8Array;
  private readonly reporters = new Dictionary();
  private readonly partners = new Dictionary();
  private readonly commodities = new Dictionary();

  constructor(initialCapacity = 4096) {
    this.capacity = Math.max(16, initialCapacity);
    this.period = new Int32Array(this.capacity);
    this.flow = new Uint8Array(this.capacity);
    this.reporter = new Uint16Array(this.capacity);
    this.partner = new Uint16Array(this.capacity);
    this.commodity = new Uint32Array(this.capacity);
    this.valueUsd = new Float64Array(this.capacity);
    this.netKg = new Float64Array(this.capacity);
    this.split = new Uint8Array(this.capacity);
  }

  get rowCount(): number {
    return this.length;
  }

  /** Values of the rows appended so far, for settling ambiguous number cells in place. */
  get values(): Float64Array {
    return this.valueUsd;
  }

  get weights(): Float64Array {
    return this.netKg;
  }

  append(period: number, reporter: string, flow: number, partner: string, commodity: string, valueUsd: number, netKg: number, split = 0): void {
    if (this.length === this.capacity) this.ensure(this.capacity * 2);
    const i = this.length++;
    this.period[i] = period;
    this.flow[i] = flow;
    this.reporter[i] = this.reporters.code(reporter);
    this.partner[i] = this.partners.code(partner);
    this.commodity[i] = this.commodities.code(commodity);
    this.valueUsd[i] = valueUsd;
    this.netKg[i] = netKg;
    this.split[i] = split;
  }

  /** Trims the columns to their length and decides which rows add up; the builder must not be used afterwards. */
  finish(): { table: TradeTable; coverage: CoverageResult } {
    const n = this.length;
    const columns = {
      rowCount: n,
      period: this.period.slice(0, n),
      flow: this.flow.slice(0, n),
      reporter: this.reporter.slice(0, n),
      reporters: this.reporters.values,
      partner: this.partner.slice(0, n),
      partners: this.partners.values,
      commodity: this.commodity.slice(0, n),
      commodities: this.commodities.values,
      valueUsd: this.valueUsd.slice(0, n),
      netKg: this.netKg.slice(0, n),
    };
    const coverage = computeCoverage(columns, this.split.subarray(0, n));
    return { table: { ...columns, counted: coverage.counted }, coverage };
  }

  private ensure(capacity: number): void {
    this.capacity = capacity;
    this.period = grow(this.period, capacity);
    this.flow = grow(this.flow, capacity);
    this.reporter = grow(this.reporter, capacity);
    this.partner = grow(this.partner, capacity);
    this.commodity = grow(this.commodity, capacity);
    this.valueUsd = grow(this.valueUsd, capacity);
    this.netKg = grow(this.netKg, capacity);
    this.split = grow(this.split, capacity);
  }
}
