// Containers and headers (issue 15), as the user meets them: a dropped ZIP becomes its CSV
// files, and the failures and warnings read in both languages. The reading itself:
// src/core/import/import-containers.test.ts.

import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { ImportError, TradeImporter } from '../../core/import/trade-importer';
import { readZip } from '../../core/import/zip-archive';
import { classifyFailure } from '../../worker/worker-failure';
import { DatasetLoadError } from '../../worker/dataset-worker-client';
import type { UnzippedFiles } from '../../worker/worker-protocol';
import { failureText } from '../../i18n/failure-messages';
import { warningText } from '../../i18n/import-messages';
import { expandArchives, isZipFile } from './zip-expansion';

const CSV = 'period,reporter,flow,partner,commodity,value_usd\n2024-01,RU-KAM,export,CN,0303,1000\n';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** The worker's unzip, run here on the same core code. */
async function unzipHere(file: Blob): Promise<UnzippedFiles> {
  try {
    const { entries, skipped } = await readZip(file.stream());
    return { entries: entries.map((e) => ({ name: e.name, file: new Blob(e.chunks as BlobPart[]) })), skipped };
  } catch (error) {
    throw new DatasetLoadError(classifyFailure(error));
  }
}

describe('a dropped ZIP', () => {
  it('becomes its CSV files; the first names the archive and what was skipped', async () => {
    const zip = new File([zipSync({ 'a.csv': strToU8(CSV), 'b.csv': strToU8(CSV), 'logo.png': PNG }) as BlobPart], 'export.zip');
    const plain = new File([CSV], 'plain.csv');
    expect(await isZipFile(zip)).toBe(true);
    expect(await isZipFile(new File([zip], 'renamed.dat'))).toBe(true);
    expect(await isZipFile(plain)).toBe(false);
    const out = await expandArchives([plain, zip], unzipHere);
    expect(out.map((e) => e.file.name)).toEqual(['plain.csv', 'a.csv', 'b.csv']);
    expect(out.map((e) => e.archive)).toEqual([undefined, { name: 'export.zip', skipped: ['logo.png'] }, undefined]);
    expect(await out[1].file.text()).toBe(CSV);
  });

  it('an XLSX fails at once as a spreadsheet to save as CSV, in both languages', async () => {
    const xlsx = new File([zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }) as BlobPart], 'book.xlsx');
    const [out] = await expandArchives([xlsx], unzipHere);
    expect(out.failure).toEqual({ code: 'spreadsheet' });
    expect(failureText(out.failure!, 'ru')).toBe('Это таблица Excel (XLSX), а не CSV. Откройте её в Excel или LibreOffice и сохраните как CSV (Файл → Сохранить как → CSV), затем загрузите CSV.');
    expect(failureText(out.failure!, 'en')).toMatch(/^This is an Excel workbook \(XLSX\), not CSV\. .*save it as CSV/);
  });

  it('a ZIP without CSV says what it holds', async () => {
    const [out] = await expandArchives([new File([zipSync({ 'logo.png': PNG }) as BlobPart], 'pics.zip')], unzipHere);
    expect(out.failure).toEqual({ code: 'no-csv', entries: ['logo.png'] });
    expect(failureText(out.failure!, 'ru')).toBe('В архиве ZIP нет файлов CSV (в нём: logo.png).');
    expect(failureText(out.failure!, 'en')).toBe('The ZIP archive holds no CSV file (it holds: logo.png).');
  });
});

describe('messages', () => {
  it('skipped entries of an archive', () => {
    const w = { code: 'zip-skipped' as const, archive: 'export.zip', entries: ['logo.png', 'readme.pdf'] };
    expect(warningText(w, 'ru')).toBe('В архиве export.zip пропущено (не CSV): logo.png, readme.pdf.');
    expect(warningText(w, 'en')).toBe('Skipped in the archive export.zip (not CSV): logo.png, readme.pdf.');
  });

  it('title lines', () => {
    expect(warningText({ code: 'title-lines', lines: [1] }, 'ru')).toBe('Заголовок найден не в первой строке: строка 1 над ним пропущена (не данные).');
    expect(warningText({ code: 'title-lines', lines: [1, 2] }, 'en')).toBe('The header is not on the first line: lines 1, 2 above it were skipped (not data).');
  });

  it('value_usd twice', () => {
    const importer = new TradeImporter();
    let error: unknown = null;
    try {
      importer.push(new TextEncoder().encode('period,reporter,flow,partner,commodity,value_usd,value_usd\n2024-01,RU-KAM,export,CN,0303,1,2\n'));
      importer.finish();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    const failure = classifyFailure(error);
    expect(failure).toEqual({ code: 'duplicate-columns', columns: ['value_usd'] });
    expect(failureText(failure, 'ru')).toBe('В заголовке дважды встречается столбец «value_usd»: непонятно, какой из них читать. Переименуйте или удалите лишний столбец.');
    expect(failureText(failure, 'en')).toBe('The header names the column "value_usd" more than once: it is unclear which one to read. Rename or delete the extra column.');
  });
});
