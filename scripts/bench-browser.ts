// `npm run bench:browser` — the built app in Debian's Chromium (Playwright), timed from
// inside the page. Not part of `npm test`: timing never decides pass or fail.
//
//   npm run bench:browser                          a readable table on stdout (progress on stderr)
//   npm run --silent bench:browser -- --json       one JSON object, the last line of stdout (vite build prints first)
//   options: --rows N (the import file, default 1,000,000), --large-rows N (default 12,000,000,
//            a file over 512 MB), --skip-large, --port N (vite preview, default 4300), --reps N
//            (fresh-page loads, default 3), --dist DIR (a build elsewhere than dist/, to compare builds)
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
//            every panel on screen shows the new view (the dashboard's data-view changed, no panel
//            slot in view left with data-view=stale; a panel out of view may wait, hidden), and →
//            the end of the next frame's rendering (rAF, then a message posted from it: layout and
//            paint included); also → dashboard-ready back (every panel current, out of view too).
//            click_ms is the slower of the two. Before the panel slots existed (no data-view),
//            dashboard-ready back with the URL changed is the signal: every panel redrew in one task.
//   views    view_ms: drill = the slower of the two drills of the goods chart; map = a click on the
//            largest unselected country of the partner map; movers = the comparison base changed
//            (the select's change event, dispatched in place) while «Что изменилось» is on screen,
//            until its tables show the new base; compare = «Сравнить регионы» ticked (compare=reporter
//            on the 1M file's three reporters) until the regions' cards are drawn. Each target is
//            scrolled into view and the page left to settle (dashboard-ready) before the action.
//   save     charts_before_save: the upload panel's save-status (data-state saving | saved | memory |
//            wont-fit | failed) watched from before the file is set: true only when the charts
//            (dashboard-ready for the new dataset) came first and data-state=saved followed.
//   memory   worker_peak_over_table: the dedicated worker's Runtime.getHeapUsage over CDP (a browser
//            session attached to every worker target, messages through Target.sendMessageToTarget),
//            polled back to back during the import: peak of (JS heap used + ArrayBuffer backing
//            stores + Blink's heap) minus the same before the file is set, ÷ tableByteSize of the
//            table the same core code builds from the same file in Node (row count checked).
//            worker_peak_large: the same during the large file's import.
//   load     a fresh browser context (empty cache and storage): navigation start → the
//            default dashboard's dashboard-ready, best and median of --reps.
//   map      the partner map's first draw in a fresh context: performance marks the map sets
//            as its lazy chunk is evaluated (map-chunk-loaded) and once its shapes are in the
//            DOM (map-drawn), median of --reps; and the gzip size of its chunk(s).
//   large    a canonical file over 512 MB (V8 cannot hold it as one string): does it import,
//            how many rows, how long, the longest task.

