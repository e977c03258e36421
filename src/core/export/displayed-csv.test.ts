import { describe, expect, it } from 'vitest';
import { displayedCsvBytes } from './displayed-csv';

describe('displayed data CSV', () => {
  const header = ['Страна', 'Стоимость, долл. США', 'Доля'];
  const rows: (string | number)[][] = [
    ['Китай', 1234567.5, 0.447],
    ['=HYPERLINK("http://x")', -5, 0.1],
  ];

  it('writes UTF-8 with a BOM, commas and plain numbers, neutralising formulas', () => {
    const bytes = displayedCsvBytes(header, rows, 'utf8');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text).toBe('Страна,"Стоимость, долл. США",Доля\r\nКитай,1234567.5,0.447\r\n"\'=HYPERLINK(""http://x"")",-5,0.1\r\n');
  });

  it('writes Windows-1251 with `;` and decimal commas for older Excel', () => {
    const text = new TextDecoder('windows-1251').decode(displayedCsvBytes(header, rows, 'win1251'));
    expect(text.split('\r\n')[1]).toBe('Китай;1234567,5;0,447');
    expect(text.split('\r\n')[2].startsWith(`"'=HYPERLINK`)).toBe(true);
  });
});
