// Containers and headers (issue 15): CSVs read straight from a ZIP, an XLSX named as a
// workbook, title lines above the header skipped and reported, duplicated column names.
// The words the user reads: src/features/upload/import-containers.test.ts.

import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { ImportError, TradeImporter } from './trade-importer';
import { readZip } from './zip-archive';
import { previewRows } from './file-preview';
import { mappedFormat } from '../formats/mapped-format';
import { ReadContext } from '../formats/read-context';
import { detectDelimiter } from '../parse/csv-row-stream';
import { concatBytes } from '../parse/concat-bytes';

const utf8 = (s: string) => new TextEncoder().encode(s);

function importBytes(bytes: Uint8Array, importer = new TradeImporter()) {
  importer.push(bytes);
  return importer.finish();
}

function thrown(f: () => unknown): ImportError {
  try {
    f();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('nothing thrown');
}

const streamOf = (bytes: Uint8Array, step = 100) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += step) controller.enqueue(bytes.slice(i, i + step));
      controller.close();
    },
  });

const CANONICAL = 'period,reporter,flow,partner,commodity,value_usd,net_kg';
const FIRST = [CANONICAL, '2024-01,RU-KAM,export,CN,0303,1000,10', '2024-02,RU-KAM,export,KR,0303,250,5'].join('\n');
const SECOND = [CANONICAL, '2024-03,RU-KAM,import,JP,8901,75.5,'].join('\n');
/** A PNG's signature and a bit more: bytes no one should read as CSV. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

const concat = (chunks: Uint8Array[]) => concatBytes(chunks, chunks.reduce((n, c) => n + c.length, 0));

describe('ZIP archives', () => {
  it('gives the CSV entries (deflated and stored, in folders) and lists the rest as skipped', async () => {
    const zip = zipSync({ 'export/first.csv': strToU8(FIRST), 'second.CSV': [strToU8(SECOND), { level: 0 }], 'chart.png': PNG, 'notes/': {} });
    const { entries, skipped } = await readZip(streamOf(zip, 37));
    expect(entries.map((e) => e.name)).toEqual(['first.csv', 'second.CSV']);
    expect(skipped).toEqual(['chart.png']);
    const sums = entries.map((e) => Array.from(importBytes(concat(e.chunks)).table.valueUsd).reduce((a, b) => a + b, 0));
    expect(sums).toEqual([1250, 75.5]);
  });

  it('refuses an XLSX as a spreadsheet', async () => {
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), '_rels/.rels': strToU8('<Relationships/>'), 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>') });
    const error = await readZip(streamOf(xlsx)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('spreadsheet');
    // Straight into the importer (a file the page did not unzip): named the same way.
    expect(thrown(() => new TradeImporter().push(xlsx)).code).toBe('spreadsheet');
  });

  it('says what a ZIP without CSV holds, and a damaged one is no archive', async () => {
    const none = (await readZip(streamOf(zipSync({ 'chart.png': PNG }))).catch((e: unknown) => e)) as ImportError;
    expect(none.code).toBe('no-csv');
    expect(none.detail.columns).toEqual(['chart.png']);
    const damaged = zipSync({ 'a.csv': strToU8(FIRST.repeat(50)) }).slice(0, 120);
    damaged[40] ^= 0xff;
    expect(((await readZip(streamOf(damaged)).catch((e: unknown) => e)) as ImportError).code).toMatch(/binary|no-csv/);
  });
});

describe('title lines above the header', () => {
  const customs = ['napr\tperiod\tnastranapr\ttnved\tedizm\tStoim\tNetto\tKol\tRegion\tRegion_s', 'ЭК\t01/2024\tCN\t0303\t\t1000,5\t10\t\t30000 - КАМЧАТСКИЙ КРАЙ\t07-ДАЛЬНЕВОСТОЧНЫЙ', 'ИМ\t02/2024\tKR\t8901\t\t250\t\t\t30000 - КАМЧАТСКИЙ КРАЙ\t07-ДАЛЬНЕВОСТОЧНЫЙ'];

  it('skips «Выгрузка ФТС за 2024 год» and reports its line; the rows keep their physical lines', () => {
    const text = ['Выгрузка ФТС за 2024 год', '', ...customs, 'ЭК\t13/2024\tCN\t0303\t\t1\t\t\t30000 - КАМЧАТСКИЙ КРАЙ\t07-ДАЛЬНЕВОСТОЧНЫЙ'].join('\n');
    const { table, report } = importBytes(utf8(text));
    expect(report.format).toBe('customs');
    expect(report.delimiter).toBe('\t');
    expect(report.header[0]).toBe('napr');
    expect(report.rows).toMatchObject({ read: 3, accepted: 2, rejected: 1 });
    expect(Array.from(table.valueUsd)).toEqual([1000.5, 250]);
    expect(report.rejected[0].line).toBe(6);
    const w = report.warnings.find((x) => x.code === 'title-lines');
    expect(w).toEqual({ code: 'title-lines', lines: [1] });
  });

  it('skips several title lines, even ones holding the delimiter', () => {
    const text = ['Выгрузка ФТС за 2024 год', 'Камчатский край, январь–декабрь', ...customs].join('\r\n');
    const { report } = importBytes(utf8(text));
    expect(report.warnings.find((x) => x.code === 'title-lines')).toEqual({ code: 'title-lines', lines: [1, 2] });
    expect(report.rows.accepted).toBe(2);
    expect(detectDelimiter(text)).toBe('\t');
  });

  it('a file with no known header among its first lines names the first line’s columns, as before', () => {
    const error = thrown(() => importBytes(utf8('a,b,c\n1,2,3\n')));
    expect(error.code).toBe('unknown-layout');
    expect(error.detail.columns).toEqual(['a', 'b', 'c']);
    const many = thrown(() => importBytes(utf8(['a,b,c', ...Array.from({ length: 30 }, () => '1,2,3')].join('\n'))));
    expect(many.code).toBe('unknown-layout');
  });

  it('the mapping step previews the header, not the title', () => {
    const preview = previewRows(utf8(['Выгрузка за 2024 год', 'месяц;страна;направление;код;сумма', '2024-01;CN;экспорт;0303;5', ''].join('\n')));
    expect(preview.header).toEqual(['месяц', 'страна', 'направление', 'код', 'сумма']);
    expect(preview.rows).toEqual([['2024-01', 'CN', 'экспорт', '0303', '5']]);
  });
});

describe('duplicated column names', () => {
  it('a known layout with value_usd twice is refused with the name', () => {
    const text = ['period,reporter,flow,partner,commodity,value_usd,Value_USD', '2024-01,RU-KAM,export,CN,0303,1000,2000'].join('\n');
    const error = thrown(() => importBytes(utf8(text)));
    expect(error.code).toBe('duplicate-columns');
    expect(error.detail.columns).toEqual(['value_usd']);
  });

  it('a duplicated column the layout does not read is no reason to refuse', () => {
    const text = ['period,reporter,flow,partner,commodity,value_usd,note,note', '2024-01,RU-KAM,export,CN,0303,1000,a,b'].join('\n');
    expect(importBytes(utf8(text)).report.rows.accepted).toBe(1);
  });

  it('a mapping chooses either of two columns with the same name by position', () => {
    const header = ['month', 'country', 'flow', 'code', 'sum', 'sum'];
    const row = ['2024-01', 'CN', 'export', '0303', '1', '2'];
    for (const [position, value] of [[4, 1], [5, 2]] as const) {
      const bound = mappedFormat({ period: 'month', partner: 'country', flow: 'flow', commodity: 'code', value: 'sum', at: { value: position } }).bind(header, new ReadContext());
      if (!('read' in bound)) throw new Error('not bound');
      const out = { period: 0, reporter: '', flow: 0, partner: '', commodity: '', valueUsd: 0, netKg: NaN, quantity: NaN, unit: '', split: 0 };
      expect(bound.read(row, out).ok).toBe(true);
      expect(out.valueUsd).toBe(value);
    }
  });
});
