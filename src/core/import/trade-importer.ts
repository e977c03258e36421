// The whole import, fed bytes chunk by chunk: decode → CSV rows → recognise
// the layout from the header → normalise each row → columnar table. The same
// class runs in the browser's worker and in the Node CLI and benchmarks.

import { ByteDecoder, looksLikeUtf16 } from '../parse/byte-decoder';
import { CsvRowStream, LineTooLongError, type Delimiter } from '../parse/csv-row-stream';
import { TradeTableBuilder } from '../table/table-builder';
import type { TradeTable } from '../table/trade-table';
import { normaliseHeaderName, type BoundReader, type FormatReader } from '../formats/format-reader';
import type { FormatId } from '../formats/format-ids';
import type { CanonicalFields } from '../formats/row-outcome';
import { ReadContext } from '../formats/read-context';
import { canonicalFormat } from '../formats/canonical-format';
import { customsFormat } from '../formats/customs-format';
import { comtradeLegacyFormat } from '../formats/comtrade-legacy-format';
import { comtradePlusFormat } from '../formats/comtrade-plus-format';
import { formatPeriod, latestPlausibleYear, MIN_PLAUSIBLE_YEAR, periodYear } from '../model/period';
import { YearTally } from './period-outliers';
import { MAX_KEPT_REJECTED_ROWS, quoteValue, type ImportReport, type ImportWarning, type RejectedRow } from './import-report';

/** Layouts recognised by their header, most specific first. */
export const KNOWN_FORMATS: FormatReader[] = [customsFormat, comtradePlusFormat, comtradeLegacyFormat, canonicalFormat];

/** A file that cannot be imported at all (as opposed to rows that are rejected). */
export class ImportError extends Error {
  constructor(
    readonly code: 'empty' | 'header-only' | 'unknown-layout' | 'binary' | 'no-line-breaks' | 'spreadsheet' | 'duplicate-columns' | 'no-csv',
    readonly detail: { missing?: string[]; columns?: string[] } = {},
  ) {
    super(code === 'unknown-layout' ? `unknown layout: missing ${detail.missing?.join(', ')}; columns: ${detail.columns?.join(', ')}` : code);
    this.name = 'ImportError';
  }
}

export interface ImportResult {
  table: TradeTable;
  report: ImportReport;
}

/** Bytes decoded at a time (see push). */
const DECODE_PIECE = 1 << 16;

export class TradeImporter {
  private readonly decoder = new ByteDecoder();
  private readonly rows: CsvRowStream;
  private readonly builder: TradeTableBuilder;
  private reader: BoundReader | null = null;
  private format: FormatId | null = null;
  private headerWidth = 0;
  private sawAnyRow = false;
  private readonly context = new ReadContext();
  private readonly out: CanonicalFields = { period: 0, reporter: '', flow: 0, partner: '', commodity: '', valueUsd: 0, netKg: NaN, quantity: NaN, unit: '', split: 0 };
  private readonly counts = { read: 0, accepted: 0, rejected: 0, aggregate: 0 };
  private readonly rejected: RejectedRow[] = [];
  /** Periods after this year are rejected: next year, relative to the import's date. */
  private readonly latestYear = latestPlausibleYear();
  private readonly years = new YearTally();
  bytesRead = 0;

  /** Lines above the header (a title): skipped, never imported, reported. */
  private readonly titleLines: number[] = [];
  /** Why the first line is no header: the error if no line below it is one either. */
  private firstHeaderMiss: ImportError | null = null;

  constructor(private readonly formats: FormatReader[] = KNOWN_FORMATS) {
    this.rows = new CsvRowStream((fields, line) => this.onRow(fields, line));
    this.builder = new TradeTableBuilder();
  }

  get rowsRead(): number {
    return this.counts.read;
  }

  /** The most bytes of columns the table builder held at once (after `finish`: the import's column peak). */
  get builderPeakBytes(): number {
    return this.builder.peakBytes;
  }

