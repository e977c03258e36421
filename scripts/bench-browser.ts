// `npm run bench:browser` — the built app in Debian's Chromium (Playwright), timed from
// inside the page. Not part of `npm test`: timing never decides pass or fail.
//
//   npm run bench:browser                          a readable table on stdout (progress on stderr)
//   npm run --silent bench:browser -- --json       one JSON object, the last line of stdout (vite build prints first)
//   options: --rows N (the import file, default 1,000,000), --large-rows N (default 12,000,000,
//            a file over 512 MB), --skip-large, --port N (vite preview, default 4300), --reps N
//            (fresh-page loads, default 3)
//
// The npm script builds first (`vite build`); this script serves dist/ with Vite's preview()
// on its own port (4173 belongs to the e2e tests), so it measures what users download.
//
// What is measured, all with performance.now() inside the page:
//   import   a generated canonical file set on «Загрузить CSV»'s file input (a path, as a
//            user picks it): time to charts = file set → [data-testid=dashboard-ready]
//            present again for the new dataset; the longest main-thread task in that window
//            (PerformanceObserver 'longtask', registered before navigation), split by the
//            upload job's phase (importing in the worker / saving / drawing).
//   clicks   «Экспорт» in the flow filter, then one partner of the share list: click event →
//            dashboard-ready back with the partner list changed, and → the next frame.
//   load     a fresh browser context (empty cache and storage): navigation start → the
//            default dashboard's dashboard-ready, best and median of --reps.
//   map      the partner map's first draw in a fresh context: performance marks the map sets
//            as its lazy chunk is evaluated (map-chunk-loaded) and once its shapes are in the
//            DOM (map-drawn), median of --reps; and the gzip size of its chunk(s).
//   large    a canonical file over 512 MB (V8 cannot hold it as one string): does it import,
//            how many rows, how long, the longest task.

