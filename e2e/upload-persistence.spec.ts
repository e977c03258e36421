import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium-path.mjs';
import { parseShare } from './page-figures';

const HEADER = 'period,reporter,flow,partner,commodity,value_usd,net_kg';

test('an uploaded dataset is still there after the browser is closed and started again', async ({ baseURL }) => {
  const profile = mkdtempSync(path.join(tmpdir(), 'tradeshare-profile-'));
  const launch = () => chromium.launchPersistentContext(profile, { executablePath: chromiumPath()!, args: CHROMIUM_ARGS, locale: 'ru-RU', baseURL });
  try {
    let context = await launch();
    let page = await context.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'Загрузить CSV' }).click();
    const text = [HEADER, '2024-01,RU-KAM,export,CN,0303,300,', '2024-01,RU-KAM,import,JP,8901,100,'].join('\n');
    await page.getByTestId('file-input').setInputFiles({ name: 'restart.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await expect(page).toHaveURL(/ds=u-/, { timeout: 20_000 });
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
    const url = page.url();
    await context.close();

    context = await launch();
    page = await context.newPage();
    await page.goto(url);
    await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
    expect(parseShare(await page.getByTestId('partner-share-list').locator('[data-partner="CN"] .tabular-nums').first().innerText())).toBeCloseTo(0.75, 3);
    await page.getByRole('button', { name: 'Наборы данных' }).click();
    await expect(page.getByTestId('dataset-row').filter({ hasText: 'restart' })).toContainText('2 строки');
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('files dropped anywhere on the page are imported', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
  const text = [HEADER, '2024-02,RU-KAM,export,KR,0303,10,'].join('\n');
  await page.evaluate((csv) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
    document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, text);
  await expect(page.getByTestId('upload-job').filter({ hasText: 'dropped.csv' })).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(page.getByTestId('partner-share-list')).toContainText('Республика Корея');
});

test('a 12 MB UTF-8 file with Cyrillic in every row and CRLF loses or changes no row at chunk boundaries', async ({ page }) => {
  const partners = ['Китай', 'Республика Корея', 'Япония', 'Гонконг', 'Норвегия'];
  const rows = 200_000;
  const lines = [HEADER];
  let china = 0;
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const value = 1000 + (i % 997);
    const partner = partners[i % partners.length];
    if (partner === 'Китай') china += value;
    total += value;
    lines.push(`2024-${String((i % 12) + 1).padStart(2, '0')},Камчатский край,export,${partner},0303670000,${value},`);
  }
  const buffer = Buffer.from(lines.join('\r\n') + '\r\n');
  expect(buffer.length).toBeGreaterThan(12 * 1024 * 1024);
  await page.goto('/');
  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
  await page.getByTestId('file-input').setInputFiles({ name: 'cyrillic-crlf.csv', mimeType: 'text/csv', buffer });
  const job = page.getByTestId('upload-job').first();
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(job.getByTestId('count-accepted')).toHaveText('200\u00a0000');
  await expect(job.getByTestId('count-rejected')).toHaveText('0');
  await expect(page.getByTestId('dataset-name')).toContainText('cyrillic-crlf');
  await expect.poll(async () => parseShare(await page.getByTestId('partner-share-list').locator('[data-partner="CN"] .tabular-nums').first().innerText())).toBeCloseTo(china / total, 3);
});
