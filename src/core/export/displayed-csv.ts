// The numbers a chart shows, as a CSV a spreadsheet opens correctly: UTF-8 with
// a BOM and `,` (Excel reads the Cyrillic), or Windows-1251 with `;` and decimal
// commas for older Excel. Cells are neutralised against formula injection.

import { csvCell } from './csv-cell';
import { encodeWindows1251 } from '../parse/windows-1251';

export type CsvVariant = 'utf8' | 'win1251';

export function displayedCsvBytes(header: string[], rows: (string | number)[][], variant: CsvVariant): Uint8Array {
  const delimiter = variant === 'utf8' ? ',' : ';';
  const cell = (v: string | number) =>
    typeof v === 'number' ? (Number.isFinite(v) ? (variant === 'utf8' ? String(v) : String(v).replace('.', ',')) : '') : csvCell(v, delimiter);
  const text = [header, ...rows].map((r) => r.map(cell).join(delimiter)).join('\r\n') + '\r\n';
  if (variant === 'win1251') return encodeWindows1251(text);
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
