// Issue 15, «line endings»: each line ends on its own CRLF, LF or CR; rows with more fields
// than the header are rejected with their line (a trailing empty field is not); a line of over
// 1 MB with no line end refuses the whole file before it is read to the end.

import { describe, expect, it } from 'vitest';
import { ImportError, TradeImporter } from './trade-importer';
import { importStream } from './import-stream';

const HEADER = 'napr;period;nastranapr;tnved;Stoim;Netto;Region';
const REGION = '30000 - КАМЧАТСКИЙ КРАЙ';

function importText(text: string, chunkSize: number) {
  const bytes = new TextEncoder().encode(text);
  const importer = new TradeImporter();
  for (let i = 0; i < bytes.length; i += chunkSize) importer.push(bytes.subarray(i, i + chunkSize));
  return importer.finish();
}

describe('TradeImporter, line ends per line', () => {
  it('reads LF rows under a CRLF header, lone CRs and CR|LF split between chunks, with their lines', () => {
    const text = `${HEADER}\r\nЭК;01/2020;CN;0303890009;100;1;${REGION}\nЭК;02/2020;KR;0303890009;200;2;${REGION}\r\nИМ;03/2020;ATLANTIS;8901;5;;${REGION}\rИМ;04/2020;JP;8901;300;;${REGION}\r\n`;
    for (const size of [1, 2, 3, 7, 64, 4096]) {
      const { table, report } = importText(text, size);
      expect(report.rows).toMatchObject({ read: 4, accepted: 3, rejected: 1 });
      expect(report.rejected.map((r) => [r.line, r.code])).toEqual([[4, 'unknown-partner']]);
      expect(Array.from(table.valueUsd)).toEqual([100, 200, 300]);
    }
  });
});

describe('TradeImporter, rows with more fields than the header', () => {
  it('rejects them with their line and both counts', () => {
    const text = [HEADER, `ЭК;01/2020;CN;0303890009;100;1;${REGION}`, `ЭК;01/2020;KR;0303890009;200;2;${REGION};лишнее`, `ЭК;01/2020;JP;0303890009;300;3`, ''].join('\n');
    const { report } = importText(text, 5);
    expect(report.rows).toMatchObject({ read: 3, accepted: 1, rejected: 2 });
    expect(report.rejected.map((r) => [r.line, r.code, r.value])).toEqual([
      [3, 'extra-fields', '8 / 7'],
      [4, 'field-count', '6 / 7'],
    ]);
  });

  it('accepts empty extra fields: a trailing delimiter (`a;b;c;`), as customs exports often have', () => {
    const text = [HEADER, `ЭК;01/2020;CN;0303890009;100;1;${REGION};`, `ЭК;01/2020;KR;0303890009;200;2;${REGION};;`, `ЭК;01/2020;JP;0303890009;300;3;${REGION}`, ''].join('\r\n');
    const { report } = importText(text, 4096);
    expect(report.rows).toMatchObject({ read: 3, accepted: 3, rejected: 0 });
  });
});

describe('a line of over 1 MB without a line end', () => {
  it('refuses the file as a whole, after reading a few MB of 50', async () => {
    let pulled = 0;
    const megabyte = new TextEncoder().encode('ab;c'.repeat((1 << 20) / 4));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === 50) controller.close();
        else {
          pulled++;
          controller.enqueue(megabyte);
        }
      },
    });
    const failure = await importStream(stream).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportError);
    expect((failure as ImportError).code).toBe('no-line-breaks');
    // 4 MB steps (import-stream.ts), one read ahead, and whatever the decoder holds back.
    expect(pulled).toBeLessThanOrEqual(10);
  });

  it('refuses a generated 2 MB line after a header and rows too', () => {
    const importer = new TradeImporter();
    importer.push(new TextEncoder().encode(`${HEADER}\nЭК;01/2020;CN;0303890009;100;1;${REGION}\n`));
    expect(() => {
      importer.push(new TextEncoder().encode('x;'.repeat(1 << 20)));
      importer.finish();
    }).toThrow(expect.objectContaining({ name: 'ImportError', code: 'no-line-breaks' }));
  });
});
