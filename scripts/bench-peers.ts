// `npm run bench:peers` — TradeShare against DuckDB-WASM (issue 17, «Peers in the bench»): the
// same generated file, the same task, in the same Chromium. Not part of `npm test`.
//
//   npm run bench:peers                           a readable table on stdout (progress on stderr)
//   npm run --silent bench:peers -- --json        one JSON object, the last line of stdout
//   options: --rows N (the generated file, default 1,000,000), --reps N (fresh pages per
//            engine, default 3), --requery-reps N (default 5), --year YYYY (question 1; default the
//            latest year in the data, as each engine finds it), --port N (default 4180; 4173 is the e2e tests'),
//            --file PATH (any canonical CSV instead of the generated one), --duckdb-read file|buffer
//            (DuckDB-WASM reads the picked File through a file handle, as TradeShare's worker reads
//            it — the default —, or gets its bytes as one buffer)
//
// The task (scripts/peers/answers.ts): load the CSV, then answer turnover (export + import
// value, USD) by partner for one year, and value by year × flow. Both engines' answers must be
// equal to the cent, group by group: otherwise the bench names the groups and exits 1.
//
// How: a harness page (scripts/peers/harness.html) is built with Vite's JS API into /tmp (its own
// inline config: nothing of the app's build) and served on its own port. Each engine runs in a
// fresh browser context — a renderer process of its own — and loads only its own side:
//   TradeShare  src/worker/dataset-worker-client.ts `importFile` (the app's worker import) with
//               the file picked on the page's <input type=file>, then the query core's
//               `queryTable` (scripts/peers/tradeshare-side.ts). Its time runs from the file in
//               hand to both answers and includes starting its worker.
//   DuckDB-WASM start-up (bundle, worker, instantiate, connect) timed apart; then the same File
//               registered as a file handle, `read_csv` into a table, the aggregate rule, the two
//               questions in SQL (scripts/peers/duckdb-side.ts).
// Re-query: both questions again on the loaded data (the median of --requery-reps runs).
// Peak memory: the page process's peak resident set (VmHWM, reset before the task) during load
// and queries, workers included (scripts/peers/process-memory.ts).
// Times are the best of --reps (a busy neighbour only ever slows a run down); peaks the largest.

import { chromium, type Browser } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { ensureBenchFile, ROOT } from './bench-data.ts';
import { answerDifferences, type PageParams, type RunResult } from './peers/answers.ts';
import { dedicatedWorkerThreads, rendererPids, residentMemory, resetPeak } from './peers/process-memory.ts';

const log = (line: string) => process.stderr.write(line + '\n');
const HARNESS_DIR = resolve(ROOT, 'scripts/peers');
const OUT_DIR = '/tmp/tradeshare-peers-harness';

type Engine = RunResult['engine'];
const NAMES: Record<Engine, string> = { tradeshare: 'TradeShare', duckdb: 'DuckDB-WASM' };

interface EngineRun extends RunResult {
  requeryRowsMs?: number[];
  /** The page process's peak resident set during the task, bytes. */
  peakBytes: number;
  /** Its resident set just before the task (the page loaded, the engine's code too), bytes. */
  idleBytes: number;
}

/** The harness, built into /tmp with an inline config (none of vite.config.ts: no PWA, no CSP, no app). */
async function buildHarness(): Promise<void> {
  await build({
    configFile: false,
    root: HARNESS_DIR,
    base: './',
    logLevel: 'warn',
    worker: { format: 'es' },
    build: { outDir: OUT_DIR, emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 100_000, rollupOptions: { input: resolve(HARNESS_DIR, 'harness.html') } },
  });
}

function headerOf(path: string): string[] {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, n).toString('utf8').split(/\r?\n/)[0].replace(/^\uFEFF/, '').split(',');
  } finally {
    closeSync(fd);
  }
}

