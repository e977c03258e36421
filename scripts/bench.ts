// `npm run bench` — the import pipeline against PapaParse on the same file in the same run
// (docs/quality.md «Performance»). Node runs the same core code the browser's worker runs.
//
//   npm run bench                      a readable table on stdout (progress on stderr)
//   npm run --silent bench -- --json   ONE JSON object on stdout (the README documents it)
//   options: --rows N (default 1,000,000), --reps N (default 3)
//
// Input files are generated at run time into bench-data/ (git-ignored) and kept, so the
// same bytes can be measured again: the canonical layout (synthetic-N.csv) and the customs
// DATTSVT layout (customs-N.tsv, tab-separated, decimal commas, Cyrillic).
//
// Every approach reads its bytes the same way (fs.openAsBlob(path).stream(), the Node
// twin of the browser's File.stream(), with 4 MB reads). The PapaParse baselines are given
// text the fair way: the byte stream is decoded by ONE streaming TextDecoder here, and the
// decoded 4 MB strings are fed to Papa.parse through its Node stream support (a Readable
// of strings, so Papa never decodes bytes itself); the delimiter is passed (no guessing) and
// `skipEmptyLines: true` drops the empty last row. Repetitions are interleaved (A B C … A B
// C …) so that a noisy neighbour slows every approach alike; each figure is the best of
// the repetitions (noise only ever slows a run down), with the spread shown in the table.

import Papa from 'papaparse';
import { openAsBlob } from 'node:fs';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { importStream } from '../src/core/import/import-stream.ts';
import { tableByteSize, type TradeTable } from '../src/core/table/trade-table.ts';
import { summariseTable } from '../src/core/table/table-summary.ts';
import { computeDashboardSeries, type DashboardFilter } from '../src/core/aggregate/dashboard-series.ts';
import { chapterRollUp, rollUpsOf } from '../src/core/query/roll-up-build.ts';
import { rollUpByteSize } from '../src/core/query/roll-up.ts';
import { concatBytes } from '../src/core/parse/concat-bytes.ts';
import { runQuery, type TradeQuery } from '../src/core/query/trade-query.ts';
import { prepareQueries } from '../src/core/query/query-warm-up.ts';
import { ensureBenchFile, ROOT } from './bench-data.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const READ_BYTES = 4 << 20;
const AGGREGATE_ROUNDS = 7;
/** Answers of more groups than this are «large» (see queryTimings). */
const LARGE_ANSWER = 10_000;

const TARGETS = {
  pipelineVsPapaparse: 0.75,
  pipelineVsRowObjects: 2.5,
  tableBytesPerFileByte: 1,
  aggregateMsPerMillion: 20,
  queryMsPerMillion: 20,
};

const log = (line: string) => process.stderr.write(line + '\n');

// ---------------------------------------------------------------------------------------
// Byte and text sources

async function* fileBytes(path: string): AsyncGenerator<Uint8Array> {
  const blob = await openAsBlob(path);
  const reader = blob.stream().getReader();
  let pending: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending.push(value);
    size += value.length;
    if (size >= READ_BYTES) {
      yield concatBytes(pending, size);
      pending = [];
      size = 0;
    }
  }
  if (size > 0) yield concatBytes(pending, size);
}

/** The same blob stream, re-chunked into 4 MB pieces, as a web ReadableStream for importStream. */
function fileStream(path: string): ReadableStream<Uint8Array> {
  const it = fileBytes(path);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await it.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
  });
}

/** One streaming TextDecoder over the whole file: no character is split at a chunk boundary. */
async function* fileText(path: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const bytes of fileBytes(path)) yield decoder.decode(bytes, { stream: true });
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}

// ---------------------------------------------------------------------------------------
// The approaches

interface Run {
  ms: number;
  rows: number;
}

async function decodeOnly(path: string): Promise<Run> {
  const t0 = performance.now();
  let chars = 0;
  for await (const text of fileText(path)) chars += text.length;
  return { ms: performance.now() - t0, rows: chars };
}

/** Bare PapaParse streaming: `step` callback, rows as arrays of strings. */
function papaStep(path: string, delimiter: string): Promise<Run> {
  const t0 = performance.now();
  let rows = 0;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(Readable.from(fileText(path)), {
      delimiter,
      skipEmptyLines: true,
      step: () => {
        rows++;
      },
      complete: () => resolve({ ms: performance.now() - t0, rows: rows - 1 }),
      error: reject,
    });
  });
}