import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { basename, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { ensureBenchFile, ROOT } from './bench-data.ts';

const TARGETS = { longTaskMs: 50, clickRedrawMs: 200, drillRedrawMs: 150, firstLoadMs: 1500, namesFileGzipKb: 60, mapFirstDrawMs: 150 };
const log = (line: string) => process.stderr.write(line + '\n');

// ---------------------------------------------------------------------------------------
// In the page, before any of the app's scripts: long tasks, ready transitions, job status.

declare global {
  interface Window {
    __bench: {
      longTasks: { start: number; duration: number }[];
      frames: { start: number; duration: number; blocking: number; scripts: { source: string; invoker: string; duration: number }[] }[];
      ready: { t: number; present: boolean; search: string; dataset: string; partners: string }[];
      status: { t: number; status: string }[];
      clicks: { t: number; label: string }[];
      paints: { after: number; t: number }[];
    };
  }
}

function instrument(): void {
  const bench: Window['__bench'] = { longTasks: [], frames: [], ready: [], status: [], clicks: [], paints: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* not supported: reported as missing */
  }
  try {
    // Long animation frames name the scripts that ran: which code a long task was.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { blockingDuration: number; scripts: { sourceURL: string; sourceFunctionName: string; invoker: string; duration: number }[] })[])
        bench.frames.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          scripts: e.scripts.map((s) => ({ source: `${s.sourceURL.split('/').pop()}${s.sourceFunctionName ? ':' + s.sourceFunctionName : ''}`, invoker: s.invoker, duration: s.duration })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    /* older Chromium */
  }
  // One entry whenever the drawn state changes: dashboard-ready there or not, and what it
  // shows (URL, dataset, partner list). A removal and re-insertion within one task is seen
  // as a change of what is shown.
  let last = '';
  const statuses = new Map<Element, string>();
  const check = () => {
    const now = performance.now();
    const present = document.querySelector('[data-testid="dashboard-ready"]') !== null;
    const state = {
      t: now,
      present,
      search: location.search,
      dataset: document.querySelector('[data-testid="dataset-name"]')?.textContent ?? '',
      partners: document.querySelector('[data-testid="partner-share-list"]')?.textContent ?? '',
    };
    const signature = JSON.stringify([present, state.search, state.dataset, state.partners]);
    if (signature !== last) {
      last = signature;
      bench.ready.push(state);
      if (present) requestAnimationFrame(() => bench.paints.push({ after: now, t: performance.now() }));
    }
    for (const job of document.querySelectorAll('[data-testid="upload-job"]')) {
      const status = job.getAttribute('data-status') ?? '';
      if (statuses.get(job) !== status) {
        statuses.set(job, status);
        bench.status.push({ t: now, status });
      }
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status', 'data-period'] });
  document.addEventListener('click', (e) => bench.clicks.push({ t: performance.now(), label: (e.target as Element | null)?.textContent?.trim().slice(0, 40) ?? '' }), true);
}

// ---------------------------------------------------------------------------------------

interface ImportResult {
  ok: boolean;
  error?: string;
  file: string;
  fileMb: number;
  rowsAccepted: number | null;
  /** File set → the job's "done" (worker import, hash, same-file check, save). */
  importMs: number | null;
  /** File set → dashboard-ready for the new dataset. */
  chartsMs: number | null;
  longestTaskMs: number;
  longTasksOver50: number;
  /** Long tasks by phase: worker importing, saving, drawing the new dataset. */
  phases: { phase: string; fromMs: number; toMs: number; longestTaskMs: number; tasksOver50: number }[];
  culprits: string[];
  storage: string;
}

async function importThroughPage(page: Page, path: string, bytes: number, timeoutMs: number): Promise<ImportResult> {
  const name = basename(path).replace(/\.(csv|tsv|txt)$/i, '');
  const result: ImportResult = { ok: false, file: relative(ROOT, path), fileMb: bytes / 1e6, rowsAccepted: null, importMs: null, chartsMs: null, longestTaskMs: 0, longTasksOver50: 0, phases: [], culprits: [], storage: '?' };
  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
  const input = page.getByTestId('file-input');
  await input.waitFor({ state: 'attached' });
  const t0 = await page.evaluate(() => performance.now());
  await input.setInputFiles(path);
  const job = page.getByTestId('upload-job').last();
  try {
    await page.waitForFunction(
      (fileName) => {
        const jobs = document.querySelectorAll('[data-testid="upload-job"]');
        const status = jobs[jobs.length - 1]?.getAttribute('data-status');
        if (status === 'failed' || status === 'cancelled') return true;
        const ready = document.querySelector('[data-testid="dashboard-ready"]');
        return status === 'done' && ready !== null && location.search.includes('ds=u-') && (document.querySelector('[data-testid="dataset-name"]')?.textContent ?? '').includes(fileName);
      },
      name,
      { timeout: timeoutMs, polling: 250 },
    );
  } catch (error) {
    result.error = `no charts within ${timeoutMs / 1000} s (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); job: ${await job.getAttribute('data-status').catch(() => '?')}`;
  }
  const status = await job.getAttribute('data-status').catch(() => null);
  if (status === 'failed') result.error = `import failed: ${(await job.innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 300)}`;
  if (status === 'done') {
    const accepted = await job.getByTestId('count-accepted').innerText().catch(() => '');
    result.rowsAccepted = Number(accepted.replace(/[\s\u00a0\u202f]/g, '')) || null;
  }
  // Saved in IndexedDB, or kept in memory only (storage full or unavailable): the app says so.
  result.storage = (await page.getByTestId('storage-notice').count()) > 0 ? 'NOT saved in IndexedDB (storage notice shown; kept in memory)' : 'saved in IndexedDB';
  const b = await page.evaluate(() => window.__bench);
  const done = b.status.find((s) => s.t >= t0 && s.status === 'done');
  const saving = b.status.find((s) => s.t >= t0 && s.status === 'saving');
  const drawn = b.ready.find((r) => r.t >= t0 && r.present && r.search.includes('ds=u-') && r.dataset.includes(name));
  result.importMs = done ? done.t - t0 : null;
  result.chartsMs = drawn ? drawn.t - t0 : null;
  result.ok = status === 'done' && drawn !== undefined;
  const end = drawn?.t ?? Infinity;
  const tasks = b.longTasks.filter((t) => t.start >= t0 && t.start <= end);
  result.longestTaskMs = Math.max(0, ...tasks.map((t) => t.duration));
  result.longTasksOver50 = tasks.filter((t) => t.duration > TARGETS.longTaskMs).length;
  const bounds: [string, number, number][] = [
    ['importing (worker)', t0, saving?.t ?? done?.t ?? end],
    ['saving → done', saving?.t ?? done?.t ?? end, done?.t ?? end],
    ['done → charts drawn', done?.t ?? end, end],
  ];
  result.phases = bounds.map(([phase, from, to]) => {
    const inPhase = tasks.filter((t) => t.start >= from && t.start < to);
    return { phase, fromMs: from - t0, toMs: to - t0, longestTaskMs: Math.max(0, ...inPhase.map((t) => t.duration)), tasksOver50: inPhase.filter((t) => t.duration > TARGETS.longTaskMs).length };
  });
  result.culprits = culpritsOf(b.frames, t0, end);
  return result;
}

/** The scripts of long animation frames in a window, longest first: what blocked the main thread. */
function culpritsOf(frames: Window['__bench']['frames'], from: number, to: number): string[] {
  return frames
    .filter((f) => f.start >= from && f.start <= to && f.blocking > 0)
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 4)
    .map((f) => {
      const scripts = f.scripts
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 2)
        .map((s) => `${s.invoker} ${s.source} ${s.duration.toFixed(0)} ms`)
        .join('; ');
      return `frame at +${(f.start - from).toFixed(0)} ms: ${f.duration.toFixed(0)} ms${scripts ? ` (${scripts})` : ''}`;
    });
}

interface ClickResult {
  what: string;
  /** Click event → dashboard-ready back with new numbers. */
  updatedMs: number | null;
  /** Click event → the frame after that update. */
  frameMs: number | null;
  longestTaskMs: number;
  culprits: string[];
}

async function timeClick(page: Page, what: string, click: () => Promise<void>): Promise<ClickResult> {
  const before = await page.getByTestId('partner-share-list').innerText();
  const seen = await page.evaluate(() => ({ clicks: window.__bench.clicks.length, ready: window.__bench.ready.length }));
  await click();
  await page.waitForFunction(
    ({ seen, before }) => {
      const b = window.__bench;
      if (b.clicks.length <= seen.clicks) return false;
      const after = b.ready.slice(seen.ready).filter((r) => r.present && r.t >= b.clicks[b.clicks.length - 1].t);
      return after.some((r) => r.partners !== before);
    },
    { seen, before },
    { timeout: 30_000, polling: 50 },
  );
  await page.waitForTimeout(100); // the frame after the update
  const b = await page.evaluate(() => window.__bench);
  const clickT = b.clicks[b.clicks.length - 1].t;
  const updated = b.ready.slice(seen.ready).find((r) => r.present && r.t >= clickT && r.partners !== before);
  const frame = updated ? b.paints.find((p) => p.after === updated.t) : undefined;
  const end = frame?.t ?? updated?.t ?? clickT;
  // Tasks that overlap the window: the one that dispatches the click starts before its handler reads the clock.
  const tasks = b.longTasks.filter((t) => t.start + t.duration > clickT && t.start <= end);
  return {
    what,
    updatedMs: updated ? updated.t - clickT : null,
    frameMs: frame ? frame.t - clickT : null,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    culprits: culpritsOf(b.frames, clickT - 1, end),
  };
}

async function freshLoad(browser: Browser, url: string): Promise<number | null> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('dashboard-ready').waitFor({ state: 'attached', timeout: 30_000 });
    const b = await page.evaluate(() => window.__bench);
    const first = b.ready.find((r) => r.present);
    return first ? first.t : null;
  } finally {
    await context.close();
  }
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1366, height: 768 } });
  // tsx compiles with esbuild's keepNames: functions sent to the page call __name().
  await context.addInitScript('window.__name = window.__name || ((f) => f);');
  await context.addInitScript(instrument);
  return context;
}

