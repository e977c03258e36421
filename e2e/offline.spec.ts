import { expect, test } from '@playwright/test';
import { demoSums, parseShare, ready, shareOf } from './page-figures';

// Offline after the first visit (README «Offline»): the service worker precaches the shell,
// every chunk and the built-in demo CSV, so a reload without a network still draws the
// dashboard, and an upload (the upload panel's chunk, the parsing worker) still works.

test('after the first visit the dashboard and an upload work offline', async ({ page, context }) => {
  const refused: string[] = [];
  page.on('console', (msg) => {
    if (/content security policy|refused to/i.test(msg.text())) refused.push(msg.text());
  });

  await page.goto('/');
  await ready(page);
  // Registered from a module under the CSP (no inline script); `ready` = active, the whole precache installed.
  // Not yet controlling this page (no clientsClaim with registerType 'prompt'): the reload is.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toMatch(/\/$/);
  expect(await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'))).toBe('/manifest.webmanifest');

  await context.setOffline(true);
  await page.reload();
  await ready(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.getByTestId('demo-notice')).toBeVisible();
  const china = page.getByTestId('partner-share-list').locator('[data-partner="CN"]');
  await expect(china).toContainText('Китай');
  const shown = parseShare(await china.locator('.tabular-nums').first().innerText());
  expect(shown).toBeCloseTo(shareOf(demoSums({ from: '2024-01', to: '2024-12' }), 'CN'), 3);

  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
  const header = 'period,reporter,flow,partner,commodity,value_usd,net_kg';
  const rows = ['2024-01,RU-KAM,export,CN,0303670000,300,', '2024-02,RU-KAM,export,KR,0303670000,100,'];
  await page.getByTestId('file-input').setInputFiles({ name: 'offline.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\n')) });
  const job = page.getByTestId('upload-job').first();
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(job.getByTestId('count-accepted')).toHaveText('2');
  await expect(page).toHaveURL(/ds=u-/);
  await expect(page.getByTestId('demo-notice')).toHaveCount(0);
  await expect.poll(async () => parseShare(await page.getByTestId('partner-share-list').locator('[data-partner="CN"] .tabular-nums').first().innerText())).toBeCloseTo(0.75, 3);

  expect(refused).toEqual([]);
  await context.setOffline(false);
});
