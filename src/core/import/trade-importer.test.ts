import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TradeImporter, ImportError } from './trade-importer';
import { formatPeriod } from '../model/period';
import { encodeWindows1251 } from '../parse/windows-1251';

const HEADER = 'period,reporter,flow,partner,commodity,value_usd,net_kg';

function importBytes(bytes: Uint8Array, chunkSize = bytes.length || 1) {
  const importer = new TradeImporter();
  for (let i = 0; i < bytes.length; i += chunkSize) importer.push(bytes.subarray(i, i + chunkSize));
  return importer.finish();
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Windows-1251 bytes, as Excel saves Cyrillic CSV. */
const cp1251 = encodeWindows1251;

describe('TradeImporter on canonical CSV', () => {
  const csv = [HEADER, '2020-05,Камчатский край,export,CN,0303660000,1000.5,200', '2020-05,Камчатский край,import,KR,8901,250,', ''].join('\r\n');

  it('reads every row, whatever the chunk size, with Cyrillic split across chunks', () => {
    const whole = importBytes(utf8(csv));
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const { table, report } = importBytes(utf8(csv), size);
      expect(report.rows).toEqual(whole.report.rows);
      expect(table.reporters).toEqual(['RU-KAM']);
      expect(Array.from(table.valueUsd)).toEqual([1000.5, 250]);
    }
    expect(whole.report).toMatchObject({ format: 'canonical', encoding: 'utf-8', delimiter: ',', rows: { read: 2, accepted: 2, rejected: 0, aggregate: 0 } });
    expect(Number.isNaN(whole.table.netKg[1])).toBe(true);
  });

  it('detects Windows-1251 with ; and CRLF, as Excel saves it', () => {
    const text = [HEADER.replaceAll(',', ';'), '2020-05;Камчатский край;export;CN;0303660000;1000;5', '2020-06;Камчатский край;import;JP;8901;7;'].join('\r\n') + '\r\n';
    for (const size of [1, 4, 1000]) {
      const { table, report } = importBytes(cp1251(text), size);
      expect(report.encoding).toBe('windows-1251');
      expect(report.delimiter).toBe(';');
      expect(table.reporters).toEqual(['RU-KAM']);
      expect(report.rows.accepted).toBe(2);
    }
  });

  it('strips a UTF-8 BOM and still recognises the header', () => {
    const { report } = importBytes(utf8('\uFEFF' + csv));
    expect(report.format).toBe('canonical');
    expect(report.rows.accepted).toBe(2);
  });

  it('rejects bad rows with their physical line numbers and keeps the counts adding up', () => {
    const text = [
      HEADER,
      '2020-13,RU-KAM,export,CN,03,1,', // line 2: impossible month
      '2020-01,RU-KAM,sideways,CN,03,1,', // line 3
      '2020-01,RU-KAM,export,"C\nN",03,1,', // line 4, spans two lines
      '2020-01,RU-KAM,export,CN,03,,', // line 6: no value
      '2020-01,RU-KAM,export,W00,TOTAL,5,', // line 7: aggregate
      '2020-01,RU-KAM,export,CN,03X,1,', // line 8
      '2020-01,RU-KAM,export,CN,03,12,', // line 9
      '2020-01,RU-KAM,export,CN,0303,-1,', // line 10
    ].join('\n');
    const { report } = importBytes(utf8(text), 3);
    expect(report.rejected.map((r) => [r.line, r.code])).toEqual([
      [2, 'bad-period'],
      [3, 'bad-flow'],
      [4, 'unknown-partner'],
      [6, 'missing-value'],
      [8, 'bad-commodity'],
      [10, 'negative-value'],
    ]);
    // The World/TOTAL row is kept apart: its part (CN, 03) is in the file.
    expect(report.rows).toEqual({ read: 8, accepted: 1, rejected: 6, aggregate: 1 });
  });

  it('refuses empty, header-only, binary and unknown files with a reason', () => {
    const code = (bytes: Uint8Array) => {
      try {
        importBytes(bytes);
      } catch (e) {
        return (e as ImportError).code;
      }
      return 'imported';
    };
    expect(code(utf8(''))).toBe('empty');
    expect(code(utf8(HEADER + '\n'))).toBe('header-only');
    expect(code(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]))).toBe('binary');
    expect(code(utf8('a,b,c\n1,2,3\n'))).toBe('unknown-layout');
  });

  it('keeps every total through export → import at any chunk size (property)', () => {
    const row = fc.record({
      year: fc.integer({ min: 2000, max: new Date().getFullYear() + 1 }), // later years are rejected (implausible-period)
      month: fc.integer({ min: 1, max: 12 }),
      flow: fc.constantFrom('export', 'import'),
      partner: fc.constantFrom('CN', 'KR', 'JP', 'HK'),
      value: fc.integer({ min: 0, max: 1e12 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 50 }), (rows, chunk) => {
        const lines = rows.map((r) => `${r.year}-${String(r.month).padStart(2, '0')},Камчатский край,${r.flow},${r.partner},0303,${r.value},`);
        const { table, report } = importBytes(utf8([HEADER, ...lines].join('\r\n')), chunk);
        expect(report.rows.accepted).toBe(rows.length);
        const sum = Array.from(table.valueUsd).reduce((a, b) => a + b, 0);
        expect(sum).toBe(rows.reduce((a, r) => a + r.value, 0));
        // Rows come out in period order (table/period-order.ts): the earliest first.
        expect(formatPeriod(table.period[0])).toBe(lines.map((l) => l.slice(0, 7)).sort()[0]);
      }),
      { numRuns: 60 },
    );
  });
});