  push(bytes: Uint8Array): void {
    if (this.bytesRead === 0 && looksBinary(bytes)) throw new ImportError(looksLikeWorkbook(bytes) ? 'spreadsheet' : 'binary');
    this.bytesRead += bytes.length;
    // Decoded a piece at a time: a 4 MB step's text as one string lives in V8's large-object
    // space and is only freed by a full GC, so the texts of many steps piled up (~450 MB at 12M
    // rows); pieces of 64 KB are young strings that die young (npm run bench:memory).
    for (let at = 0; at < bytes.length; at += DECODE_PIECE) {
      this.feed(this.decoder.decode(bytes.subarray(at, Math.min(bytes.length, at + DECODE_PIECE))), false);
      if (this.decoder.binary) throw new ImportError('binary');
    }
  }

  /** Text to the row stream; a line of over 1 MB with no line end refuses the whole file, early. */
  private feed(text: string, last: boolean): void {
    try {
      this.rows.push(text);
      if (last) this.rows.end();
    } catch (error) {
      if (error instanceof LineTooLongError) throw new ImportError('no-line-breaks');
      throw error;
    }
  }

  finish(): ImportResult {
    this.feed(this.decoder.end(), true);
    if (!this.sawAnyRow) throw new ImportError('empty');
    if (this.reader === null) throw this.firstHeaderMiss!;
    if (this.counts.read === 0) throw new ImportError('header-only');
    const warnings: ImportWarning[] = [];
    if (this.titleLines.length > 0) warnings.push({ code: 'title-lines', lines: [...this.titleLines] });
    const mixed = this.decoder.mixedLines;
    if (mixed !== null) warnings.push({ code: 'mixed-encoding', encoding: mixed.encoding, lines: mixed.lines, ranges: mixed.ranges });
    const bom = this.decoder.bomMismatch;
    if (bom !== null) warnings.push({ code: 'bom-mismatch', ...bom });
    for (const p of this.rows.problems) warnings.push({ code: 'csv-syntax', line: p.line, parserCode: p.code, message: p.message });
    const delimiter = this.rows.delimiter as Delimiter;
    for (const d of this.context.value.resolve(this.builder.values, delimiter)) warnings.push({ code: 'ambiguous-number', column: 'value', ...d });
    for (const d of this.context.weight.resolve(this.builder.weights, delimiter)) warnings.push({ code: 'ambiguous-number', column: 'weight', ...d });
    for (const d of this.context.quantity.resolve(this.builder.quantities, delimiter)) warnings.push({ code: 'ambiguous-number', column: 'quantity', ...d });
    const { table, coverage } = this.builder.finish();
    if (coverage.mismatches.groups > 0) warnings.push({ code: 'aggregate-mismatch', ...coverage.mismatches });
    if (coverage.standing > 0) warnings.push({ code: 'aggregate-stands', rows: coverage.standing });
    const outliers = this.years.outliers();
    if (outliers !== null) warnings.push({ code: 'outlier-period', ...outliers });
    const stored = this.counts.accepted;
    return {
      table,
      report: {
        format: this.format!,
        encoding: this.decoder.encoding,
        delimiter,
        rows: { read: this.counts.read, accepted: stored - coverage.keptApart, rejected: this.counts.rejected, aggregate: coverage.keptApart },
        rejected: this.rejected,
        header: this.header,
        warnings,
      },
    };
  }

