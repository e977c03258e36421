// Local ESLint plugin `tradeshare`: the «Layers» table of docs/architecture.md as lint.
//   tradeshare/layers    — each layer imports only the layers its row allows (an allow-list);
//   tradeshare/no-cycle  — no import cycle between files or between folders of src/.
// Import specifiers are resolved against the importing file's path, so `../` depth does not
// matter. Specifiers that leave src/ (data/*.csv?url) are not layers and are not checked;
// npm packages are left to `no-restricted-imports` in eslint.config.js.

import { dirname, join, relative, sep } from 'node:path';
import { analyseSources, cycleThrough, folderOf, importsOf, isTestFile, relPosix, resolveIn, specifierPath } from './import-graph.js';

/** What each layer may import besides itself (docs/architecture.md, «Layers»). */
export const LAYERS = {
  core: ['core'],
  worker: ['core'],
  state: ['core'],
  i18n: ['state', 'core'],
  lib: ['core', 'worker', 'state'],
  components: ['core', 'i18n', 'state'],
  // features/<name>: its own folder, never another feature.
  features: ['components', 'lib', 'state', 'i18n', 'core', 'worker'],
  app: ['features', 'components', 'lib', 'state', 'i18n', 'core', 'worker'],
};

/**
 * Within core, folders that must not import one another although both are core:
 * reading CSV (formats, import) never imports writing it (export).
 */
export const CORE_BANS = {
  'core/formats': ['core/export'],
  'core/import': ['core/export'],
};

/**
 * The layer of a folder or file path relative to src/ ('core/formats/', 'features/upload/x.ts'):
 * `layer` is the row of the table, `unit` what counts as "itself" — the layer, or
 * features/<name> for a feature. Null for a path in no layer (src/x/, src/features/).
 */
export function layerOf(relPath) {
  const parts = relPath.split('/');
  if (!Object.hasOwn(LAYERS, parts[0]) || parts.length < 2) return null;
  if (parts[0] === 'features') return parts[1] ? { layer: 'features', unit: `features/${parts[1]}` } : null;
  return { layer: parts[0], unit: parts[0] };
}

/**
 * Why the file at `fromRel` may not import `toRel` (paths relative to src/: the importing
 * file's folder and the imported file or folder, each with a trailing '/'), or null when it may.
 */
export function importViolation(fromRel, toRel) {
  const from = layerOf(fromRel);
  const to = layerOf(toRel);
  const shown = (rel) => `src/${rel.replace(/\/$/, '')}`;
  if (!from) return `${shown(fromRel)} is in no layer of docs/architecture.md «Layers»: add it to the table and to eslint-rules/layers.js`;
  if (!to) return `${shown(toRel)} is in no layer of docs/architecture.md «Layers»`;
  const fromFolder = fromRel.split('/').slice(0, 2).join('/');
  const toFolder = toRel.split('/').slice(0, 2).join('/');
  if (CORE_BANS[fromFolder]?.includes(toFolder)) {
    return `src/${fromFolder} reads CSV and must not import src/${toFolder}, which writes it (docs/architecture.md «Layers»)`;
  }
  return layerViolation(from, to);
}

/** Why layer `from` may not import layer `to` (both layerOf results), or null when it may. */
export function layerViolation(from, to) {
  if (from.unit === to.unit) return null;
  if (from.layer === 'features' && to.layer === 'features') {
    return `${from.unit} must not import another feature (${to.unit}); features are composed in src/app`;
  }
  if (LAYERS[from.layer].includes(to.layer)) return null;
  const allowed = LAYERS[from.layer].filter((l) => l !== from.layer);
  const may = allowed.length > 0 ? `only ${[from.layer, ...allowed].join(', ')}` : `only ${from.layer}`;
  return `src/${from.unit} may import ${may} (docs/architecture.md «Layers»), not src/${to.unit}`;
}

const srcDirOf = (context) => join(context.cwd, 'src');

function inSrc(context) {
  const rel = relative(srcDirOf(context), context.filename);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel.split(sep).join('/') : null;
}

/** Both rules read the same file's imports: scan it once. */
const importsBySource = new WeakMap();
function importsOfSource(sourceCode) {
  let found = importsBySource.get(sourceCode);
  if (!found) importsBySource.set(sourceCode, (found = importsOf(sourceCode.text)));
  return found;
}

function locOf(sourceCode, { start, end }) {
  return { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) };
}

const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports between src/ layers follow the allow-list of docs/architecture.md «Layers»' },
    schema: [],
  },
  create(context) {
    const rel = inSrc(context);
    if (!rel) return {};
    return {
      Program(node) {
        // A file's layer is its folder's: src/features/x.ts is in no feature.
        const fromRel = `${dirname(rel)}/`;
        if (!layerOf(fromRel)) {
          context.report({ node, message: importViolation(fromRel, fromRel) });
          return;
        }
        const srcDir = srcDirOf(context);
        for (const found of importsOfSource(context.sourceCode)) {
          const path = specifierPath(context.filename, found.specifier, context.cwd);
          if (!path) continue; // a package
          const target = relPosix(srcDir, path);
          if (target === '..' || target.startsWith('../')) continue; // outside src/: assets, not a layer
          const message = importViolation(fromRel, `${target}/`); // a file, or a folder's index
          if (message) context.report({ loc: locOf(context.sourceCode, found), message });
        }
      },
    };
  },
};

const noCycleRule = {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycles between files or folders of src/ (docs/architecture.md «Layers»)' },
    schema: [],
  },
  create(context) {
    const rel = inSrc(context);
    if (!rel) return {};
    return {
      Program() {
        const srcDir = srcDirOf(context);
        const found = importsOfSource(context.sourceCode);
        const override = { file: context.filename, specifiers: found.map((f) => f.specifier) };
        const { graph, fileCycles, folders, folderCycles } = analyseSources(srcDir, context.cwd, override);
        const files = new Set(graph.keys());
        const reported = new Set();
        for (const imported of found) {
          const path = specifierPath(context.filename, imported.specifier, context.cwd);
          if (!path) continue;
          const targetRel = relPosix(srcDir, path);
          const target = resolveIn(files, targetRel);
          if (!target || reported.has(target)) continue;
          if (fileCycles.has(rel) && fileCycles.get(rel) === fileCycles.get(target)) {
            reported.add(target);
            const cycle = cycleThrough(graph, rel, target);
            context.report({ loc: locOf(context.sourceCode, imported), message: `Import cycle: ${cycle.join(' → ')}` });
            continue;
          }
          const from = folderOf(rel);
          const to = folderOf(target);
          if (from !== to && !isTestFile(rel) && folderCycles.has(from) && folderCycles.get(from) === folderCycles.get(to)) {
            reported.add(target);
            const cycle = cycleThrough(folders, from, to);
            const back = [];
            for (let i = 1; i < cycle.length - 1; i++) back.push(exampleEdge(graph, cycle[i], cycle[i + 1]));
            context.report({
              loc: locOf(context.sourceCode, imported),
              message: `Folder import cycle: ${cycle.join(' → ')} (${back.join('; ')})`,
            });
          }
        }
      },
    };
  },
};

/** One file import from folder `a` into folder `b`, as text for a message. */
function exampleEdge(graph, a, b) {
  for (const [file, targets] of graph) {
    if (isTestFile(file) || folderOf(file) !== a) continue;
    for (const target of targets) if (folderOf(target) === b) return `${file} imports ${target}`;
  }
  return `${a} imports ${b}`;
}

export default {
  meta: { name: 'tradeshare' },
  rules: { layers: layersRule, 'no-cycle': noCycleRule },
};