// ---------------------------------------------------------------------------------------

function machine(browserVersion: string) {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  let nproc = '?';
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    /* not Linux */
  }
  return { nproc: Number(nproc), cpu, memory_gb: Math.round(totalmem() / 1024 ** 3), node: process.version, chromium: browserVersion, date: new Date().toISOString().slice(0, 10) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const r0 = (x: number | null) => (x === null ? null : Math.round(x));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      rows: { type: 'string' },
      'large-rows': { type: 'string' },
      'skip-large': { type: 'boolean' },
      port: { type: 'string' },
      reps: { type: 'string' },
    },
    strict: true,
  });
  const rows = Number(values.rows ?? 1_000_000);
  const largeRows = Number(values['large-rows'] ?? 12_000_000);
  const reps = Number(values.reps ?? 3);
  const port = Number(values.port ?? 4300);
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: sudo apt-get install -y chromium (or set CHROMIUM_PATH)');

  const file = await ensureBenchFile('canonical', rows, log);
  const large = values['skip-large'] ? null : await ensureBenchFile('canonical', largeRows, log);
  if (large && large.bytes <= 512 * 1024 * 1024) log(`note: ${large.path} is ${(large.bytes / 2 ** 20).toFixed(0)} MiB, not over 512 MiB; use --large-rows`);

  const server: PreviewServer = await preview({ root: ROOT, logLevel: 'warn', preview: { port, strictPort: false, host: '127.0.0.1', open: false } });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  log(`serving dist/ at ${url}`);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    // 1. First load of the default dashboard, fresh context each time.
    const loads: number[] = [];
    for (let i = 0; i < reps; i++) {
      const ms = await freshLoad(browser, url);
      if (ms !== null) loads.push(ms);
      log(`fresh load ${i + 1}/${reps}: ${ms?.toFixed(0)} ms to the default dashboard`);
    }

    // 1b. The partner map's first draw (its lazy chunk evaluated → its shapes in the DOM), fresh context each time.
    const mapDraws: number[] = [];
    for (let i = 0; i < reps; i++) {
      const ms = await mapFirstDraw(browser, url);
      if (ms !== null) mapDraws.push(ms);
      log(`map first draw ${i + 1}/${reps}: ${ms?.toFixed(0)} ms from its chunk loaded to its shapes`);
    }
    const mapFiles = mapChunks();
    for (const n of mapFiles) log(`  map chunk: ${n.file} ${n.gzip_kb} KB gzip`);

    // 2. Import the 1M-row file through the page, then click filters on it.
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('dashboard-ready').waitFor({ state: 'attached', timeout: 30_000 });
    log(`importing ${relative(ROOT, file.path)} (${(file.bytes / 1e6).toFixed(1)} MB) through the page …`);
    const imported = await importThroughPage(page, file.path, file.bytes, 300_000);
    log(`  ${imported.ok ? 'charts' : 'FAILED'} after ${imported.chartsMs?.toFixed(0)} ms; longest task ${imported.longestTaskMs.toFixed(0)} ms`);
    const clicks: ClickResult[] = [];
    const drills: ClickResult[] = [];
    const namesFiles: { file: string; gzip_kb: number }[] = [];
    if (imported.ok) {
      clicks.push(await timeClick(page, 'flow «Экспорт»', () => page.getByRole('radio', { name: 'Экспорт', exact: true }).first().click()));
      const partners = await page.locator('[data-testid="partner-share-list"] [data-partner] button').evaluateAll((els) => els.map((e) => e.closest('[data-partner]')!.getAttribute('data-partner')!));
      const partner = partners.includes('CN') ? 'CN' : partners[0];
      if (partner) clicks.push(await timeClick(page, `partner ${partner}`, () => page.locator(`[data-testid="partner-share-list"] [data-partner="${partner}"] button`).click()));
      // Drill-down of the goods chart (issue 12): the top chapter, then its top heading.
      const namesRequested = new Set<string>();
      page.on('request', (r) => {
        const name = r.url().split('/').pop() ?? '';
        if (/^hs-\d\d-.*\.js$/.test(name)) namesRequested.add(name);
      });
      const goodsKeys = () => page.locator('[data-testid="panel-chapters"] [data-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!).filter((k) => /^\d+$/.test(k)));
      for (const level of ['chapter', 'heading']) {
        const key = (await goodsKeys())[0];
        if (!key) break;
        drills.push(await timeClick(page, `drill ${level} ${key}`, () => page.locator(`[data-testid="panel-chapters"] [data-key="${key}"]`).click()));
        await page.waitForTimeout(300); // the names chunk of the chapter
      }
      for (const name of namesRequested) namesFiles.push({ file: name, gzip_kb: Number((gzipSync(readFileSync(resolve(ROOT, 'dist/assets', name))).length / 1024).toFixed(1)) });
      for (const c of [...clicks, ...drills]) log(`  click ${c.what}: updated ${c.updatedMs?.toFixed(0)} ms, next frame ${c.frameMs?.toFixed(0)} ms, longest task ${c.longestTaskMs.toFixed(0)} ms`);
      for (const n of namesFiles) log(`  names file a drill loaded: ${n.file} ${n.gzip_kb} KB gzip`);
    }
    await context.close();

    // 3. A file over 512 MB.
    let largeResult: ImportResult | null = null;
    if (large) {
      const ctx = await newContext(browser);
      const p = await ctx.newPage();
      let crashed = '';
      p.on('crash', () => (crashed = 'the page crashed (renderer out of memory?)'));
      await p.goto(url);
      await p.getByTestId('dashboard-ready').waitFor({ state: 'attached', timeout: 30_000 });
      log(`importing ${relative(ROOT, large.path)} (${(large.bytes / 1e6).toFixed(0)} MB) through the page …`);
      try {
        largeResult = await importThroughPage(p, large.path, large.bytes, 900_000);
      } catch (error) {
        largeResult = { ok: false, error: crashed || (error instanceof Error ? error.message.split('\n')[0] : String(error)), file: relative(ROOT, large.path), fileMb: large.bytes / 1e6, rowsAccepted: null, importMs: null, chartsMs: null, longestTaskMs: 0, longTasksOver50: 0, phases: [], culprits: [], storage: '?' };
      }
      if (crashed) largeResult.error = crashed;
      log(`  ${largeResult.ok ? 'loaded' : 'FAILED'}: ${largeResult.rowsAccepted ?? '?'} rows, charts after ${largeResult.chartsMs?.toFixed(0)} ms${largeResult.error ? `; ${largeResult.error}` : ''}`);
      await ctx.close().catch(() => {});
    }

    const result: BrowserBenchResult = {
      machine: machine(browser.version()),
      url,
      first_load_ms: { best: r0(Math.min(...loads)), median: r0(median(loads)), runs: loads.map((x) => Math.round(x)) },
      import: summary(imported),
      clicks: clicks.map((c) => ({ what: c.what, updated_ms: r0(c.updatedMs), next_frame_ms: r0(c.frameMs), longest_task_ms: r0(c.longestTaskMs) })),
      drills: drills.map((c) => ({ what: c.what, updated_ms: r0(c.updatedMs), next_frame_ms: r0(c.frameMs), longest_task_ms: r0(c.longestTaskMs) })),
      names_files: namesFiles,
      largest_names_file_gzip_kb: largestNamesFile(),
      large: largeResult && summary(largeResult),
      map: {
        first_draw_ms: { best: mapDraws.length > 0 ? r0(Math.min(...mapDraws)) : null, median: mapDraws.length > 0 ? r0(median(mapDraws)) : null, runs: mapDraws.map((x) => Math.round(x)) },
        chunks: mapFiles,
        chunk_gzip_kb: Number(mapFiles.reduce((a, n) => a + n.gzip_kb, 0).toFixed(1)),
      },
      targets: {
        longest_task_during_import_ms: TARGETS.longTaskMs,
        filter_click_redraw_ms: TARGETS.clickRedrawMs,
        drill_click_redraw_ms: TARGETS.drillRedrawMs,
        names_file_gzip_kb: TARGETS.namesFileGzipKb,
        first_load_ms: TARGETS.firstLoadMs,
        map_first_draw_ms: TARGETS.mapFirstDrawMs,
        large_file_imports: true,
      },
      met: {
        no_long_task_during_import: imported.ok && imported.longestTaskMs <= TARGETS.longTaskMs,
        no_long_task_while_worker_parses: imported.ok && workerPhase(imported) !== null && workerPhase(imported)!.longestTaskMs <= TARGETS.longTaskMs,
        filter_click_redraw: clicks.length > 0 && clicks.every((c) => c.frameMs !== null && c.frameMs <= TARGETS.clickRedrawMs),
        drill_click_redraw: drills.length > 0 && drills.every((c) => c.frameMs !== null && c.frameMs <= TARGETS.drillRedrawMs),
        names_file_gzip: namesFiles.every((n) => n.gzip_kb <= TARGETS.namesFileGzipKb) && largestNamesFile().gzip_kb <= TARGETS.namesFileGzipKb,
        first_load: loads.length > 0 && median(loads) <= TARGETS.firstLoadMs,
        map_first_draw: mapDraws.length > 0 && median(mapDraws) <= TARGETS.mapFirstDrawMs,
        large_file_imports: largeResult === null ? null : largeResult.ok,
      },
    };
    if (values.json) {
      process.stdout.write(JSON.stringify(result) + '\n');
      return;
    }
    printTable(result, imported, clicks, largeResult);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The partner map's first draw in a fresh page: the time between the marks partner-map.tsx sets
 * as its chunk is evaluated (`map-chunk-loaded`) and once its shapes are in the DOM (`map-drawn`).
 */
async function mapFirstDraw(browser: Browser, url: string): Promise<number | null> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('[data-testid="partner-map"] [data-partner]').first().waitFor({ state: 'attached', timeout: 30_000 });
    return await page.evaluate(() => {
      const loaded = performance.getEntriesByName('map-chunk-loaded')[0];
      const drawn = performance.getEntriesByName('map-drawn')[0];
      return loaded && drawn ? drawn.startTime - loaded.startTime : null;
    });
  } catch {
    return null;
  } finally {
    await context.close();
  }
}