async function runEngine(browser: Browser, url: string, engine: Engine, path: string, params: PageParams): Promise<EngineRun> {
  const context = await browser.newContext();
  try {
    // tsx compiles with esbuild's keepNames: functions sent to the page call __name().
    await context.addInitScript('window.__name = window.__name || ((f) => f);');
    const page = await context.newPage();
    let crashed = false;
    page.on('crash', () => (crashed = true));
    await page.goto(url);
    await page.waitForFunction(() => window.__peers !== undefined);
    await page.evaluate((e) => window.__peers.prepare(e), engine);
    await page.locator('#file').setInputFiles(path);
    await page.waitForTimeout(200); // let the page settle before its peak is reset

    // Every renderer of this browser gets its peak reset: only this page is open, and the one
    // running the engine's worker afterwards is its process.
    const pids = rendererPids();
    if (pids.length === 0) throw new Error('no Chromium renderer process found among this process’s descendants');
    const idle = new Map(pids.map((pid) => [pid, residentMemory(pid)?.current ?? NaN]));
    for (const pid of pids) if (!resetPeak(pid)) throw new Error(`cannot reset the peak memory of pid ${pid} (/proc/${pid}/clear_refs): run as root or as the browser's user`);

    let result: EngineRun;
    try {
      result = { ...(await page.evaluate(({ e, p }) => window.__peers.run(e, p), { e: engine, p: params })), peakBytes: NaN, idleBytes: NaN };
    } catch (error) {
      throw new Error(`${NAMES[engine]}: ${crashed ? 'the page crashed (out of memory?)' : error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { cause: error });
    }
    const pagePids = pids.filter((pid) => dedicatedWorkerThreads(pid) > 0);
    if (pagePids.length !== 1) throw new Error(`expected one renderer running a dedicated worker, found ${pagePids.length} of ${pids.length} (${pids.join(', ')})`);
    const memory = residentMemory(pagePids[0]);
    if (!memory) throw new Error(`renderer ${pagePids[0]} is gone`);
    result.peakBytes = memory.peak;
    result.idleBytes = idle.get(pagePids[0]) ?? NaN;
    return result;
  } finally {
    await context.close();
  }
}

function machine(browserVersion: string) {
  const cpu = /model name\s*:\s*(.*)/.exec(execFileSync('cat', ['/proc/cpuinfo'], { encoding: 'utf8' }))?.[1] ?? 'unknown';
  const load = execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ').slice(0, 3).join(' ');
  return { nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()), cpu, memory_gb: Math.round(totalmem() / 1024 ** 3), node: process.version, chromium: browserVersion, date: new Date().toISOString().slice(0, 10), load_average: load };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const min = (xs: number[]) => Math.min(...xs);
const max = (xs: number[]) => Math.max(...xs);
const r1 = (x: number) => Math.round(x * 10) / 10;
const mb = (bytes: number) => r1(bytes / 1e6);
const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      rows: { type: 'string' },
      reps: { type: 'string' },
      'requery-reps': { type: 'string' },
      year: { type: 'string' },
      port: { type: 'string' },
      file: { type: 'string' },
      'duckdb-read': { type: 'string' },
    },
    strict: true,
  });
  const rows = Number(values.rows ?? 1_000_000);
  const reps = Number(values.reps ?? 3);
  const requeryReps = Number(values['requery-reps'] ?? 5);
  const year = values.year === undefined ? null : Number(values.year);
  const port = Number(values.port ?? 4180);
  for (const [name, v] of [['--rows', rows], ['--reps', reps], ['--requery-reps', requeryReps], ['--year', year ?? 1], ['--port', port]] as const)
    if (!Number.isSafeInteger(v) || v < 1) throw new Error(`${name} must be a positive integer`);
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: sudo apt-get install -y chromium (or set CHROMIUM_PATH)');

  const file = values.file ? { path: resolve(values.file), bytes: statSync(values.file).size } : await ensureBenchFile('canonical', rows, log);
  const header = headerOf(file.path);
  const duckdbRead = values['duckdb-read'] ?? 'file';
  if (duckdbRead !== 'file' && duckdbRead !== 'buffer') throw new Error('--duckdb-read must be file or buffer');
  const params = { year, requeryReps, header, duckdbRead: duckdbRead as 'file' | 'buffer' };

  log(`building the harness into ${OUT_DIR} …`);
  await buildHarness();
  const server: PreviewServer = await preview({ configFile: false, root: HARNESS_DIR, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port, strictPort: false, host: '127.0.0.1', open: false } });
  const url = `${server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`}harness.html`;
  log(`serving the harness at ${url}`);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const runs: Record<Engine, EngineRun[]> = { tradeshare: [], duckdb: [] };
  let differences: string[] = [];
  try {
    for (let rep = 0; rep < reps; rep++) {
      // Alternate which engine goes first, so neither always gets the cooler machine.
      const order: Engine[] = rep % 2 === 0 ? ['tradeshare', 'duckdb'] : ['duckdb', 'tradeshare'];
      for (const engine of order) {
        const run = await runEngine(browser, url, engine, file.path, params);
        runs[engine].push(run);
        log(`rep ${rep + 1}/${reps} ${NAMES[engine]}: ${run.initMs > 0 ? `start-up ${run.initMs.toFixed(0)} ms, ` : ''}load ${run.loadMs.toFixed(0)} ms, answers at ${run.answerMs.toFixed(0)} ms, re-query ${median(run.requeryMs).toFixed(1)} ms, peak ${mb(run.peakBytes)} MB`);
      }
      differences = answerDifferences(runs.tradeshare[rep].answers, runs.duckdb[rep].answers, ['TradeShare', 'DuckDB-WASM']);
      if (runs.tradeshare[rep].rowsLoaded !== runs.duckdb[rep].rowsLoaded) differences.unshift(`rows loaded: TradeShare ${runs.tradeshare[rep].rowsLoaded}, DuckDB-WASM ${runs.duckdb[rep].rowsLoaded}`);
      if (differences.length > 0) break;
    }
    const m = machine(browser.version());
    if (differences.length > 0) {
      log(`ANSWERS DIFFER (${differences.length}):`);
      for (const d of differences.slice(0, 30)) log(`  ${d}`);
      if (differences.length > 30) log(`  … and ${differences.length - 30} more`);
      process.exitCode = 1;
      return;
    }
    const ts = runs.tradeshare;
    const dd = runs.duckdb;
    const tradeshareMs = min(ts.map((r) => r.answerMs));
    const duckdbMs = min(dd.map((r) => r.answerMs));
    const duckdbInitMs = min(dd.map((r) => r.initMs));
    const duckdbTotalMs = min(dd.map((r) => r.initMs + r.answerMs));
    const tsRequery = median(ts.flatMap((r) => r.requeryMs));
    const ddRequery = median(dd.flatMap((r) => r.requeryMs));
    const tsPeak = max(ts.map((r) => r.peakBytes));
    const ddPeak = max(dd.map((r) => r.peakBytes));
    const result = {
      rows: ts[0].rowsLoaded,
      file: relative(ROOT, file.path),
      file_mb: mb(file.bytes),
      year: ts[0].answers.year,
      reps,
      answers_equal: true,
      groups: { by_partner: Object.keys(ts[0].answers.byPartner).length, by_year_flow: Object.keys(ts[0].answers.byYearFlow).length },
      tradeshare_ms: Math.round(tradeshareMs),
      duckdb_ms: Math.round(duckdbMs),
      duckdb_init_ms: Math.round(duckdbInitMs),
      duckdb_with_init_ms: Math.round(duckdbTotalMs),
      tradeshare_requery_ms: r1(tsRequery),
      duckdb_requery_ms: r1(ddRequery),
      tradeshare_peak_mb: mb(tsPeak),
      duckdb_peak_mb: mb(ddPeak),
      tradeshare_load_ms: Math.round(min(ts.map((r) => r.loadMs))),
      duckdb_load_ms: Math.round(min(dd.map((r) => r.loadMs))),
      tradeshare_requery_rows_ms: r1(median(ts.flatMap((r) => r.requeryRowsMs ?? []))),
      tradeshare_idle_mb: mb(median(ts.map((r) => r.idleBytes))),
      duckdb_idle_mb: mb(median(dd.map((r) => r.idleBytes))),
      ratios: {
        time_vs_duckdb_with_init: ratio(tradeshareMs, duckdbTotalMs),
        time_vs_duckdb_without_init: ratio(tradeshareMs, duckdbMs),
        requery: ratio(tsRequery, ddRequery),
        peak: ratio(tsPeak, ddPeak),
      },
      ahead: { with_init: tradeshareMs < duckdbTotalMs, requery: tsRequery < ddRequery, peak: tsPeak < ddPeak },
      runs: {
        tradeshare: ts.map((r) => ({ ms: Math.round(r.answerMs), load_ms: Math.round(r.loadMs), requery_ms: r1(median(r.requeryMs)), peak_mb: mb(r.peakBytes) })),
        duckdb: dd.map((r) => ({ init_ms: Math.round(r.initMs), ms: Math.round(r.answerMs), load_ms: Math.round(r.loadMs), requery_ms: r1(median(r.requeryMs)), peak_mb: mb(r.peakBytes) })),
      },
      detail: { tradeshare: ts[0].detail, duckdb: dd[0].detail },
      peak_is: "the page's renderer process (page + its workers): peak resident set (VmHWM) during load and queries, reset just before",
      machine: m,
    };
    if (values.json) {
      process.stdout.write(JSON.stringify(result) + '\n');
      return;
    }
    printTable(result);
  } finally {
    await browser.close();
    await server.close();
  }
}

function printTable(r: {
  rows: number; file: string; file_mb: number; year: number; reps: number; groups: { by_partner: number; by_year_flow: number };
  tradeshare_ms: number; duckdb_ms: number; duckdb_init_ms: number; duckdb_with_init_ms: number; tradeshare_requery_ms: number; duckdb_requery_ms: number;
  tradeshare_peak_mb: number; duckdb_peak_mb: number; tradeshare_load_ms: number; duckdb_load_ms: number; tradeshare_requery_rows_ms: number;
  tradeshare_idle_mb: number; duckdb_idle_mb: number; ratios: Record<string, number>; detail: { tradeshare: string; duckdb: string }; machine: ReturnType<typeof machine>;
}): void {
  const x = (v: number) => `${v.toFixed(2)}×`;
  const lines: string[][] = [
    ['measure', 'TradeShare', 'DuckDB-WASM', 'TradeShare ÷ DuckDB'],
    ['start-up (DuckDB: bundle, worker, instantiate, connect)', 'in the import (worker start)', `${r.duckdb_init_ms} ms`, ''],
    ['load + both answers, without DuckDB’s start-up', `${r.tradeshare_ms} ms`, `${r.duckdb_ms} ms`, x(r.ratios.time_vs_duckdb_without_init)],
    ['time to answer, with start-up', `${r.tradeshare_ms} ms`, `${r.duckdb_with_init_ms} ms`, x(r.ratios.time_vs_duckdb_with_init)],
    ['  of which load alone', `${r.tradeshare_load_ms} ms`, `${r.duckdb_load_ms} ms`, ''],
    [`re-query: both questions again (median)`, `${r.tradeshare_requery_ms} ms`, `${r.duckdb_requery_ms} ms`, x(r.ratios.requery)],
    ['peak memory of the page process (load + queries)', `${r.tradeshare_peak_mb} MB`, `${r.duckdb_peak_mb} MB`, x(r.ratios.peak)],
    ['  its resident set just before the task', `${r.tradeshare_idle_mb} MB`, `${r.duckdb_idle_mb} MB`, ''],
  ];
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const fmt = (l: string[]) => '| ' + l.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  const m = r.machine;
  process.stdout.write(
    [
      `${m.date}: ${m.nproc} × ${m.cpu}, ${m.memory_gb} GB, Chromium ${m.chromium}, load average ${m.load_average}`,
      `${r.file} (${r.file_mb} MB, ${r.rows.toLocaleString('en-US')} rows); turnover by partner in ${r.year} (${r.groups.by_partner} partners) and value by year × flow (${r.groups.by_year_flow} groups): answers equal to the cent`,
      `times: best of ${r.reps} fresh pages per engine; re-query: median; peak: the largest of ${r.reps}, the page's renderer process (page + workers), VmHWM reset before the task`,
      fmt(lines[0]),
      '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|',
      ...lines.slice(1).map(fmt),
      `TradeShare: ${r.detail.tradeshare}; the same two questions read from the rows (runQuery): ${r.tradeshare_requery_rows_ms} ms`,
      `DuckDB-WASM: ${r.detail.duckdb}`,
    ].join('\n') + '\n',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
