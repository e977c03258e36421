// scripts/cli/import-file.ts: files imported through the app's own import, one or several,
// and the one-line messages for those that cannot be. The `inspect` command's use of it:
// scripts/inspect.test.ts.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileImportError, importErrorText, importFile, importFiles } from './import-file.ts';

describe('importFile / importFiles', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-import-test-'));
    writeFileSync(join(dir, 'a.csv'), 'period,reporter,flow,partner,commodity,value_usd\n2020,RU,export,CN,03,100\n2020,RU,export,Atlantis,03,5\n');
    // Windows-1251, ';' and a decimal comma: «Китай».
    writeFileSync(join(dir, 'b.csv'), Buffer.concat([Buffer.from('period;reporter;flow;partner;commodity;value_usd\n2021-05;RU;import;'), Buffer.from([0xca, 0xe8, 0xf2, 0xe0, 0xe9]), Buffer.from(';84;12,5\n')]));
    writeFileSync(join(dir, 'empty.csv'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a table and a report per file, in the order given', async () => {
    const [a, b] = await importFiles([join(dir, 'a.csv'), join(dir, 'b.csv')]);
    expect(a.file).toBe(join(dir, 'a.csv'));
    expect(a.report.rows).toMatchObject({ read: 2, accepted: 1, rejected: 1 });
    expect(a.report.rejected.map((r) => r.line)).toEqual([3]);
    expect(a.table.rowCount).toBe(1);
    expect([b.report.encoding, b.report.delimiter, b.table.rowCount]).toEqual(['windows-1251', ';', 1]);
    expect(Array.from(b.table.valueUsd)).toEqual([12.5]);
  });

  it('stops at the first file that fails, naming it; the cause reads as one message', async () => {
    const error = await importFiles([join(dir, 'a.csv'), join(dir, 'empty.csv'), join(dir, 'b.csv')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileImportError);
    const failure = error as FileImportError;
    expect(failure.file).toBe(join(dir, 'empty.csv'));
    expect(importErrorText(failure.cause, failure.file, 'ru')).toBe('Файл пуст.');
  });

  it('words file-system errors and leaves anything else to the caller', async () => {
    const missing = join(dir, 'missing.csv');
    const error = await importFile(missing).catch((e: unknown) => e);
    expect(importErrorText(error, missing, 'en')).toBe(`file not found: ${missing}`);
    expect(importErrorText(error, missing, 'ru')).toBe(`файл не найден: ${missing}`);
    expect(importErrorText(new Error('a bug'), missing, 'en')).toBeNull();
  });
});
