import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeSnapshot, encodeSnapshot, MAX_SNAPSHOT_CHARS, type Snapshot } from './snapshot-codec';
import { computeDashboardSeries } from '../core/aggregate/dashboard-series';
import { TradeTableBuilder, tableRow } from '../core/table/table-builder';
import { monthIndex, periodCode } from '../core/model/period';

function demoSnapshot(): Snapshot {
  const b = new TradeTableBuilder();
  const partners = ['CN', 'KR', 'JP', 'HK', 'NO', 'DE', 'VG', 'DK', 'US', 'NL', 'TH'];
  for (let y = 2015; y <= 2024; y++)
    for (let m = 1; m <= 12; m++)
      partners.forEach((p, i) => {
        b.append(tableRow(periodCode(y, m), 'RU-KAM', 0, p, '0303670000', 1_000_000 * (i + 1) + y + m, NaN));
        b.append(tableRow(periodCode(y, m), 'RU-KAM', 1, p, '8901909000', 100_000 * (i + 1), NaN));
      });
  const { table } = b.finish();
  const series = computeDashboardSeries(
    table,
    { fromMonth: monthIndex(2024, 1), toMonth: monthIndex(2024, 5), measure: 'turnover', partners: [], historyFromMonth: monthIndex(2015, 1), historyToMonth: monthIndex(2024, 12) },
    { dataFirstMonth: monthIndex(2015, 1), dataLastMonth: monthIndex(2024, 12) },
  );
  return { createdAt: '2026-11-25', datasetName: 'Камчатский край (демо)', demo: true, view: { from: '2024-01', to: '2024-05', measure: 'turnover', partners: [], goods: [] }, series };
}

