// Screenshot of the default dashboard for the README: `npm run screenshot` (after `vite build`).
//   tsx scripts/screenshot.ts            -> docs/screenshot.png     (Russian, the default)
//   tsx scripts/screenshot.ts --lang en  -> docs/screenshot-en.png  (/?lang=en)
import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';

const PORT = 4174;
const READY_TIMEOUT_MS = 30_000;
const ANIMATION_SETTLE_MS = 500;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function langArg(argv: string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') return argv[i + 1] ?? null;
    if (argv[i].startsWith('--lang=')) return argv[i].slice('--lang='.length);
  }
  return null;
}

async function main(): Promise<void> {
  const lang = langArg(process.argv.slice(2));
  if (lang !== null && lang !== 'en' && lang !== 'ru') {
    throw new Error(`unsupported --lang ${lang}: use en (or ru, the default)`);
  }
  const english = lang === 'en';
  const outFile = join(root, 'docs', english ? 'screenshot-en.png' : 'screenshot.png');

  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error(
      'Chromium not found: install it with  sudo apt-get install -y chromium  (or set CHROMIUM_PATH)',
    );
  }

  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await preview({
      root,
      logLevel: 'warn',
      preview: { port: PORT, strictPort: true, open: false },
    });
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const page = await browser.newPage({
      viewport: { width: 1366, height: 900 },
      locale: 'ru-RU', // the app's language comes from ?lang=, as in a shared link
    });
    const url = `http://localhost:${PORT}/${english ? '?lang=en' : ''}`;
    await page.goto(url);
    await page.getByTestId('dashboard-ready').waitFor({ state: 'visible', timeout: READY_TIMEOUT_MS });
    await page.waitForTimeout(ANIMATION_SETTLE_MS); // let chart animations finish
    mkdirSync(dirname(outFile), { recursive: true });
    await page.screenshot({ path: outFile, fullPage: true });
    console.log(`screenshot of ${url} written to ${relative(root, outFile)}`);
  } finally {
    await browser?.close();
    await server?.close();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshot failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
