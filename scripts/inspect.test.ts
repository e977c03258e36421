// `npm run inspect`: the command's interface — JSON, text report, exit codes, one-line errors,
// language — called in-process through runInspect (inspect-test-helpers.ts), and twice as a
// real process through npm, for the exit status and streams as a shell sees them. Figures on
// genuine exports: inspect-real-files.test.ts; summarise() itself: inspect-summary.test.ts.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspect, inspectJson, type Run } from './inspect-test-helpers.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('inspect: files that cannot be imported', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'inspect-test-'));
    writeFileSync(join(dir, 'empty.csv'), '');
    writeFileSync(join(dir, 'header-only.csv'), 'period,reporter,flow,partner,commodity,value_usd,net_kg\n');
    writeFileSync(join(dir, 'binary.csv'), Buffer.from([0x70, 0x65, 0x72, 0x00, 0x01, 0x02, 0x0a, 0x00, 0xff]));
    writeFileSync(join(dir, 'unknown.csv'), 'a,b,c\n1,2,3');
    mkdirSync(join(dir, 'a-folder.csv'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cases: [string, string, RegExp][] = [
    ['an empty file', 'empty.csv', /^The file is empty\.$/],
    ['a header-only canonical file', 'header-only.csv', /^The file has a header but no data rows\.$/],
    ['a file with NUL bytes', 'binary.csv', /^This is not a CSV text file/],
    ['an unknown layout', 'unknown.csv', /^Unknown layout: .*The file's columns: a, b, c\.$/],
    ['a missing path', 'no-such-file.csv', /^file not found: .*no-such-file\.csv$/],
    ['a directory', 'a-folder.csv', /a-folder\.csv$/],
  ];
  for (const [what, name, message] of cases) {
    // Every case with --json; the text mode shares the code path, so two cases suffice there.
    for (const json of name === 'empty.csv' || name === 'no-such-file.csv' ? [true, false] : [true]) {
      it(`${what}${json ? ' (--json)' : ''}: exit 1, one line on stderr, nothing on stdout`, async () => {
        const run = await inspect([join(dir, name), ...(json ? ['--json'] : [])]);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).not.toMatch(/^\s+at /m);
        expect(run.stderr.endsWith('\n')).toBe(true);
        const lines = run.stderr.trimEnd().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(message);
      });
    }
  }

  it('failure messages follow --lang ru', async () => {
    const run = await inspect([join(dir, 'empty.csv'), '--json', '--lang', 'ru']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('Файл пуст.\n');
    expect((await inspect([join(dir, 'nothing-here.csv'), '--lang', 'ru'])).stderr).toMatch(/^файл не найден: .*nothing-here\.csv\n$/);
  });

  const usage: [string, string[]][] = [
    ['no argument', []],
    ['an unknown flag', ['--bogus', 'x.csv']],
    ['a bad --lang', ['x.csv', '--lang', 'de']],
    ['two files', ['x.csv', 'y.csv']],
  ];
  for (const [what, args] of usage) {
    it(`usage error, ${what}: exit 2, one line on stderr`, async () => {
      const run = await inspect(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/usage: /);
    });
  }
});

describe('inspect: rejected rows, language, layouts', () => {
  let dir = '';
  // Line 1 header; line 2 a record whose quoted field spans lines 2–3; line 4 blank;
  // line 5 an unknown country; line 6 a negative value; line 7 fine.
  const BAD = [
    'period,reporter,flow,partner,commodity,value_usd,net_kg',
    '2020,"Kamchatka',
    'Krai",export,CN,03,100,',
    '',
    '2020,RU,export,Атлантида,03,5,',
    '2020,RU,import,KR,0303,-7,',
    '2020,RU,import,KR,0303,40,',
  ].join('\n');
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'inspect-test-'));
    writeFileSync(join(dir, 'bad-rows.csv'), BAD + '\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--lang ru: the physical line and a Russian reason', async () => {
    const { json } = await inspectJson([join(dir, 'bad-rows.csv'), '--lang', 'ru']);
    expect(json.rejected).toEqual([
      { line: 5, reason: 'неизвестная страна «Атлантида»' },
      { line: 6, reason: 'отрицательная стоимость «-7»' },
    ]);
    expect(json.rows).toEqual({ read: 4, accepted: 2, rejected: 2, aggregate: 0 });
    expect(json.totals).toEqual([
      { year: 2020, flow: 'export', value_usd: 100 },
      { year: 2020, flow: 'import', value_usd: 40 },
    ]);
  });

  it('--lang en: the same rows with English reasons', async () => {
    const { json } = await inspectJson([join(dir, 'bad-rows.csv'), '--lang', 'en']);
    expect(json.rejected).toEqual([
      { line: 5, reason: 'unknown country "Атлантида"' },
      { line: 6, reason: 'negative value "-7"' },
    ]);
  });

  it('language from the locale: LANG=ru_RU gives Russian, LC_ALL decides over LANG, --lang wins', async () => {
    const file = join(dir, 'bad-rows.csv');
    const reason = async (args: string[], env: Record<string, string>) => (await inspectJson(args, env)).json.rejected[0].reason;
    const [byLang, byAll, byFlag] = await Promise.all([
      reason([file], { LANG: 'ru_RU.UTF-8' }),
      reason([file], { LANG: 'ru_RU.UTF-8', LC_ALL: 'en_US.UTF-8' }),
      reason([file, '--lang', 'en'], { LC_ALL: 'ru_RU.UTF-8' }),
    ]);
    expect(byLang).toMatch(/^неизвестная страна/);
    expect(byAll).toMatch(/^unknown country/);
    expect(byFlag).toMatch(/^unknown country/);
  });

  it('text report: layout, encoding, "tab", counts and rejected lines in Russian', async () => {
    const tsv = [
      'napr\tperiod\tnastranapr\ttnved\tedizm\tStoim\tNetto\tKol\tRegion\tRegion_s',
      'ЭК\t05/2020\tCN\t303890009\tкг\t1234,5\t100\t\t41000 - КАМЧАТСКИЙ КРАЙ\t07-ДАЛЬНЕВОСТОЧНЫЙ',
      'ИМ\t05/2020\tАтлантида\t8419\tшт\t10\t\t\t41000 - КАМЧАТСКИЙ КРАЙ\t07-ДАЛЬНЕВОСТОЧНЫЙ',
    ].join('\n');
    writeFileSync(join(dir, 'DATTSVT.csv'), tsv + '\n');
    const run = await inspect([join(dir, 'DATTSVT.csv'), '--lang', 'ru']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Формат: customs/m);
    expect(run.stdout).toMatch(/^Кодировка.*: utf-8$/m);
    expect(run.stdout).toMatch(/^Разделитель: tab$/m);
    expect(run.stdout).toMatch(/прочитано 2, принято 1, отклонено 1, итоговых \(учтены отдельно\) 0/);
    expect(run.stdout).toContain('строка 3: неизвестная страна «Атлантида»');
    expect(run.stdout).toMatch(/^ {2}CN .*100,0\s%$/m);
    expect(run.stdout).toMatch(/^ {2}03 /m);
  });

  it('text report: more than 200 rejected rows are cut with "… and N more"', async () => {
    const lines = ['period,reporter,flow,partner,commodity,value_usd'];
    for (let i = 0; i < 205; i++) lines.push(`2020,RU,export,Nowhere${i},03,5`);
    lines.push('2020,RU,export,CN,03,5');
    writeFileSync(join(dir, 'many.csv'), lines.join('\n'));
    const run = await inspect([join(dir, 'many.csv'), '--lang', 'en']);
    expect(run.status).toBe(0);
    const shown = run.stdout.split('\n').filter((l) => /^ {2}line \d+: /.test(l));
    expect(shown).toHaveLength(200);
    expect(shown[0]).toBe('  line 2: unknown country "Nowhere0"');
    expect(run.stdout).toContain('… and 5 more');
    expect(run.stdout).toMatch(/^Delimiter: ,$/m);
  });

  it('windows-1251, ";" and decimal commas are reported as such', async () => {
    // «Китай» in Windows-1251 bytes, value «1 234,5» with a space and a decimal comma.
    const china = Buffer.from([0xca, 0xe8, 0xf2, 0xe0, 0xe9]);
    const bytes = Buffer.concat([Buffer.from('period;reporter;flow;partner;commodity;value_usd;net_kg\n2020-05;RU;export;'), china, Buffer.from(';03;1 234,5;\n')]);
    writeFileSync(join(dir, 'cp1251.csv'), bytes);
    const { json } = await inspectJson([join(dir, 'cp1251.csv')]);
    expect([json.format, json.encoding, json.delimiter]).toEqual(['canonical', 'windows-1251', ';']);
    expect(json.partners).toEqual([{ partner: 'CN', value_usd: 1234.5, share: 1 }]);
  });
});

