// Writes the built-in demo dataset, or a large synthetic benchmark file, as canonical CSV.
//
//   npx tsx scripts/generate-demo.ts                  -> data/kamchatka-demo.csv (default seed)
//   npx tsx scripts/generate-demo.ts --seed 7 --out /tmp/demo.csv
//   npx tsx scripts/generate-demo.ts --rows 1000000   -> bench-data/synthetic-1000000.csv
//
// Lines end with '\n'. The file is written as a stream (backpressure via 'drain'), so a
// file of 12 million rows (> 512 MB) needs no more memory than a small one.

import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_DEMO_SEED, kamchatkaDemoLines } from './demo/kamchatka-demo.ts';
import { DEFAULT_SYNTHETIC_SEED, syntheticLines } from './demo/synthetic-lines.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHUNK_CHARS = 1 << 20;

const USAGE = `usage: npx tsx scripts/generate-demo.ts [--seed N] [--out PATH] [--rows N]
  (no --rows)  the Kamchatka demo dataset  -> data/kamchatka-demo.csv (seed ${DEFAULT_DEMO_SEED})
  --rows N     a synthetic file of exactly N data rows -> bench-data/synthetic-N.csv (seed ${DEFAULT_SYNTHETIC_SEED})`;

function parseInteger(name: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  const clean = text.replace(/_/g, '');
  const n = Number(clean);
  if (!/^\d+$/.test(clean) || !Number.isSafeInteger(n) || n < min) {
    throw new Error(`--${name} must be an integer ≥ ${min}, got "${text}"`);
  }
  return n;
}

/** Writes the lines, each followed by '\n', honouring backpressure. Returns rows (without the header) and bytes. */
export async function writeLines(lines: Iterable<string>, path: string, onProgress?: (rows: number) => void): Promise<{ rows: number; bytes: number }> {
  mkdirSync(dirname(path), { recursive: true });
  const stream = createWriteStream(path);
  let buffer = '';
  let count = 0;
  let bytes = 0;
  const flush = async () => {
    bytes += Buffer.byteLength(buffer);
    const ok = stream.write(buffer);
    buffer = '';
    if (!ok) await once(stream, 'drain');
  };
  try {
    for (const line of lines) {
      buffer += line + '\n';
      count++;
      if (buffer.length >= CHUNK_CHARS) {
        await flush();
        onProgress?.(count - 1);
      }
    }
    if (buffer.length > 0) await flush();
    stream.end();
    await finished(stream);
  } catch (error) {
    stream.destroy();
    throw error;
  }
  return { rows: Math.max(0, count - 1), bytes };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      out: { type: 'string' },
      rows: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const seed = parseInteger('seed', values.seed, 0);
  const rows = parseInteger('rows', values.rows, 0);
  const out =
    values.out !== undefined
      ? resolve(values.out)
      : rows !== undefined
        ? resolve(ROOT, 'bench-data', `synthetic-${rows}.csv`)
        : resolve(ROOT, 'data', 'kamchatka-demo.csv');
  const lines = rows !== undefined ? syntheticLines({ rows, seed }) : kamchatkaDemoLines({ seed });
  const started = performance.now();
  let lastReport = started;
  const result = await writeLines(lines, out, (n) => {
    const now = performance.now();
    if (now - lastReport > 2000) {
      process.stderr.write(`  … ${n.toLocaleString('en-US')} rows\n`);
      lastReport = now;
    }
  });
  const seconds = (performance.now() - started) / 1000;
  const what = rows !== undefined ? `synthetic (seed ${seed ?? DEFAULT_SYNTHETIC_SEED})` : `Kamchatka demo (seed ${seed ?? DEFAULT_DEMO_SEED})`;
  process.stderr.write(
    `${what}: ${result.rows.toLocaleString('en-US')} rows, ${(result.bytes / 1e6).toFixed(1)} MB ` +
      `(${result.bytes.toLocaleString('en-US')} bytes) -> ${relative(process.cwd(), out) || out} in ${seconds.toFixed(2)} s\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exitCode = 1;
});
