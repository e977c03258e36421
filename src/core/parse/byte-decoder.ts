// Decodes a byte stream chunk by chunk, so a character split across chunks is never
// mangled (PapaParse's own streamers decode each chunk alone: #751, #908, #1132), and
// decides the encoding on evidence from the bytes, never on one byte:
//
// - the first SAMPLE_BYTES (or the whole file, if shorter) are held back and looked at
//   before any text is given out; nothing is ever decoded twice;
// - a BOM says UTF-8 or UTF-16 and is then checked against the bytes (a UTF-8 BOM before
//   Windows-1251 text is dropped and `bomMismatch` says so);
// - UTF-16 LE/BE without a BOM is recognised by every other byte being 0 (ASCII text);
// - non-ASCII runs (maximal runs of bytes ≥ 0x80) are counted as valid UTF-8, as word-like
//   invalid runs (several bytes that are not UTF-8: a single-byte encoding's words), or as
//   isolated invalid bytes; a sample whose non-ASCII is mostly word-like invalid runs is
//   single-byte: cp866 when its letters sit in 0x80–0xAF (cp866's а–п, А–Я) rather than in
//   0xC0–0xDF / 0xF2–0xFF (Windows-1251's only), Windows-1251 otherwise;
// - otherwise UTF-8, read line by line where it must be: a line with invalid bytes inside
//   UTF-8 text gets U+FFFD for them (`invalidBytes` counts them; the importer rejects the
//   row), a line whose non-ASCII is all single-byte words is read in that encoding and its
//   line number kept (`otherLines`: a UTF-8 file with a Windows-1251 tail).

import { concatBytes } from './concat-bytes';

export type TextEncodingName = 'utf-8' | 'windows-1251' | 'cp866' | 'utf-16le' | 'utf-16be';

/** Bytes looked at before the encoding is decided. */
export const SAMPLE_BYTES = 1 << 20;
/** Line ranges kept for the mixed-encoding warning (the count is always exact). */
export const MAX_KEPT_RANGES = 20;
/** A line longer than this without a line break is decoded without waiting for its end. */
const MAX_CARRY = 1 << 20;

const LF = 0x0a;
const CR = 0x0d;

type SingleByte = 'windows-1251' | 'cp866';

export interface LineRange {
  from: number;
  to: number;
}

export class ByteDecoder {
  private held: Uint8Array[] = [];
  private heldLength = 0;
  private decided = false;
  private current: TextEncodingName = 'utf-8';
  /** Set once decided: a streaming decoder for UTF-16 and the single-byte encodings. */
  private stream: TextDecoder | null = null;
  private fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly lenient = new TextDecoder('utf-8', { ignoreBOM: true });
  private readonly singleByte: Record<SingleByte, TextDecoder> = {
    'windows-1251': new TextDecoder('windows-1251'),
    cp866: new TextDecoder('ibm866'),
  };
  /** UTF-8: the bytes after the last line break, kept for the next chunk. */
  private carry: Uint8Array = new Uint8Array(0);
  private newline = LF;
  /** UTF-8: the physical line (1-based) the next byte is on. */
  private line = 1;
  private sawUtf8NonAscii = false;

  private bom: TextEncodingName | null = null;
  /** NUL bytes (outside UTF-16) or a ZIP signature at the start: not text. */
  binary = false;
  /** UTF-8: invalid bytes replaced with U+FFFD (isolated damage inside UTF-8 text). */
  invalidBytes = 0;
  /** UTF-8: lines read in a single-byte encoding instead, as ranges (the first MAX_KEPT_RANGES). */
  readonly otherLines: { encoding: SingleByte; lines: number; ranges: LineRange[] } = { encoding: 'windows-1251', lines: 0, ranges: [] };

  /** The encoding the file is read in; before the decision, a guess from nothing (UTF-8). */
  get encoding(): TextEncodingName {
    // A file whose only non-ASCII lines were single-byte is that encoding, not «UTF-8 with exceptions».
    if (this.current === 'utf-8' && !this.sawUtf8NonAscii && this.otherLines.lines > 0) return this.otherLines.encoding;
    return this.current;
  }

