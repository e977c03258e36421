// Containers and headers (issue 15): a ZIP of CSV files imports its CSVs (and says what it
// skipped), a title line above the header is skipped and reported.

import { expect, test, type Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { parseShare } from './page-figures';

async function openUpload(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
}

async function shownShare(page: Page, partner: string) {
  return parseShare(await page.getByTestId('partner-share-list').locator(`[data-partner="${partner}"] .tabular-nums`).first().innerText());
}

/** The turnover key figure in dollars («4,0» + «млн долл. США»). */
async function shownTurnover(page: Page): Promise<number> {
  const value = Number((await page.getByTestId('kpi-turnover-value').innerText()).replace(/\s/g, '').replace(',', '.').replace('−', '-'));
  const unit = await page.getByTestId('kpi-turnover-unit').innerText();
  return value * (/млрд/.test(unit) ? 1e9 : /млн/.test(unit) ? 1e6 : /тыс/.test(unit) ? 1e3 : 1);
}

const ROWS: [string, string, string, number][] = [
  ['2024-01', 'export', 'CN', 2_500_000],
  ['2024-02', 'export', 'CN', 500_000],
  ['2024-02', 'export', 'KR', 600_000],
  ['2024-03', 'import', 'JP', 400_000],
];
const CSV = ['period,reporter,flow,partner,commodity,value_usd,net_kg', ...ROWS.map(([p, f, partner, v]) => `${p},RU-KAM,${f},${partner},0303,${v},`)].join('\n') + '\n';
const SUM = ROWS.reduce((s, r) => s + r[3], 0);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

test('a ZIP holding a CSV and a picture: the CSV is imported, the picture named as skipped', async ({ page }) => {
  await openUpload(page);
  const zip = Buffer.from(zipSync({ 'export/trade-2024.csv': strToU8(CSV), 'chart.png': PNG }));
  await page.getByTestId('file-input').setInputFiles({ name: 'trade-2024.zip', mimeType: 'application/zip', buffer: zip });
  const job = page.getByTestId('upload-job').first();
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(job).toContainText('trade-2024.csv');
  await expect(job.getByTestId('count-accepted')).toHaveText(String(ROWS.length));
  await expect(job.getByTestId('import-warnings')).toContainText('В архиве trade-2024.zip пропущено (не CSV): chart.png.');
  await expect(page).toHaveURL(/ds=u-/);
  // Saved before the page is left: the dashboard opens first and the save follows (issue 17).
  await expect(job.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
  // The key figure: the whole file's turnover (4.0 million), as the CSV sums it.
  await page.goto(page.url().replace(/([?&])from=[^&]*/, '$1').replace(/([?&])to=[^&]*/, '$1'));
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
  const cn = ROWS.filter((r) => r[2] === 'CN').reduce((s, r) => s + r[3], 0);
  await expect.poll(() => shownShare(page, 'CN')).toBeCloseTo(cn / SUM, 3);
  await expect.poll(() => shownTurnover(page)).toBeCloseTo(SUM, -5);
});

test('an XLSX is refused as a spreadsheet to save as CSV', async ({ page }) => {
  await openUpload(page);
  const xlsx = Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }));
  await page.getByTestId('file-input').setInputFiles({ name: 'book.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
  const job = page.getByTestId('upload-job').first();
  await expect(job).toHaveAttribute('data-status', 'failed', { timeout: 20_000 });
  await expect(job).toContainText('Это таблица Excel (XLSX), а не CSV');
  await expect(job).toContainText('сохраните как CSV');
});

test('a title line above a customs header: skipped, reported, the rows imported', async ({ page }) => {
  await openUpload(page);
  const lines = [
    'Выгрузка ФТС за 2024 год',
    'napr\tperiod\tnastranapr\ttnved\tedizm\tStoim\tNetto\tKol\tRegion\tRegion_s',
    'ЭК\t01/2024\tCN\t0303670000\t\t3000000\t10\t\t30000 - КАМЧАТСКИЙ КРАЙ\t05-ДАЛЬНЕВОСТОЧНЫЙ ФО',
    'ЭК\t02/2024\tKR\t0303660000\t\t1000000\t10\t\t30000 - КАМЧАТСКИЙ КРАЙ\t05-ДАЛЬНЕВОСТОЧНЫЙ ФО',
  ];
  await page.getByTestId('file-input').setInputFiles({ name: 'DATTSVT-titled.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n') + '\r\n') });
  const job = page.getByTestId('upload-job').first();
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(job).toContainText('портал ФТС');
  await expect(job.getByTestId('count-read')).toHaveText('2');
  await expect(job.getByTestId('count-accepted')).toHaveText('2');
  await expect(job.getByTestId('import-warnings')).toContainText('Заголовок найден не в первой строке: строка 1 над ним пропущена (не данные).');
  await expect.poll(() => shownShare(page, 'CN')).toBeCloseTo(0.75, 3);
});