/** What most apps do: `header: true` → an array of row objects → reduce (turnover by partner). */
function rowObjects(path: string, delimiter: string, memory: { heapBytes: number }): Promise<Run> {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    Papa.parse<Record<string, string>>(Readable.from(fileText(path)), {
      delimiter,
      header: true,
      skipEmptyLines: true,
      complete: (results) => {
        memory.heapBytes = Math.max(memory.heapBytes, process.memoryUsage().heapUsed - heapBefore);
        const byPartner = results.data.reduce<Record<string, number>>((acc, r) => {
          acc[r.partner] = (acc[r.partner] ?? 0) + Number(r.value_usd);
          return acc;
        }, {});
        if (Object.keys(byPartner).length === 0) reject(new Error('row objects: nothing summed'));
        resolve({ ms: performance.now() - t0, rows: results.data.length });
      },
      error: reject,
    });
  });
}

/** The whole TradeShare import: bytes → decode → CSV rows → layout → columnar table + report. */
async function pipeline(path: string): Promise<Run & { table: TradeTable; accepted: number; rejected: number }> {
  const t0 = performance.now();
  const { table, report } = await importStream(fileStream(path));
  const ms = performance.now() - t0;
  return { ms, rows: report.rows.read, table, accepted: report.rows.accepted, rejected: report.rows.rejected };
}

// ---------------------------------------------------------------------------------------
// Aggregation: every chart's series for a changed filter

function aggregateTimings(table: TradeTable, rounds: number): { bestPerView: number[]; all: number[]; firstMs: number } {
  const s = summariseTable(table);
  const lastYearFrom = Math.max(s.firstMonth, Math.floor(s.lastMonth / 12) * 12);
  const history = { historyFromMonth: s.firstMonth, historyToMonth: s.lastMonth };
  const options = { dataFirstMonth: s.firstMonth, dataLastMonth: s.lastMonth };
  const mid = Math.floor((s.firstMonth + s.lastMonth) / 24) * 12;
  // The clicks a user makes on the dashboard: flow, partner(s), period.
  const views: DashboardFilter[] = [
    { fromMonth: lastYearFrom, toMonth: s.lastMonth, measure: 'turnover', partners: [], ...history },
    { fromMonth: lastYearFrom, toMonth: s.lastMonth, measure: 'export', partners: [], ...history },
    { fromMonth: lastYearFrom, toMonth: s.lastMonth, measure: 'import', partners: [], ...history },
    { fromMonth: lastYearFrom, toMonth: s.lastMonth, measure: 'turnover', partners: ['CN'], ...history },
    { fromMonth: lastYearFrom, toMonth: s.lastMonth, measure: 'export', partners: ['CN', 'KR', 'JP'], ...history },
    { fromMonth: mid, toMonth: mid + 11, measure: 'turnover', partners: [], ...history },
    { fromMonth: s.firstMonth, toMonth: s.lastMonth, measure: 'turnover', partners: [], ...history },
  ];
  // The first view on a freshly loaded table also builds its roll-ups (once per table; the
  // worker does it in the browser).
  const t0 = performance.now();
  rollUpsOf(table);
  prepareQueries();
  let sink = computeDashboardSeries(table, views[0], options).current.turnover;
  const firstMs = performance.now() - t0;
  // Per view, the best of the rounds (noise only slows a call down); rounds interleave the views.
  const bestPerView = views.map(() => Infinity);
  const all: number[] = [];
  for (let r = 0; r < rounds; r++) {
    views.forEach((view, v) => {
      const t0 = performance.now();
      const series = computeDashboardSeries(table, view, options);
      const ms = performance.now() - t0;
      all.push(ms);
      bestPerView[v] = Math.min(bestPerView[v], ms);
      sink += series.current.turnover;
    });
  }
  if (!Number.isFinite(sink)) throw new Error('aggregate: non-finite total');
  return { bestPerView, all, firstMs };
}

// ---------------------------------------------------------------------------------------
// The query core on the rows themselves (not the chapter roll-up): any one question

/**
 * The questions timed. `large`: answers of tens of thousands of groups, whose cost is in
 * building and sorting the answer rather than reading the rows; timed and shown, but not part
 * of the per-million-rows target (no chart or table shows such an answer whole).
 */
