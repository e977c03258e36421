// scripts/cli/import-file.ts on a ZIP (issue 15): `inspect` reads the CSV entries, merged into
// one table as the app merges the files of one drop, and names what it skipped; an XLSX is
// refused as a spreadsheet in the command's language.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importErrorText, importFile } from './import-file.ts';

const HEADER = 'period,reporter,flow,partner,commodity,value_usd';

describe('importFile on a ZIP', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-zip-test-'));
    const jan = `${HEADER}\n2024-01,RU-KAM,export,CN,0303,100\n2024-01,RU-KAM,export,Atlantis,0303,5\n`;
    const feb = `${HEADER}\n2024-01,RU-KAM,export,CN,0303,100\n2024-02,RU-KAM,import,JP,8901,40\n`;
    writeFileSync(join(dir, 'export.zip'), zipSync({ 'jan.csv': strToU8(jan), 'data/feb.csv': strToU8(feb), 'logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }));
    writeFileSync(join(dir, 'book.xlsx'), zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('merges the CSV entries (a row in both counted once) and reports the skipped entries', async () => {
    const { table, report } = await importFile(join(dir, 'export.zip'));
    expect(Array.from(table.valueUsd).reduce((a, b) => a + b, 0)).toBe(140);
    expect(report.rows).toMatchObject({ read: 4, accepted: 3, rejected: 1 });
    expect(report.warnings[0]).toEqual({ code: 'zip-skipped', archive: join(dir, 'export.zip'), entries: ['logo.png'] });
  });

  it('an XLSX is named as a workbook to save as CSV', async () => {
    const error = await importFile(join(dir, 'book.xlsx')).catch((e: unknown) => e);
    expect(importErrorText(error, join(dir, 'book.xlsx'), 'en')).toMatch(/Excel workbook \(XLSX\).*save it as CSV/);
    expect(importErrorText(error, join(dir, 'book.xlsx'), 'ru')).toMatch(/таблица Excel \(XLSX\)/);
  });
});