  /** The file opened with a BOM that its bytes contradict (`encoding` is what was used; the BOM is dropped). */
  get bomMismatch(): { bom: TextEncodingName; encoding: TextEncodingName } | null {
    const encoding = this.encoding;
    return this.bom !== null && this.bom !== encoding ? { bom: this.bom, encoding } : null;
  }

  /** Lines read in another encoding than `encoding` (empty when the file is in one). */
  get mixedLines(): { encoding: SingleByte; lines: number; ranges: LineRange[] } | null {
    return this.current === 'utf-8' && this.sawUtf8NonAscii && this.otherLines.lines > 0 ? this.otherLines : null;
  }

  decode(bytes: Uint8Array): string {
    if (this.decided) return this.decodeDecided(bytes, false);
    this.held.push(bytes.slice());
    this.heldLength += bytes.length;
    if (this.heldLength < SAMPLE_BYTES) return '';
    return this.decideNow();
  }

  /** Decides on what has been given so far and returns its text (a preview of a file's start). */
  decideNow(): string {
    if (this.decided) return '';
    const all = concatBytes(this.held, this.heldLength);
    this.held = [];
    this.heldLength = 0;
    return this.decideOn(all, false);
  }

  end(): string {
    if (!this.decided) {
      const all = concatBytes(this.held, this.heldLength);
      this.held = [];
      return this.decideOn(all, true);
    }
    return this.decodeDecided(new Uint8Array(0), true);
  }

  private decideOn(all: Uint8Array, final: boolean): string {
    this.decided = true;
    const bom = bomOf(all);
    this.bom = bom;
    let start = 0;
    if (bom === 'utf-16le' || bom === 'utf-16be') {
      if (plausibleUtf16(all.subarray(2, 2 + 65536), bom)) return this.useStream(bom, all.subarray(2), final);
    } else if (bom === 'utf-8') {
      start = 3;
    } else {
      const utf16 = utf16WithoutBom(all.subarray(0, 4096));
      if (utf16 !== null) return this.useStream(utf16, all, final);
    }
    if (bom !== 'utf-8' && looksBinary(all)) {
      this.binary = true;
      return '';
    }
    const body = all.subarray(start);
    const sample = body.subarray(0, SAMPLE_BYTES);
    const runs = countRuns(sample, !final || sample.length < body.length);
    // Mostly single-byte words (a few accidental UTF-8 pairs such as «Ъ»» = DA BB aside).
    if (runs.words > 0 && runs.valid * 2 < runs.words) return this.useStream(singleByteOf(sample), body, final);
    this.current = 'utf-8';
    if (sample.indexOf(LF) === -1 && sample.indexOf(CR) !== -1) this.newline = CR;
    return this.decodeDecided(body, final);
  }

  private useStream(encoding: TextEncodingName, bytes: Uint8Array, final: boolean): string {
    this.current = encoding;
    this.stream = encoding === 'cp866' ? new TextDecoder('ibm866') : new TextDecoder(encoding, { ignoreBOM: true });
    return this.decodeDecided(bytes, final);
  }

  private decodeDecided(bytes: Uint8Array, final: boolean): string {
    if (this.stream !== null) return this.stream.decode(bytes, { stream: !final });
    if (this.binary) return '';
    // UTF-8: whole lines at a time; the bytes after the last line break wait for the next chunk.
    if (final) {
      const rest = concatBytes([this.carry, bytes], this.carry.length + bytes.length);
      this.carry = new Uint8Array(0);
      return this.utf8Unit(rest, true);
    }
    const nl = this.newline;
    const last = bytes.lastIndexOf(nl);
    if (last === -1) {
      this.carry = concatBytes([this.carry, bytes], this.carry.length + bytes.length);
      if (this.carry.length <= MAX_CARRY) return '';
      // A very long line: decode what is complete, keep an unfinished character.
      const keep = incompleteTail(this.carry);
      const text = this.utf8Unit(this.carry.subarray(0, this.carry.length - keep));
      this.carry = this.carry.slice(this.carry.length - keep);
      return text;
    }
    let text = '';
    let from = 0;
    if (this.carry.length > 0) {
      const first = bytes.indexOf(nl);
      text = this.utf8Unit(concatBytes([this.carry, bytes.subarray(0, first + 1)], this.carry.length + first + 1));
      from = first + 1;
      this.carry = new Uint8Array(0);
    }
    if (from <= last) text += this.utf8Unit(bytes.subarray(from, last + 1));
    this.carry = bytes.slice(last + 1);
    return text;
  }