function queryTimings(table: TradeTable, rounds: number): { name: string; ms: number; groups: number; large: boolean }[] {
  prepareQueries(); // as the page does while it waits for the worker
  const s = summariseTable(table);
  const lastYear = { fromMonth: Math.max(s.firstMonth, Math.floor(s.lastMonth / 12) * 12), toMonth: s.lastMonth };
  const reporter = table.reporters[0];
  const queries: { name: string; query: TradeQuery }[] = [
    { name: 'total, no filter', query: { filter: {}, by: [] } },
    { name: 'partner, turnover, last year', query: { filter: { ...lastYear, flows: ['export', 'import'] }, by: ['partner'] } },
    { name: 'year × flow', query: { filter: {}, by: ['year', 'flow'] } },
    { name: 'hs6 × partner, export, 3 partners, last year', query: { filter: { ...lastYear, flows: ['export'], partners: ['CN', 'KR', 'JP'] }, by: ['hs6', 'partner'] } },
    { name: 'hs6 × partner, no filter', query: { filter: {}, by: ['hs6', 'partner'] } },
    { name: 'hs10 under 03, reporter', query: { filter: { commodities: ['03'], reporters: [reporter] }, by: ['hs10'] } },
    { name: 'year × partner × section, export', query: { filter: { flows: ['export'] }, by: ['year', 'partner', 'section'] } },
    { name: 'month × hs4, turnover', query: { filter: { flows: ['export', 'import'] }, by: ['month', 'hs4'] } },
    { name: 'quarter × partner × section', query: { filter: {}, by: ['quarter', 'partner', 'section'] } },
  ];
  const groups = queries.map(() => 0);
  const bestMs = queries.map(() => Infinity);
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    queries.forEach(({ query }, q) => {
      const t0 = performance.now();
      const result = runQuery(table, query);
      bestMs[q] = Math.min(bestMs[q], performance.now() - t0);
      sink += result.total.valueUsd;
      groups[q] = result.rows.length;
    });
  }
  if (!Number.isFinite(sink)) throw new Error('query: non-finite total');
  return queries.map(({ name }, q) => ({ name, ms: bestMs[q], groups: groups[q], large: groups[q] > LARGE_ANSWER }));
}

// ---------------------------------------------------------------------------------------