import { chromium, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { basename, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { ensureBenchFile, ROOT } from './bench-data.ts';

const TARGETS = { longTaskMs: 50, clickRedrawMs: 120, drillRedrawMs: 150, viewRedrawMs: 150, firstLoadMs: 1500, namesFileGzipKb: 60, mapFirstDrawMs: 150, workerPeakOverTable: 1.3 };
const log = (line: string) => process.stderr.write(line + '\n');
/** The build served and measured (--dist). */
let DIST = resolve(ROOT, 'dist');

// ---------------------------------------------------------------------------------------
// In the page, before any of the app's scripts: long tasks, ready transitions, job status.

declare global {
  interface Window {
    __bench: {
      longTasks: { start: number; duration: number }[];
      frames: { start: number; duration: number; blocking: number; scripts: { source: string; invoker: string; duration: number }[] }[];
      ready: { t: number; present: boolean; search: string; dataset: string; partners: string; view: string | null; staleInView: number; stale: number; movers: string; regions: number }[];
      status: { t: number; status: string }[];
      save: { t: number; state: string }[];
      clicks: { t: number; label: string }[];
      paints: { after: number; frame: number; t: number }[];
    };
  }
}

function instrument(): void {
  const bench: Window['__bench'] = { longTasks: [], frames: [], ready: [], status: [], save: [], clicks: [], paints: [] };
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
  let lastSave = '';
  const statuses = new Map<Element, string>();
  // Which panels are in the viewport: an IntersectionObserver (no forced layout in the window timed).
  const inView = new Set<Element>();
  const watched = new WeakSet<Element>();
  let check = () => {};
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) inView.add(e.target);
    else inView.delete(e.target);
    check();
  });
  check = () => {
    const now = performance.now();
    const present = document.querySelector('[data-testid="dashboard-ready"]') !== null;
    let staleInView = 0;
    let stale = 0;
    for (const slot of document.querySelectorAll('[data-panel-slot]')) {
      const panel = slot.firstElementChild;
      if (panel && !watched.has(panel)) {
        watched.add(panel);
        io.observe(panel);
      }
      if (slot.getAttribute('data-view') === 'stale') {
        stale++;
        if (panel && inView.has(panel)) staleInView++;
      }
    }
    const state = {
      t: now,
      present,
      search: location.search,
      dataset: document.querySelector('[data-testid="dataset-name"]')?.textContent ?? '',
      partners: document.querySelector('[data-testid="partner-share-list"]')?.textContent ?? '',
      view: document.querySelector('[data-testid="dashboard"]')?.getAttribute('data-view') ?? null,
      staleInView,
      stale,
      movers: (document.querySelector('[data-testid="movers-partners"]')?.textContent ?? '') + (document.querySelector('[data-testid="movers-goods"]')?.textContent ?? ''),
      regions: document.querySelectorAll('[data-testid="reporter-card"]').length,
    };
    const signature = JSON.stringify([present, state.search, state.dataset, state.partners, state.view, staleInView, stale, state.movers, state.regions]);
    if (signature !== last) {
      last = signature;
      bench.ready.push(state);
      // The frame after this state: its rAF, and a message posted from it (runs once that frame's style, layout and paint are done).
      requestAnimationFrame(() => {
        const frame = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => bench.paints.push({ after: now, frame, t: performance.now() });
        channel.port2.postMessage(null);
      });
    }
    const saves = document.querySelectorAll('[data-testid="save-status"]');
    const save = saves[saves.length - 1]?.getAttribute('data-state') ?? '';
    if (save !== lastSave) {
      lastSave = save;
      bench.save.push({ t: now, state: save });
    }
    for (const job of document.querySelectorAll('[data-testid="upload-job"]')) {
      const status = job.getAttribute('data-status') ?? '';
      if (statuses.get(job) !== status) {
        statuses.set(job, status);
        bench.status.push({ t: now, status });
      }
    }
  };
  new MutationObserver(() => check()).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-status', 'data-period', 'data-view', 'data-state'] });
  document.addEventListener('click', (e) => bench.clicks.push({ t: performance.now(), label: (e.target as Element | null)?.textContent?.trim().slice(0, 40) ?? '' }), true);
  // A select changed in place (the comparison base) counts as the action too.
  document.addEventListener('change', (e) => bench.clicks.push({ t: performance.now(), label: `change ${(e.target as HTMLElement | null)?.getAttribute('data-testid') ?? ''}` }), true);
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
  /** True only when the charts were drawn and the save-status then said `saved`. */
  chartsBeforeSave: boolean;
  /** save-status states seen after the file was set, ms from it ('' = the element absent). */
  saveStates: { atMs: number; state: string }[];
  workerMemory: WorkerMemory | null;
}