/** `npm run --silent inspect -- ...args` as a subprocess, in a neutral locale. */
function inspectProcess(args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8' };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', '--silent', 'inspect', '--', ...args], { cwd: ROOT, env, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (status) => done({ status: status ?? -1, stdout, stderr }));
  });
}

describe('inspect as a process (npm run --silent inspect -- FILE --json)', { concurrent: true, timeout: 60_000 }, () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'inspect-test-'));
    writeFileSync(join(dir, 'good.csv'), 'period,reporter,flow,partner,commodity,value_usd,net_kg\n2020,RU,export,CN,03,100,\n2020,RU,import,Атлантида,03,5,\n');
    writeFileSync(join(dir, 'empty.csv'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('an imported file: exit 0, the same JSON as in-process, nothing on stderr', async () => {
    const file = join(dir, 'good.csv');
    const run = await inspectProcess([file, '--json']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe((await inspect([file, '--json'])).stdout);
    expect(JSON.parse(run.stdout)).toMatchObject({ format: 'canonical', rows: { read: 2, accepted: 1, rejected: 1, aggregate: 0 } });
  });

  it('a file that cannot be imported: exit 1, one line on stderr, nothing on stdout', async () => {
    const run = await inspectProcess([join(dir, 'empty.csv'), '--json']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('The file is empty.\n');
  });
});
