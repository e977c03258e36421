// Edge datasets (issue 15): a file of one row, a file whose rows are all rejected, and a
// link to a page that fails. Every view must draw something, and a broken view must not
// survive a reload.
import { expect, test, type Page } from '@playwright/test';

const HEADER = 'period,reporter,flow,partner,commodity,value_usd,net_kg';

async function openUpload(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
}

async function upload(page: Page, name: string, lines: string[]) {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...lines].join('\n') + '\n') });
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('a one-row file shows the dashboard and its briefing with the row’s figures, also after a reload', async ({ page }) => {
  const errors = collectErrors(page);
  await openUpload(page);
  await upload(page, 'one-row.csv', ['2024-03,RU-KAM,export,CN,0303670000,2500000,1000']);
  const job = page.getByTestId('upload-job').first();
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(job.getByTestId('count-accepted')).toHaveText('1');
  await expect(job.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
  await expect(page).toHaveURL(/ds=u-/);
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
  await expect(page.getByTestId('error-boundary')).toHaveCount(0);
  await expect(page.getByTestId('kpi-export-value')).toHaveText('2,5');
  // The period selects list the one month the data has.
  await expect(page.getByTestId('period-from').locator('option')).toHaveCount(1);
  await expect(page.getByTestId('period-from')).toHaveValue('2024-03');

  await page.getByRole('button', { name: 'Справка для печати' }).click();
  await expect(page).toHaveURL(/page=brief/);
  const text = page.getByTestId('briefing-text');
  await expect(text).toContainText('2,5');
  await expect(page.getByTestId('briefing')).toBeVisible();
  await expect(page.getByTestId('error-boundary')).toHaveCount(0);
  await expect(page.getByTestId('page-fallback')).toHaveCount(0);

  await page.reload();
  await expect(page).toHaveURL(/page=brief/);
  await expect(page.getByTestId('briefing-text')).toContainText('2,5', { timeout: 20_000 });
  await expect(page.getByTestId('page-fallback')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a file whose rows are all rejected creates no dataset, and says why for each row', async ({ page }) => {
  await openUpload(page);
  const before = new URL(page.url()).search;
  await upload(page, 'all-bad.csv', ['1900-01,RU-KAM,export,CN,03,100,', '2100-05,RU-KAM,export,CN,03,100,']);
  const job = page.getByTestId('upload-job').first();
  await expect(job).toHaveAttribute('data-status', 'no-rows', { timeout: 20_000 });
  await expect(job.getByTestId('no-rows')).toBeVisible();
  await expect(job).toContainText('1900-01');
  await expect(job).toContainText('2100-05');
  await expect(page).not.toHaveURL(/ds=u-/);
  expect(new URL(page.url()).search).toBe(before);
  await page.getByRole('button', { name: 'Наборы данных' }).click();
  await expect(page.getByTestId('dataset-row').filter({ hasText: 'all-bad' })).toHaveCount(0);
});

test('a link to a briefing that fails falls back to the dashboard with a message, and a reload stays there', async ({ page }) => {
  // The briefing's chunk cannot be loaded: the page throws.
  await page.route(/briefing-page[^/]*\.js$/, (route) => route.abort());
  await page.goto('/?from=2020-01&to=2020-05&page=brief&v=1');
  await expect(page.getByTestId('page-fallback')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('page-fallback')).toContainText('Справку не удалось показать');
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
  await expect(page).not.toHaveURL(/page=brief/);
  await expect(page).toHaveURL(/from=2020-01/);
  await page.reload();
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
  await expect(page).not.toHaveURL(/page=brief/);
  await expect(page.getByTestId('page-fallback')).toHaveCount(0);
});
