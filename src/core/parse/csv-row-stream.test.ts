import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { CsvRowStream, detectDelimiter } from './csv-row-stream';

function parseInChunks(text: string, size: number) {
  const rows: [string[], number][] = [];
  const stream = new CsvRowStream((fields, line) => rows.push([fields, line]));
  for (let i = 0; i < text.length; i += size) stream.push(text.slice(i, i + size));
  stream.end();
  return { rows, problems: stream.problems };
}

describe('CsvRowStream', () => {
  // A CRLF split after a closing quote made PapaParse's streamers report InvalidQuotes (PapaParse #1103).
  const text = 'a,b,c\r\n"x, y","Китай",1\r\n"p","q\r\nr",2\r\n\r\n"z","w",3\r\n';

  it('gives the same rows, physical lines and no false errors at every chunk size', () => {
    for (let size = 1; size <= text.length; size++) {
      const { rows, problems } = parseInChunks(text, size);
      expect(problems).toEqual([]);
      expect(rows).toEqual([
        [['a', 'b', 'c'], 1],
        [['x, y', 'Китай', '1'], 2],
        [['p', 'q\r\nr', '2'], 3],
        [['z', 'w', '3'], 6],
      ]);
    }
  });

  it('reports an unclosed quote with its line', () => {
    const { problems } = parseInChunks('a,b\n1,2\n"3,4\n', 4);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].line).toBe(3);
  });

  it('detects the delimiter from the header and the first lines', () => {
    expect(detectDelimiter('napr\tperiod\tStoim\nЭК\t01/2020\t1,5')).toBe('\t');
    expect(detectDelimiter('a;b;c\n1,5;2,5;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(detectDelimiter('"a,b";c\n"1,2";3')).toBe(';');
  });

  it('splits text without quotes exactly as PapaParse does, at every chunking', () => {
    // Quote-free text takes our own splitter (parseUnquoted); PapaParse on the whole text is the reference.
    const text = fc
      .tuple(
        fc.array(fc.array(fc.stringMatching(/^[a-zК1 ]{0,4}$/), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom(',', ';', '\t'),
        fc.boolean(),
      )
      .map(([rows, newline, delimiter, trailing]) => ({ text: rows.map((r) => r.join(delimiter)).join(newline) + (trailing ? newline : ''), newline, delimiter }));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), ({ text, newline, delimiter }, size) => {
        const rows: [string[], number][] = [];
        const stream = new CsvRowStream((fields, line) => rows.push([fields, line]), delimiter as ',' | ';' | '\t');
        for (let i = 0; i < text.length; i += size) stream.push(text.slice(i, i + size));
        stream.end();
        const expected = (Papa.parse<string[]>(text, { delimiter, newline: newline as '\n' | '\r\n' }).data as string[][])
          .map((fields, i) => [fields, i + 1] as [string[], number])
          .filter(([fields]) => !(fields.length === 1 && fields[0].trim() === ''));
        expect(rows).toEqual(expected);
      }),
    );
  });
});