describe('snapshot codec', () => {
  it('round-trips the figures on screen (whole dollars) and fits in a link', async () => {
    const s = demoSnapshot();
    const text = await encodeSnapshot(s);
    expect(text.length).toBeLessThan(MAX_SNAPSHOT_CHARS);
    const back = await decodeSnapshot(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.snapshot.datasetName).toBe(s.datasetName);
    expect(back.snapshot.series.current).toEqual(s.series.current);
    expect(back.snapshot.series.partnerShares.map((p) => [p.key, p.share.toFixed(6)])).toEqual(s.series.partnerShares.map((p) => [p.key, p.share.toFixed(6)]));
    expect(back.snapshot.series.byMonth).toEqual(s.series.byMonth);
    expect(back.snapshot.series.partnerSharesByYear).toEqual(s.series.partnerSharesByYear);
  });

  it('carries the whole a filtered view is a share of, and reads links made before it', async () => {
    const s = demoSnapshot();
    const filtered = { ...s, series: { ...s.series, whole: { exports: 900, imports: 100, turnover: 1000, balance: 800 } } };
    const back = await decodeSnapshot(await encodeSnapshot(filtered));
    expect(back.ok && back.snapshot.series.whole).toEqual(filtered.series.whole);
    const unfiltered = await decodeSnapshot(await encodeSnapshot(s));
    expect(unfiltered.ok && unfiltered.snapshot.series.whole).toBeNull();
  });

  it('carries the reporters shown of a multi-reporter dataset, and reads links made before them', async () => {
    const s = demoSnapshot();
    const one = await decodeSnapshot(await encodeSnapshot({ ...s, view: { ...s.view, reporters: ['RU-PRI'], allReporters: false } }));
    expect(one.ok && one.snapshot.view).toEqual({ ...s.view, reporters: ['RU-PRI'], allReporters: false });
    const all = await decodeSnapshot(await encodeSnapshot({ ...s, view: { ...s.view, reporters: ['RU-PRI', 'RU-KAM', 'CN'], allReporters: true } }));
    expect(all.ok && all.snapshot.view.reporters).toEqual(['RU-PRI', 'RU-KAM', 'CN']);
    expect(all.ok && all.snapshot.view.allReporters).toBe(true);
    // A dataset with one reporter (and every link made before reporters travelled): no reporter at all.
    const before = await decodeSnapshot(await encodeSnapshot(s));
    expect(before.ok && before.snapshot.view).toEqual(s.view);
    expect(before.ok && 'reporters' in before.snapshot.view).toBe(false);
  });

  it('refuses reporters that are not region or country codes', async () => {
    const base = { v: 1, c: '2026-11-25', n: 'x', d: 0, w: ['2024-01', '2024-05', 'turnover', [], []], cur: [1, 2], prev: null, ps: [], pk: [], py: [], y: [], m: [], ch: [], pc: 0 };
    const encode = async (o: object) => {
      const bytes = new TextEncoder().encode(JSON.stringify(o));
      const compressed = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
      return btoa(String.fromCharCode(...compressed)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    };
    expect((await decodeSnapshot(await encode(base))).ok).toBe(true);
    expect((await decodeSnapshot(await encode({ ...base, rp: [0, ['RU-KAM', 'KZ']] }))).ok).toBe(true);
    for (const rp of [[0, ['<b>']], [0, ['RU-kam']], [2, ['RU-KAM']], [0, []], [0, ['RU-KAM', 'RU-KAM']], [0, 'RU-KAM'], ['all', ['RU-KAM']], [1], null])
      expect(await decodeSnapshot(await encode({ ...base, rp }))).toEqual({ ok: false, reason: 'invalid' });
    const s = demoSnapshot();
    await expect(encodeSnapshot({ ...s, view: { ...s.view, reporters: ['Какой-то край'], allReporters: false } })).rejects.toThrow(/not a region or country code/);
  });

  it('refuses tampered, foreign or hostile input without throwing (fuzz)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (s) => {
        const r = await decodeSnapshot(s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    const good = await encodeSnapshot(demoSnapshot());
    const flipped = good.slice(0, 40) + (good[40] === 'A' ? 'B' : 'A') + good.slice(41);
    expect((await decodeSnapshot(flipped)).ok).toBe(false);
    expect(await decodeSnapshot('')).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('validates the decoded structure, not just the compression', async () => {
    const evil = new TextEncoder().encode(JSON.stringify({ v: 1, c: '2026', n: '<img src=x onerror=alert(1)>', d: 0, w: ['2024-01', '2024-05', 'turnover', ['CN'], []], cur: [1, 'x'] }));
    const compressed = new Uint8Array(await new Response(new Blob([evil]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    const text = btoa(String.fromCharCode(...compressed)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(await decodeSnapshot(text)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses impossible figures like a corrupt link: bad months, negative totals, a million partners, from after to', async () => {
    const good = await encodeSnapshot(demoSnapshot());
    expect((await decodeSnapshot(await tamper(good, () => undefined))).ok).toBe(true);
    const forged: [string, (p: Record<string, unknown>) => void][] = [
      ['month 13', (p) => ((p.w as unknown[])[1] = '2024-13')],
      ['month 00', (p) => ((p.w as unknown[])[0] = '2024-00')],
      ['a monthly row of month 13', (p) => (((p.m as unknown[][])[0] as unknown[])[0] = '2023-13')],
      ['from after to', (p) => ((p.w as unknown[])[0] = '2024-06')],
      ['negative exports', (p) => (p.cur = [-1, 5])],
      ['negative imports of the previous period', (p) => (p.prev = [5, -100])],
      ['a negative month', (p) => (((p.m as unknown[][])[0] as unknown[])[1] = -7)],
      ['a negative year', (p) => (((p.y as unknown[][])[0] as unknown[])[2] = -7)],
      ['over a million partners', (p) => (p.pc = 1_000_001)],
      ['a fractional partner count', (p) => (p.pc = 2.5)],
      ['a negative partner count', (p) => (p.pc = -1)],
    ];
    for (const [name, change] of forged) expect([name, await decodeSnapshot(await tamper(good, change))]).toEqual([name, { ok: false, reason: 'invalid' }]);
  });
});

/** The packed JSON of `text`, changed by `change` and packed again. */
async function tamper(text: string, change: (p: Record<string, unknown>) => void): Promise<string> {
  const bytes = Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4)), (c) => c.charCodeAt(0));
  const raw = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
  const packed = JSON.parse(raw) as Record<string, unknown>;
  change(packed);
  const compressed = new Uint8Array(await new Response(new Blob([JSON.stringify(packed)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
  let binary = '';
  for (const b of compressed) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
