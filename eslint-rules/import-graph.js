// The import graph of src/ and its cycles (docs/architecture.md, «Layers»: imports go one way).
//
// Edges are every relative specifier TypeScript's pre-processor finds in a file: static
// imports, `import type`, `export … from`, dynamic `import()` (lazy chunks are still a
// dependency direction) and `import('…')` types. Comments and strings are not imports.
// Two graphs are checked:
//   - files: no file may reach itself;
//   - folders (the directory a file is in, e.g. core/formats, components/ui): no folder may
//     reach itself through other folders. Test files (*.test.ts[x]) are left out of this one:
//     a test is a leaf and may exercise its folder through a module above it.
// The pure part (`importsOf`, `findCycles`, `cycleThrough`) works on in-memory graphs;
// `analyseSources` reads src/ from disk, caching each file's imports by mtime and size.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const SOURCE_FILE = /\.(?:ts|tsx|mts|cts)$/;
const TEST_FILE = /\.test\.(?:ts|tsx|mts|cts)$/;
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Import specifiers of a module's text, with their character offsets (the string literal). */
export function importsOf(text) {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => ({ specifier: f.fileName, start: f.pos, end: f.end }));
}

/** `?url`, `?raw`, `#hash` suffixes (Vite) are not part of the path. */
export const stripQuery = (specifier) => specifier.replace(/[?#].*$/, '');

/** Relative specifiers, and `src/…` / `/src/…` ones in case an alias is added later. */
export function specifierPath(fromFile, specifier, rootDir) {
  const path = stripQuery(specifier);
  if (path.startsWith('./') || path.startsWith('../') || path === '.' || path === '..') return resolve(dirname(fromFile), path);
  if (/^\/?src\//.test(path)) return resolve(rootDir, path.replace(/^\//, ''));
  return null;
}

/** The file an import path names, among `files` (a Set of absolute paths), or null. */
export function resolveIn(files, path) {
  for (const suffix of RESOLVE_SUFFIXES) {
    const candidate = path + suffix;
    if (files.has(candidate)) return candidate;
  }
  return null;
}

/** Posix path of `file` relative to `dir` (the graph's node names). */
export const relPosix = (dir, file) => relative(dir, file).split(sep).join('/');

export const isTestFile = (name) => TEST_FILE.test(name);

/** The folder node of a file node: 'core/formats/x.ts' → 'core/formats'. */
export const folderOf = (name) => (name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : '.');

/**
 * Strongly connected components with more than one node (or a self-loop), by Tarjan.
 * `graph` is a Map from node to an iterable of nodes. Returns a Map node → component id
 * for the nodes that are on a cycle.
 */
export function findCycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const component = new Map();
  let next = 0;
  let ids = 0;
  const successors = (v) => graph.get(v) ?? [];

  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    // Iterative DFS: [node, iterator over its successors].
    const work = [[root, successors(root)[Symbol.iterator]()]];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const [v, it] = work[work.length - 1];
      const step = it.next();
      if (!step.done) {
        const w = step.value;
        if (!index.has(w)) {
          index.set(w, next);
          low.set(w, next++);
          stack.push(w);
          onStack.add(w);
          work.push([w, successors(w)[Symbol.iterator]()]);
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v), index.get(w)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(v)));
      }
      if (low.get(v) === index.get(v)) {
        const members = [];
        let w;
        do {
          w = stack.pop();
          onStack.delete(w);
          members.push(w);
        } while (w !== v);
        const selfLoop = [...successors(v)].includes(v);
        if (members.length > 1 || selfLoop) {
          const id = ids++;
          for (const m of members) component.set(m, id);
        }
      }
    }
  }
  return component;
}

/**
 * The shortest cycle through the edge from → to, as a list of nodes starting and ending
 * at `from`, or null when `to` cannot reach `from`.
 */
export function cycleThrough(graph, from, to) {
  if (from === to) return [from, from];
  const previous = new Map([[to, null]]);
  const queue = [to];
  while (queue.length > 0) {
    const v = queue.shift();
    for (const w of graph.get(v) ?? []) {
      if (previous.has(w)) continue;
      previous.set(w, v);
      if (w === from) {
        const path = [from];
        for (let n = v; n !== null; n = previous.get(n)) path.push(n);
        path.push(from);
        // path is from ← … ← to ← from read backwards; put it in import order.
        return [from, ...path.slice(1, -1).reverse(), from];
      }
      queue.push(w);
    }
  }
  return null;
}

/** Folder graph of a file graph: an edge a → b for every file import across folders (tests left out). */
export function folderGraph(fileGraph) {
  const folders = new Map();
  for (const [file, targets] of fileGraph) {
    if (isTestFile(file)) continue;
    const from = folderOf(file);
    if (!folders.has(from)) folders.set(from, new Set());
    for (const target of targets) {
      const to = folderOf(target);
      if (to !== from) folders.get(from).add(to);
      if (!folders.has(to)) folders.set(to, new Set());
    }
  }
  return folders;
}

// ---- disk ----

const importCache = new Map(); // absolute path → { mtimeMs, size, specifiers }

function listSourceFiles(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listSourceFiles(path, out);
    else if (SOURCE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function specifiersOnDisk(file, stat) {
  const cached = importCache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.specifiers;
  const specifiers = importsOf(readFileSync(file, 'utf8')).map((i) => i.specifier);
  importCache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, specifiers });
  return specifiers;
}

let lastAnalysis = { key: '', value: null };

/**
 * The file graph of src/ (nodes: posix paths relative to srcDir, edges: Sets) with its file
 * and folder cycles. `override` ({ file, specifiers }) stands in for one file's contents on
 * disk — the file being linted, whose text may not be saved yet. Linting the whole tree asks this once
 * per file; while no file changed on disk and the linted text imports what its saved
 * version does, the same analysis is returned.
 */
export function analyseSources(srcDir, rootDir, override) {
  const files = listSourceFiles(srcDir, []);
  const specifiers = new Map();
  let key = srcDir;
  for (const file of files) {
    const stat = statSync(file);
    specifiers.set(file, specifiersOnDisk(file, stat));
    key += `\n${file}:${stat.mtimeMs}:${stat.size}`;
  }
  if (override && SOURCE_FILE.test(override.file)) {
    const onDisk = specifiers.get(override.file);
    if (!onDisk || onDisk.join('\n') !== override.specifiers.join('\n')) {
      specifiers.set(override.file, override.specifiers);
      key += `\n${override.file}\n${JSON.stringify(override.specifiers)}`;
    }
  }
  if (lastAnalysis.key === key) return lastAnalysis.value;

  const fileSet = new Set(specifiers.keys());
  const graph = new Map();
  for (const [file, imported] of specifiers) {
    const targets = new Set();
    for (const specifier of imported) {
      const path = specifierPath(file, specifier, rootDir);
      const target = path && resolveIn(fileSet, path);
      if (target) targets.add(relPosix(srcDir, target));
    }
    graph.set(relPosix(srcDir, file), targets);
  }
  const folders = folderGraph(graph);
  const value = { graph, fileCycles: findCycles(graph), folders, folderCycles: findCycles(folders) };
  lastAnalysis = { key, value };
  return value;
}
