import { describe, expect, it } from 'vitest';
import { ByteDecoder, SAMPLE_BYTES, countRuns } from './byte-decoder';
import { encodeWindows1251 } from './windows-1251';

const TEXT = 'период;страна;стоимость\r\n202301;Китай;1234,5\r\n202302;Ёмкость «Ъ» — Щука;7\r\n202303;Germany;8\r\n';

const utf8 = (s: string) => new TextEncoder().encode(s);
const cp1251 = encodeWindows1251;
function singleByteEncoder(label: string): (s: string) => Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return (s) => Uint8Array.from([...s].map((c) => table.get(c)!));
}
const cp866 = singleByteEncoder('ibm866');
function utf16(s: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (bigEndian) out.push(c >> 8, c & 0xff);
    else out.push(c & 0xff, c >> 8);
  }
  return Uint8Array.from(out);
}
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function decodeAll(bytes: Uint8Array, chunk = bytes.length || 1): { text: string; decoder: ByteDecoder } {
  const decoder = new ByteDecoder();
  let text = '';
  for (let i = 0; i < bytes.length; i += chunk) text += decoder.decode(bytes.subarray(i, i + chunk));
  text += decoder.end();
  return { text, decoder };
}

/** Every chunk size from 1 to 9 and a few larger: every boundary of the short text is crossed. */
const CHUNKS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 64, 1 << 20];