  private onRow(fields: string[], line: number): void {
    this.sawAnyRow = true;
    if (this.reader === null) {
      this.bindHeader(fields, line);
      return;
    }
    this.counts.read++;
    const keep = this.rejected.length < MAX_KEPT_REJECTED_ROWS ? fields : undefined;
    // Bytes that were not UTF-8 inside UTF-8 text (the decoder put U+FFFD for them): the row is not guessed at.
    if (this.decoder.invalidBytes > 0 && fields.some((f) => f.includes('\uFFFD'))) {
      this.rejectRow({ line, code: 'invalid-utf8', fields: keep });
      return;
    }
    if (fields.length < this.headerWidth) {
      this.rejectRow({ line, code: 'field-count', value: `${fields.length} / ${this.headerWidth}`, fields: keep });
      return;
    }
    // More fields than the header: rejected too, unless every extra field is empty — a trailing
    // delimiter (`a;b;c;`) is common in customs and spreadsheet exports and loses nothing.
    if (fields.length > this.headerWidth && !onlyEmptyFrom(fields, this.headerWidth)) {
      this.rejectRow({ line, code: 'extra-fields', value: `${fields.length} / ${this.headerWidth}`, fields: keep });
      return;
    }
    const outcome = this.reader.read(fields, this.out);
    if (!outcome.ok) {
      this.rejectRow({ line, code: outcome.code, value: outcome.value === undefined ? undefined : quoteValue(outcome.value), fields: keep });
      return;
    }
    const o = this.out;
    const year = periodYear(o.period);
    if (year < MIN_PLAUSIBLE_YEAR || year > this.latestYear) {
      this.rejectRow({ line, code: 'implausible-period', value: formatPeriod(o.period), fields: keep });
      return;
    }
    this.years.add(year, line);
    const row = this.builder.rowCount;
    this.builder.append(o);
    this.context.value.commit(row);
    this.context.weight.commit(row);
    this.context.quantity.commit(row);
    this.counts.accepted++;
  }

  private rejectRow(row: RejectedRow): void {
    this.counts.rejected++;
    this.rejected.push(row);
  }

  /** The file's header as read (for reports and the rejected-rows download). */
  header: string[] = [];

  /**
   * The header is the first of the first HEADER_SEARCH_LINES lines a layout recognises; the
   * lines above it (a title such as «Выгрузка ФТС за 2024 год») are skipped and reported.
   * When none is, the error is about the first line, as if it were the header.
   */
  private bindHeader(header: string[], line: number): void {
    let fewestMissing: string[] | null = null;
    for (const format of this.formats) {
      const bound = format.bind(header, this.context);
      if ('read' in bound) {
        const duplicated = duplicatedColumns(header, format.columns);
        if (duplicated.length > 0) throw new ImportError('duplicate-columns', { columns: duplicated });
        this.header = header;
        this.reader = bound;
        this.format = format.id;
        this.headerWidth = header.length;
        return;
      }
      if (fewestMissing === null || bound.missing.length < fewestMissing.length) fewestMissing = bound.missing;
    }
    if (this.firstHeaderMiss === null) {
      this.header = header;
      this.firstHeaderMiss = new ImportError('unknown-layout', { missing: fewestMissing ?? [], columns: header.map((h) => h.trim()) });
    }
    this.titleLines.push(line);
    if (this.titleLines.length >= HEADER_SEARCH_LINES) throw this.firstHeaderMiss;
  }
}

/** How far down the header is looked for. */
export const HEADER_SEARCH_LINES = 20;

/** The columns a layout reads that the header names more than once (as written in the file). */
function duplicatedColumns(header: string[], read: readonly string[] | undefined): string[] {
  if (!read) return [];
  const wanted = new Set(read);
  const seen = new Map<string, number>();
  for (const name of header) {
    const key = normaliseHeaderName(name);
    if (wanted.has(key)) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const out: string[] = [];
  for (const name of header) {
    const key = normaliseHeaderName(name);
    if ((seen.get(key) ?? 0) > 1 && !out.some((o) => normaliseHeaderName(o) === key)) out.push(name.trim());
  }
  return out;
}

/** An XLSX workbook: a ZIP whose first entries are `[Content_Types].xml` and `xl/…` parts. */
export function looksLikeWorkbook(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  const head = latin1(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
  return head.includes('[Content_Types].xml') && head.includes('xl/');
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/** Whether every field from `start` on is empty (spaces count as empty). */
function onlyEmptyFrom(fields: string[], start: number): boolean {
  for (let i = start; i < fields.length; i++) if (fields[i].trim() !== '') return false;
  return true;
}

/** NUL bytes in the first kilobytes mean a spreadsheet, ZIP or other binary, not CSV text. */
function looksBinary(bytes: Uint8Array): boolean {
  if (looksLikeUtf16(bytes)) return false; // every other byte is 0 in ASCII text; the decoder checks it
  const n = Math.min(bytes.length, 8192);
  if (n >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return true; // ZIP / XLSX
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
