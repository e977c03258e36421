// Lint = correctness + architecture. The layer rules below are the point: they keep the
// import graph one-directional (docs: ../shared/ARCHITECTURE.md, docs/architecture.md).
//   app → features/* → components, state, i18n → core
// Each src/ file falls into exactly one layer block, because in flat config a later
// `no-restricted-imports` replaces an earlier one instead of merging with it.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const REACT_AND_UI_PACKAGES = [
  { name: 'react', message: 'no React here' },
  { name: 'react-dom', message: 'no React here' },
  { name: 'recharts', message: 'no charts here' },
];

/** Import patterns for whole layers, matched against the import string (relative or not). */
const layer = (...names) => names.flatMap((name) => [`**/${name}`, `**/${name}/**`]);

const CORE_MESSAGE = 'src/core is pure TypeScript: no React, no UI, no app layers';
const coreRestrictions = {
  paths: REACT_AND_UI_PACKAGES.map(({ name }) => ({ name, message: CORE_MESSAGE })),
  patterns: [
    {
      group: ['react/*', 'react-dom/*', 'recharts/*', '@tanstack/*'],
      message: CORE_MESSAGE,
    },
    {
      group: layer('features', 'components', 'app', 'state', 'worker', 'i18n'),
      message: CORE_MESSAGE,
    },
  ],
};

// The worker is a thin shell around core (ARCHITECTURE.md: it "depends on nothing from outside").
const WORKER_MESSAGE = 'src/worker wraps src/core: no React, no UI, no app layers';
const workerRestrictions = {
  paths: REACT_AND_UI_PACKAGES.map(({ name }) => ({ name, message: WORKER_MESSAGE })),
  patterns: [
    { group: ['react/*', 'react-dom/*', 'recharts/*', '@tanstack/*'], message: WORKER_MESSAGE },
    { group: layer('features', 'components', 'app'), message: WORKER_MESSAGE },
  ],
};

const sharedLayerRestrictions = (dir) => {
  const message = `src/${dir} is shared by features: it must not import recharts, features or app`;
  return {
    paths: [{ name: 'recharts', message }],
    patterns: [
      { group: ['recharts/*'], message },
      { group: layer('features', 'app'), message },
    ],
  };
};

// The URL codec is pure like core: it runs in tests and could run in a worker.
const STATE_MESSAGE = 'src/state is the pure URL <-> view-state layer: no React, no UI, no app layers';
const stateRestrictions = {
  paths: REACT_AND_UI_PACKAGES.map(({ name }) => ({ name, message: STATE_MESSAGE })),
  patterns: [
    { group: ['react/*', 'react-dom/*', 'recharts/*', '@tanstack/*'], message: STATE_MESSAGE },
    { group: layer('features', 'components', 'app', 'worker', 'i18n', 'lib'), message: STATE_MESSAGE },
  ],
};

const componentRestrictions = {
  patterns: [
    {
      group: layer('features', 'app'),
      message: 'src/components is shared UI: it must not import from features or app',
    },
  ],
};

// Features never import each other (bulletproof-react): only src/app composes them.
// Import strings are not resolved, so for a file N folders below src/features/<name>/ an import
// leaves its own feature exactly when it climbs N+1 levels (`../` × (N+1)) into another name,
// or climbs N+2 levels into `features/` or `app/`. One block per depth makes that exact.
const KNOWN_FEATURES = ['dashboard', 'upload', 'datasets', 'share'];
function featureNames() {
  try {
    const found = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    return [...new Set([...KNOWN_FEATURES, ...found])];
  } catch {
    return KNOWN_FEATURES;
  }
}
const MAX_FEATURE_DEPTH = 6;
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function featureBlocks() {
  const blocks = [];
  for (const feature of featureNames()) {
    const own = escapeRegex(feature);
    for (let depth = 0; depth <= MAX_FEATURE_DEPTH; depth++) {
      const up = (n) => `(?:\\.\\./){${n}}`;
      const message = `src/features/${feature} must not import other features or src/app; compose them in src/app`;
      blocks.push({
        name: `tradeshare/layers/features/${feature}/depth-${depth}`,
        files: [`src/features/${feature}/${'*/'.repeat(depth)}*.{ts,tsx}`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                // ../other-feature/… (climbs out of this feature into a sibling)
                { regex: `^(?:\\./)?${up(depth + 1)}(?!\\.\\./)(?!${own}(?:/|$))[^/]+`, message },
                // ../../features/other/… and ../../app/… (climbs to src/)
                { regex: `^(?:\\./)?${up(depth + 2)}features/(?!${own}(?:/|$))`, message },
                { regex: `^(?:\\./)?${up(depth + 2)}app(?:/|$)`, message },
                // src/… or /src/… style specifiers, in case an alias is added later
                { regex: `(?:^|/)src/features/(?!${own}(?:/|$))`, message },
                { regex: `(?:^|/)src/app(?:/|$)`, message },
              ],
            },
          ],
        },
      });
    }
  }
  return blocks;
}

// Data never becomes markup (QUALITY.md).
const NO_HTML_INJECTION = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Data never becomes markup: no dangerouslySetInnerHTML; render text nodes instead.',
  },
  {
    selector: "Property[key.name='dangerouslySetInnerHTML']",
    message: 'Data never becomes markup: no dangerouslySetInnerHTML; render text nodes instead.',
  },
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
    message: 'Data never becomes markup: no innerHTML/outerHTML assignment; use textContent.',
  },
  {
    selector: "AssignmentExpression[left.property.value=/^(innerHTML|outerHTML)$/]",
    message: 'Data never becomes markup: no innerHTML/outerHTML assignment; use textContent.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Data never becomes markup: no insertAdjacentHTML; build DOM nodes or use React.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'Data never becomes markup: no document.write.',
  },
];

export default defineConfig([
  globalIgnores([
    'dist/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'bench-data/',
    '.ci/',
    'coverage/',
  ]),

  {
    name: 'tradeshare/javascript',
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
  },
  {
    name: 'tradeshare/typescript',
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  {
    name: 'tradeshare/browser',
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: 'tradeshare/worker-globals',
    files: ['src/worker/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.worker } },
  },
  {
    name: 'tradeshare/node',
    files: [
      'scripts/**/*.{js,mjs,cjs,ts,mts}',
      'e2e/**/*.{ts,mts}',
      '*.config.{js,mjs,cjs,ts,mts}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },

  {
    // .ts too: data hooks live in .ts files (one file per query: fetcher, queryOptions, hook).
    name: 'tradeshare/react-hooks',
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/**', 'src/worker/**'],
    extends: [reactHooks.configs.flat.recommended],
  },

  {
    name: 'tradeshare/no-html-injection',
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...NO_HTML_INJECTION] },
  },

  // ---- architecture: one block per layer ----
  {
    name: 'tradeshare/layers/core',
    files: ['src/core/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', coreRestrictions] },
  },
  {
    name: 'tradeshare/layers/worker',
    files: ['src/worker/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', workerRestrictions] },
  },
  {
    name: 'tradeshare/layers/state',
    files: ['src/state/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', stateRestrictions] },
  },
  {
    name: 'tradeshare/layers/i18n',
    files: ['src/i18n/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', sharedLayerRestrictions('i18n')] },
  },
  {
    // Data access shared by features: dataset and series queries, the built-in catalogue.
    name: 'tradeshare/layers/lib',
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', sharedLayerRestrictions('lib')] },
  },
  {
    name: 'tradeshare/layers/components',
    files: ['src/components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', componentRestrictions] },
  },
  ...featureBlocks(),
]);
