// Lint = correctness + architecture. The layer rules keep the import graph one-directional,
// as the «Layers» table of docs/architecture.md says (app → features → components, lib →
// i18n, worker, state → core; the exact allow-lists are LAYERS in eslint-rules/layers.js):
//   - tradeshare/layers (eslint-rules/layers.js): per-layer ALLOW-lists of src/ folders,
//     each import specifier resolved against the importing file's path;
//   - tradeshare/no-cycle: no import cycle between files, nor between folders, of src/;
//   - no-restricted-imports: npm packages a layer must not use (React, Recharts, TanStack,
//     IndexedDB in the pure layers). Each src/ file falls into at most one such block, because
//     in flat config a later `no-restricted-imports` replaces an earlier one instead of merging.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import tradeshare from './eslint-rules/layers.js';

/** no-restricted-imports options banning React, Recharts, TanStack (+ `extra`) with `message`. */
const pureLayerPackages = (message, extra = []) => ({
  paths: ['react', 'react-dom', 'recharts', ...extra].map((name) => ({ name, message })),
  patterns: [{ group: ['react/*', 'react-dom/*', 'recharts/*', '@tanstack/*', ...extra.map((name) => `${name}/*`)], message }],
});

const noRecharts = (dir) => {
  const message = `src/${dir} is shared by features: charts belong in src/components`;
  return { paths: [{ name: 'recharts', message }], patterns: [{ group: ['recharts/*'], message }] };
};

// Data never becomes markup (docs/quality.md «Reliability and security»).
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
      'eslint-rules/**/*.js',
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

  // ---- architecture (docs/architecture.md «Layers») ----
  {
    name: 'tradeshare/layers',
    files: ['src/**/*.{ts,tsx,mts,cts}'],
    plugins: { tradeshare },
    rules: { 'tradeshare/layers': 'error', 'tradeshare/no-cycle': 'error' },
  },
  {
    // Pure TypeScript: runs in Node, Vitest and the worker. PapaParse and the country tables are fine.
    name: 'tradeshare/packages/core',
    files: ['src/core/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', pureLayerPackages('src/core is pure TypeScript: no React, no UI, no storage', ['idb'])] },
  },
  {
    name: 'tradeshare/packages/worker',
    files: ['src/worker/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', pureLayerPackages('src/worker wraps src/core: no React, no UI')] },
  },
  {
    // The URL codec is pure like core: it runs in tests and could run in a worker.
    name: 'tradeshare/packages/state',
    files: ['src/state/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', pureLayerPackages('src/state is the pure URL <-> view-state layer: no React, no UI')] },
  },
  {
    name: 'tradeshare/packages/i18n',
    files: ['src/i18n/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', noRecharts('i18n')] },
  },
  {
    // Data access shared by features: dataset and series queries, the built-in catalogue.
    name: 'tradeshare/packages/lib',
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', noRecharts('lib')] },
  },
]);
