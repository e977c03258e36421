import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_SEED, generateKamchatkaDemo, kamchatkaDemoCsv } from './kamchatka-demo.ts';
import { mulberry32 } from './seeded-random.ts';
import { SYNTHETIC_MAX_ROWS, syntheticLines } from './synthetic-lines.ts';

const HEADER = 'period,reporter,flow,partner,commodity,value_usd,net_kg';
const dataFile = (name: string) => fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
const sha256 = (lines: string[]) => createHash('sha256').update(lines.join('\n')).digest('hex');

interface Row {
  period: string;
  reporter: string;
  flow: string;
  partner: string;
  commodity: string;
  value: number;
  kg: string;
}

function parse(lines: string[]): Row[] {
  return lines.slice(1).map((line) => {
    const f = line.split(',');
    if (f.length !== 7) throw new Error(`not 7 fields: ${line}`);
    return { period: f[0], reporter: f[1], flow: f[2], partner: f[3], commodity: f[4], value: Number(f[5]), kg: f[6] };
  });
}

// The published figures, read from the sourced file (not hard-coded here).
interface Published {
  from: string;
  to: string;
  indicator: string;
  flow: string;
  partner: string;
  group: string;
  value: number;
}
const PUBLISHED: Published[] = readFileSync(dataFile('kamchatka-2020-jan-may-published.csv'), 'utf8')
  .trimEnd()
  .split('\n')
  .slice(1)
  .map((line) => {
    const f = line.split(',');
    return { from: f[0], to: f[1], indicator: f[2], flow: f[3], partner: f[4], group: f[5], value: Number(f[6]) };
  });
function published(indicator: string, flow: string, partner = '', group = ''): number {
  const hit = PUBLISHED.filter(
    (p) => p.from === '2020-01' && p.to === '2020-05' && p.indicator === indicator && p.flow === flow && p.partner === partner && p.group === group,
  );
  expect(hit, `${indicator} ${flow} ${partner} ${group}`).toHaveLength(1);
  return hit[0].value;
}

/** The demo's mapping of the publication's commodity groups to TN VED prefixes (data/README.md). */
const GROUP_PREFIXES: Record<string, string[]> = {
  fish_and_seafood: ['03', '16'],
  nickel_concentrate: ['2604'],
  ferrous_metals: ['72'],
  machinery_equipment_vessels: ['84', '85', '89'],
  fuel_mineral_oils: ['27'],
  metals: ['72', '73'],
  ropes: ['5607', '5608'],
  plastics: ['39'],
};
const inGroup = (code: string, group: string) => GROUP_PREFIXES[group].some((p) => code.startsWith(p));

function sum(rows: Row[], keep: (r: Row) => boolean = () => true): number {
  let s = 0;
  for (const r of rows) if (keep(r)) s += r.value;
  return s;
}
const janMay = (year: number) => (r: Row) => r.period >= `${year}-01` && r.period <= `${year}-05`;

const DEFAULT_LINES = generateKamchatkaDemo();
const DEFAULT_ROWS = parse(DEFAULT_LINES);

