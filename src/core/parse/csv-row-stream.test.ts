import { describe, expect, it } from 'vitest';
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
});