async function importThroughPage(page: Page, path: string, bytes: number, timeoutMs: number, memory?: WorkerMemorySampler): Promise<ImportResult> {
  const name = basename(path).replace(/\.(csv|tsv|txt)$/i, '');
  const result: ImportResult = { ok: false, file: relative(ROOT, path), fileMb: bytes / 1e6, rowsAccepted: null, importMs: null, chartsMs: null, longestTaskMs: 0, longTasksOver50: 0, phases: [], culprits: [], storage: '?', chartsBeforeSave: false, saveStates: [], workerMemory: null };
  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
  const input = page.getByTestId('file-input');
  await input.waitFor({ state: 'attached' });
  await memory?.start();
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
  if (memory) result.workerMemory = await memory.stop();
  // The save may finish after the charts (issue 17): give it up to 30 s to say so.
  await page.waitForFunction(() => ['saved', 'memory', 'wont-fit', 'failed'].includes(document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state') ?? ''), null, { timeout: 30_000, polling: 100 }).catch(() => {});
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
  const saves = b.save.filter((s) => s.t >= t0);
  result.saveStates = saves.map((s) => ({ atMs: Math.round(s.t - t0), state: s.state }));
  const saved = saves.find((s) => s.state === 'saved');
  result.chartsBeforeSave = drawn !== undefined && saved !== undefined && drawn.t < saved.t;
  return result;
}

// ---------------------------------------------------------------------------------------
// The worker's memory during an import, over CDP.

interface WorkerMemory {
  method: string;
  samples: number;
  /** Peak of the sum over the page's dedicated workers, minus the same sum before the import. */
  peakBytes: number;
  /** Its parts at the peak (each minus its value before): JS heap used, ArrayBuffer backing stores, Blink's heap. */
  components: { jsHeapUsed: number; arrayBuffers: number; blinkHeap: number };
  before: { jsHeapUsed: number; arrayBuffers: number; blinkHeap: number };
  workers: number;
}

interface WorkerMemorySampler {
  start(): Promise<void>;
  stop(): Promise<WorkerMemory | null>;
}

/**
 * Attaches a browser-level CDP session to every dedicated worker (those already running and any
 * created later) and, between start and stop, asks each for Runtime.getHeapUsage back to back.
 * Playwright's CDPSession does not route flattened child sessions, so the worker is reached with
 * Target.attachToTarget(flatten: false) and Target.sendMessageToTarget.
 */
async function workerMemorySampler(browser: Browser): Promise<WorkerMemorySampler> {
  const cdp = await browser.newBrowserCDPSession();
  const sessions = new Map<string, string>(); // targetId → sessionId
  const pending = new Map<number, (result: Record<string, number> | null) => void>();
  let nextId = 0;
  cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
    const m = JSON.parse(e.message) as { id?: number; result?: Record<string, number>; error?: unknown };
    if (m.id !== undefined && pending.has(m.id)) {
      pending.get(m.id)!(m.result ?? null);
      pending.delete(m.id);
    }
  });
  const attach = async (targetId: string) => {
    if (sessions.has(targetId)) return;
    try {
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
      sessions.set(targetId, sessionId);
    } catch {
      /* gone already */
    }
  };
  cdp.on('Target.targetCreated', (e: { targetInfo: { type: string; targetId: string } }) => {
    if (e.targetInfo.type === 'worker') void attach(e.targetInfo.targetId);
  });
  cdp.on('Target.targetDestroyed', (e: { targetId: string }) => sessions.delete(e.targetId));
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const heap = (sessionId: string) =>
    new Promise<Record<string, number> | null>((resolve) => {
      const id = ++nextId;
      pending.set(id, resolve);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage', params: {} }) }).catch(() => {
        pending.delete(id);
        resolve(null);
      });
      setTimeout(() => {
        if (pending.delete(id)) resolve(null);
      }, 2000);
    });
  type Parts = { jsHeapUsed: number; arrayBuffers: number; blinkHeap: number };
  const sample = async (): Promise<Map<string, Parts>> => {
    const out = new Map<string, Parts>();
    await Promise.all(
      [...sessions].map(async ([targetId, sessionId]) => {
        const h = await heap(sessionId);
        if (h) out.set(targetId, { jsHeapUsed: h.usedSize ?? 0, arrayBuffers: h.backingStorageSize ?? 0, blinkHeap: h.embedderHeapUsedSize ?? 0 });
      }),
    );
    return out;
  };
  let running = false;
  let loop: Promise<void> = Promise.resolve();
  let before = new Map<string, Parts>();
  let peak: { total: number; parts: Parts } = { total: 0, parts: { jsHeapUsed: 0, arrayBuffers: 0, blinkHeap: 0 } };
  let samples = 0;
  const seen = new Set<string>();
  return {
    async start() {
      const { targetInfos } = await cdp.send('Target.getTargets');
      for (const t of targetInfos) if (t.type === 'worker') await attach(t.targetId);
      before = await sample();
      peak = { total: 0, parts: { jsHeapUsed: 0, arrayBuffers: 0, blinkHeap: 0 } };
      samples = 0;
      running = true;
      loop = (async () => {
        while (running) {
          const now = await sample();
          samples++;
          // Growth over the value before the import (a worker started since counts from zero).
          const parts: Parts = { jsHeapUsed: 0, arrayBuffers: 0, blinkHeap: 0 };
          for (const [id, p] of now) {
            seen.add(id);
            const b = before.get(id) ?? { jsHeapUsed: 0, arrayBuffers: 0, blinkHeap: 0 };
            parts.jsHeapUsed += p.jsHeapUsed - b.jsHeapUsed;
            parts.arrayBuffers += p.arrayBuffers - b.arrayBuffers;
            parts.blinkHeap += p.blinkHeap - b.blinkHeap;
          }
          const total = parts.jsHeapUsed + parts.arrayBuffers + parts.blinkHeap;
          if (total > peak.total) peak = { total, parts };
          if (now.size === 0) await new Promise((r) => setTimeout(r, 5));
        }
      })();
    },
    async stop() {
      running = false;
      await loop;
      if (samples === 0 || seen.size === 0) return null;
      const sum = (k: keyof Parts) => [...before.values()].reduce((a, p) => a + p[k], 0);
      return {
        method: 'CDP Runtime.getHeapUsage of the dedicated worker(s), polled back to back (usedSize + backingStorageSize + embedderHeapUsedSize), peak minus before',
        samples,
        peakBytes: peak.total,
        components: peak.parts,
        before: { jsHeapUsed: sum('jsHeapUsed'), arrayBuffers: sum('arrayBuffers'), blinkHeap: sum('blinkHeap') },
        workers: seen.size,
      };
    },
  };
}

type WorkerPeak = { over_table: number | null; over_handed_over: number; handed_over_mb: number; peak_mb: number; table_mb: number; table_rows: number; rows_match: boolean; method: string; components_mb: { js_heap_used: number; array_buffers: number; blink_heap: number }; before_mb: { js_heap_used: number; array_buffers: number; blink_heap: number }; samples: number; workers: number };

/** The worker's peak during an import against the bytes of the table the same core code builds from the file in Node. */
async function workerPeakOf(w: WorkerMemory, path: string, rowsAccepted: number | null): Promise<WorkerPeak> {
  const t = await tableBytesOf(path);
  const mb = (x: number) => Number((x / 1e6).toFixed(1));
  return {
    over_table: Number((w.peakBytes / t.bytes).toFixed(2)),
    over_handed_over: Number((w.peakBytes / t.handedOverBytes).toFixed(2)),
    handed_over_mb: mb(t.handedOverBytes),
    peak_mb: mb(w.peakBytes),
    table_mb: mb(t.bytes),
    table_rows: t.rows,
    rows_match: t.rows === rowsAccepted,
    method: w.method,
    components_mb: { js_heap_used: mb(w.components.jsHeapUsed), array_buffers: mb(w.components.arrayBuffers), blink_heap: mb(w.components.blinkHeap) },
    before_mb: { js_heap_used: mb(w.before.jsHeapUsed), array_buffers: mb(w.before.arrayBuffers), blink_heap: mb(w.before.blinkHeap) },
    samples: w.samples,
    workers: w.workers,
  };
}

