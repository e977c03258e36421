import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { figures, parseRuNumber, ready } from './page-figures';


async function freshPage(browser: Browser) {
  const context = await browser.newContext({ locale: 'ru-RU' });
  return { context, page: await context.newPage() };
}

const HEADER = 'period,reporter,flow,partner,commodity,value_usd,net_kg';
const UPLOADED = [HEADER, '2024-01,RU-KAM,export,CN,0303670000,4000000,', '2024-02,RU-KAM,export,KR,0303670000,3000000,', '2024-02,RU-KAM,import,JP,8901909000,2000000,', '2024-03,RU-KAM,import,CN,2710194200,1000000,'].join('\n');

async function uploadInto(page: Page, name: string, text: string) {
  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await expect(page.getByTestId('upload-job').first()).toHaveAttribute('data-status', /done|same-file/, { timeout: 20_000 });
}

test('«Скопировать ссылку» puts the address on the clipboard; opened in a fresh browser it shows the same figures', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?from=2020-01&to=2020-05&flow=export&v=1');
  const original = await figures(page);
  await page.getByRole('button', { name: 'Скопировать ссылку' }).click();
  await expect(page.getByTestId('share-link')).toContainText('Ссылка скопирована');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  await expect(page.getByTestId('share-link-field')).toHaveValue(copied);
  const { context: other, page: there } = await freshPage(browser);
  await there.goto(copied);
  expect(await figures(there)).toEqual(original);
  await other.close();
});

test('a link to an uploaded dataset names its file in a fresh browser; loading the file opens the view as sent; another file is refused', async ({ page, browser }) => {
  await page.goto('/');
  await uploadInto(page, 'Выгрузка январь–март.csv', UPLOADED);
  await ready(page);
  await page.getByRole('radio', { name: 'Экспорт' }).click();
  await expect(page).toHaveURL(/flow=export/);
  await expect(page).toHaveURL(/file=/);
  const original = await figures(page);
  const link = page.url();

  const { context, page: there } = await freshPage(browser);
  await there.goto(link);
  await expect(there.getByTestId('dataset-missing')).toContainText('«Выгрузка январь–март.csv»');
  await there.getByTestId('dataset-missing').getByRole('button', { name: 'Загрузить CSV' }).click();
  await expect(there.getByTestId('expected-file')).toContainText('Выгрузка январь–март.csv');

  // Same name, other content: said, and not opened.
  await there.getByTestId('file-input').setInputFiles({ name: 'Выгрузка январь–март.csv', mimeType: 'text/csv', buffer: Buffer.from(UPLOADED.replace('4000000', '4000001')) });
  await expect(there.getByTestId('wrong-file')).toContainText('не тот файл');
  await expect(there.getByTestId('dataset-missing')).toBeVisible();

  await there.getByTestId('file-input').setInputFiles({ name: 'Выгрузка январь–март.csv', mimeType: 'text/csv', buffer: Buffer.from(UPLOADED) });
  expect(await figures(there)).toEqual(original);
  await expect(there).toHaveURL(/flow=export/);
  await context.close();
});

test('a snapshot link shows the same figures in a fresh browser with no file, marked as a snapshot', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await uploadInto(page, 'snapshot-source.csv', UPLOADED);
  const original = await figures(page);
  await page.getByRole('button', { name: 'Ссылка-снимок' }).click();
  await expect(page.getByTestId('share-snapshot')).toContainText('Ссылка-снимок скопирована');
  const link = await page.getByTestId('share-link-field').inputValue();
  expect(link).toContain('#snap=');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const { context: other, page: there } = await freshPage(browser);
  await there.goto(link);
  await expect(there.getByTestId('snapshot-banner')).toContainText('Снимок');
  expect(await figures(there)).toEqual(original);
  await expect(there.getByTestId('filter-chips')).toHaveCount(0);

  // A damaged snapshot says so instead of showing wrong numbers.
  await there.goto(link.slice(0, -12) + 'AAAAAAAAAAAA');
  await expect(there.getByTestId('snapshot-broken')).toBeVisible();
  await other.close();
});

