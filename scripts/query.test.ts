// The `query` command, in-process (runQueryCommand) except for one real spawn. Expected
// figures are summed here from the CSV text itself, not through the app's code.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runQueryCommand } from './query.ts';

const dir = mkdtempSync(join(tmpdir(), 'query-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function query(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runQueryCommand(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: 'C.UTF-8' } });
  return { status, stdout, stderr };
}

async function queryJson(args: string[]) {
  const run = await query([...args, '--json']);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

const CANONICAL = [
  'period,reporter,flow,partner,commodity,value_usd,net_kg,quantity,unit',
  '2023-01,RU-KAM,export,CN,0303670000,1000,900,,',
  '2023-02,RU-KAM,export,KR,0304750000,500,450,,',
  '2023-02,RU-KAM,export,CN,0304750000,250.25,200,,',
  '2023-03,RU-KAM,import,CN,8901909000,2000,,2,ШТУКА',
  '2023-03,RU-KAM,import,JP,8905100000,300,10,1,ШТУКА',
  '2022-03,RU-KAM,import,JP,8905100000,100,5,1,ШТУКА',
  '2023-03,RU-KAM,re-export,CN,0303670000,77,,,',
].join('\n');

/** Rows of the CSV above as objects, for sums written out independently of the app. */
const ROWS = CANONICAL.split('\n')
  .slice(1)
  .map((line) => {
    const [period, reporter, flow, partner, commodity, value] = line.split(',');
    return { period, reporter, flow, partner, commodity, value: Number(value) };
  });
const sum = (pick: (r: (typeof ROWS)[number]) => boolean) => ROWS.filter(pick).reduce((s, r) => s + r.value, 0);

describe('query', () => {
  const kam = file('kam.csv', CANONICAL);

  it('answers turnover by partner with shares of all partners, whatever the partner filter', async () => {
    const turnover = (r: (typeof ROWS)[number]) => r.flow === 'export' || r.flow === 'import';
    const json = await queryJson([kam, '--by', 'partner', '--partners', 'CN', '--from', '2023-01', '--to', '2023-12']);
    const inYear = (r: (typeof ROWS)[number]) => turnover(r) && r.period.startsWith('2023');
    const cn = sum((r) => inYear(r) && r.partner === 'CN');
    expect(json.filters).toEqual({ reporter: ['RU-KAM'], from: '2023-01', to: '2023-12', flow: 'turnover', partners: ['CN'], hs: null, by: ['partner'] });
    expect(json.rows).toEqual([{ partner: 'CN', value_usd: cn, net_kg: null, quantity: [{ unit: 'ШТУКА', value: 2 }], share: cn / sum(inYear) }]);
    expect(json.total).toEqual({ value_usd: cn, net_kg: null, quantity: [{ unit: 'ШТУКА', value: 2 }] });
  });

  it('groups by quarter and heading, largest first, with weights only where every row has one', async () => {
    const json = await queryJson([kam, '--by', 'quarter,hs4', '--flow', 'export']);
    expect(json.rows.map((r: { quarter: string; hs4: string; value_usd: number; net_kg: number | null }) => [r.quarter, r.hs4, r.value_usd, r.net_kg])).toEqual([
      ['2023-Q1', '0303', 1000, 900],
      ['2023-Q1', '0304', 750.25, 650],
    ]);
    expect(json.filters.from).toBe('2022-03');
    expect(json.total.value_usd).toBe(sum((r) => r.flow === 'export'));
  });

  it('keeps re-exports apart from exports, and filters by code prefixes', async () => {
    expect((await queryJson([kam, '--flow', 're-export'])).total.value_usd).toBe(77);
    expect((await queryJson([kam, '--hs', '0304,89'])).total.value_usd).toBe(sum((r) => (r.flow === 'export' || r.flow === 'import') && /^(0304|89)/.test(r.commodity)));
  });

  it('refuses to sum several reporters unless asked, naming them', async () => {
    const two = file('two.tsv', ['napr\tperiod\tnastranapr\ttnved\tStoim\tRegion', 'ЭК\t01/2023\tCN\t0303670000\t10\t30000 - КАМЧАТСКИЙ КРАЙ', 'ЭК\t01/2023\tCN\t0303670000\t30\t05000 - ПРИМОРСКИЙ КРАЙ'].join('\n'));
    const refused = await query([two, '--json']);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/RU-KAM \(Kamchatka Krai\).*RU-PRI \(Primorsky Krai\)/);
    const byReporter = await queryJson([two, '--by', 'reporter']);
    expect(byReporter.rows.map((r: { reporter: string; value_usd: number; share: number }) => [r.reporter, r.value_usd, r.share])).toEqual([['RU-PRI', 30, 0.75], ['RU-KAM', 10, 0.25]]);
    const one = await queryJson([two, '--reporter', '30000']);
    expect(one.filters.reporter).toEqual(['RU-KAM']);
    expect(one.total.value_usd).toBe(10);
    const all = await queryJson([two, '--reporter', 'all']);
    expect(all.filters).toMatchObject({ reporter: ['RU-KAM', 'RU-PRI'], reporters_summed: true });
    expect(all.total.value_usd).toBe(40);
  });

  it('merges several files as an upload does: records they share are counted once', async () => {
    const again = file('again.csv', CANONICAL.split('\n').slice(0, 3).join('\n') + '\n2024-01,RU-KAM,export,CN,0303670000,5,,,\n');
    expect((await queryJson([kam, again])).total.value_usd).toBe(sum((r) => r.flow === 'export' || r.flow === 'import') + 5);
  });

  it('exits 2 with one line for a bad option, 1 for a file it cannot read', async () => {
    for (const args of [['--by', 'country'], ['--from', '2023-13'], ['--flow', 'transit'], ['--hs', '3'], ['--partners', 'Atlantis'], ['--from', '2024-01', '--to', '2023-01'], []]) {
      const run = await query(args.length ? [kam, ...args] : args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    const missing = await query([join(dir, 'nope.csv')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/file not found/);
  });

  describe('--vs: the same query over a base period, and the change split', () => {
    // Three months of 2023 against three of 2022. Per 10-digit code:
    //   0303670000  1000 USD / 100 kg (10 USD/kg) → 1800 / 120 kg (15 USD/kg): volume (120 − 100) × 10 = 200, price (15 − 10) × 120 = 600
    //   0304750000  200 without weight → 500 / 50 kg + 300 without weight: volume +500 (weighed now only), unexplained 300 − 200 = 100
    //   0306149000  400 / 20 kg, in the base only: volume −400
    //   8901909000  2000 without weight, now only: unexplained +2000
    //   0302000000  60 USD at 0 kg (a known weight of 0) → 90 / 3 kg: the base has no unit value, so volume +90, unexplained −60
    const VS = [
      'period,reporter,flow,partner,commodity,value_usd,net_kg,quantity,unit',
      '2023-01,RU-KAM,export,CN,0303670000,1800,120,,',
      '2023-02,RU-KAM,export,KR,0304750000,500,50,,',
      '2023-02,RU-KAM,export,CN,0304750000,300,,,',
      '2023-03,RU-KAM,import,CN,8901909000,2000,,2,ШТУКА',
      '2023-03,RU-KAM,export,KR,0302000000,90,3,,',
      '2022-01,RU-KAM,export,CN,0303670000,1000,100,,',
      '2022-02,RU-KAM,export,JP,0306149000,400,20,,',
      '2022-03,RU-KAM,export,CN,0304750000,200,,,',
      '2022-03,RU-KAM,export,KR,0302000000,60,0,,',
      '2021-12,RU-KAM,export,CN,0303670000,999,1,,',
    ].join('\n');
    const vs = file('vs.csv', VS);
    const period = ['--from', '2023-01', '--to', '2023-03', '--vs', '2022-01..2022-03'];

    it('adds the base, the change and its percentage to each row, rows of the base alone included', async () => {
      const json = await queryJson([vs, ...period, '--by', 'partner']);
      expect(json.filters.vs).toEqual({ from: '2022-01', to: '2022-03' });
      const pick = (r: Record<string, unknown>) => [r.partner, r.value_usd, r.base_value_usd, r.change_usd, r.change_pct, r.net_kg, r.base_net_kg];
      expect(json.rows.map(pick)).toEqual([
        ['CN', 1800 + 300 + 2000, 1000 + 200, 4100 - 1200, ((4100 - 1200) / 1200) * 100, null, null],
        ['KR', 500 + 90, 60, 590 - 60, ((590 - 60) / 60) * 100, 53, 0],
        ['JP', 0, 400, -400, -100, 0, 20],
      ]);
      expect(json.rows[2]).toMatchObject({ quantity: [], share: 0 });
    });

    it('splits the total change into volume, price and value without weight over the 10-digit codes', async () => {
      const { total } = await queryJson([vs, ...period]);
      const volume = 200 + 500 - 400 + 90;
      const price = 600;
      const unexplained = 100 + 2000 - 60;
      expect(total).toEqual({
        value_usd: 4690,
        net_kg: null,
        quantity: [{ unit: 'ШТУКА', value: 2 }],
        base_value_usd: 1660,
        base_net_kg: null, // 200 USD of 0304750000 in 2022 have no weight
        change_usd: 4690 - 1660,
        change_pct: ((4690 - 1660) / 1660) * 100,
        price_effect_usd: price,
        volume_effect_usd: volume,
        unexplained_usd: unexplained,
      });
      expect(volume + price + unexplained).toBe(4690 - 1660);
    });

    it('applies the same filters to the base period', async () => {
      const json = await queryJson([vs, ...period, '--flow', 'export', '--partners', 'CN', '--by', 'hs4']);
      expect(json.rows.map((r: Record<string, unknown>) => [r.hs4, r.value_usd, r.base_value_usd])).toEqual([
        ['0303', 1800, 1000],
        ['0304', 300, 200],
      ]);
      // 0303: volume 200, price 600; 0304: without weight in both, 300 − 200
      expect(json.total).toMatchObject({ change_usd: 900, volume_effect_usd: 200, price_effect_usd: 600, unexplained_usd: 100, change_pct: 75 });
    });

    it('prints the base, the change and the split in the readable table, in the language asked', async () => {
      const ru = await query([vs, ...period, '--lang', 'ru']);
      expect(ru.status, ru.stderr).toBe(0);
      expect(ru.stdout).toContain('база сравнения: 2022-01 – 2022-03');
      expect(ru.stdout).toMatch(/изменение, %/);
      expect(ru.stdout).toMatch(/эффект объёма.*\+390 долл\. США/);
      expect(ru.stdout).toMatch(/эффект цены.*\+600 долл\. США/);
      expect(ru.stdout).toMatch(/не разложено.*\+2\s040 долл\. США/);
      const en = await query([vs, ...period, '--by', 'partner']);
      expect(en.stdout).toMatch(/^JP\s+0\s+0\.0\s+0\s+400\s+-400\s+-100\.0\s+20/m);
      expect(en.stdout).toMatch(/price effect.*\+600 USD/);
    });

    it('refuses a malformed --vs, one without --from/--to, or one of another length, with exit 2 and one line', async () => {
      for (const args of [
        ['--from', '2023-01', '--to', '2023-03', '--vs', '2022-01-2022-03'],
        ['--from', '2023-01', '--to', '2023-03', '--vs', '2022-13..2023-02'],
        ['--from', '2023-01', '--to', '2023-03', '--vs', '2022-03..2022-01'],
        ['--vs', '2022-01..2022-03'],
        ['--from', '2023-01', '--vs', '2022-01..2022-03'],
        ['--from', '2023-01', '--to', '2023-03', '--vs', '2022-01..2022-04'],
      ]) {
        const run = await query([vs, ...args]);
        expect(run.status, args.join(' ')).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
        expect(run.stderr).toMatch(/--vs/);
      }
    });
  });

  it('runs as a command (one real spawn)', () => {
    const run = spawnSync('npm', ['run', '--silent', 'query', '--', kam, '--by', 'flow', '--json'], { cwd: resolve(import.meta.dirname, '..'), encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.rows.map((r: { flow: string }) => r.flow)).toEqual(['import', 'export']);
  }, 30_000);
});