/** tableByteSize of the table the app's core builds from `path` (the worker's code, run in Node). */
async function tableBytesOf(path: string): Promise<{ rows: number; bytes: number; handedOverBytes: number }> {
  const { importStream } = await import('../src/core/import/import-stream.ts');
  const { tableByteSize } = await import('../src/core/table/trade-table.ts');
  const { rollUpsOf } = await import('../src/core/query/roll-up-build.ts');
  const { rollUpTransferables } = await import('../src/core/query/roll-up.ts');
  const stream = Readable.toWeb(createReadStream(path, { highWaterMark: 4 << 20 })) as unknown as ReadableStream<Uint8Array>;
  const { table } = await importStream(stream);
  // What the worker hands the page besides the table: its roll-ups and row tuples (built there, kept with it).
  const rollUpBytes = rollUpTransferables(rollUpsOf(table)).reduce((sum, b) => sum + b.byteLength, 0);
  return { rows: table.rowCount, bytes: tableByteSize(table), handedOverBytes: tableByteSize(table) + rollUpBytes };
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
  /** Action → every panel on screen shows the new view (and what the action waits for is there). */
  updatedMs: number | null;
  /** Action → the end of the next frame's rendering after that. */
  frameMs: number | null;
  /** Action → dashboard-ready back: every panel current, out of view too. */
  allMs: number | null;
  longestTaskMs: number;
  culprits: string[];
}

type Awaited = 'view' | 'movers' | 'regions';

/**
 * Brings `target` into view and lets the page settle (every panel current), then times `act`:
 * action (click or change event) → the first state with the view changed (URL and the
 * dashboard's data-view), no stale panel slot in the viewport, and what `awaits` names drawn.
 */