/** The partner map's lazy chunk(s) of the build (the map, its geometry and world-atlas's topology), gzipped. */
function mapChunks(): { file: string; gzip_kb: number }[] {
  return readdirSync(resolve(ROOT, 'dist/assets'))
    .filter((name) => /^(?:partner-map|map-geometry|countries-110m)-.*\.js$/.test(name))
    .map((name) => ({ file: name, gzip_kb: Number((gzipSync(readFileSync(resolve(ROOT, 'dist/assets', name))).length / 1024).toFixed(1)) }));
}

/** The largest goods-names chunk of the build (one per HS chapter, data/nomenclature/hs-XX.json), gzipped. */
function largestNamesFile(): { file: string; gzip_kb: number } {
  let best = { file: '', gzip_kb: 0 };
  for (const name of readdirSync(resolve(ROOT, 'dist/assets'))) {
    if (!/^hs-\d\d-.*\.js$/.test(name)) continue;
    const kb = Number((gzipSync(readFileSync(resolve(ROOT, 'dist/assets', name))).length / 1024).toFixed(1));
    if (kb > best.gzip_kb) best = { file: name, gzip_kb: kb };
  }
  return best;
}

function summary(r: ImportResult) {
  return {
    ok: r.ok,
    ...(r.error ? { error: r.error } : {}),
    file: r.file,
    file_mb: Number(r.fileMb.toFixed(1)),
    rows_accepted: r.rowsAccepted,
    storage: r.storage,
    import_ms: r0(r.importMs),
    charts_ms: r0(r.chartsMs),
    longest_task_ms: r0(r.longestTaskMs),
    long_tasks_over_50ms: r.longTasksOver50,
    phases: r.phases.map((p) => ({ phase: p.phase, from_ms: r0(p.fromMs), to_ms: r0(p.toMs), longest_task_ms: r0(p.longestTaskMs), tasks_over_50ms: p.tasksOver50 })),
    long_frames: r.culprits,
  };
}