  /** Whole lines of a UTF-8 file (the last may lack its line break at the very end). */
  private utf8Unit(unit: Uint8Array, last = false): string {
    if (unit.length === 0) return '';
    const nl = this.newline;
    try {
      // Streaming is faster in Node 20 than a one-off decode; a unit is whole lines, so nothing stays pending but at the end.
      const text = this.fatal.decode(unit, { stream: !last });
      if (text.length !== unit.length) this.sawUtf8NonAscii = true;
      // Line breaks counted in the text: a string's indexOf is several times cheaper per call than a typed array's.
      const nlChar = nl === LF ? '\n' : '\r';
      for (let i = text.indexOf(nlChar); i !== -1; i = text.indexOf(nlChar, i + 1)) this.line++;
      return text;
    } catch {
      // Some line is not UTF-8: go line by line (a fresh decoder: nothing of the failed call stays pending).
      this.fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    }
    let text = '';
    for (let start = 0; start < unit.length; ) {
      const lineEnd = unit.indexOf(nl, start);
      const end = lineEnd === -1 ? unit.length : lineEnd + 1;
      text += this.utf8Line(unit.subarray(start, end));
      if (lineEnd !== -1) this.line++;
      start = end;
    }
    return text;
  }

  private utf8Line(line: Uint8Array): string {
    // A scan, not a fatal decode: an exception per line costs ten times more (a long Windows-1251 tail).
    const runs = countRuns(line, false);
    if (runs.invalid === 0) {
      if (runs.valid > 0) this.sawUtf8NonAscii = true;
      return this.lenient.decode(line);
    }
    if (runs.words > runs.valid) {
      const encoding = singleByteOf(line);
      this.noteOtherLine(encoding);
      return this.singleByte[encoding].decode(line);
    }
    if (runs.valid > 0) this.sawUtf8NonAscii = true;
    this.invalidBytes += Math.max(1, runs.invalid);
    return this.lenient.decode(line);
  }

  private noteOtherLine(encoding: SingleByte): void {
    const other = this.otherLines;
    if (other.lines === 0) other.encoding = encoding;
    other.lines++;
    const last = other.ranges[other.ranges.length - 1];
    if (last !== undefined && last.to === this.line - 1) last.to = this.line;
    else if (other.ranges.length < MAX_KEPT_RANGES) other.ranges.push({ from: this.line, to: this.line });
  }
}

function bomOf(b: Uint8Array): TextEncodingName | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 text that decodes without unpaired surrogates and has almost no control characters. */
function plausibleUtf16(b: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): boolean {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(b.subarray(0, b.length & ~1));
  } catch {
    // A truncated surrogate pair at the cut is not evidence against.
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(b.subarray(0, (b.length & ~1) - 2));
    } catch {
      return false;
    }
  }
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) controls++;
  }
  return controls * 100 <= text.length;
}

/** A UTF-16 BOM, or ASCII text in UTF-16 without one (or one byte: too little to tell): NUL bytes that do not mean binary. */
export function looksLikeUtf16(b: Uint8Array): boolean {
  return b.length < 2 || bomOf(b)?.startsWith('utf-16') === true || utf16WithoutBom(b.subarray(0, 4096)) !== null;
}

