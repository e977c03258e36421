// The layer and cycle rules of eslint.config.js (eslint-rules/layers.js) do what the «Layers»
// table of docs/architecture.md says. Lint runs through ESLint's Node API on text given a
// path under src/ (no file is written); the cycle finder also runs on in-memory graphs.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { analyseSources, cycleThrough, findCycles, folderGraph, importsOf } from '../eslint-rules/import-graph.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const eslint = new ESLint({ cwd: ROOT });

/** Messages of the architecture rules for `code` linted as if it were `filePath`. */
async function architecture(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal).toEqual([]);
  return result.messages
    .filter((m) => m.ruleId === 'tradeshare/layers' || m.ruleId === 'tradeshare/no-cycle' || m.ruleId === 'no-restricted-imports')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('tradeshare/layers: allow-lists per layer', () => {
  it.each([
    ['core importing a feature', 'src/core/model/x.ts', "import '../../features/dashboard/dashboard-page';", /src\/core may import only core .*not src\/features\/dashboard/],
    ['core importing a type from app', 'src/core/model/x.ts', "import type { App } from '../../app/app';\nexport type A = App;", /not src\/app/],
    ['core importing state lazily', 'src/core/aggregate/x.ts', "export const load = () => import('../../state/url-codec');", /not src\/state/],
    ['state importing lib', 'src/state/x.ts', "export { datasetQuery } from '../lib/dataset-query';", /src\/state may import only state, core .*not src\/lib/],
    ['worker importing state', 'src/worker/x.ts', "import '../state/view-state';", /src\/worker may import only worker, core/],
    ['i18n importing lib', 'src/i18n/x.ts', "import '../lib/series-query';", /not src\/lib/],
    ['lib importing i18n', 'src/lib/x.ts', "import '../i18n/format';", /src\/lib may import only lib, core, worker, state .*not src\/i18n/],
    ['components importing a feature', 'src/components/ui/x.ts', "import '../../features/dashboard/dashboard-view';", /not src\/features\/dashboard/],
    ['components importing lib', 'src/components/charts/x.ts', "import '../../lib/series-query';", /not src\/lib/],
    ['a feature importing another', 'src/features/share/x.ts', "import '../upload/upload-panel';", /features\/share must not import another feature \(features\/upload\)/],
    ['a feature importing another from deeper', 'src/features/share/a/b/x.ts', "import '../../../../features/upload/upload-session';", /another feature \(features\/upload\)/],
    ['a feature importing app', 'src/features/datasets/x.ts', "import '../../app/app';", /not src\/app/],
    ['reading CSV importing writing', 'src/core/formats/x.ts', "import '../export/csv-cell';", /src\/core\/formats reads CSV and must not import src\/core\/export/],
    ['an import into no layer', 'src/core/model/x.ts', "import '../../x';", /src\/x is in no layer/],
  ])('%s fails', async (_what, filePath, code, expected) => {
    // A wrong-way import usually closes a folder cycle too (tradeshare/no-cycle says so as well).
    const messages = (await architecture(filePath, code)).filter((m) => m.startsWith('tradeshare/layers: '));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(expected);
  });

  it.each([
    ['a feature importing core, components, lib, state, i18n, worker and itself', 'src/features/dashboard/x.ts', [
      "import '../../core/model/period';",
      "import '../../components/ui/panel';",
      "import '../../lib/series-query';",
      "import '../../state/view-state';",
      "import '../../i18n/format';",
      "import '../../worker/worker-protocol';",
      "import './dashboard-view-model';",
    ]],
    ['lib importing core, worker and state', 'src/lib/x.ts', ["import '../core/table/trade-table';", "import '../worker/worker-protocol';", "import '../state/view-state';", "import '../../data/x.csv?url';"]],
    ['i18n importing state and core', 'src/i18n/x.ts', ["import '../state/view-state';", "import type { RejectCode } from '../core/formats/row-outcome';\nexport type R = RejectCode;"]],
    ['components importing core, i18n and state', 'src/components/ui/x.ts', ["import '../../core/model/period';", "import '../../i18n/format';", "import '../../state/view-state';", "import '../charts/axis-options';"]],
    ['app importing a feature', 'src/app/x.ts', ["import '../features/upload/upload-panel';"]],
    ['core importing core and papaparse', 'src/core/parse/x.ts', ["import '../model/period';", "import Papa from 'papaparse';\nexport const P = Papa;"]],
  ])('%s passes', async (_what, filePath, lines) => {
    expect(await architecture(filePath, lines.join('\n'))).toEqual([]);
  });

  it('bans React, Recharts, TanStack and idb in core', async () => {
    const messages = await architecture('src/core/model/x.ts', ["import 'react';", "import 'recharts';", "import '@tanstack/react-query';", "import 'idb';"].join('\n'));
    expect(messages).toHaveLength(4);
    for (const m of messages) expect(m).toMatch(/^no-restricted-imports: .*src\/core is pure TypeScript/);
  });
});