interface BrowserBenchResult {
  machine: ReturnType<typeof machine>;
  url: string;
  first_load_ms: { best: number | null; median: number | null; runs: number[] };
  import: ReturnType<typeof summary>;
  clicks: { what: string; updated_ms: number | null; next_frame_ms: number | null; longest_task_ms: number | null }[];
  drills: { what: string; updated_ms: number | null; next_frame_ms: number | null; longest_task_ms: number | null }[];
  names_files: { file: string; gzip_kb: number }[];
  largest_names_file_gzip_kb: { file: string; gzip_kb: number };
  large: ReturnType<typeof summary> | null;
  /** The partner map (lazy): first draw from its chunk evaluated to its shapes in the DOM, and its chunk(s) gzipped (world-atlas + d3-geo + code). */
  map: { first_draw_ms: { best: number | null; median: number | null; runs: number[] }; chunks: { file: string; gzip_kb: number }[]; chunk_gzip_kb: number };
  targets: { longest_task_during_import_ms: number; filter_click_redraw_ms: number; drill_click_redraw_ms: number; names_file_gzip_kb: number; first_load_ms: number; map_first_draw_ms: number; large_file_imports: boolean };
  met: { no_long_task_during_import: boolean; no_long_task_while_worker_parses: boolean; filter_click_redraw: boolean; drill_click_redraw: boolean; names_file_gzip: boolean; first_load: boolean; map_first_draw: boolean; large_file_imports: boolean | null };
}

