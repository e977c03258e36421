// Issue 15 «encodings»: every encoding a trade CSV arrives in, read through the whole import.
import { describe, expect, it } from 'vitest';
import { TradeImporter } from './trade-importer';
import { encodeWindows1251 } from '../parse/windows-1251';
import type { ImportReport } from './import-report';

const HEADER = 'period,reporter,flow,partner,commodity,value_usd,net_kg';
const ROWS = ['2020-05,Камчатский край,export,Китай,0303660000,1000.5,200', '2020-05,Камчатский край,import,Республика Корея,8901,250,'];
const CSV = [HEADER, ...ROWS, ''].join('\r\n');

function importBytes(bytes: Uint8Array, chunkSize = bytes.length || 1) {
  const importer = new TradeImporter();
  for (let i = 0; i < bytes.length; i += chunkSize) importer.push(bytes.subarray(i, i + chunkSize));
  return importer.finish();
}
const utf8 = (s: string) => new TextEncoder().encode(s);
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
function cp866(s: string): Uint8Array {
  const decoder = new TextDecoder('ibm866');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...s].map((c) => table.get(c)!));
}
function utf16(s: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]));
  }
  return Uint8Array.from(out);
}

function expectAddsUp(report: ImportReport): void {
  const r = report.rows;
  expect(r.read).toBe(r.accepted + r.rejected + r.aggregate);
}

describe('import: encodings', () => {
  it.each([
    ['utf-8', utf8(CSV)],
    ['windows-1251', encodeWindows1251(CSV)],
    ['cp866', cp866(CSV)],
    ['utf-16le', utf16(CSV, false, true)],
    ['utf-16be', utf16(CSV, true, true)],
    ['utf-16le', utf16(CSV, false, false)],
    ['utf-16be', utf16(CSV, true, false)],
  ] as const)('reads %s at every chunk size and names it', (encoding, bytes) => {
    for (const size of [1, 2, 3, 5, 7, 64, bytes.length]) {
      const { table, report } = importBytes(bytes, size);
      expect(report.encoding, `chunk ${size}`).toBe(encoding);
      expect(report.format).toBe('canonical');
      expect(report.rows).toEqual({ read: 2, accepted: 2, rejected: 0, aggregate: 0 });
      expect(table.reporters).toEqual(['RU-KAM']);
      expect(report.warnings.filter((w) => w.code === 'mixed-encoding' || w.code === 'bom-mismatch')).toEqual([]);
    }
  });

  it('rejects the one row with a stray byte in a UTF-8 file, with its line, and reads nothing twice', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `2020-${String((i % 12) + 1).padStart(2, '0')},Камчатский край,export,Китай,${String(3000 + i).padStart(4, '0')},${i + 1},`);
    const bytes = utf8([HEADER, ...lines, ''].join('\n'));
    // Line 1 235 (row 1 234 of the data, the header is line 1): a 0xFF in place of its first digit.
    const start = utf8([HEADER, ...lines.slice(0, 233)].join('\n') + '\n').length;
    expect(bytes[start]).toBe(0x32);
    bytes[start] = 0xff;
    for (const size of [1, 7, 1 << 12, bytes.length]) {
      const { report } = importBytes(bytes, size);
      expect(report.encoding).toBe('utf-8');
      expect(report.rows).toEqual({ read: 300, accepted: 299, rejected: 1, aggregate: 0 });
      expect(report.rejected.map((r) => [r.line, r.code])).toEqual([[235, 'invalid-utf8']]);
      expectAddsUp(report);
    }
  });

  it('reads a UTF-8 BOM before Windows-1251 bytes as Windows-1251, without «п»ї» in the header, and warns', () => {
    for (const size of [1, 3, 1 << 12]) {
      const { report } = importBytes(join(Uint8Array.of(0xef, 0xbb, 0xbf), encodeWindows1251(CSV)), size);
      expect(report.encoding).toBe('windows-1251');
      expect(report.header[0]).toBe('period');
      expect(report.rows.accepted).toBe(2);
      expect(report.warnings).toContainEqual({ code: 'bom-mismatch', bom: 'utf-8', encoding: 'windows-1251' });
    }
  });

  it('keeps a UTF-8 head and a Windows-1251 tail each in its own, and warns with the tail’s lines', () => {
    const head = [HEADER, ...ROWS, ...ROWS].join('\n') + '\n';
    const tail = [...ROWS, ...ROWS, ROWS[0]].join('\n') + '\n';
    for (const size of [1, 5, 1 << 12]) {
      const { report } = importBytes(join(utf8(head), encodeWindows1251(tail)), size);
      expect(report.encoding).toBe('utf-8');
      expect(report.rows).toEqual({ read: 9, accepted: 9, rejected: 0, aggregate: 0 });
      const warning = report.warnings.find((w) => w.code === 'mixed-encoding');
      expect(warning).toEqual({ code: 'mixed-encoding', encoding: 'windows-1251', lines: 5, ranges: [{ from: 6, to: 10 }] });
    }
  });

  it('still refuses binary files, whatever the chunk size', () => {
    for (const size of [1, 2, 8]) expect(() => importBytes(Uint8Array.of(0x50, 0x4b, 3, 4, 0, 0, 1, 2, 0, 0), size)).toThrow();
  });
});
