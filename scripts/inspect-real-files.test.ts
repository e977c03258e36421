// `npm run inspect` on the genuine Comtrade exports of the real-fixtures folder (REAL below;
// skipped when it is absent): the JSON the command prints, against figures computed HERE,
// independently of the app: PapaParse over the named columns, plain JS sums, and the aggregate
// rules (docs/architecture.md, «Aggregates») written out per file. The command runs in-process
// (inspect-test-helpers.ts).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { InspectSummary } from './inspect-summary.ts';
import { inspectJson, summariseFile } from './inspect-test-helpers.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REAL = resolve(ROOT, '../shared/fixtures/real');
const HAVE_REAL = existsSync(REAL);

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
 * The aggregate rule (docs/architecture.md, «Aggregates») for one aggregate dimension: a total
 * row is kept apart (never added) when a part of it — a non-total row with the same group key —
 * is in the file; otherwise it stands for its group and is counted.
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

// ───────────────────────────────── the tests ─────────────────────────────────

describe.skipIf(!HAVE_REAL)(`inspect --json on genuine Comtrade exports (skipped when ${REAL} is absent)`, () => {
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

  it("summarise() called directly equals the command's JSON (Comtrade+ file)", async () => {
    const path = join(REAL, 'comtradeplus_CHN-imports_HS8542_partnerUSA_2010-2024.csv');
    expect(await summariseFile(path)).toEqual((await inspectJson([path])).json);
  });
});