const best = (xs: number[]) => Math.min(...xs);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number, digits: number) => Number(x.toFixed(digits));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      rows: { type: 'string' },
      reps: { type: 'string' },
    },
    strict: true,
  });
  const rows = Number(values.rows ?? 1_000_000);
  const reps = Number(values.reps ?? 3);
  if (!Number.isSafeInteger(rows) || rows < 1) throw new Error(`--rows must be a positive integer, got ${values.rows}`);
  if (!Number.isSafeInteger(reps) || reps < 1) throw new Error(`--reps must be a positive integer, got ${values.reps}`);

  const canonical = await ensureBenchFile('canonical', rows, log);
  const customs = await ensureBenchFile('customs', rows, log);
  const mb = canonical.bytes / 1e6;
  const customsMb = customs.bytes / 1e6;

  const times = { decode: [] as number[], papa: [] as number[], objects: [] as number[], pipeline: [] as number[], papaCustoms: [] as number[], pipelineCustoms: [] as number[] };
  const memory = { heapBytes: 0 };
  let table: TradeTable | null = null;
  const checks: string[] = [];
  for (let r = 0; r < reps; r++) {
    log(`repetition ${r + 1}/${reps}`);
    gc();
    times.decode.push((await decodeOnly(canonical.path)).ms);
    gc();
    const p = await papaStep(canonical.path, ',');
    times.papa.push(p.ms);
    gc();
    const o = await rowObjects(canonical.path, ',', memory);
    times.objects.push(o.ms);
    gc();
    const pipe = await pipeline(canonical.path);
    times.pipeline.push(pipe.ms);
    table = pipe.table;
    if (r === 0) checks.push(`canonical: ${pipe.rows} read, ${pipe.accepted} accepted, ${pipe.rejected} rejected; PapaParse ${p.rows}, row objects ${o.rows}`);
    gc();
    times.papaCustoms.push((await papaStep(customs.path, '\t')).ms);
    gc();
    const c = await pipeline(customs.path);
    times.pipelineCustoms.push(c.ms);
    if (r === 0) checks.push(`customs: ${c.rows} read, ${c.accepted} accepted, ${c.rejected} rejected`);
    log(
      `  decode ${(mb / (times.decode[r] / 1000)).toFixed(0)} MB/s · PapaParse step ${(mb / (p.ms / 1000)).toFixed(1)} · row objects ${(mb / (o.ms / 1000)).toFixed(1)} · ` +
        `pipeline ${(mb / (pipe.ms / 1000)).toFixed(1)} · customs: PapaParse ${(customsMb / (times.papaCustoms[r] / 1000)).toFixed(1)}, pipeline ${(customsMb / (c.ms / 1000)).toFixed(1)} MB/s`,
    );
  }
  for (const c of checks) log(c);
  const t = table!;
  const tableBytes = tableByteSize(t);
  const agg = aggregateTimings(t, AGGREGATE_ROUNDS);
  // The slowest view (each view timed as its best of the rounds): every click must fit.
  const aggMs = Math.max(...agg.bestPerView);
  const perMillion = (ms: number) => ms / (t.rowCount / 1e6);
  const rollUp = chapterRollUp(t);
  const queries = queryTimings(t, AGGREGATE_ROUNDS);
  const slowest = (list: typeof queries) => list.reduce((a, b) => (b.ms > a.ms ? b : a));
  const slowestQuery = slowest(queries.filter((q) => !q.large));
  const largeQueries = queries.filter((q) => q.large);

  const throughput = (sizeMb: number, ms: number[]) => ({ best: sizeMb / (best(ms) / 1000), worst: sizeMb / (Math.max(...ms) / 1000), median: sizeMb / (median(ms) / 1000) });
  const papa = throughput(mb, times.papa);
  const objects = throughput(mb, times.objects);
  const pipe = throughput(mb, times.pipeline);
  const papaC = throughput(customsMb, times.papaCustoms);
  const pipeC = throughput(customsMb, times.pipelineCustoms);
  const decode = throughput(mb, times.decode);
  // Ratios of the same repetition, to show how much the noise moves them.
  const ratiosPapa = times.papa.map((ms, i) => ms / times.pipeline[i]);
  const ratiosObjects = times.objects.map((ms, i) => ms / times.pipeline[i]);

  const result = {
    rows,
    file: relative(ROOT, canonical.path),
    file_mb: round(mb, 2),
    papaparse_step_mb_s: round(papa.best, 1),
    row_objects_mb_s: round(objects.best, 1),
    pipeline_mb_s: round(pipe.best, 1),
    pipeline_vs_papaparse: round(pipe.best / papa.best, 2),
    pipeline_vs_row_objects: round(pipe.best / objects.best, 2),
    table_bytes_per_file_byte: round(tableBytes / canonical.bytes, 3),
    aggregate_ms_per_million: round(perMillion(aggMs), 2),
    query_ms_per_million: round(perMillion(slowestQuery.ms), 2),
    query_large_answers_ms_per_million: largeQueries.length ? round(perMillion(slowest(largeQueries).ms), 2) : null,
  };

  if (values.json) {
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  const ok = (pass: boolean) => (pass ? 'met' : 'MISSED');
  const spread = (x: { best: number; worst: number }) => `${x.worst.toFixed(1)}–${x.best.toFixed(1)}`;
  const lines: string[][] = [
    ['measure', `best of ${reps}`, 'range (all reps)', 'target'],
    ['read + one TextDecoder (floor)', `${decode.best.toFixed(0)} MB/s`, `${decode.worst.toFixed(0)}–${decode.best.toFixed(0)} MB/s`, ''],
    ['PapaParse streaming, step, arrays', `${papa.best.toFixed(1)} MB/s`, `${spread(papa)} MB/s`, ''],
    ['PapaParse header:true → row objects → reduce', `${objects.best.toFixed(1)} MB/s`, `${spread(objects)} MB/s`, ''],
    ['TradeShare pipeline (importStream)', `${pipe.best.toFixed(1)} MB/s`, `${spread(pipe)} MB/s`, ''],
    ['  pipeline ÷ PapaParse step', `${result.pipeline_vs_papaparse.toFixed(2)}×`, `${best(ratiosPapa).toFixed(2)}–${Math.max(...ratiosPapa).toFixed(2)}× (per rep)`, `≥ ${TARGETS.pipelineVsPapaparse}× ${ok(result.pipeline_vs_papaparse >= TARGETS.pipelineVsPapaparse)}`],
    ['  pipeline ÷ row objects', `${result.pipeline_vs_row_objects.toFixed(2)}×`, `${best(ratiosObjects).toFixed(2)}–${Math.max(...ratiosObjects).toFixed(2)}× (per rep)`, `≥ ${TARGETS.pipelineVsRowObjects}× ${ok(result.pipeline_vs_row_objects >= TARGETS.pipelineVsRowObjects)}`],
    [`customs layout (${customsMb.toFixed(1)} MB): PapaParse step`, `${papaC.best.toFixed(1)} MB/s`, `${spread(papaC)} MB/s`, ''],
    ['customs layout: TradeShare pipeline', `${pipeC.best.toFixed(1)} MB/s`, `${spread(pipeC)} MB/s`, ''],
    ['  customs pipeline ÷ PapaParse step', `${(pipeC.best / papaC.best).toFixed(2)}×`, '', `(≥ ${TARGETS.pipelineVsPapaparse}×) ${ok(pipeC.best / papaC.best >= TARGETS.pipelineVsPapaparse)}`],
    ['loaded table ÷ file bytes', `${result.table_bytes_per_file_byte.toFixed(3)}`, `${(tableBytes / t.rowCount).toFixed(1)} B a row (CSV: ${(canonical.bytes / t.rowCount).toFixed(1)})`, `≤ ${TARGETS.tableBytesPerFileByte} ${ok(result.table_bytes_per_file_byte <= TARGETS.tableBytesPerFileByte)}`],
    ['row objects, heap after parse', `${(memory.heapBytes / 1e6).toFixed(0)} MB`, `${(memory.heapBytes / canonical.bytes).toFixed(1)} B per file byte`, ''],
    [
      `all charts' series for a changed filter (${agg.bestPerView.length} views)`,
      `${perMillion(aggMs).toFixed(2)} ms/M rows`,
      `slowest view; views ${Math.min(...agg.bestPerView).toFixed(1)}–${aggMs.toFixed(1)} ms (best of ${AGGREGATE_ROUNDS}); all calls ${Math.min(...agg.all).toFixed(1)}–${Math.max(...agg.all).toFixed(1)} ms`,
      `≤ ${TARGETS.aggregateMsPerMillion} ${ok(result.aggregate_ms_per_million <= TARGETS.aggregateMsPerMillion)}`,
    ],
    [
      '  its chapter roll-up (values summed by period, flow, reporter, partner, chapter)',
      `${(rollUpByteSize(rollUp) / canonical.bytes).toFixed(3)} B per file byte`,
      `${rollUp.rowCount.toLocaleString('en-US')} cells, ${(rollUpByteSize(rollUp) / 1e6).toFixed(1)} MB, kept with the table`,
      '',
    ],
    [
      `any one query on the rows (${queries.length - largeQueries.length} queries up to ${LARGE_ANSWER.toLocaleString('en-US')} groups, slowest)`,
      `${result.query_ms_per_million.toFixed(2)} ms/M rows`,
      `${slowestQuery.name}: ${slowestQuery.ms.toFixed(1)} ms (best of ${AGGREGATE_ROUNDS})`,
      `≤ ${TARGETS.queryMsPerMillion} ${ok(result.query_ms_per_million <= TARGETS.queryMsPerMillion)}`,
    ],
    ...queries.map((q) => [`  ${q.name}${q.large ? ' (large answer, not in the target)' : ''}`, `${perMillion(q.ms).toFixed(2)} ms/M rows`, `${q.ms.toFixed(1)} ms, ${q.groups.toLocaleString('en-US')} groups`, '']),
    ['  first view after loading (builds the roll-ups once)', `${perMillion(agg.firstMs).toFixed(1)} ms/M rows`, `${agg.firstMs.toFixed(1)} ms, once per loaded table`, ''],
  ];
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const fmt = (l: string[]) => '| ' + l.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  const out = [`${result.file}: ${rows.toLocaleString('en-US')} rows, ${mb.toFixed(1)} MB; ${relative(ROOT, customs.path)}: ${customsMb.toFixed(1)} MB`, fmt(lines[0]), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...lines.slice(1).map(fmt)];
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
