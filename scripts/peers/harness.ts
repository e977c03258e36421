// The peers bench's page (scripts/bench-peers.ts builds it with Vite into /tmp and serves it).
// Each engine runs in a page of its own (a fresh browser context: its own renderer process, so
// its peak memory is its own) and loads only its own side's code, on first use.

import type { PageParams, RunResult } from './answers.ts';

type Engine = RunResult['engine'];
const sides = { tradeshare: () => import('./tradeshare-side.ts'), duckdb: () => import('./duckdb-side.ts') };

declare global {
  interface Window {
    __peers: {
      /** Loads the engine's side (its code only), before the memory peak is reset. */
      prepare(engine: Engine): Promise<void>;
      run(engine: Engine, params: PageParams): Promise<RunResult>;
    };
  }
}

function pickedFile(): File {
  const file = (document.getElementById('file') as HTMLInputElement).files?.[0];
  if (!file) throw new Error('no file set on #file');
  return file;
}

window.__peers = {
  async prepare(engine) {
    await sides[engine]();
  },
  async run(engine, params) {
    const file = pickedFile();
    if (engine === 'tradeshare') return (await sides.tradeshare()).runTradeShare(file, params);
    return (await sides.duckdb()).runDuckDb(file, params);
  },
};
