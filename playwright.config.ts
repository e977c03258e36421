import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium-path.mjs';

// E2E runs against the *built* app (`vite build` first; `npm run test:e2e` does it)
// in the system Chromium: browser downloads do not work on these machines.
const executablePath = chromiumPath();
if (!executablePath) {
  throw new Error(
    'Chromium not found: install it with  sudo apt-get install -y chromium  (or set CHROMIUM_PATH)',
  );
}

// E2E_PORT: a second copy of the suite (another checkout, another build) runs beside the first.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    locale: 'ru-RU',
    viewport: { width: 1366, height: 768 },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
