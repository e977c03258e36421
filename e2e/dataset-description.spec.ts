// Issue 11, «A dataset that describes itself»: «О данных» describes the files of the data on
// screen (never the demo), a merged dataset's link names every file and the recipient sees
// which are loaded, and a file without one accepted row saves nothing.
import { expect, test, type Page } from '@playwright/test';

const HEADER = 'period,reporter,flow,partner,commodity,value_usd,net_kg';
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\n'));
const FIRST = { name: 'первый январь.csv', mimeType: 'text/csv', buffer: csv('2024-01,RU-KAM,export,CN,0303,300,', '2024-01,RU-KAM,import,JP,8901,100,') };
const SECOND = { name: 'second, feb.csv', mimeType: 'text/csv', buffer: csv('2024-02,RU-KAM,export,KR,0303,200,') };

async function openUpload(page: Page, url = '/') {
  await page.goto(url);
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
}

test('«О данных» after an upload names the file, its layout, rows, months and reporter, and says nothing of the demo', async ({ page }) => {
  await openUpload(page);
  await page.getByTestId('file-input').setInputFiles(FIRST);
  await expect(page).toHaveURL(/ds=u-/, { timeout: 20_000 });
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
  const about = page.getByTestId('about-data');
  await expect(about).toContainText(FIRST.name);
  await expect(about).toContainText('канонический CSV TradeShare');
  await expect(about).toContainText('UTF-8');
  await expect(about).toContainText('Камчатский край');
  await expect(about).toContainText('янв. 2024');
  await expect(about).not.toContainText(/демонстрац|пресс-релиз|2020|scripts\//i);
  await expect(page.getByTestId('published-figures')).toHaveCount(0);
  // English: no Russian sentence left.
  await page.goto(page.url().replace('?', '?lang=en&'));
  await expect(page.getByTestId('about-data')).toContainText('canonical');
  const english = (await page.getByTestId('about-data').innerText()).replaceAll(FIRST.name, '');
  expect(english).not.toMatch(/[а-яё]/i);
});

test('the demo keeps its description and the published figures', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
  await expect(page.getByTestId('about-data')).toContainText('демонстрационные данные');
  await expect(page.getByTestId('about-data')).not.toContainText('scripts/');
  await expect(page.getByTestId('published-figures')).toBeVisible();
});

test('a merged dataset’s link names both files; a recipient with only the first is told the second is missing', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await openUpload(page);
  await page.getByTestId('file-input').setInputFiles([FIRST, SECOND]);
  await expect(page.getByTestId('upload-job').filter({ hasText: SECOND.name })).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect.poll(() => new URL(page.url()).searchParams.getAll('file'), { timeout: 20_000 }).toEqual([FIRST.name, SECOND.name]);
  expect(page.url()).not.toMatch(/file=(&|$)/);
  const link = page.url();

  const context = await browser.newContext({ locale: 'ru-RU' });
  try {
    const recipient = await context.newPage();
    await recipient.goto(link);
    const missing = recipient.getByTestId('dataset-missing');
    await expect(missing).toBeVisible({ timeout: 20_000 });
    await expect(missing.getByTestId('link-file')).toHaveCount(2);
    await expect(missing.getByTestId('link-file').filter({ hasText: SECOND.name })).toHaveAttribute('data-loaded', 'false');

    await missing.getByRole('button', { name: 'Загрузить CSV' }).click();
    await recipient.getByTestId('file-input').setInputFiles(FIRST);
    await expect(recipient.getByTestId('upload-job').filter({ hasText: FIRST.name })).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
    // Only the first file: the view does not open; the second is named as missing.
    await expect(missing.getByTestId('link-file').filter({ hasText: FIRST.name })).toHaveAttribute('data-loaded', 'true', { timeout: 20_000 });
    await expect(missing.getByTestId('link-file').filter({ hasText: SECOND.name })).toHaveAttribute('data-loaded', 'false');
    await expect(missing).toContainText('не загружен');
    await expect(recipient.getByTestId('dashboard-ready')).toHaveCount(0);
    expect(new URL(recipient.url()).searchParams.getAll('file')).toEqual([FIRST.name, SECOND.name]);

    // The second file joins the same dataset, and the view opens.
    await recipient.getByTestId('file-input').setInputFiles(SECOND);
    await expect(recipient.getByTestId('upload-job').filter({ hasText: SECOND.name })).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
    await expect(recipient.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
    await expect(recipient.getByTestId('dataset-missing')).toHaveCount(0);
    expect(new URL(recipient.url()).searchParams.get('ds')).toBe(new URL(link).searchParams.get('ds'));
    await expect(recipient.getByTestId('about-data-file')).toHaveCount(2);
  } finally {
    await context.close();
  }
});

test('a file with no accepted row is reported and leaves the dataset list as it was', async ({ page }) => {
  await openUpload(page);
  await page.getByTestId('file-input').setInputFiles(FIRST);
  await expect(page).toHaveURL(/ds=u-/, { timeout: 20_000 });
  const before = page.url();
  await page.getByRole('button', { name: 'Наборы данных' }).click();
  const rows = page.getByTestId('dataset-row');
  await expect(rows.filter({ hasText: FIRST.name })).toHaveCount(1);
  const listBefore = await rows.allInnerTexts();

  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
  await page.getByTestId('file-input').setInputFiles({ name: 'all-rejected.csv', mimeType: 'text/csv', buffer: csv('2024-03,RU-KAM,sideways,CN,0303,5,', '2024-03,RU-KAM,export,CN,0303,-5,') });
  const job = page.getByTestId('upload-job').filter({ hasText: 'all-rejected.csv' });
  await expect(job).toHaveAttribute('data-status', 'no-rows', { timeout: 20_000 });
  await expect(job.getByTestId('no-rows')).toContainText('Ни одна строка не принята');
  expect(page.url()).toBe(before);

  await page.getByRole('button', { name: 'Наборы данных' }).click();
  await expect(rows.filter({ hasText: FIRST.name })).toHaveCount(1);
  expect(await rows.allInnerTexts()).toEqual(listBefore);
  await expect(rows.filter({ hasText: 'all-rejected' })).toHaveCount(0);
});