test('a chart downloads as a valid, non-blank PNG and as an SVG with its title, filters and source', async ({ page }) => {
  await page.goto('/?from=2020-01&to=2020-05&v=1');
  await ready(page);
  const panel = page.getByTestId('panel-partner-shares');
  await panel.getByText('Скачать').click();
  const pngPromise = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Изображение, PNG' }).click();
  const png = readFileSync(await (await pngPromise).path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThan(600);
  expect(height).toBeGreaterThan(300);
  const inked = await page.evaluate(async (dataUrl) => {
    const img = new Image();
    img.src = dataUrl;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 230 || data[i + 1] < 230 || data[i + 2] < 230) coloured++;
    return coloured / (img.width * img.height);
  }, `data:image/png;base64,${png.toString('base64')}`);
  expect(inked).toBeGreaterThan(0.02);

  await panel.getByText('Скачать').click();
  const svgPromise = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Изображение, SVG' }).click();
  const svg = readFileSync(await (await svgPromise).path(), 'utf8');
  expect(svg).toContain('Доли стран-партнёров: товарооборот');
  expect(svg).toContain('янв.–май 2020');
  expect(svg).toContain('демонстрационные данные');
  expect(svg).toContain('Китай');
});

test('the filtered data downloads as canonical CSV that imports back to the same totals', async ({ page, browser }) => {
  await page.goto('/?from=2020-01&to=2020-05&partners=CN,JP,KR&v=1');
  const original = await figures(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Отфильтрованные данные (канонический CSV)' }).click();
  const csv = readFileSync(await (await downloadPromise).path());
  expect(csv.subarray(0, 60).toString()).toContain('period,reporter,flow,partner,commodity,value_usd,net_kg');

  const { context, page: there } = await freshPage(browser);
  await there.goto('/');
  await there.getByRole('button', { name: 'Загрузить CSV' }).click();
  await there.getByTestId('file-input').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: csv });
  await expect(there.getByTestId('upload-job').first()).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(there.getByTestId('upload-job').first().getByTestId('count-rejected')).toHaveText('0');
  const back = await figures(there);
  expect(back.turnover).toBe(original.turnover);
  expect(back.exports).toBe(original.exports);
  expect(back.imports).toBe(original.imports);
  // The view showed every partner's share of all partners (the chosen three highlighted);
  // the downloaded rows are those of the three alone.
  const partners = await there.getByTestId('partner-share-list').locator('[data-partner]').evaluateAll((items) => items.map((item) => item.getAttribute('data-partner')).sort());
  expect(partners).toEqual(['CN', 'JP', 'KR']);
  await context.close();
});

test('the displayed data of a chart downloads as CSV with a BOM and neutralised cells', async ({ page }) => {
  await page.goto('/?from=2020-01&to=2020-05&v=1');
  await ready(page);
  const panel = page.getByTestId('panel-partner-shares');
  await panel.getByText('Скачать').click();
  const csvPromise = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Данные, CSV (UTF-8)' }).click();
  const text = readFileSync(await (await csvPromise).path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const china = text.split('\r\n').find((l) => l.startsWith('Китай,'))!;
  const shown = parseRuNumber((await page.getByTestId('partner-share-list').locator('[data-partner="CN"] .tabular-nums').first().innerText()).replace('%', ''));
  expect(Number(china.split(',')[2]) * 100).toBeCloseTo(shown, 1);
});

test('embed mode shows one chart without the app around it', async ({ page }) => {
  await page.goto('/?embed=partners&v=1');
  await ready(page);
  await expect(page.getByTestId('embed')).toBeVisible();
  await expect(page.getByTestId('panel-partner-shares')).toBeVisible();
  await expect(page.getByTestId('panel-flows-over-time')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Загрузить CSV' })).toHaveCount(0);
});

test('the printable briefing states figures from the data in Russian', async ({ page }) => {
  await page.goto('/?from=2020-01&to=2020-05&v=1');
  await ready(page);
  await page.getByRole('button', { name: 'Справка для печати' }).click();
  await expect(page).toHaveURL(/page=brief/);
  const text = page.getByTestId('briefing-text');
  await expect(text).toContainText('В январе–мае 2020');
  await expect(text).toContainText('товарооборот составил 480,0');
  await expect(text).toContainText('Китай — 44,7');
  await expect(page.getByTestId('briefing')).toContainText('демонстрационные данные');
  await page.getByRole('button', { name: 'Закрыть' }).click();
  await expect(page).not.toHaveURL(/page=brief/);
});
