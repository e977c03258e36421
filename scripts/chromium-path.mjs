// Where the system Chromium lives and the flags it needs on these machines.
// Browser downloads do not work here, so Playwright and the screenshot script
// launch Debian's `chromium` package (or whatever CHROMIUM_PATH points at).
import { existsSync } from 'node:fs';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium headless-friendly and offline on shared CI machines. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** CHROMIUM_PATH when set and present, else /usr/bin/chromium when present, else null. */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM;
  return null;
}
