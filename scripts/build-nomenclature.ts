// Writes the app's goods names (data/nomenclature/index.json and one hs-XX.json per chapter)
// from the reference files named in data/README.md «nomenclature/».
//
//   npx tsx scripts/build-nomenclature.ts [--reference ../shared/reference] [--out data/nomenclature]
//
// The same sources give the same bytes. Prints each file's gzip size and the largest.
// scripts/build-nomenclature.test.ts checks the committed files equal this script's output.

import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { isMainModule, optionsOrExit, parseCommandLine, runAsMain, UsageError, type CliIo } from './cli/cli-io.ts';
import { buildNomenclature } from './nomenclature/build.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_REFERENCE_DIR = resolve(ROOT, '../shared/reference');
export const DEFAULT_OUT_DIR = resolve(ROOT, 'data/nomenclature');
/** Largest gzip size of a chapter file the app should load at once. */
export const CHAPTER_GZIP_BUDGET = 60 * 1024;

export const SOURCE_FILES = {
  hsEnglish: 'hs2022_en.csv',
  hsSections: 'hs_sections_en.csv',
  tnved6: 'tnved_6digit_ru.csv',
  tnved10: 'tnved_2022_10digit_ru.json',
} as const;

const usage = () => 'usage: npx tsx scripts/build-nomenclature.ts [--reference DIR] [--out DIR] [--quiet]';

interface Options {
  reference: string;
  out: string;
  quiet: boolean;
}

function parse(argv: string[]): Options | 'help' {
  const { values, positionals } = parseCommandLine(argv, {
    reference: { type: 'string' },
    out: { type: 'string' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  return { reference: resolve(values.reference ?? DEFAULT_REFERENCE_DIR), out: resolve(values.out ?? DEFAULT_OUT_DIR), quiet: values.quiet ?? false };
}

/** Builds into `out`: writes every file, removes hs-*.json files the build no longer makes. */
export async function runBuildNomenclature(argv: string[], io: CliIo): Promise<number> {
  const options = optionsOrExit(argv, io, parse, usage);
  if (typeof options === 'number') return options;
  const missing = Object.values(SOURCE_FILES).filter((f) => !existsSync(join(options.reference, f)));
  if (missing.length > 0) {
    io.stderr(`reference files missing in ${options.reference}: ${missing.join(', ')}\n`);
    return 1;
  }
  const read = (f: string) => readFileSync(join(options.reference, f), 'utf8');
  const { files, notes } = buildNomenclature({
    hsEnglish: read(SOURCE_FILES.hsEnglish),
    hsSections: read(SOURCE_FILES.hsSections),
    tnved6: read(SOURCE_FILES.tnved6),
    tnved10: read(SOURCE_FILES.tnved10),
  });
  mkdirSync(options.out, { recursive: true });
  for (const old of readdirSync(options.out)) if (/^hs-\d\d\.json$/.test(old) && !files.has(old)) rmSync(join(options.out, old));
  let largest = { name: '', gzip: 0 };
  const sizes: string[] = [];
  for (const [name, text] of files) {
    writeFileSync(join(options.out, name), text);
    const gzip = gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;
    sizes.push(`${name} ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`);
    if (name !== 'index.json' && gzip > largest.gzip) largest = { name, gzip };
  }
  if (!options.quiet) {
    for (const note of notes) io.stdout(`note: ${note}\n`);
    for (const line of sizes) io.stdout(`${line}\n`);
  }
  io.stdout(`${files.size} files in ${options.out}; largest chapter ${largest.name} ${(largest.gzip / 1024).toFixed(1)} KB gzip (budget ${CHAPTER_GZIP_BUDGET / 1024} KB)\n`);
  if (largest.gzip > CHAPTER_GZIP_BUDGET) {
    io.stderr(`${largest.name} is over the ${CHAPTER_GZIP_BUDGET / 1024} KB gzip budget\n`);
    return 1;
  }
  return 0;
}

if (isMainModule(import.meta.url)) runAsMain(runBuildNomenclature);
