// The largest file follows the device's memory (issue 16, core/import/import-size-limit.ts): on
// a device whose browser reports 0.25 GB (`navigator.deviceMemory`, the smallest value Chromium
// reports), the limit is 0.25 GiB × ½ ÷ (40 B × 1.3) × 46 B = 118 731 067 B ≈ 113.2 MB. A file just
// over it is refused with the clear message before any import starts; a small file still imports.
//
// The device's memory is set with page.addInitScript, before the app's code runs; the app reads it
// through the real upload path (upload-panel.tsx → reportedDeviceMemory → importSizeLimit →
// checkImportSize), nothing is injected into it. The 120 MB file is sparse (a hole on disk, written
// in no time) and handed to the browser by its path: Playwright passes a local path straight to
// Chromium, so nothing reads it — and the app must not either, which is what the test checks.

import { expect, test, type Page } from '@playwright/test';
import { closeSync, openSync, ftruncateSync } from 'node:fs';
import { ready } from './page-figures';

const DEVICE_GB = 0.25;
const LIMIT_BYTES = Math.floor(((DEVICE_GB * 1024 ** 3) / 2 / (40 * 1.3)) * 46);
const OVER_BYTES = 120 * 1024 ** 2;

test.beforeEach(async ({ page }) => {
  await page.addInitScript((gb) => {
    Object.defineProperty(Navigator.prototype, 'deviceMemory', { configurable: true, get: () => gb });
    // Every request to the parsing worker (an import, a preview, an unzip) is counted.
    const post = Worker.prototype.postMessage;
    (window as unknown as { workerRequests: number }).workerRequests = 0;
    Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
      (window as unknown as { workerRequests: number }).workerRequests++;
      return post.apply(this, args);
    } as Worker['postMessage'];
  }, DEVICE_GB);
});

const workerRequests = (page: Page) => page.evaluate(() => (window as unknown as { workerRequests: number }).workerRequests);

async function openUpload(page: Page) {
  await page.goto('/');
  await ready(page);
  expect(await page.evaluate(() => (navigator as { deviceMemory?: number }).deviceMemory)).toBe(DEVICE_GB);
  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
}

test('a file over the memory limit of a 0.25 GB device is refused before its import, saying why', async ({ page }, testInfo) => {
  expect(LIMIT_BYTES).toBe(118_731_067);
  const file = testInfo.outputPath('over-the-limit.csv');
  const fd = openSync(file, 'w');
  ftruncateSync(fd, OVER_BYTES);
  closeSync(fd);

  await openUpload(page);
  const before = await workerRequests(page);
  await page.getByTestId('file-input').setInputFiles(file);

  const job = page.getByTestId('upload-job').first();
  await expect(job).toHaveAttribute('data-status', 'failed');
  const error = job.getByTestId('upload-error');
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(error).toContainText(/Файл слишком велик для памяти этого устройства: 120(,0)? МБ, а здесь можно загрузить не больше 113,2 МБ/);
  await expect(error).toContainText('Браузер сообщает о 0,25 ГБ памяти');
  await expect(error).toContainText('Разделите файл на части');
  await expect(page.getByTestId('upload-progress')).toHaveCount(0);
  await expect(page.getByTestId('column-mapping')).toHaveCount(0);
  await expect(page.getByTestId('import-report')).toHaveCount(0);
  expect(page.url()).not.toContain('ds=u-');
  // Nothing was asked of the parsing worker: the import never started.
  expect(await workerRequests(page)).toBe(before);

  // No dataset was made.
  await page.getByRole('button', { name: 'Наборы данных' }).click();
  await expect(page.getByTestId('dataset-row').first()).toBeVisible();
  await expect(page.getByTestId('dataset-row').filter({ hasText: 'over-the-limit' })).toHaveCount(0);
});

test('on the same device a file under the limit imports', async ({ page }) => {
  await openUpload(page);
  const before = await workerRequests(page);
  const text = ['period,reporter,flow,partner,commodity,value_usd,net_kg', '2024-01,RU-KAM,export,CN,0303670000,100,', '2024-02,RU-KAM,import,JP,8901,25,'].join('\n');
  await page.getByTestId('file-input').setInputFiles({ name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await expect(page.getByTestId('upload-job').first()).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(page.getByTestId('upload-job').first().getByTestId('count-accepted')).toHaveText('2');
  // An import does go through the worker: the count above would have seen one.
  expect(await workerRequests(page)).toBeGreaterThan(before);
});

test('in English the refusal says the same', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('too-big.csv');
  const fd = openSync(file, 'w');
  ftruncateSync(fd, LIMIT_BYTES + 1);
  closeSync(fd);
  await page.goto('/?lang=en');
  await ready(page);
  await page.getByRole('button', { name: 'Upload CSV' }).click();
  await page.getByTestId('file-input').setInputFiles(file);
  const job = page.getByTestId('upload-job').first();
  await expect(job).toHaveAttribute('data-status', 'failed');
  await expect(job.getByTestId('upload-error')).toContainText("The file is too large for this device's memory: 113.2 MB, and at most 113.2 MB can be loaded here. The browser reports 0.25 GB of memory");
});