/** The phase while the worker reads and parses the file. */
function workerPhase(r: ImportResult) {
  return r.phases.find((p) => p.phase === 'importing (worker)') ?? null;
}

function printTable(r: BrowserBenchResult, imported: ImportResult, clicks: ClickResult[], large: ImportResult | null): void {
  const ok = (v: boolean | null) => (v === null ? 'n/a' : v ? 'met' : 'MISSED');
  const ms = (x: number | null) => (x === null ? '—' : `${x.toFixed(0)} ms`);
  const lines: string[][] = [['measure', 'value', 'detail', 'target']];
  lines.push(['first load → default dashboard drawn', `${r.first_load_ms.median} ms (median)`, `runs ${r.first_load_ms.runs.join(', ')} ms; fresh context each`, `≤ ${TARGETS.firstLoadMs} ms ${ok(r.met.first_load)}`]);
  lines.push([`import ${imported.file} (${imported.fileMb.toFixed(1)} MB): time to charts`, ms(imported.chartsMs), `job done at ${ms(imported.importMs)}; ${imported.rowsAccepted ?? '?'} rows; ${imported.storage}${imported.error ? `; ${imported.error}` : ''}`, '']);
  lines.push(['  longest main-thread task during the import', ms(imported.longestTaskMs), `${imported.longTasksOver50} tasks over 50 ms`, `≤ ${TARGETS.longTaskMs} ms ${ok(r.met.no_long_task_during_import)}`]);
  // docs/quality.md's target is the parse in the worker; the issue's stricter reading is the whole window above.
  for (const p of imported.phases)
    lines.push([`    ${p.phase} (+${p.fromMs.toFixed(0)}…+${p.toMs.toFixed(0)} ms)`, ms(p.longestTaskMs), `${p.tasksOver50} tasks over 50 ms`, p === workerPhase(imported) ? `≤ ${TARGETS.longTaskMs} ms ${ok(r.met.no_long_task_while_worker_parses)}` : '']);
  for (const c of clicks) lines.push([`click ${c.what} → charts updated / next frame`, `${ms(c.updatedMs)} / ${ms(c.frameMs)}`, `longest task ${ms(c.longestTaskMs)}`, `≤ ${TARGETS.clickRedrawMs} ms ${ok(c.frameMs !== null && c.frameMs <= TARGETS.clickRedrawMs)}`]);
  for (const c of r.drills) lines.push([`click ${c.what} → charts updated / next frame`, `${ms(c.updated_ms)} / ${ms(c.next_frame_ms)}`, `longest task ${ms(c.longest_task_ms)}`, `≤ ${TARGETS.drillRedrawMs} ms ${ok(c.next_frame_ms !== null && c.next_frame_ms <= TARGETS.drillRedrawMs)}`]);
  for (const n of r.names_files) lines.push([`names file a drill loaded (${n.file})`, `${n.gzip_kb} KB gzip`, '', `≤ ${TARGETS.namesFileGzipKb} KB ${ok(n.gzip_kb <= TARGETS.namesFileGzipKb)}`]);
  lines.push(['partner map: first draw (chunk loaded → shapes in the DOM)', `${ms(r.map.first_draw_ms.median)} (median)`, `runs ${r.map.first_draw_ms.runs.join(', ')} ms; fresh context each`, `≤ ${TARGETS.mapFirstDrawMs} ms ${ok(r.met.map_first_draw)}`]);
  lines.push([`partner map chunk (${r.map.chunks.map((c) => c.file).join(' + ') || 'not found'})`, `${r.map.chunk_gzip_kb} KB gzip`, 'lazy: world-atlas 1:110m + d3-geo + topojson-client + code', '']);
  lines.push([`largest names file of the build (${r.largest_names_file_gzip_kb.file})`, `${r.largest_names_file_gzip_kb.gzip_kb} KB gzip`, '', `≤ ${TARGETS.namesFileGzipKb} KB ${ok(r.largest_names_file_gzip_kb.gzip_kb <= TARGETS.namesFileGzipKb)}`]);
  if (large) {
    lines.push([`import ${large.file} (${large.fileMb.toFixed(0)} MB)`, large.ok ? 'loaded' : 'FAILED', `${large.rowsAccepted ?? '?'} rows; job done ${ms(large.importMs)}, charts ${ms(large.chartsMs)}; ${large.storage}${large.error ? `; ${large.error}` : ''}`, `imports ${ok(large.ok)}`]);
    lines.push(['  longest main-thread task', ms(large.longestTaskMs), `${large.longTasksOver50} over 50 ms; ${large.phases.map((p) => `${p.phase} ${ms(p.longestTaskMs)}`).join(', ')}`, '']);
  }
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const fmt = (l: string[]) => '| ' + l.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  const m = r.machine;
  const out = [
    `${m.date}: ${m.nproc} × ${m.cpu}, ${m.memory_gb} GB, Node ${m.node}, Chromium ${m.chromium}`,
    fmt(lines[0]),
    '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|',
    ...lines.slice(1).map(fmt),
  ];
  const culprits = [...imported.culprits.map((c) => `import: ${c}`), ...clicks.flatMap((c) => c.culprits.map((x) => `${c.what}: ${x}`)), ...(large?.culprits.map((c) => `large: ${c}`) ?? [])];
  if (culprits.length > 0) out.push('', 'Long animation frames (what blocked the main thread):', ...culprits.map((c) => '  ' + c));
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