describe('seeded PRNG', () => {
  it('is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });
});

describe('Kamchatka demo generator', () => {
  it('gives the same lines for the same seed and different lines for another seed', () => {
    expect(sha256(generateKamchatkaDemo({ seed: DEFAULT_DEMO_SEED }))).toBe(sha256(DEFAULT_LINES));
    expect(sha256(generateKamchatkaDemo({ seed: 7 }))).toBe(sha256(generateKamchatkaDemo({ seed: 7 })));
    expect(sha256(generateKamchatkaDemo({ seed: 7 }))).not.toBe(sha256(DEFAULT_LINES));
  });

  it('matches the committed data/kamchatka-demo.csv byte for byte (regenerate, never hand-edit)', () => {
    const committed = readFileSync(dataFile('kamchatka-demo.csv'), 'utf8');
    const expected = kamchatkaDemoCsv();
    expect(committed.length).toBe(expected.length);
    expect(committed === expected, 'data/kamchatka-demo.csv differs: run npx tsx scripts/generate-demo.ts').toBe(true);
  });

  it('writes valid canonical rows, each (period, partner, flow, commodity) at most once', () => {
    expect(DEFAULT_LINES[0]).toBe(HEADER);
    expect(DEFAULT_LINES.length).toBeGreaterThan(20_000);
    expect(DEFAULT_LINES.join('\n').length + 1).toBeLessThan(2_000_000);
    const keys = new Set<string>();
    const bad: Row[] = [];
    let emptyKg = 0;
    for (const r of DEFAULT_ROWS) {
      const ok =
        r.reporter === 'RU-KAM' &&
        (r.flow === 'export' || r.flow === 'import') &&
        /^[A-Z]{2}$/.test(r.partner) &&
        /^\d{10}$/.test(r.commodity) &&
        Number.isInteger(r.value) &&
        r.value > 0 &&
        (r.kg === '' || (/^\d+$/.test(r.kg) && Number(r.kg) > 0));
      if (!ok) bad.push(r);
      if (r.kg === '') emptyKg++;
      keys.add(`${r.period}|${r.partner}|${r.flow}|${r.commodity}`);
    }
    expect(bad).toEqual([]);
    expect(keys.size).toBe(DEFAULT_ROWS.length);
    expect(emptyKg).toBeGreaterThan(0);
    expect(emptyKg).toBeLessThan(DEFAULT_ROWS.length * 0.01);
  });

  it('covers every month 2015-01 … 2024-12 and at least 28 partners', () => {
    const periods = new Set(DEFAULT_ROWS.map((r) => r.period));
    const expected: string[] = [];
    for (let y = 2015; y <= 2024; y++) for (let m = 1; m <= 12; m++) expected.push(`${y}-${String(m).padStart(2, '0')}`);
    expect([...periods].sort()).toEqual(expected);
    expect(new Set(DEFAULT_ROWS.map((r) => r.partner)).size).toBeGreaterThanOrEqual(28);
  });

  it('keeps exports at 75–80 % of turnover and fish (chapters 03 + 16) at ≥ 94 % of exports', () => {
    const exports = sum(DEFAULT_ROWS, (r) => r.flow === 'export');
    const share = exports / sum(DEFAULT_ROWS);
    expect(share).toBeGreaterThan(0.75);
    expect(share).toBeLessThan(0.8);
    const fish = sum(DEFAULT_ROWS, (r) => r.flow === 'export' && inGroup(r.commodity, 'fish_and_seafood'));
    expect(fish / exports).toBeGreaterThanOrEqual(0.94);
  });

  it('has pollock peaking in January–April and salmon in July–September', () => {
    const byMonth = (prefix: string) => {
      const m = new Array<number>(12).fill(0);
      for (const r of DEFAULT_ROWS) if (r.flow === 'export' && r.commodity.startsWith(prefix)) m[Number(r.period.slice(5)) - 1] += r.value;
      return m;
    };
    const pollock = byMonth('030367');
    const salmon = byMonth('03031');
    expect(pollock.slice(0, 4).reduce((a, b) => a + b) / 4).toBeGreaterThan(1.5 * (pollock.slice(4).reduce((a, b) => a + b) / 8));
    expect(salmon.slice(6, 9).reduce((a, b) => a + b) / 3).toBeGreaterThan(2 * (salmon.reduce((a, b) => a + b) / 12));
  });

  for (const seed of [DEFAULT_DEMO_SEED, 7]) {
    describe(`calibration (seed ${seed})`, () => {
      const rows = seed === DEFAULT_DEMO_SEED ? DEFAULT_ROWS : parse(generateKamchatkaDemo({ seed }));

      it('China is 37–43 % of turnover every year, Korea second; yearly turnover 1.0–1.6 billion USD', () => {
        for (let y = 2015; y <= 2024; y++) {
          const year = rows.filter((r) => r.period.startsWith(`${y}-`));
          const total = sum(year);
          expect(total / 1e9).toBeGreaterThan(1.0);
          expect(total / 1e9).toBeLessThan(1.6);
          const byPartner = new Map<string, number>();
          for (const r of year) byPartner.set(r.partner, (byPartner.get(r.partner) ?? 0) + r.value);
          const ranked = [...byPartner].sort((a, b) => b[1] - a[1]);
          expect(ranked[0][0], `${y}`).toBe('CN');
          expect(ranked[1][0], `${y}`).toBe('KR');
          const cn = byPartner.get('CN')! / total;
          expect(cn, `${y}`).toBeGreaterThanOrEqual(0.37);
          expect(cn, `${y}`).toBeLessThanOrEqual(0.43);
        }
      });

      it('China + Korea + Japan ≈ 80 % of turnover in 2023 (governor, April 2023)', () => {
        const target = PUBLISHED.find((p) => p.partner === 'CN+KR+JP')!.value / 100;
        const year = rows.filter((r) => r.period.startsWith('2023-'));
        const three = sum(year, (r) => r.partner === 'CN' || r.partner === 'KR' || r.partner === 'JP');
        expect(Math.abs(three / sum(year) - target)).toBeLessThan(0.03);
      });

      it('January–May 2020 matches the published totals, partner shares and structure', () => {
        const w = rows.filter(janMay(2020));
        const turnover = sum(w);
        const exports = sum(w, (r) => r.flow === 'export');
        const imports = sum(w, (r) => r.flow === 'import');
        const within3pct = (actual: number, expected: number) => expect(Math.abs(actual / expected - 1)).toBeLessThan(0.03);
        within3pct(turnover / 1e6, published('value', 'turnover'));
        within3pct(exports / 1e6, published('value', 'export'));
        within3pct(imports / 1e6, published('value', 'import'));

        const shares = PUBLISHED.filter((p) => p.indicator === 'share' && p.flow === 'turnover' && p.from === '2020-01' && p.partner);
        expect(shares).toHaveLength(8);
        for (const p of shares) {
          const share = (100 * sum(w, (r) => r.partner === p.partner)) / turnover;
          expect(Math.abs(share - p.value), p.partner).toBeLessThanOrEqual(1);
        }
        expect(new Set(w.map((r) => r.partner)).size).toBe(published('partner_count', 'turnover'));

        for (const p of PUBLISHED.filter((x) => x.indicator === 'share' && x.group)) {
          const total = p.flow === 'export' ? exports : imports;
          const share = (100 * sum(w, (r) => r.flow === p.flow && inGroup(r.commodity, p.group))) / total;
          expect(Math.abs(share - p.value), p.group).toBeLessThanOrEqual(1);
        }
      });

      it('January–May 2020 against January–May 2019: turnover ≈ +9 %, exports ≈ −2 %, imports ≈ +78.7 %', () => {
        const now = rows.filter(janMay(2020));
        const before = rows.filter(janMay(2019));
        const change = (keep: (r: Row) => boolean) => 100 * (sum(now, keep) / sum(before, keep) - 1);
        expect(Math.abs(sum(before) / 1e6 - 440)).toBeLessThan(440 * 0.03);
        expect(Math.abs(change(() => true) - published('change_yoy', 'turnover'))).toBeLessThanOrEqual(3);
        expect(Math.abs(change((r) => r.flow === 'export') - published('change_yoy', 'export'))).toBeLessThanOrEqual(3);
        expect(Math.abs(change((r) => r.flow === 'import') - published('change_yoy', 'import'))).toBeLessThanOrEqual(3);
      });
    });
  }
});

describe('synthetic benchmark lines', () => {
  it('yields the header and exactly the requested number of valid, distinct rows', () => {
    const lines = [...syntheticLines({ rows: 10_000 })];
    expect(lines[0]).toBe(HEADER);
    expect(lines).toHaveLength(10_001);
    const keys = new Set<string>();
    const row = /^\d{4}-(0[1-9]|1[0-2]),RU-[A-Z]{2,3},(export|import),[A-Z]{2},\d{10},[1-9]\d*,(|[1-9]\d*)$/;
    const bad = lines.slice(1).filter((line) => !row.test(line));
    expect(bad).toEqual([]);
    for (const line of lines.slice(1)) keys.add(line.split(',').slice(0, 5).join(','));
    expect(keys.size).toBe(10_000);
  });

  it('is deterministic, a shorter file is a prefix of a longer one, and zero rows gives the header', () => {
    const short = [...syntheticLines({ rows: 2_000, seed: 3 })];
    const long = [...syntheticLines({ rows: 5_000, seed: 3 })];
    expect(long.slice(0, short.length)).toEqual(short);
    expect(sha256([...syntheticLines({ rows: 5_000, seed: 4 })])).not.toBe(sha256(long));
    expect([...syntheticLines({ rows: 0 })]).toEqual([HEADER]);
    expect(() => syntheticLines({ rows: -1 })).toThrow(RangeError);
    expect(() => syntheticLines({ rows: SYNTHETIC_MAX_ROWS + 1 })).toThrow(RangeError);
    expect(() => generateKamchatkaDemo({ seed: 1.5 })).toThrow(RangeError);
  });
});
