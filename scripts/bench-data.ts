// Benchmark input files, generated at run time into bench-data/ (git-ignored) and kept
// there so others can re-measure on exactly the same bytes:
//
//   bench-data/synthetic-<N>.csv        canonical layout (scripts/demo syntheticLines, seed 1;
//                                       byte-identical to `generate-demo.ts --rows N`)
//   bench-data/customs-<N>.tsv          the customs portal's DATTSVT layout with the same
//                                       records: napr/period/nastranapr/tnved/edizm/Stoim/
//                                       Netto/Kol/Region/Region_s, tab-separated, UTF-8 with
//                                       Cyrillic, decimal commas
//
// Files are written as a stream with backpressure (a 12-million-row file needs no more
// memory than a small one), to `<path>.partial` first and renamed when complete, so a
// file that exists is whole.

import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticLines } from './demo/synthetic-lines.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_DIR = resolve(ROOT, 'bench-data');

export type BenchLayout = 'canonical' | 'customs';

export function benchFilePath(layout: BenchLayout, rows: number): string {
  return layout === 'canonical' ? resolve(BENCH_DIR, `synthetic-${rows}.csv`) : resolve(BENCH_DIR, `customs-${rows}.tsv`);
}

/** The file for `layout` with `rows` data rows, generated unless it is already there. */
export async function ensureBenchFile(layout: BenchLayout, rows: number, log: (line: string) => void = () => {}): Promise<{ path: string; bytes: number; generated: boolean }> {
  const path = benchFilePath(layout, rows);
  if (existsSync(path)) return { path, bytes: statSync(path).size, generated: false };
  const started = performance.now();
  log(`generating ${path} (${rows.toLocaleString('en-US')} rows, ${layout}) …`);
  const lines = layout === 'canonical' ? syntheticLines({ rows }) : customsLines(syntheticLines({ rows }));
  const bytes = await writeLinesAtomically(lines, path, (n) => log(`  … ${n.toLocaleString('en-US')} rows`));
  log(`  ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { path, bytes, generated: true };
}

const CHUNK_CHARS = 1 << 20;

async function writeLinesAtomically(lines: Iterable<string>, path: string, onProgress: (rows: number) => void): Promise<number> {
  mkdirSync(dirname(path), { recursive: true });
  const partial = path + '.partial';
  const stream = createWriteStream(partial);
  let buffer = '';
  let count = 0;
  let bytes = 0;
  let lastReport = performance.now();
  try {
    for (const line of lines) {
      buffer += line + '\n';
      count++;
      if (buffer.length >= CHUNK_CHARS) {
        bytes += Buffer.byteLength(buffer);
        const ok = stream.write(buffer);
        buffer = '';
        if (!ok) await once(stream, 'drain');
        if (performance.now() - lastReport > 5000) {
          onProgress(count - 1);
          lastReport = performance.now();
        }
      }
    }
    bytes += Buffer.byteLength(buffer);
    stream.end(buffer);
    await finished(stream);
  } catch (error) {
    stream.destroy();
    throw error;
  }
  renameSync(partial, path);
  return bytes;
}

// ---------------------------------------------------------------------------------------
// The customs layout (stat.customs.gov.ru DATTSVT export)

export const CUSTOMS_HEADER = 'napr\tperiod\tnastranapr\ttnved\tedizm\tStoim\tNetto\tKol\tRegion\tRegion_s';

/** Customs region labels as the portal writes them (`<code> - <NAME>`), for the Far East; others get a generic Cyrillic label. */
const REGION_NAMES: Record<string, string> = {
  'RU-KAM': '30000 - КАМЧАТСКИЙ КРАЙ',
  'RU-PRI': '05000 - ПРИМОРСКИЙ КРАЙ',
  'RU-SAK': '64000 - САХАЛИНСКАЯ ОБЛАСТЬ',
  'RU-KHA': '08000 - ХАБАРОВСКИЙ КРАЙ',
  'RU-MAG': '44000 - МАГАДАНСКАЯ ОБЛАСТЬ',
  'RU-CHU': '77000 - ЧУКОТСКИЙ АВТОНОМНЫЙ ОКРУГ',
  'RU-AMU': '10000 - АМУРСКАЯ ОБЛАСТЬ',
  'RU-YEV': '99000 - ЕВРЕЙСКАЯ АВТОНОМНАЯ ОБЛАСТЬ',
  'RU-SA': '98000 - РЕСПУБЛИКА САХА (ЯКУТИЯ)',
};
const FAR_EAST = '05-ДАЛЬНЕВОСТОЧНЫЙ ФЕДЕРАЛЬНЫЙ ОКРУГ';
const OTHER_DISTRICT = '01-ЦЕНТРАЛЬНЫЙ ФЕДЕРАЛЬНЫЙ ОКРУГ';

function regionLabel(iso: string): string {
  return REGION_NAMES[iso] ?? `${String(40000 + (hash(iso) % 50000)).padStart(5, '0')} - РЕГИОН ${iso.slice(3)}`;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/**
 * Canonical lines (header first) → customs lines with the same records: `ЭК`/`ИМ`,
 * `MM/YYYY`, value with kopeck-like cents and a decimal comma (`11718,37`), weight with
 * three decimals (`8488,125`), a unit and a quantity on some rows. The values and
 * weights read back are the canonical ones plus the fraction.
 */
export function* customsLines(canonical: Iterable<string>): Generator<string> {
  let first = true;
  let n = 0;
  const labels = new Map<string, [string, string]>();
  for (const line of canonical) {
    if (first) {
      first = false;
      yield CUSTOMS_HEADER;
      continue;
    }
    n++;
    // period,reporter,flow,partner,commodity,value_usd,net_kg — no quotes in synthetic lines.
    const [period, reporter, flow, partner, commodity, value, weight] = line.split(',');
    let label = labels.get(reporter);
    if (label === undefined) labels.set(reporter, (label = [regionLabel(reporter), reporter in REGION_NAMES ? FAR_EAST : OTHER_DISTRICT]));
    const cents = String((n * 37) % 100).padStart(2, '0');
    const grams = String((n * 7919) % 1000).padStart(3, '0');
    const unit = n % 3 === 0 ? 'шт' : n % 3 === 1 ? 'кг' : '';
    const qty = unit === 'шт' ? String(1 + (n % 50)) : '';
    yield [
      flow === 'export' ? 'ЭК' : 'ИМ',
      `${period.slice(5, 7)}/${period.slice(0, 4)}`,
      partner,
      commodity,
      unit,
      `${value},${cents}`,
      weight === '' ? '' : `${weight},${grams}`,
      qty,
      label[0],
      label[1],
    ].join('\t');
  }
}
