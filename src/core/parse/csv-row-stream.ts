// Turns decoded text, arriving in chunks, into rows of string fields with the
// physical line each row starts on. PapaParse's low-level Parser does the CSV
// work; we carry the incomplete last row to the next chunk ourselves, so chunk
// boundaries never split a row, and no string of the whole file is ever built.

import Papa from 'papaparse';

export type Delimiter = '\t' | ';' | ',';
const CANDIDATES: Delimiter[] = ['\t', ';', ','];

export interface RowSink {
  /** Every non-empty row, the header included; `line` is 1-based, the header is line 1. */
  (fields: string[], line: number): void;
}

export class CsvRowStream {
  private parser: Papa.Parser | null = null;
  private partial = '';
  private nextLine = 1;
  private delimiterValue: Delimiter | null;
  private newline: '\n' | '\r\n' | '\r' = '\n';
  private started = false;
  /** PapaParse errors such as an unclosed quote, with the line they were found on. */
  readonly problems: { line: number; message: string }[] = [];

  constructor(
    private readonly sink: RowSink,
    delimiter?: Delimiter,
  ) {
    this.delimiterValue = delimiter ?? null;
  }

  get delimiter(): Delimiter | null {
    return this.delimiterValue;
  }

  push(text: string): void {
    if (!this.started) {
      this.partial += text;
      // Wait for the first full line before deciding on delimiter and newline.
      if (this.partial.indexOf('\n') === -1 && this.partial.length < 1 << 20) return;
      this.start(this.partial);
      text = this.partial;
      this.partial = '';
    }
    this.parse(this.partial + text, true);
  }

  end(): void {
    if (!this.started) {
      if (this.partial === '') return;
      this.start(this.partial);
      const all = this.partial;
      this.partial = '';
      this.parse(all, false);
      return;
    }
    const rest = this.partial;
    this.partial = '';
    if (rest !== '') this.parse(rest, false);
  }

  private start(sample: string): void {
    this.started = true;
    if (sample.charCodeAt(0) === 0xfeff) sample = sample.slice(1);
    const crlf = sample.indexOf('\r\n');
    const lf = sample.indexOf('\n');
    this.newline = crlf !== -1 && crlf + 1 === lf ? '\r\n' : lf === -1 && sample.indexOf('\r') !== -1 ? '\r' : '\n';
    this.delimiterValue ??= detectDelimiter(sample);
    this.parser = new Papa.Parser({ delimiter: this.delimiterValue, newline: this.newline });
  }

  private parse(input: string, moreToCome: boolean): void {
    if (this.nextLine === 1 && input.charCodeAt(0) === 0xfeff) input = input.slice(1);
    const result = this.parser!.parse(input, 0, moreToCome);
    const rows = result.data as string[][];
    const quoted = input.indexOf('"') !== -1;
    const firstLine = this.nextLine;
    for (const row of rows) {
      const line = this.nextLine;
      this.nextLine += 1;
      // Quoted fields may hold line breaks: the next row starts further down.
      if (quoted) for (const field of row) this.nextLine += countNewlines(field);
      if (row.length === 1 && row[0].trim() === '') continue;
      this.sink(row, line);
    }
    for (const error of result.errors) {
      if (error.code === 'UndetectableDelimiter') continue;
      this.problems.push({ line: firstLine + (error.row ?? 0), message: error.message });
    }
    if (moreToCome) this.partial = input.substring(result.meta.cursor);
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  if (n === 0 && s.indexOf('\r') !== -1) for (let i = s.indexOf('\r'); i !== -1; i = s.indexOf('\r', i + 1)) n++;
  return n;
}

/**
 * The delimiter that splits the header and the next lines into the same number
 * of fields; ties go to tab, then `;`, then `,` (a decimal comma is common in
 * `;`-separated Russian files).
 */
export function detectDelimiter(sample: string): Delimiter {
  const lines = sample.split(/\r\n|\n|\r/).slice(0, 20).filter((l) => l.trim() !== '');
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const consistent = counts.filter((c) => c === header).length;
    const score = consistent * 1000 + header;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === d && !inQuotes) n++;
  }
  return n;
}
