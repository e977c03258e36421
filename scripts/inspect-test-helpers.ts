// What the `inspect` tests share (inspect.test.ts, inspect-real-files.test.ts,
// inspect-summary.test.ts): the command run in-process through runInspect, with its output
// collected and a neutral locale unless a test says otherwise, and a file summarised directly.

import { expect } from 'vitest';
import { importFile } from './cli/import-file.ts';
import { runInspect } from './inspect.ts';
import { summarise, type InspectSummary } from './inspect-summary.ts';

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Locale variables of the neutral environment every run starts from: English messages. */
const NEUTRAL_ENV = { LANG: 'C.UTF-8' };

/**
 * `inspect ...args` in-process: what `npm run --silent inspect -- ...args` prints and exits
 * with, read from runInspect's io. `env` adds to a neutral locale (LANG=C.UTF-8, no LC_*).
 */
export async function inspect(args: string[], env: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await runInspect(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: { ...NEUTRAL_ENV, ...env } });
  return { status, stdout, stderr };
}

/** `inspect ...args --json`, checked to succeed with exactly one JSON object on stdout and only warnings on stderr. */
export async function inspectJson(args: string[], env?: Record<string, string>): Promise<{ run: Run; json: InspectSummary }> {
  const run = await inspect([...args, '--json'], env);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.status, run.stderr).toBe(0);
  // Exactly one JSON object on stdout; stderr holds only warnings.
  const json = JSON.parse(run.stdout) as InspectSummary;
  for (const line of run.stderr.split('\n').filter((l) => l !== '')) expect(line).toMatch(/^warning: /);
  return { run, json };
}

/** summarise() over a file imported directly (no command). */
export async function summariseFile(path: string, lang: 'ru' | 'en' = 'en'): Promise<InspectSummary> {
  const { table, report } = await importFile(path);
  return summarise(table, report, lang);
}