describe('tradeshare/no-cycle', () => {
  it('reports a two-file cycle closed by the linted text', async () => {
    // On disk import-stream.ts wraps the importer; the importer importing it back closes a cycle.
    const onDisk = importsOf(readFileSync(join(ROOT, 'src/core/import/import-stream.ts'), 'utf8')).map((i) => i.specifier);
    expect(onDisk).toContain('./trade-importer');
    const messages = await architecture('src/core/import/trade-importer.ts', "import { importStream } from './import-stream';\nexport const again = importStream;");
    expect(messages).toEqual(['tradeshare/no-cycle: Import cycle: core/import/trade-importer.ts → core/import/import-stream.ts → core/import/trade-importer.ts']);
  });

  it('reports a folder cycle', async () => {
    // core/table imports core/model on disk (the table's records); a model file importing the table closes a folder cycle.
    const messages = await architecture('src/core/model/x.ts', "import type { TradeTable } from '../table/trade-table';\nexport type T = TradeTable;");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^tradeshare\/no-cycle: Folder import cycle: core\/model → core\/table → core\/model \(core\/table\/\S+ imports core\/model\/\S+\)$/);
  });

  it('finds cycles in an in-memory graph', () => {
    const graph = new Map<string, string[]>([
      ['a/one.ts', ['a/two.ts']],
      ['a/two.ts', ['a/one.ts', 'b/three.ts']],
      ['b/three.ts', ['b/four.ts']],
      ['b/four.ts', []],
      ['c/self.ts', ['c/self.ts']],
    ]);
    const cycles = findCycles(graph);
    expect([...cycles.keys()].sort()).toEqual(['a/one.ts', 'a/two.ts', 'c/self.ts']);
    expect(cycles.get('a/one.ts')).toBe(cycles.get('a/two.ts'));
    expect(cycles.get('c/self.ts')).not.toBe(cycles.get('a/one.ts'));
    expect(cycleThrough(graph, 'a/one.ts', 'a/two.ts')).toEqual(['a/one.ts', 'a/two.ts', 'a/one.ts']);
    expect(cycleThrough(graph, 'a/two.ts', 'b/three.ts')).toBeNull();
  });

  it('finds folder cycles, leaving tests out', () => {
    const files = new Map<string, string[]>([
      ['core/formats/reader.ts', ['core/import/report.ts']],
      ['core/import/importer.ts', ['core/formats/reader.ts']],
      ['core/import/report.ts', []],
      // A test may reach its folder through a module above it.
      ['core/export/csv.test.ts', ['core/import/importer.ts']],
      ['core/import/importer.test.ts', ['core/export/csv.ts']],
      ['core/export/csv.ts', []],
    ]);
    expect(findCycles(files).size).toBe(0);
    const folders = folderGraph(files);
    expect([...findCycles(folders).keys()].sort()).toEqual(['core/formats', 'core/import']);
    expect(cycleThrough(folders, 'core/import', 'core/formats')).toEqual(['core/import', 'core/formats', 'core/import']);
  });

  it('src/ has no cycle of files or folders today', () => {
    const { graph, fileCycles, folderCycles } = analyseSources(join(ROOT, 'src'), ROOT);
    expect(graph.size).toBeGreaterThan(50);
    expect([...fileCycles.keys()]).toEqual([]);
    expect([...folderCycles.keys()]).toEqual([]);
  });
});
