// Issue 15: `inspect` on a file with no line breaks — one line of a few MB — fails with one
// line saying so, in the command's language, exit status 1 (scripts/inspect.ts).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspect } from '../inspect-test-helpers.ts';

describe('inspect, a file without line breaks', () => {
  let dir = '';
  let file = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-no-line-breaks-'));
    file = join(dir, 'one-line.csv');
    writeFileSync(file, 'period;reporter;flow;partner;commodity;value_usd;'.repeat(1 << 16)); // 3 MB
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses it with one line, in both languages', async () => {
    const en = await inspect([file, '--lang', 'en']);
    expect([en.status, en.stdout, en.stderr]).toEqual([1, '', 'The file has no line breaks: a line is longer than 1 MB.\n']);
    const ru = await inspect([file, '--lang', 'ru']);
    expect([ru.status, ru.stdout, ru.stderr]).toEqual([1, '', 'В файле нет переводов строк: строка длиннее 1 МБ.\n']);
  });
});
