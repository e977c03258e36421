// `npm run inspect`: the pure summarise() on small files written here. The command around it:
// inspect.test.ts; on genuine exports: inspect-real-files.test.ts.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summariseFile } from './inspect-test-helpers.ts';

describe('summarise()', () => {
  let dir = '';
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'inspect-test-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds up counted rows only; turnover excludes re-flows; ties by code; TOTAL is its own chapter', async () => {
    const path = join(dir, 'mix.csv');
    writeFileSync(
      path,
      [
        'period,reporter,flow,partner,commodity,value_usd,net_kg',
        '2020,RU,export,CN,03,100,',
        '2020,RU,import,CN,0303,50,',
        '2020,RU,re-export,KR,03,30,', // KR: no export or import → not among partners
        '2020,RU,export,World,TOTAL,999,', // has parts in 2020 export → kept apart, never added
        '2021-05,RU,export,JP,03,150,',
        '2021-Q2,RU,import,DE,84,150,', // same value as JP and CN: ordered by code
        '2019,RU,export,World,TOTAL,1000,', // no parts in 2019: stands for its group
      ].join('\n'),
    );
    const s = await summariseFile(path);
    expect(s.rows).toEqual({ read: 7, accepted: 6, rejected: 0, aggregate: 1 });
    expect(s.totals).toEqual([
      { year: 2019, flow: 'export', value_usd: 1000 },
      { year: 2020, flow: 'export', value_usd: 100 },
      { year: 2020, flow: 'import', value_usd: 50 },
      { year: 2020, flow: 're-export', value_usd: 30 },
      { year: 2021, flow: 'export', value_usd: 150 },
      { year: 2021, flow: 'import', value_usd: 150 },
    ]);
    const turnover = 1000 + 100 + 50 + 150 + 150;
    expect(s.partners).toEqual([
      { partner: 'W00', value_usd: 1000, share: 1000 / turnover },
      { partner: 'CN', value_usd: 150, share: 150 / turnover },
      { partner: 'DE', value_usd: 150, share: 150 / turnover },
      { partner: 'JP', value_usd: 150, share: 150 / turnover },
    ]);
    expect(s.chapters).toEqual([
      { chapter: '03', value_usd: 330 },
      { chapter: '84', value_usd: 150 },
      { chapter: 'TOTAL', value_usd: 1000 },
    ]);
    expect(s.rejected).toEqual([]);
  });

  it('a file with only rejected rows gives empty figures, not NaN shares', async () => {
    const path = join(dir, 'none.csv');
    writeFileSync(path, 'period,reporter,flow,partner,commodity,value_usd\n2020,RU,export,Atlantis,03,5\n');
    const s = await summariseFile(path, 'ru');
    expect(s.rows).toEqual({ read: 1, accepted: 0, rejected: 1, aggregate: 0 });
    expect(s.rejected).toEqual([{ line: 2, reason: 'неизвестная страна «Atlantis»' }]);
    expect([s.totals, s.partners, s.chapters]).toEqual([[], [], []]);
  });
});