async function timeView(page: Page, what: string, target: Locator, act: () => Promise<void>, awaits: Awaited = 'view'): Promise<ClickResult> {
  await target.scrollIntoViewIfNeeded();
  await page.getByTestId('dashboard-ready').waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(400);
  const seen = await page.evaluate(() => {
    const b = window.__bench;
    const movers = (document.querySelector('[data-testid="movers-partners"]')?.textContent ?? '') + (document.querySelector('[data-testid="movers-goods"]')?.textContent ?? '');
    return { clicks: b.clicks.length, ready: b.ready.length, search: location.search, view: document.querySelector('[data-testid="dashboard"]')?.getAttribute('data-view') ?? null, movers };
  });
  await act();
  const found = (b: Window['__bench'], s: typeof seen, awaits: Awaited) => {
    if (b.clicks.length <= s.clicks) return null;
    const clickT = b.clicks[s.clicks].t;
    const after = b.ready.slice(s.ready).filter((r) => r.t >= clickT);
    const extra = (r: Window['__bench']['ready'][number]) => (awaits === 'movers' ? r.movers !== s.movers && r.movers !== '' : awaits === 'regions' ? r.regions >= 2 : true);
    // With panel slots: the dashboard's data-view changed and none in the viewport stale. Without (an older build): dashboard-ready back, every panel having redrawn in that task.
    const onScreen = (r: Window['__bench']['ready'][number]) => r.search !== s.search && (r.view === null ? r.present : r.view !== 'pending' && r.view !== s.view && r.staleInView === 0) && extra(r);
    const updated = after.find(onScreen);
    const all = after.find((r) => onScreen(r) && r.present && r.stale === 0);
    return { clickT, updated, all };
  };
  // Cheap to poll in the page: dashboard-ready back for the new view (the log above says when each part came).
  await page.waitForFunction(
    ({ seen, awaits }) => {
      const view = document.querySelector('[data-testid="dashboard"]')?.getAttribute('data-view') ?? null;
      const movers = (document.querySelector('[data-testid="movers-partners"]')?.textContent ?? '') + (document.querySelector('[data-testid="movers-goods"]')?.textContent ?? '');
      const extra = awaits === 'movers' ? movers !== seen.movers && movers !== '' : awaits === 'regions' ? document.querySelectorAll('[data-testid="reporter-card"]').length >= 2 : true;
      return document.querySelector('[data-testid="dashboard-ready"]') !== null && location.search !== seen.search && (view === null || view !== seen.view) && extra;
    },
    { seen, awaits },
    { timeout: 30_000, polling: 50 },
  );
  await page.waitForTimeout(150); // the frame after the update
  const b = await page.evaluate(() => window.__bench);
  const r = found(b, seen, awaits)!;
  const frame = r.updated ? b.paints.find((p) => p.after === r.updated!.t) : undefined;
  const end = frame?.t ?? r.updated?.t ?? r.clickT;
  // Tasks that overlap the window: the one that dispatches the click starts before its handler reads the clock.
  const tasks = b.longTasks.filter((t) => t.start + t.duration > r.clickT && t.start <= end);
  return {
    what,
    updatedMs: r.updated ? r.updated.t - r.clickT : null,
    frameMs: frame ? frame.t - r.clickT : null,
    allMs: r.all ? r.all.t - r.clickT : null,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    culprits: culpritsOf(b.frames, r.clickT - 1, end),
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
      dist: { type: 'string' },
    },
    strict: true,
  });
  if (values.dist) DIST = resolve(values.dist);
  const rows = Number(values.rows ?? 1_000_000);
  const largeRows = Number(values['large-rows'] ?? 12_000_000);
  const reps = Number(values.reps ?? 3);
  const port = Number(values.port ?? 4300);
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: sudo apt-get install -y chromium (or set CHROMIUM_PATH)');

  const file = await ensureBenchFile('canonical', rows, log);
  const large = values['skip-large'] ? null : await ensureBenchFile('canonical', largeRows, log);
  if (large && large.bytes <= 512 * 1024 * 1024) log(`note: ${large.path} is ${(large.bytes / 2 ** 20).toFixed(0)} MiB, not over 512 MiB; use --large-rows`);

  const server: PreviewServer = await preview({ root: ROOT, logLevel: 'warn', ...(values.dist ? { build: { outDir: resolve(values.dist) } } : {}), preview: { port, strictPort: false, host: '127.0.0.1', open: false } });
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
    const sampler = await workerMemorySampler(browser);
    const imported = await importThroughPage(page, file.path, file.bytes, 300_000, sampler);
    log(`  ${imported.ok ? 'charts' : 'FAILED'} after ${imported.chartsMs?.toFixed(0)} ms; longest task ${imported.longestTaskMs.toFixed(0)} ms; save-status ${imported.saveStates.map((x) => `${x.state || '(none)'}@${x.atMs}`).join(' → ') || 'never shown'}`);
    const clicks: ClickResult[] = [];
    const drills: ClickResult[] = [];
    const views: { map: ClickResult | null; movers: ClickResult | null; compare: ClickResult | null } = { map: null, movers: null, compare: null };
    const namesFiles: { file: string; gzip_kb: number }[] = [];
    if (imported.ok) {
      const flow = page.getByRole('radio', { name: 'Экспорт', exact: true }).first();
      clicks.push(await timeView(page, 'flow «Экспорт»', flow, () => flow.click()));
      const partners = await page.locator('[data-testid="partner-share-list"] [data-partner] button').evaluateAll((els) => els.map((e) => e.closest('[data-partner]')!.getAttribute('data-partner')!));
      const partner = partners.includes('CN') ? 'CN' : partners[0];
      const partnerButton = page.locator(`[data-testid="partner-share-list"] [data-partner="${partner}"] button`);
      if (partner) clicks.push(await timeView(page, `partner ${partner}`, partnerButton, () => partnerButton.click()));
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
        const bar = page.locator(`[data-testid="panel-chapters"] [data-key="${key}"]`);
        drills.push(await timeView(page, `drill ${level} ${key}`, bar, () => bar.click()));
        await page.waitForTimeout(300); // the names chunk of the chapter
      }
      // The partner map: a click on the largest country not selected yet (a shape, not a dot).
      const map = page.getByTestId('partner-map');
      await map.scrollIntoViewIfNeeded();
      await map.locator('path[data-partner]').first().waitFor({ state: 'attached', timeout: 30_000 });
      const country = await map.locator('path[data-partner]').evaluateAll((els) => els.filter((e) => e.getAttribute('data-selected') !== 'true').sort((a, b) => Number(b.getAttribute('data-share')) - Number(a.getAttribute('data-share')))[0]?.getAttribute('data-partner') ?? null);
      if (country) {
        const shape = map.locator(`path[data-partner="${country}"]`);
        views.map = await timeView(page, `map ${country}`, shape, () => shape.click());
      }
      // «Что изменилось» on screen; the comparison base changed in place (the select's change event, as a keyboard user would).
      const moversPanel = page.getByTestId('panel-movers');
      const base = page.getByTestId('compare-base');
      const bases = await base.locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
      const current = await base.inputValue();
      const otherBase = bases.find((v) => v !== current);
      if (otherBase)
        views.movers = await timeView(page, `movers: base → ${otherBase}`, moversPanel.getByTestId('movers-partners'), () => base.evaluate((el, value) => {
          (el as HTMLSelectElement).value = value;
          el.dispatchEvent(new Event('change', { bubbles: true }));
        }, otherBase), 'movers');
      // Regions side by side: «Сравнить регионы» ticked (the file has three reporters).
      const compare = page.getByTestId('compare-reporters');
      if ((await compare.count()) > 0) views.compare = await timeView(page, 'compare regions', compare, () => compare.click(), 'regions');
      for (const name of namesRequested) namesFiles.push({ file: name, gzip_kb: Number((gzipSync(readFileSync(resolve(DIST, 'assets', name))).length / 1024).toFixed(1)) });
      for (const c of [...clicks, ...drills, ...Object.values(views).filter((v): v is ClickResult => v !== null)]) log(`  click ${c.what}: updated ${c.updatedMs?.toFixed(0)} ms, next frame ${c.frameMs?.toFixed(0)} ms, longest task ${c.longestTaskMs.toFixed(0)} ms`);
      for (const n of namesFiles) log(`  names file a drill loaded: ${n.file} ${n.gzip_kb} KB gzip`);
    }
    await context.close();
    // The table's bytes: the same core code on the same file, in Node.
    const workerPeak = imported.workerMemory ? await workerPeakOf(imported.workerMemory, file.path, imported.rowsAccepted) : null;
    if (workerPeak) log(`  worker peak ${workerPeak.peak_mb} MB over ${workerPeak.samples} samples ÷ table ${workerPeak.table_mb} MB = ${workerPeak.over_table}; ÷ table + roll-ups handed over ${workerPeak.handed_over_mb} MB = ${workerPeak.over_handed_over}`);

    // 3. A file over 512 MB.
    let largeResult: ImportResult | null = null;
    let workerPeakLarge: WorkerPeak | null = null;
    if (large) {
      const ctx = await newContext(browser);
      const p = await ctx.newPage();
      let crashed = '';
      p.on('crash', () => (crashed = 'the page crashed (renderer out of memory?)'));
      await p.goto(url);
      await p.getByTestId('dashboard-ready').waitFor({ state: 'attached', timeout: 30_000 });
      log(`importing ${relative(ROOT, large.path)} (${(large.bytes / 1e6).toFixed(0)} MB) through the page …`);
      try {
        largeResult = await importThroughPage(p, large.path, large.bytes, 900_000, await workerMemorySampler(browser));
      } catch (error) {
        largeResult = { ok: false, error: crashed || (error instanceof Error ? error.message.split('\n')[0] : String(error)), file: relative(ROOT, large.path), fileMb: large.bytes / 1e6, rowsAccepted: null, importMs: null, chartsMs: null, longestTaskMs: 0, longTasksOver50: 0, phases: [], culprits: [], storage: '?', chartsBeforeSave: false, saveStates: [], workerMemory: null };
      }
      if (crashed) largeResult.error = crashed;
      log(`  ${largeResult.ok ? 'loaded' : 'FAILED'}: ${largeResult.rowsAccepted ?? '?'} rows, charts after ${largeResult.chartsMs?.toFixed(0)} ms${largeResult.error ? `; ${largeResult.error}` : ''}`);
      await ctx.close().catch(() => {});
      if (largeResult.ok && largeResult.workerMemory) {
        log('building the same large table in Node for its byte size …');
        workerPeakLarge = await workerPeakOf(largeResult.workerMemory, large.path, largeResult.rowsAccepted);
        log(`  worker peak ${workerPeakLarge.peak_mb} MB ÷ table ${workerPeakLarge.table_mb} MB = ${workerPeakLarge.over_table}`);
      }
    }

    const result: BrowserBenchResult = {
      machine: machine(browser.version()),
      url,
      first_load_ms: { best: r0(Math.min(...loads)), median: r0(median(loads)), runs: loads.map((x) => Math.round(x)) },
      import: summary(imported),
      clicks: clicks.map(clickJson),
      drills: drills.map(clickJson),
      click_ms: clicks.length > 0 && clicks.every((c) => c.frameMs !== null) ? r0(Math.max(...clicks.map((c) => c.frameMs!))) : null,
      view_ms: {
        drill: drills.length > 0 && drills.every((c) => c.frameMs !== null) ? r0(Math.max(...drills.map((c) => c.frameMs!))) : null,
        map: r0(views.map?.frameMs ?? null),
        movers: r0(views.movers?.frameMs ?? null),
        compare: r0(views.compare?.frameMs ?? null),
      },
      views: Object.values(views).filter((v): v is ClickResult => v !== null).map(clickJson),
      charts_before_save: imported.chartsBeforeSave,
      save_states: imported.saveStates,
      worker_peak_over_table: workerPeak?.over_table ?? null,
      worker_peak: workerPeak,
      worker_peak_large: workerPeakLarge,
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
        view_redraw_ms: TARGETS.viewRedrawMs,
        worker_peak_over_table: TARGETS.workerPeakOverTable,
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
        view_redraw: [...drills, views.map, views.movers, views.compare].every((c) => c !== null && c.frameMs !== null && c.frameMs <= TARGETS.viewRedrawMs),
        charts_before_save: imported.chartsBeforeSave,
        worker_peak: workerPeak?.over_table != null ? workerPeak.over_table <= TARGETS.workerPeakOverTable : null,
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
    printTable(result, imported, clicks, Object.values(views).filter((v): v is ClickResult => v !== null), largeResult);
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
  return readdirSync(resolve(DIST, 'assets'))
    .filter((name) => /^(?:partner-map|map-geometry|countries-110m)-.*\.js$/.test(name))
    .map((name) => ({ file: name, gzip_kb: Number((gzipSync(readFileSync(resolve(DIST, 'assets', name))).length / 1024).toFixed(1)) }));
}

