// Reads numbers in every spelling customs exports use — `1234.5`, `1,234.5`,
// `1 234,5` (space, no-break or narrow no-break), `1234,5`, `1.234,5` — and
// decides the ambiguous `1,234` / `1.234` per column from all its values:
// ambiguous cells are recorded by row and patched once the column is known.

const SPACES = /[\s\u00a0\u202f\u2009\u2007']/g;
/** `1,234` / `1.234`: one to three digits (no leading zero), the separator, exactly three digits. */
const AMBIGUOUS_COMMA_SHAPE = /^[+-]?(?:[1-9]\d{0,2}|0),\d{3}$/;
const AMBIGUOUS_DOT_SHAPE = /^[+-]?(?:[1-9]\d{0,2}|0)\.\d{3}$/;
const PLAIN = /^[+-]?\d+(?:\.\d+)?$/;
const VALID = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** What a cell told us about the column's separators. */
const enum Evidence {
  DecimalComma = 1,
  ThousandsComma = 2,
  DecimalDot = 4,
  ThousandsDot = 8,
}

/** How the last parsed cell was ambiguous: 1 = `1,234` (read as thousands), 2 = `1.234` (read as decimal). */
const AMBIGUOUS_COMMA = 1;
const AMBIGUOUS_DOT = 2;

export interface NumberDecision {
  /** Human-readable: which reading was chosen for the ambiguous cells and why. */
  separator: 'comma-decimal' | 'comma-thousands' | 'dot-decimal' | 'dot-thousands';
  cells: number;
  basis: 'column' | 'file-default';
}

/** A column's numbers by row, wherever they are kept (the table builder's blocks, an array). */
export interface RowNumbers {
  get(row: number): number;
  set(row: number, value: number): void;
}

/** An array seen as `RowNumbers`. */
export function arrayRowNumbers(values: Float64Array): RowNumbers {
  return { get: (row) => values[row], set: (row, value) => void (values[row] = value) };
}

export class NumberColumn {
  private evidence = 0;
  private last = 0;
  private readonly ambiguousComma: number[] = [];
  private readonly ambiguousDot: number[] = [];

  /** A number; null for an empty cell (missing, not zero); NaN when it is not a number. */
  parse(text: string): number | null {
    this.last = 0;
    const fast = this.parseDigits(text);
    if (fast >= 0) return fast;
    if (PLAIN.test(text)) {
      // Fast path for the common `1234` / `1234.5`; `1.234` is still ambiguous.
      if (text.indexOf('.') !== -1) {
        if (AMBIGUOUS_DOT_SHAPE.test(text) && !/^[+-]?0\./.test(text)) this.last = AMBIGUOUS_DOT;
        else this.evidence |= Evidence.DecimalDot;
      }
      return Number(text);
    }
    let s = text.trim();
    if (s === '') return null;
    const spaced = SPACES.test(s);
    if (spaced) s = s.replace(SPACES, '');
    s = s.replace('\u2212', '-');
    const comma = s.lastIndexOf(',');
    const dot = s.lastIndexOf('.');
    if (comma !== -1 && dot !== -1) {
      if (comma > dot) {
        this.evidence |= Evidence.DecimalComma | Evidence.ThousandsDot;
        s = s.replace(/\./g, '').replace(',', '.');
      } else {
        this.evidence |= Evidence.DecimalDot | Evidence.ThousandsComma;
        s = s.replace(/,/g, '');
      }
    } else if (comma !== -1) {
      if (s.indexOf(',') !== comma) {
        this.evidence |= Evidence.ThousandsComma;
        if (!/^[+-]?\d{1,3}(,\d{3})+$/.test(s)) return NaN;
        s = s.replace(/,/g, '');
      } else if (!spaced && AMBIGUOUS_COMMA_SHAPE.test(s) && !/^[+-]?0,/.test(s)) {
        this.last = AMBIGUOUS_COMMA;
        s = s.replace(',', '');
      } else {
        this.evidence |= Evidence.DecimalComma;
        s = s.replace(',', '.');
      }
    } else if (dot !== -1) {
      if (s.indexOf('.') !== dot) {
        this.evidence |= Evidence.ThousandsDot;
        if (!/^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) return NaN;
        s = s.replace(/\./g, '');
      } else if (!spaced && AMBIGUOUS_DOT_SHAPE.test(s) && !/^[+-]?0\./.test(s)) this.last = AMBIGUOUS_DOT;
      else this.evidence |= Evidence.DecimalDot;
    }
    if (!VALID.test(s)) return NaN;
    return Number(s);
  }

  /**
   * The common cells without a regular expression or a string copy: `1234`, `1234.5`,
   * `1234,5` — digits with at most one `.` or `,` between digits, 15 digits at most.
   * Exactly what the general path below returns (value, evidence, ambiguity): the digits
   * form an integer M < 2^53 and 10^k is exact, so M / 10^k is the correctly rounded
   * value, the same double `Number()` gives for the decimal text. -1 for any other text.
   */
  private parseDigits(text: string): number {
    const n = text.length;
    if (n === 0 || n > 16) return -1;
    let m = 0;
    let sep = -1;
    let sepChar = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) m = m * 10 + (c - 48);
      else if ((c === 46 || c === 44) && sep === -1 && i > 0 && i < n - 1) {
        sep = i;
        sepChar = c;
      } else return -1;
    }
    if (sep === -1) return n <= 15 ? m : -1;
    const decimals = n - sep - 1;
    // `1,234` / `1.234`: one to three digits without a leading zero, then exactly three.
    const ambiguous = decimals === 3 && sep <= 3 && text.charCodeAt(0) !== 48;
    if (sepChar === 44) {
      if (ambiguous) {
        this.last = AMBIGUOUS_COMMA;
        return m;
      }
      this.evidence |= Evidence.DecimalComma;
    } else if (ambiguous) this.last = AMBIGUOUS_DOT;
    else this.evidence |= Evidence.DecimalDot;
    return m / POWERS_OF_TEN[decimals];
  }

  /** Call once the last parsed cell's row is stored at `row`; ambiguous cells are remembered for patching. */
  commit(row: number): void {
    if (this.last === AMBIGUOUS_COMMA) this.ambiguousComma.push(row);
    else if (this.last === AMBIGUOUS_DOT) this.ambiguousDot.push(row);
  }

  /**
   * Settles the ambiguous cells in `values` (indexed by row) from the column's
   * own evidence, or else from the file's delimiter: in `;`- and tab-separated
   * files (Russian exports) a lone comma is a decimal comma.
   */
  resolve(values: RowNumbers, delimiter: string): NumberDecision[] {
    const decisions: NumberDecision[] = [];
    const e = this.evidence;
    if (this.ambiguousComma.length > 0) {
      const columnSays = e & Evidence.DecimalComma ? 'decimal' : e & (Evidence.ThousandsComma | Evidence.DecimalDot) ? 'thousands' : null;
      const decimal = columnSays ? columnSays === 'decimal' : delimiter !== ',';
      if (decimal) for (const row of this.ambiguousComma) values.set(row, values.get(row) / 1000);
      decisions.push({ separator: decimal ? 'comma-decimal' : 'comma-thousands', cells: this.ambiguousComma.length, basis: columnSays ? 'column' : 'file-default' });
    }
    if (this.ambiguousDot.length > 0) {
      const thousands = (e & (Evidence.ThousandsDot | Evidence.DecimalComma)) !== 0;
      if (thousands) for (const row of this.ambiguousDot) values.set(row, Math.round(values.get(row) * 1000));
      // A lone `1.234` among plain numbers is read as a decimal point without comment.
      if (thousands || (e & Evidence.DecimalDot) === 0)
        decisions.push({ separator: thousands ? 'dot-thousands' : 'dot-decimal', cells: this.ambiguousDot.length, basis: thousands || e & Evidence.DecimalDot ? 'column' : 'file-default' });
    }
    return decisions;
  }
}