describe('ByteDecoder', () => {
  it.each([
    ['utf-8', utf8(TEXT)],
    ['utf-8', join(utf8('\uFEFF'), utf8(TEXT))],
    ['windows-1251', cp1251(TEXT)],
    ['cp866', cp866(TEXT.replace('«Ъ» —', 'Ъ -'))],
    ['utf-16le', utf16(TEXT, false, true)],
    ['utf-16be', utf16(TEXT, true, true)],
  ] as const)('reads %s at every chunk size', (encoding, bytes) => {
    for (const chunk of CHUNKS) {
      const { text, decoder } = decodeAll(bytes, chunk);
      expect(text, `chunk ${chunk}`).toBe(encoding === 'cp866' ? TEXT.replace('«Ъ» —', 'Ъ -') : TEXT);
      expect(decoder.encoding).toBe(encoding);
      expect(decoder.invalidBytes).toBe(0);
      expect(decoder.bomMismatch).toBeNull();
      expect(decoder.mixedLines).toBeNull();
    }
  });

  it('reads UTF-16 without a BOM when every other byte of ASCII text is 0', () => {
    const ascii = 'period,partner,value\n202301,CN,1\n202302,Китай,2\n';
    for (const [bigEndian, encoding] of [
      [false, 'utf-16le'],
      [true, 'utf-16be'],
    ] as const) {
      for (const chunk of CHUNKS) {
        const { text, decoder } = decodeAll(utf16(ascii, bigEndian, false), chunk);
        expect(text).toBe(ascii);
        expect(decoder.encoding).toBe(encoding);
        expect(decoder.binary).toBe(false);
      }
    }
  });

  it('keeps a UTF-16 surrogate pair split across chunks', () => {
    const s = 'a,b\n𝄞,😀\n';
    for (const chunk of [1, 3, 5]) expect(decodeAll(utf16(s, false, true), chunk).text).toBe(s);
  });

  it('reads a UTF-8 BOM followed by Windows-1251 bytes as Windows-1251, without the BOM, and says so', () => {
    for (const chunk of CHUNKS) {
      const { text, decoder } = decodeAll(join(Uint8Array.of(0xef, 0xbb, 0xbf), cp1251(TEXT)), chunk);
      expect(text).toBe(TEXT);
      expect(decoder.encoding).toBe('windows-1251');
      expect(decoder.bomMismatch).toEqual({ bom: 'utf-8', encoding: 'windows-1251' });
    }
  });

  it('replaces a stray byte in UTF-8 with U+FFFD on its line only, never re-reading', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `2023;Китай;${i}`);
    const bytes = utf8(lines.join('\n') + '\n');
    const at = bytes.indexOf(utf8('2023;Китай;150')[0], utf8(lines.slice(0, 150).join('\n')).length);
    bytes[at + 2] = 0xff;
    for (const chunk of [1, 7, 4096]) {
      const { text, decoder } = decodeAll(bytes, chunk);
      const out = text.split('\n');
      expect(out).toHaveLength(301);
      expect(out[150]).toBe('20\uFFFD3;Китай;150');
      expect(out.filter((l) => l.includes('\uFFFD'))).toHaveLength(1);
      expect(decoder.encoding).toBe('utf-8');
      expect(decoder.invalidBytes).toBe(1);
      expect(decoder.mixedLines).toBeNull();
    }
  });

  it('treats an ASCII file with one stray byte as UTF-8 with damage', () => {
    const bytes = join(utf8('a,b\n1,2\n'), Uint8Array.of(0x33, 0xff, 0x2c, 0x34, 0x0a), utf8('5,6\n'));
    const { text, decoder } = decodeAll(bytes, 1);
    expect(text).toBe('a,b\n1,2\n3\uFFFD,4\n5,6\n');
    expect(decoder.encoding).toBe('utf-8');
    expect(decoder.invalidBytes).toBe(1);
  });

  it('keeps a UTF-8 head and a Windows-1251 tail each in its own, with the tail’s lines', () => {
    const head = 'период;страна\n' + Array.from({ length: 9 }, (_, i) => `2023${i};Китай`).join('\n') + '\n';
    const tail = Array.from({ length: 5 }, (_, i) => `2024${i};Германия`).join('\n') + '\n';
    for (const chunk of [1, 5, 1 << 20]) {
      const { text, decoder } = decodeAll(join(utf8(head), cp1251(tail)), chunk);
      expect(text).toBe(head + tail);
      expect(decoder.encoding).toBe('utf-8');
      expect(decoder.mixedLines).toEqual({ encoding: 'windows-1251', lines: 5, ranges: [{ from: 11, to: 15 }] });
      expect(decoder.invalidBytes).toBe(0);
    }
  });

  it('decides on the sample: a Windows-1251 file after a megabyte of ASCII keeps reading correctly', () => {
    const ascii = ('2023,CN,1\n').repeat(Math.ceil(SAMPLE_BYTES / 10) + 10);
    const bytes = join(utf8(ascii), cp1251('2024,Китай,2\n'));
    const { text, decoder } = decodeAll(bytes, 1 << 16);
    expect(text.endsWith('2024,Китай,2\n')).toBe(true);
    expect(decoder.encoding).toBe('windows-1251');
    expect(decoder.mixedLines).toBeNull();
  });

  it('keeps a UTF-8 character split at the end of the sample', () => {
    const prefix = 'x'.repeat(SAMPLE_BYTES - 1);
    const s = prefix + 'ж\nКитай\n';
    const { text, decoder } = decodeAll(utf8(s), 1 << 16);
    expect(text).toBe(s);
    expect(decoder.encoding).toBe('utf-8');
  });

  it('marks a UTF-8 character cut by the end of the file', () => {
    const { text, decoder } = decodeAll(join(utf8('a,b\nКит'), Uint8Array.of(0xd0)), 1);
    expect(text).toBe('a,b\nКит\uFFFD');
    expect(decoder.invalidBytes).toBe(1);
  });

  it('says binary for NUL bytes and ZIP, not for UTF-16', () => {
    expect(decodeAll(Uint8Array.of(0x50, 0x4b, 3, 4, 0, 0)).decoder.binary).toBe(true);
    expect(decodeAll(Uint8Array.of(1, 0, 0, 7, 9, 0, 0, 0)).decoder.binary).toBe(true);
    expect(decodeAll(utf16('a,b\n', false, true)).decoder.binary).toBe(false);
  });

  it('counts non-ASCII runs: UTF-8 words, single-byte words, isolated bytes', () => {
    expect(countRuns(utf8('Китай и Германия'), false)).toEqual({ valid: 3, words: 0, invalid: 0 });
    expect(countRuns(cp1251('Китай и Германия'), false)).toEqual({ valid: 0, words: 2, invalid: 14 });
    expect(countRuns(join(utf8('Ки'), Uint8Array.of(0xff), utf8('тай')), false)).toEqual({ valid: 1, words: 0, invalid: 1 });
  });
});
