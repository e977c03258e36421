// `npm run inspect`: the real CLI as a subprocess (JSON interface, exit codes,
// one-line errors) and the pure summarise() directly.
//
// For the genuine Comtrade exports in ../shared/fixtures/real the expected figures
// are computed HERE, independently of the app: PapaParse over the named columns,
// plain JS sums, and the aggregate rules of FORMATS.md written out per file.

import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importStream } from '../src/core/import/import-stream.ts';
import { summarise, type InspectSummary } from './inspect-summary.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TSX = resolve(ROOT, 'node_modules/tsx/dist/cli.mjs');
const REAL = resolve(ROOT, '../shared/fixtures/real');
const HAVE_REAL = existsSync(REAL);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node tsx/dist/cli.mjs scripts/inspect.ts ...args` (what `npm run inspect` runs) with a
 * neutral locale unless `env` says otherwise. Asynchronous, so that the concurrent tests below
 * start several CLIs at once: each tsx start costs ~0.5 s of CPU.
 */
function inspect(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base = { ...process.env };
  delete base.LC_ALL;
  delete base.LC_MESSAGES;
  base.LANG = 'C.UTF-8';
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [TSX, 'scripts/inspect.ts', ...args], { cwd: ROOT, env: { ...base, ...env }, timeout: 30_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

async function inspectJson(args: string[], env?: Record<string, string>): Promise<{ run: Run; json: InspectSummary }> {
  const run = await inspect([...args, '--json'], env);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.status, run.stderr).toBe(0);
  // Exactly one JSON object on stdout; stderr holds only warnings.
  const json = JSON.parse(run.stdout) as InspectSummary;
  for (const line of run.stderr.split('\n').filter((l) => l !== '')) expect(line).toMatch(/^warning: /);
  return { run, json };
}

/** Subprocess tests run a few at a time; generous timeouts for a loaded machine. */
const CLI = { concurrent: true, timeout: 30_000 } as const;

const KEYS = ['format', 'encoding', 'delimiter', 'rows', 'rejected', 'totals', 'partners', 'chapters'];

// ───────────────────────────── independent model ─────────────────────────────

type Flow = 'export' | 'import' | 're-export' | 're-import';
const FLOW_ORDER: Flow[] = ['export', 'import', 're-export', 're-import'];

/** One counted row as this test understands it. */
interface Fact {
  year: number;
  flow: Flow;
  partner: string;
  chapter: string;
  value: number;
}

interface Expected {
  read: number;
  counted: Fact[];
  apart: number;
}

type Row = Record<string, string>;

function parseCsv(file: string): Row[] {
  const text = readFileSync(join(REAL, file), 'utf8');
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** UN M49 codes (as Comtrade uses them: 842 USA, 251 France, 381 Italy, 579 Norway, 699 India, 757 Switzerland) → ISO alpha-2; 0 = World. */
const M49: Record<string, string> = {
  '0': 'W00', '32': 'AR', '36': 'AU', '40': 'AT', '56': 'BE', '76': 'BR', '90': 'SB', '100': 'BG', '120': 'CM', '124': 'CA',
  '156': 'CN', '170': 'CO', '196': 'CY', '203': 'CZ', '208': 'DK', '218': 'EC', '233': 'EE', '246': 'FI', '251': 'FR',
  '276': 'DE', '288': 'GH', '300': 'GR', '348': 'HU', '352': 'IS', '360': 'ID', '372': 'IE', '376': 'IL', '381': 'IT',
  '392': 'JP', '400': 'JO', '414': 'KW', '428': 'LV', '440': 'LT', '458': 'MY', '470': 'MT', '484': 'MX', '504': 'MA',
  '512': 'OM', '528': 'NL', '566': 'NG', '579': 'NO', '598': 'PG', '616': 'PL', '620': 'PT', '642': 'RO', '643': 'RU',
  '682': 'SA', '694': 'SL', '699': 'IN', '702': 'SG', '703': 'SK', '710': 'ZA', '724': 'ES', '752': 'SE', '757': 'CH',
  '764': 'TH', '784': 'AE', '792': 'TR', '818': 'EG', '826': 'GB', '842': 'US',
};

function iso(m49: string): string {
  const code = M49[m49.trim()];
  if (code === undefined) throw new Error(`test table lacks M49 code ${m49}`);
  return code;
}

/** Comtrade legacy Trade Flow Code. */
const LEGACY_FLOW: Record<string, Flow> = { '1': 'import', '2': 'export', '3': 're-export', '4': 're-import' };
/** Comtrade+ flowCode. */
const PLUS_FLOW: Record<string, Flow> = { M: 'import', X: 'export', RX: 're-export', RM: 're-import' };

/** `1` → `01`, `7102` → `71`, `TOTAL` → `TOTAL`. */
function chapterOfRaw(code: string): string {
  const c = code.trim();
  if (c.toUpperCase() === 'TOTAL') return 'TOTAL';
  expect(c).toMatch(/^\d{1,10}$/);
  return (c.length % 2 === 1 ? `0${c}` : c).slice(0, 2);
}

/**
 * The FORMATS.md rule for one aggregate dimension: a total row is kept apart
 * (never added) when a part of it — a non-total row with the same group key — is
 * in the file; otherwise it stands for its group and is counted.
 */
function keepApart(rows: Row[], isTotal: (r: Row) => boolean, group: (r: Row) => string): { counted: Row[]; apart: Row[] } {
  const groupsWithParts = new Set(rows.filter((r) => !isTotal(r)).map(group));
  const apart = rows.filter((r) => isTotal(r) && groupsWithParts.has(group(r)));
  return { counted: rows.filter((r) => !apart.includes(r)), apart };
}

const distinct = (rows: Row[], column: string) => new Set(rows.map((r) => r[column].trim()));

function legacyFact(r: Row): Fact {
  const period = (r['Period'] ?? r['Year']).trim();
  expect(period.slice(0, 4)).toBe(r['Year'].trim());
  return { year: Number(period.slice(0, 4)), flow: LEGACY_FLOW[r['Trade Flow Code'].trim()], partner: iso(r['Partner Code']), chapter: chapterOfRaw(r['Commodity Code']), value: Number(r['Trade Value (US$)']) };
}

const FIXTURES: { file: string; format: InspectSummary['format']; expected: (file: string) => Expected }[] = [
  {
    file: 'comtrade-legacy_USA-CHN_2017_HS2.csv',
    format: 'comtrade-legacy',
    expected(file) {
      const rows = parseCsv(file);
      expect(rows).toHaveLength(290);
      // One partner, China (156 → CN); no World, no TOTAL, no split columns: no aggregates at all.
      expect(distinct(rows, 'Partner Code')).toEqual(new Set(['156']));
      expect(distinct(rows, 'Reporter Code')).toEqual(new Set(['842']));
      expect([...distinct(rows, 'Commodity Code')].every((c) => /^\d{1,2}$/.test(c))).toBe(true);
      expect(distinct(rows, 'Trade Flow')).toEqual(new Set(['Import', 'Export', 'Re-Export']));
      return { read: rows.length, counted: rows.map(legacyFact), apart: 0 };
    },
  },
  {
    file: 'comtrade-legacy-full_HS7102_2014_world.csv',
    format: 'comtrade-legacy',
    expected(file) {
      const rows = parseCsv(file);
      expect(rows).toHaveLength(223);
      // Partner: every row is World (0), and no country row exists anywhere in the file, so in the
      // partner dimension every row has no parts and stands for its group (counted, partner W00).
      expect(distinct(rows, 'Partner Code')).toEqual(new Set(['0']));
      expect(distinct(rows, '2nd Partner Code')).toEqual(new Set(['']));
      expect(distinct(rows, 'Customs Proc. Code')).toEqual(new Set(['']));
      expect(distinct(rows, 'Mode of Transport Code')).toEqual(new Set(['']));
      expect(distinct(rows, 'Reporter Code').size).toBe(145);
      // Commodity: each reporter has a TOTAL row (all goods) and 78 of them also a 7102 row
      // (diamonds), which is a part of that TOTAL. By the same rule the TOTAL row is kept apart
      // where its reporter/period/flow/partner also has a 7102 row, and stands where it has not.
      expect(distinct(rows, 'Commodity Code')).toEqual(new Set(['TOTAL', '7102']));
      const { counted, apart } = keepApart(
        rows,
        (r) => r['Commodity Code'].trim() === 'TOTAL',
        (r) => [r['Reporter Code'], r['Period'], r['Trade Flow Code'], r['Partner Code']].map((s) => s.trim()).join('|'),
      );
      expect(apart).toHaveLength(78);
      return { read: rows.length, counted: counted.map(legacyFact), apart: apart.length };
    },
  },
  {
    file: 'comtrade-legacy-full_monthly_GBR_HS1511_2014.csv',
    format: 'comtrade-legacy',
    expected(file) {
      const rows = parseCsv(file);
      expect(rows).toHaveLength(456);
      expect(distinct(rows, 'Reporter Code')).toEqual(new Set(['826']));
      expect(distinct(rows, 'Commodity Code')).toEqual(new Set(['1511']));
      expect(distinct(rows, 'Trade Flow')).toEqual(new Set(['Imports', 'Exports', 'Re-imports']));
      expect([...distinct(rows, 'Period')].every((p) => /^2014(0[1-9]|1[0-2])$/.test(p))).toBe(true);
      // A World row (partner 0) is kept apart wherever country rows exist for the same
      // period and flow (same reporter and commodity throughout); elsewhere it is counted.
      const { counted, apart } = keepApart(
        rows,
        (r) => r['Partner Code'].trim() === '0',
        (r) => [r['Reporter Code'], r['Period'], r['Trade Flow Code'], r['Commodity Code']].map((s) => s.trim()).join('|'),
      );
      return { read: rows.length, counted: counted.map(legacyFact), apart: apart.length };
    },
  },
  {
    file: 'comtradeplus_CHN-imports_HS8542_partnerUSA_2010-2024.csv',
    format: 'comtrade-plus',
    expected(file) {
      const rows = parseCsv(file);
      expect(rows).toHaveLength(173);
      // What the file really holds: annual (refMonth 52) imports (M) of 8542 by China (156) from
      // the USA (842), 2010–2024. The only split column in use is partner2Code (customsCode C00,
      // motCode 0 and mosCode "0"/"0 " are the totals everywhere).
      expect(distinct(rows, 'refMonth')).toEqual(new Set(['52']));
      expect(distinct(rows, 'flowCode')).toEqual(new Set(['M']));
      expect(distinct(rows, 'reporterCode')).toEqual(new Set(['156']));
      expect(distinct(rows, 'partnerCode')).toEqual(new Set(['842']));
      expect(distinct(rows, 'cmdCode')).toEqual(new Set(['8542']));
      expect(distinct(rows, 'customsCode')).toEqual(new Set(['C00']));
      expect(distinct(rows, 'motCode')).toEqual(new Set(['0']));
      expect(distinct(rows, 'mosCode')).toEqual(new Set(['0']));
      // Rule: the partner2Code 0 row is the total over second partners; it is kept apart in a year
      // where rows split by partner2Code exist (2015, 2016, 2017 — one total each) and counted in
      // the other years, where it is the only row. isAggregate is no guide here: it is "True" for
      // every row from 2015 on, the split parts included, so it cannot mean "leave out".
      const isTotal = (r: Row) => r['partner2Code'].trim() === '0';
      const splitYears = [...new Set(rows.filter((r) => !isTotal(r)).map((r) => r['refYear']))].sort();
      expect(splitYears).toEqual(['2015', '2016', '2017']);
      expect(rows.filter((r) => r['refYear'] >= '2015').every((r) => r['isAggregate'] === 'True')).toBe(true);
      const { counted, apart } = keepApart(rows, isTotal, (r) =>
        ['reporterCode', 'refYear', 'refMonth', 'flowCode', 'partnerCode', 'cmdCode'].map((c) => r[c].trim()).join('|'),
      );
      expect(apart).toHaveLength(3);
      const facts = counted.map((r): Fact => ({
        year: Number(r['refYear']),
        flow: PLUS_FLOW[r['flowCode'].trim()],
        partner: iso(r['partnerCode']),
        chapter: chapterOfRaw(r['cmdCode']),
        value: Number(r['primaryValue']),
      }));
      return { read: rows.length, counted: facts, apart: apart.length };
    },
  },
];

function figures(facts: Fact[]) {
  const totals = new Map<string, { year: number; flow: Flow; value_usd: number }>();
  const partners = new Map<string, number>();
  const chapters = new Map<string, number>();
  let turnover = 0;
  for (const f of facts) {
    expect(Number.isFinite(f.value)).toBe(true);
    const key = `${f.year}|${f.flow}`;
    const t = totals.get(key) ?? { year: f.year, flow: f.flow, value_usd: 0 };
    t.value_usd += f.value;
    totals.set(key, t);
    // Turnover = export + import; re-exports and re-imports are not in it.
    if (f.flow === 'export' || f.flow === 'import') {
      partners.set(f.partner, (partners.get(f.partner) ?? 0) + f.value);
      turnover += f.value;
    }
    chapters.set(f.chapter, (chapters.get(f.chapter) ?? 0) + f.value);
  }
  return {
    totals: [...totals.values()].sort((a, b) => a.year - b.year || FLOW_ORDER.indexOf(a.flow) - FLOW_ORDER.indexOf(b.flow)),
    partners: [...partners]
      .filter(([, v]) => v > 0)
      .map(([partner, value_usd]) => ({ partner, value_usd, share: value_usd / turnover }))
      .sort((a, b) => b.value_usd - a.value_usd || (a.partner < b.partner ? -1 : 1)),
    chapters: [...chapters].map(([chapter, value_usd]) => ({ chapter, value_usd })).sort((a, b) => (a.chapter < b.chapter ? -1 : 1)),
  };
}

function expectMatches(actual: InspectSummary, expected: Expected): void {
  expect(actual.rows).toEqual({ read: expected.read, accepted: expected.counted.length, rejected: 0, aggregate: expected.apart });
  expect(actual.rows.read).toBe(actual.rows.accepted + actual.rows.rejected + actual.rows.aggregate);
  expect(actual.rejected).toEqual([]);
  const want = figures(expected.counted);
  expect(actual.totals.map((t) => [t.year, t.flow])).toEqual(want.totals.map((t) => [t.year, t.flow]));
  want.totals.forEach((t, i) => expect(actual.totals[i].value_usd, `${t.year} ${t.flow}`).toBeCloseTo(t.value_usd, 0));
  expect(actual.partners.map((p) => p.partner)).toEqual(want.partners.map((p) => p.partner));
  want.partners.forEach((p, i) => {
    expect(actual.partners[i].value_usd, p.partner).toBeCloseTo(p.value_usd, 0);
    expect(actual.partners[i].share, p.partner).toBeCloseTo(p.share, 10);
  });
  expect(actual.chapters.map((c) => c.chapter)).toEqual(want.chapters.map((c) => c.chapter));
  want.chapters.forEach((c, i) => expect(actual.chapters[i].value_usd, c.chapter).toBeCloseTo(c.value_usd, 0));
}

async function summariseFile(path: string, lang: 'ru' | 'en' = 'en'): Promise<InspectSummary> {
  const stream = Readable.toWeb(createReadStream(path, { highWaterMark: 1 << 20 })) as unknown as ReadableStream<Uint8Array>;
  const { table, report } = await importStream(stream);
  return summarise(table, report, lang);
}

// ───────────────────────────────── the tests ─────────────────────────────────

describe.skipIf(!HAVE_REAL)(`inspect --json on genuine Comtrade exports (skipped when ${REAL} is absent)`, CLI, () => {
  // Nothing is read here: describe.skipIf still runs this body.
  for (const fixture of FIXTURES) {
    it(fixture.file, async () => {
      const expected = fixture.expected(fixture.file);
      const { json } = await inspectJson([join(REAL, fixture.file)]);
      expect(Object.keys(json)).toEqual(KEYS);
      expect([json.format, json.encoding, json.delimiter]).toEqual([fixture.format, 'utf-8', ',']);
      expectMatches(json, expected);
    });
  }

  it('USA-CHN 2017: three flows, re-exports outside turnover, all 97 chapters, one partner', async () => {
    const { json } = await inspectJson([join(REAL, 'comtrade-legacy_USA-CHN_2017_HS2.csv')]);
    expect(json.totals.map((t) => t.flow)).toEqual(['export', 'import', 're-export']);
    const [exp, imp] = json.totals;
    expect(json.partners).toEqual([{ partner: 'CN', value_usd: exp.value_usd + imp.value_usd, share: 1 }]);
    expect(json.chapters).toHaveLength(97);
    expect(json.chapters[0].chapter).toBe('01');
  });

  it('HS7102 world: warnings about standing and kept-apart aggregates go to stderr, not stdout', async () => {
    const { run, json } = await inspectJson([join(REAL, 'comtrade-legacy-full_HS7102_2014_world.csv')]);
    expect(json.partners.map((p) => p.partner)).toEqual(['W00']);
    expect(json.chapters.map((c) => c.chapter)).toEqual(['71', 'TOTAL']);
    const warnings = run.stderr.trim().split('\n');
    expect(warnings.some((w) => w.includes('no detail in the file'))).toBe(true);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('summarise() in-process equals the CLI output (Comtrade+ file)', async () => {
    const path = join(REAL, 'comtradeplus_CHN-imports_HS8542_partnerUSA_2010-2024.csv');
    expect(await summariseFile(path)).toEqual((await inspectJson([path])).json);
  });
});

describe('inspect: files that cannot be imported', CLI, () => {
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

describe('inspect: rejected rows, language, layouts', CLI, () => {
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