/** The largest goods-names chunk of the build (one per HS chapter, data/nomenclature/hs-XX.json), gzipped. */
function largestNamesFile(): { file: string; gzip_kb: number } {
  let best = { file: '', gzip_kb: 0 };
  for (const name of readdirSync(resolve(DIST, 'assets'))) {
    if (!/^hs-\d\d-.*\.js$/.test(name)) continue;
    const kb = Number((gzipSync(readFileSync(resolve(DIST, 'assets', name))).length / 1024).toFixed(1));
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
  clicks: ReturnType<typeof clickJson>[];
  drills: ReturnType<typeof clickJson>[];
  /** The slower of the flow and partner clicks: action → the end of the frame after every panel on screen redrew. */
  click_ms: number | null;
  view_ms: { drill: number | null; map: number | null; movers: number | null; compare: number | null };
  views: ReturnType<typeof clickJson>[];
  charts_before_save: boolean;
  save_states: { atMs: number; state: string }[];
  worker_peak_over_table: number | null;
  worker_peak: WorkerPeak | null;
  /** The same during the large file's import (absent with --skip-large). */
  worker_peak_large: WorkerPeak | null;
  names_files: { file: string; gzip_kb: number }[];
  largest_names_file_gzip_kb: { file: string; gzip_kb: number };
  large: ReturnType<typeof summary> | null;
  /** The partner map (lazy): first draw from its chunk evaluated to its shapes in the DOM, and its chunk(s) gzipped (world-atlas + d3-geo + code). */
  map: { first_draw_ms: { best: number | null; median: number | null; runs: number[] }; chunks: { file: string; gzip_kb: number }[]; chunk_gzip_kb: number };
  targets: { longest_task_during_import_ms: number; filter_click_redraw_ms: number; drill_click_redraw_ms: number; view_redraw_ms: number; worker_peak_over_table: number; names_file_gzip_kb: number; first_load_ms: number; map_first_draw_ms: number; large_file_imports: boolean };
  met: { no_long_task_during_import: boolean; no_long_task_while_worker_parses: boolean; filter_click_redraw: boolean; drill_click_redraw: boolean; view_redraw: boolean; charts_before_save: boolean; worker_peak: boolean | null; names_file_gzip: boolean; first_load: boolean; map_first_draw: boolean; large_file_imports: boolean | null };
}

function clickJson(c: ClickResult) {
  return { what: c.what, updated_ms: r0(c.updatedMs), next_frame_ms: r0(c.frameMs), all_panels_ms: r0(c.allMs), longest_task_ms: r0(c.longestTaskMs) };
}

/** The phase while the worker reads and parses the file. */
function workerPhase(r: ImportResult) {
  return r.phases.find((p) => p.phase === 'importing (worker)') ?? null;
}

function printTable(r: BrowserBenchResult, imported: ImportResult, clicks: ClickResult[], views: ClickResult[], large: ImportResult | null): void {
  const ok = (v: boolean | null) => (v === null ? 'n/a' : v ? 'met' : 'MISSED');
  const ms = (x: number | null) => (x === null ? '—' : `${x.toFixed(0)} ms`);
  const lines: string[][] = [['measure', 'value', 'detail', 'target']];
  lines.push(['first load → default dashboard drawn', `${r.first_load_ms.median} ms (median)`, `runs ${r.first_load_ms.runs.join(', ')} ms; fresh context each`, `≤ ${TARGETS.firstLoadMs} ms ${ok(r.met.first_load)}`]);
  lines.push([`import ${imported.file} (${imported.fileMb.toFixed(1)} MB): time to charts`, ms(imported.chartsMs), `job done at ${ms(imported.importMs)}; ${imported.rowsAccepted ?? '?'} rows; ${imported.storage}${imported.error ? `; ${imported.error}` : ''}`, '']);
  lines.push(['  longest main-thread task during the import', ms(imported.longestTaskMs), `${imported.longTasksOver50} tasks over 50 ms`, `≤ ${TARGETS.longTaskMs} ms ${ok(r.met.no_long_task_during_import)}`]);
  // docs/quality.md's target is the parse in the worker; the issue's stricter reading is the whole window above.
  for (const p of imported.phases)
    lines.push([`    ${p.phase} (+${p.fromMs.toFixed(0)}…+${p.toMs.toFixed(0)} ms)`, ms(p.longestTaskMs), `${p.tasksOver50} tasks over 50 ms`, p === workerPhase(imported) ? `≤ ${TARGETS.longTaskMs} ms ${ok(r.met.no_long_task_while_worker_parses)}` : '']);
  lines.push(['  charts before the save finished (save-status)', String(r.charts_before_save), r.save_states.length > 0 ? r.save_states.map((x) => `${x.state || '(none)'} at +${x.atMs} ms`).join(' → ') + `; charts at ${ms(imported.chartsMs)}` : 'no save-status element on the page', 'charts first']);
  const wp = r.worker_peak;
  lines.push([
    '  worker peak during the import ÷ table bytes',
    wp ? `${wp.over_table}` : 'not measured',
    wp ? `peak +${wp.peak_mb} MB = JS heap ${wp.components_mb.js_heap_used} + ArrayBuffers ${wp.components_mb.array_buffers} + Blink ${wp.components_mb.blink_heap} MB (over ${wp.before_mb.js_heap_used} + ${wp.before_mb.array_buffers} + ${wp.before_mb.blink_heap} MB before; ${wp.samples} samples, ${wp.workers} worker(s)); table ${wp.table_mb} MB, ${wp.table_rows} rows${wp.rows_match ? '' : ' (≠ rows accepted!)'}` : '',
    `≤ ${TARGETS.workerPeakOverTable} ${ok(r.met.worker_peak)}`,
  ]);
  if (wp) lines.push(['  worker peak ÷ what it hands the page (table + roll-ups + row tuples)', `${wp.over_handed_over}`, `${wp.handed_over_mb} MB handed over`, '']);
  const timed = (c: ReturnType<typeof clickJson>, target: number, label: string) => [`${label} ${c.what} → panels in view redrawn / next frame rendered (all panels)`, `${ms(c.updated_ms)} / ${ms(c.next_frame_ms)} (${ms(c.all_panels_ms)})`, `longest task ${ms(c.longest_task_ms)}`, `≤ ${target} ms ${ok(c.next_frame_ms !== null && c.next_frame_ms <= target)}`];
  for (const c of clicks) lines.push(timed(clickJson(c), TARGETS.clickRedrawMs, 'click'));
  lines.push(['click_ms: the slower filter click', ms(r.click_ms), '', `≤ ${TARGETS.clickRedrawMs} ms ${ok(r.met.filter_click_redraw)}`]);
  for (const c of r.drills) lines.push(timed(c, TARGETS.drillRedrawMs, 'click'));
  for (const c of r.views) lines.push(timed(c, TARGETS.viewRedrawMs, 'view'));
  lines.push(['view_ms: drill / map / movers / compare', `${ms(r.view_ms.drill)} / ${ms(r.view_ms.map)} / ${ms(r.view_ms.movers)} / ${ms(r.view_ms.compare)}`, 'drill: the slower of the two', `≤ ${TARGETS.viewRedrawMs} ms ${ok(r.met.view_redraw)}`]);
  for (const n of r.names_files) lines.push([`names file a drill loaded (${n.file})`, `${n.gzip_kb} KB gzip`, '', `≤ ${TARGETS.namesFileGzipKb} KB ${ok(n.gzip_kb <= TARGETS.namesFileGzipKb)}`]);
  lines.push(['partner map: first draw (chunk loaded → shapes in the DOM)', `${ms(r.map.first_draw_ms.median)} (median)`, `runs ${r.map.first_draw_ms.runs.join(', ')} ms; fresh context each`, `≤ ${TARGETS.mapFirstDrawMs} ms ${ok(r.met.map_first_draw)}`]);
  lines.push([`partner map chunk (${r.map.chunks.map((c) => c.file).join(' + ') || 'not found'})`, `${r.map.chunk_gzip_kb} KB gzip`, 'lazy: world-atlas 1:110m + d3-geo + topojson-client + code', '']);
  lines.push([`largest names file of the build (${r.largest_names_file_gzip_kb.file})`, `${r.largest_names_file_gzip_kb.gzip_kb} KB gzip`, '', `≤ ${TARGETS.namesFileGzipKb} KB ${ok(r.largest_names_file_gzip_kb.gzip_kb <= TARGETS.namesFileGzipKb)}`]);
  if (large) {
    lines.push([`import ${large.file} (${large.fileMb.toFixed(0)} MB)`, large.ok ? 'loaded' : 'FAILED', `${large.rowsAccepted ?? '?'} rows; job done ${ms(large.importMs)}, charts ${ms(large.chartsMs)}; ${large.storage}${large.error ? `; ${large.error}` : ''}`, `imports ${ok(large.ok)}`]);
    lines.push(['  longest main-thread task', ms(large.longestTaskMs), `${large.longTasksOver50} over 50 ms; ${large.phases.map((p) => `${p.phase} ${ms(p.longestTaskMs)}`).join(', ')}`, '']);
    const wl = r.worker_peak_large;
    if (wl) lines.push(['  worker peak during the import ÷ table bytes', `${wl.over_table}`, `peak +${wl.peak_mb} MB; table ${wl.table_mb} MB, ${wl.table_rows} rows; ÷ table + roll-ups ${wl.over_handed_over}`, '']);
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
  const culprits = [...imported.culprits.map((c) => `import: ${c}`), ...clicks.flatMap((c) => c.culprits.map((x) => `${c.what}: ${x}`)), ...views.flatMap((c) => c.culprits.map((x) => `${c.what}: ${x}`)), ...(large?.culprits.map((c) => `large: ${c}`) ?? [])];
  if (culprits.length > 0) out.push('', 'Long animation frames (what blocked the main thread):', ...culprits.map((c) => '  ' + c));
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
