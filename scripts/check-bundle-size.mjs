// First-load JavaScript budget (docs/quality.md: ≤ 250 KB gzip before the first chart).
// Run after `vite build`. Counts what dist/index.html makes the browser fetch eagerly:
// the entry module script, every <link rel="modulepreload">, and any chunk reached from
// those through *static* `import … from "…"` statements. Lazy `import()` chunks and
// worker files are not counted: they are not needed before the first chart.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const BUDGET_BYTES = BUDGET_KB * 1024;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const indexHtml = join(dist, 'index.html');

if (!existsSync(indexHtml)) {
  console.error('dist/index.html not found: run `vite build` first');
  process.exit(1);
}

const html = readFileSync(indexHtml, 'utf8');

/** Attribute value of a tag, or null. */
function attr(tag, name) {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
}

/** Maps a URL from index.html (`/assets/x.js`, `./assets/x.js`) to a file in dist, or null for external URLs. */
function distFile(url) {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return null;
  const path = url.split(/[?#]/)[0].replace(/^\.?\//, '');
  return join(dist, path);
}

const entries = [];
const css = [];
for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
  const isScript = /^<script/i.test(tag);
  const rel = (attr(tag, 'rel') ?? '').toLowerCase();
  if (isScript && (attr(tag, 'type') ?? '').toLowerCase() === 'module' && attr(tag, 'src')) {
    entries.push(attr(tag, 'src'));
  } else if (!isScript && rel === 'modulepreload' && attr(tag, 'href')) {
    entries.push(attr(tag, 'href'));
  } else if (!isScript && rel === 'stylesheet' && attr(tag, 'href')) {
    css.push(attr(tag, 'href'));
  }
}

if (entries.length === 0) {
  console.error('dist/index.html loads no module script: is this a Vite build?');
  process.exit(1);
}

// Static imports in minified output look like `import{a as b}from"./x.js"`, `import"./y.js"`
// or `export*from"./z.js"`; `import(` (lazy) is deliberately not matched.
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;

const seen = new Set();
const queue = [];
for (const url of entries) {
  const file = distFile(url);
  if (file && !seen.has(file)) {
    seen.add(file);
    queue.push(file);
  }
}
const missing = [];
for (let i = 0; i < queue.length; i++) {
  const file = queue[i];
  if (!existsSync(file)) {
    missing.push(relative(dist, file));
    continue;
  }
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const spec = m[1];
    let target;
    if (spec.startsWith('./') || spec.startsWith('../')) {
      target = join(dirname(file), spec);
    } else if (spec.startsWith('/')) {
      target = join(dist, spec);
    } else {
      continue; // bare specifiers do not survive a Vite build; anything else is not ours
    }
    // Only count files that exist: a matching string inside code is not an import.
    if (existsSync(target) && !seen.has(target)) {
      seen.add(target);
      queue.push(target);
    }
  }
}

if (missing.length > 0) {
  console.error(`index.html references files missing from dist: ${missing.join(', ')}`);
  process.exit(1);
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

function measure(files) {
  return files.map((file) => {
    const raw = readFileSync(file);
    return {
      name: posix.normalize(relative(dist, file).split('\\').join('/')),
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
    };
  });
}

function printTable(rows) {
  const width = Math.max(4, ...rows.map((r) => r.name.length));
  console.log(`${'file'.padEnd(width)}  ${'raw KB'.padStart(9)}  ${'gzip KB'.padStart(9)}`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(width)}  ${kb(r.raw).padStart(9)}  ${kb(r.gzip).padStart(9)}`);
  }
}

const jsRows = measure(queue);
printTable(jsRows);
const jsGzip = jsRows.reduce((sum, r) => sum + r.gzip, 0);

const cssFiles = css.map(distFile).filter((f) => f && existsSync(f));
if (cssFiles.length > 0) {
  const cssGzip = measure(cssFiles).reduce((sum, r) => sum + r.gzip, 0);
  console.log(`CSS: ${kb(cssGzip)} KB gzip (for information; not budgeted)`);
}

console.log(`first-load JS: ${kb(jsGzip)} KB gzip (budget ${BUDGET_KB} KB)`);
if (jsGzip > BUDGET_BYTES) {
  console.error(
    `First-load JS is over budget by ${kb(jsGzip - BUDGET_BYTES)} KB gzip: ` +
      'lazy-load what the first chart does not need (dynamic import()), or drop a dependency.',
  );
  process.exit(1);
}
