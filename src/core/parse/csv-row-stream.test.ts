import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { CsvRowStream, detectDelimiter, LineTooLongError, MAX_LINE_CHARS } from './csv-row-stream';

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

describe('CsvRowStream line ends (each line its own: CRLF, LF, CR)', () => {
  const expectEveryChunking = (text: string, expected: [string[], number][]) => {
    for (let size = 1; size <= text.length; size++) {
      const { rows, problems } = parseInChunks(text, size);
      expect(problems, `chunk size ${size}`).toEqual([]);
      expect(rows, `chunk size ${size}`).toEqual(expected);
    }
  };

  it('reads LF rows under a CRLF header (Cyrillic, no quotes)', () => {
    expectEveryChunking('страна;товар;стоимость\r\nКитай;0303;1,5\nКорея;0304;2\n', [
      [['страна', 'товар', 'стоимость'], 1],
      [['Китай', '0303', '1,5'], 2],
      [['Корея', '0304', '2'], 3],
    ]);
  });

  it('reads alternating LF and CRLF, and lone CR, with and without quotes', () => {
    const expected: [string[], number][] = [
      [['a', 'b'], 1],
      [['Китай', '1'], 2],
      [['Корея', '2'], 3],
      [['Япония', '3'], 5],
      [['Норвегия', '4'], 6],
    ];
    expectEveryChunking('a;b\nКитай;1\r\nКорея;2\n\rЯпония;3\rНорвегия;4\r', expected);
    expectEveryChunking('a;b\n"Китай";1\r\nКорея;"2"\n\r"Япония";3\rНорвегия;4\r', expected);
  });

  it('counts CRLF, LF and lone CR inside quotes as one line each', () => {
    expectEveryChunking('a;b\r\n"x\r\ny\nz\rw";1\n"k";2\r', [
      [['a', 'b'], 1],
      [['x\r\ny\nz\rw', '1'], 2],
      [['k', '2'], 6],
    ]);
  });

  it('takes CR at the end of one piece and LF at the start of the next as ONE line end', () => {
    for (const text of ['a;b\r\nКитай;1\r\nКорея;2\r\n', 'a;b\r\n"Китай";1\r\n"Корея";2\r\n']) {
      const rows: [string[], number][] = [];
      const stream = new CsvRowStream((fields, line) => rows.push([fields, line]));
      let at = 0;
      for (let cr = text.indexOf('\r'); cr !== -1; cr = text.indexOf('\r', cr + 1)) {
        stream.push(text.slice(at, cr + 1));
        at = cr + 1;
      }
      stream.push(text.slice(at));
      stream.end();
      expect(rows).toEqual([
        [['a', 'b'], 1],
        [['Китай', '1'], 2],
        [['Корея', '2'], 3],
      ]);
    }
  });

  it('reads every row exactly once, on its line, for any mix of line ends and any chunk size', () => {
    const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
    const plain = fc.stringMatching(/^[a-zКя0-9 ]{0,4}$/);
    // A quoted field holds delimiters, quotes and line ends of any kind.
    const quoted = fc
      .array(fc.oneof(fc.stringMatching(/^[a-zКя0-9 ;]{0,3}$/), lineEnd, fc.constant('"')), { maxLength: 4 })
      .map((parts) => parts.join(''));
    const field = fc.oneof(plain.map((value) => ({ value, text: value })), quoted.map((value) => ({ value, text: `"${value.replaceAll('"', '""')}"` })));
    const row = fc.tuple(fc.array(field, { minLength: 2, maxLength: 4 }), lineEnd, fc.boolean());
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 10 }), fc.boolean(), fc.integer({ min: 1, max: 50 }), (rows, lastEnds, size) => {
        let text = '';
        let line = 1;
        const expected: [string[], number][] = [];
        rows.forEach(([fields, end, blankAfter], i) => {
          expected.push([fields.map((f) => f.value), line]);
          text += fields.map((f) => f.text).join(';');
          line += 1;
          for (const f of fields) line += (f.value.match(/\r\n|\n|\r/g) ?? []).length;
          if (i < rows.length - 1 || lastEnds) text += end;
          if (blankAfter && i < rows.length - 1) {
            text += end;
            line += 1;
          }
        });
        const stream = parseInChunksWith(text, size, ';');
        expect(stream.problems).toEqual([]);
        expect(stream.rows).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a line of over 1 MB without a line end as soon as it is seen, building no row', () => {
    const rows: string[][] = [];
    const stream = new CsvRowStream((fields) => rows.push(fields));
    const piece = 'ab;'.repeat(1 << 14); // 48 K characters
    let pushed = 0;
    expect(() => {
      for (; pushed < (2 << 20) / piece.length; pushed++) stream.push(piece);
    }).toThrow(LineTooLongError);
    expect(pushed * piece.length).toBeLessThanOrEqual(MAX_LINE_CHARS);
    expect(rows).toEqual([]);
  });

  it('refuses it after a header too, but not a long file of short lines', () => {
    const stream = new CsvRowStream(() => undefined);
    stream.push('a;b\n1;2\n');
    expect(() => stream.push('x'.repeat(2 << 20))).toThrow(LineTooLongError);
    const ok = new CsvRowStream(() => undefined);
    for (let i = 0; i < 3; i++) ok.push('1;2\n'.repeat(1 << 18));
    ok.end();
  });
});

function parseInChunksWith(text: string, size: number, delimiter: ';') {
  const rows: [string[], number][] = [];
  const stream = new CsvRowStream((fields, line) => rows.push([fields, line]), delimiter);
  for (let i = 0; i < text.length; i += size) stream.push(text.slice(i, i + size));
  stream.end();
  return { rows, problems: stream.problems };
}