/** ASCII text in UTF-16 without a BOM: every other byte is 0, the others are not. */
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = b.length >> 1;
  if (pairs === 0) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (b[i] === 0) zeroEven++;
    if (b[i + 1] === 0) zeroOdd++;
  }
  const encoding = zeroOdd * 10 >= pairs * 6 && zeroEven * 20 < pairs ? 'utf-16le' : zeroEven * 10 >= pairs * 6 && zeroOdd * 20 < pairs ? 'utf-16be' : null;
  return encoding !== null && plausibleUtf16(b, encoding) ? encoding : null;
}

/** NUL bytes in the first kilobytes, or a ZIP signature: a spreadsheet, ZIP or other binary. */
function looksBinary(b: Uint8Array): boolean {
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return true;
  const n = Math.min(b.length, 8192);
  for (let i = 0; i < n; i++) if (b[i] === 0) return true;
  return false;
}

/** How many bytes at the end start a UTF-8 character that is not finished (0–3). */
function incompleteTail(b: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, b.length); k++) {
    const c = b[b.length - k];
    if (c < 0x80) return 0;
    if (c >= 0xc0) return sequenceLength(c) > k ? k : 0;
  }
  return 0;
}

function sequenceLength(lead: number): number {
  return lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
}

/** Length of the valid UTF-8 sequence at i (2–4), or 0 when the bytes there are not one; -1 when cut by the end. */
function validSequenceAt(b: Uint8Array, i: number): number {
  const lead = b[i];
  const n = sequenceLength(lead);
  if (n === 0) return 0;
  for (let k = 1; k < n; k++) {
    if (i + k >= b.length) return -1;
    const c = b[i + k];
    let lo = 0x80;
    let hi = 0xbf;
    if (k === 1) {
      if (lead === 0xe0) lo = 0xa0;
      else if (lead === 0xed) hi = 0x9f;
      else if (lead === 0xf0) lo = 0x90;
      else if (lead === 0xf4) hi = 0x8f;
    }
    if (c < lo || c > hi) return 0;
  }
  return n;
}

/**
 * Non-ASCII runs of `b`: `valid` runs that are UTF-8 (or UTF-8 with fewer invalid bytes than
 * characters: damage), `words` runs with two or more invalid bytes and no more valid characters
 * than that (a single-byte encoding's words), `invalid` bytes in total. With `cutAtEnd`, a
 * character cut by the end of the sample counts as nothing.
 */
export function countRuns(b: Uint8Array, cutAtEnd: boolean): { valid: number; words: number; invalid: number } {
  let valid = 0;
  let words = 0;
  let invalid = 0;
  const n = b.length;
  let i = 0;
  while (i < n) {
    if (b[i] < 0x80) {
      i++;
      continue;
    }
    let good = 0;
    let bad = 0;
    while (i < n && b[i] >= 0x80) {
      const len = validSequenceAt(b, i);
      if (len > 0) {
        good++;
        i += len;
      } else if (len === -1 && cutAtEnd) {
        i = n;
      } else {
        // One invalid unit: a valid prefix cut short, or a lone byte.
        bad++;
        const lead = sequenceLength(b[i]);
        let k = 1;
        while (lead > 0 && k < lead && i + k < n && b[i + k] >= 0x80 && b[i + k] <= 0xbf) k++;
        i += lead > 0 && k < lead ? k : 1;
      }
    }
    invalid += bad;
    if (bad === 0) {
      if (good > 0) valid++;
    } else if (good >= bad) valid++;
    else if (bad >= 2) words++;
  }
  return { valid, words, invalid };
}

/** cp866 or Windows-1251, by where the high bytes sit. */
function singleByteOf(b: Uint8Array): SingleByte {
  let cp866 = 0;
  let cp1251 = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c < 0x80) continue;
    if (c <= 0xaf) cp866++;
    else if ((c >= 0xc0 && c <= 0xdf) || c >= 0xf2) cp1251++;
  }
  return cp866 > cp1251 ? 'cp866' : 'windows-1251';
}
