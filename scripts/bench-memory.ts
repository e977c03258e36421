// `npm run bench:memory` — the import's peak memory against the table it builds
// (issue 17: ≤ 1.3× the final table). Node runs the same core code the browser's worker
// runs (core/import/import-stream.ts), on the file's Blob stream as the worker reads a File.
//
//   npm run bench:memory                              1M and 12M rows, a table on stdout
//   npm run --silent bench:memory -- --json           ONE JSON object on stdout
//   options: --rows 1000000,12000000
//
// Each size runs in a fresh Node process (this script with --child). There, after a full
// GC, the process's resident memory is read (VmRSS), its peak is reset (`5` into
// /proc/self/clear_refs, Linux), the file is imported, and the peak is read (VmHWM). The
// import's peak is VmHWM − the resident memory before; it holds everything the import
// touched — the columns, the reads, the decoded text and the parser's strings until
// the GC takes them. Divided by the table's bytes (tableByteSize) it is the figure the
// issue asks for. The builder's own count of the column bytes it held at once
// (TradeTableBuilder.peakBytes) is printed beside it: the part of the peak that grows
// with the rows.

import { execFileSync } from 'node:child_process';
import { openAsBlob, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { importStream } from '../src/core/import/import-stream.ts';
import { tableByteSize } from '../src/core/table/trade-table.ts';
import { ensureBenchFile } from './bench-data.ts';

const MB = 1024 ** 2;

interface Measure {
  rows: number;
  file_mb: number;
  table_mb: number;
  rss_before_mb: number;
  peak_growth_mb: number;
  peak_over_table: number;
  builder_peak_over_table: number;
  import_ms: number;
}

function status(field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith(field + ':'));
  return Number(line!.split(/\s+/)[1]) * 1024;
}

/** One import in this process, measured as described above. */
async function child(rows: number): Promise<Measure> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const { path, bytes } = await ensureBenchFile('canonical', rows, (l) => process.stderr.write(l + '\n'));
  gc();
  gc();
  const before = status('VmRSS');
  writeFileSync('/proc/self/clear_refs', '5');
  const t0 = performance.now();
  // The worker's own import (importStream), with the builder's own count reported.
  let builderPeak = 0;
  const { table } = await importStream((await openAsBlob(path)).stream(), { onBuilderPeak: (b) => (builderPeak = b) });
  const importMs = performance.now() - t0;
  const peak = status('VmHWM');
  const tableBytes = tableByteSize(table);
  return {
    rows: table.rowCount,
    file_mb: round(bytes / MB),
    table_mb: round(tableBytes / MB),
    rss_before_mb: round(before / MB),
    peak_growth_mb: round((peak - before) / MB),
    peak_over_table: round((peak - before) / tableBytes, 2),
    builder_peak_over_table: round(builderPeak / tableBytes, 2),
    import_ms: Math.round(importMs),
  };
}

function round(n: number, digits = 1): number {
  return Number(n.toFixed(digits));
}

async function main() {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000,12000000' }, json: { type: 'boolean' }, child: { type: 'boolean' } } });
  if (values.child) {
    process.stdout.write(JSON.stringify(await child(Number(values.rows))) + '\n');
    return;
  }
  const sizes = values.rows!.split(',').map(Number);
  const runs: Measure[] = [];
  for (const rows of sizes) {
    process.stderr.write(`importing ${rows.toLocaleString('en-US')} rows in a fresh process …\n`);
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', '--rows', String(rows)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
    runs.push(JSON.parse(out.trim().split('\n').at(-1)!) as Measure);
  }
  const machine = { nproc: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memory_gb: Math.round(totalmem() / 1024 ** 3), node: process.version, date: new Date().toISOString().slice(0, 10) };
  if (values.json) {
    process.stdout.write(JSON.stringify({ runs, target_peak_over_table: 1.3, machine }) + '\n');
    return;
  }
  console.log('| rows | file | table | import | peak growth (VmHWM − RSS before) | ÷ table (target ≤ 1.3) | columns held at once ÷ table |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of runs) console.log(`| ${r.rows.toLocaleString('en-US')} | ${r.file_mb} MB | ${r.table_mb} MB | ${(r.import_ms / 1000).toFixed(1)} s | ${r.peak_growth_mb} MB | ${r.peak_over_table}× | ${r.builder_peak_over_table}× |`);
  console.log(`\n${machine.date}: ${machine.nproc} × ${machine.cpu}, ${machine.memory_gb} GB, Node ${machine.node}`);
}

await main();
