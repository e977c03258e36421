import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { encodeWindows1251 } from '../src/core/parse/windows-1251';
import { syntheticLines } from '../scripts/demo/synthetic-lines';
import { parseShare } from './page-figures';

const REAL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/fixtures/real');

/** A customs-portal export as Excel re-saves it: Windows-1251, `;`, CRLF, decimal commas, a lost leading zero. */
const CUSTOMS_ROWS: [string, string, string, string, number][] = [
  ['ЭК', '01/2024', 'CN', '303670000', 1_500_000.5],
  ['ЭК', '02/2024', 'CN', '0303660000', 700_000],
  ['ЭК', '02/2024', 'KR', '0306141000', 900_000],
  ['ИМ', '03/2024', 'JP', '8901909000', 400_000],
  ['ИМ', '03/2024', 'KR', '2710194200', 250_000.25],
];
function customsFile(): Buffer {
  const lines = ['napr;period;nastranapr;tnved;edizm;Stoim;Netto;Kol;Region;Region_s'];
  for (const [napr, period, partner, code, value] of CUSTOMS_ROWS)
    lines.push([napr, period, partner, code, '', value.toLocaleString('ru-RU').replace(/\s/g, ' '), '10,5', '', '30000 - КАМЧАТСКИЙ КРАЙ', '05-ДАЛЬНЕВОСТОЧНЫЙ ФО'].join(';'));
  return Buffer.from(encodeWindows1251(lines.join('\r\n') + '\r\n'));
}
const chinaShare = () => {
  const total = CUSTOMS_ROWS.reduce((s, r) => s + r[4], 0);
  return CUSTOMS_ROWS.filter((r) => r[2] === 'CN').reduce((s, r) => s + r[4], 0) / total;
};

async function openUpload(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
}

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

async function shownShare(page: Page, partner: string) {
  return parseShare(await page.getByTestId('partner-share-list').locator(`[data-partner="${partner}"] .tabular-nums`).first().innerText());
}

test('a customs export in Windows-1251 with `;` becomes charts, survives a reload, and can be deleted', async ({ page }) => {
  await openUpload(page);
  await upload(page, 'DATTSVT.csv', customsFile());
  const job = page.getByTestId('upload-job').first();
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(job).toContainText('портал ФТС');
  await expect(job).toContainText('Windows-1251');
  await expect(job.getByTestId('count-accepted')).toHaveText('5');
  await expect(page).toHaveURL(/ds=u-/);
  await expect(page.getByTestId('demo-notice')).toHaveCount(0);
  await expect.poll(() => shownShare(page, 'CN')).toBeCloseTo(chinaShare(), 3);
  // The dashboard opens first; the save to the browser's storage follows (issue 17).
  await expect(job.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
  await expect(job.getByTestId('save-status')).toContainText('Сохранено в браузере');

  await page.reload();
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
  expect(await shownShare(page, 'CN')).toBeCloseTo(chinaShare(), 3);

  await page.getByRole('button', { name: 'Наборы данных' }).click();
  const row = page.getByTestId('dataset-row').filter({ hasText: 'DATTSVT' });
  await expect(row).toContainText('5 строк');
  page.once('dialog', (d) => void d.accept());
  await row.getByRole('button', { name: 'Удалить' }).click();
  await expect(page.getByTestId('dataset-row').filter({ hasText: 'DATTSVT' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('dataset-missing')).toBeVisible();
});

test('the same file twice is recognised; two overlapping monthly files count shared records once', async ({ page }) => {
  await openUpload(page);
  const header = 'period,reporter,flow,partner,commodity,value_usd,net_kg';
  const jan = '2024-01,RU-KAM,export,CN,0303670000,100,';
  const feb = '2024-02,RU-KAM,export,KR,0303670000,50,';
  const mar = '2024-03,RU-KAM,import,JP,8901,25,';
  await page.getByTestId('file-input').setInputFiles([
    { name: 'jan-feb.csv', mimeType: 'text/csv', buffer: Buffer.from([header, jan, feb].join('\n')) },
    { name: 'feb-mar.csv', mimeType: 'text/csv', buffer: Buffer.from([header, feb, mar].join('\n')) },
  ]);
  await expect(page.getByTestId('upload-job').filter({ hasText: 'feb-mar.csv' })).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(page.getByTestId('upload-job').filter({ hasText: 'feb-mar.csv' }).getByTestId('count-duplicates')).toHaveText('1');
  // 175 USD: small sums are shown in thousands (i18n/format.ts moneyScale).
  await expect(page.getByTestId('kpi-turnover-value')).toHaveText('0,2');
  await expect(page.getByTestId('kpi-turnover-unit')).toContainText('тыс. долл. США');
  await expect.poll(() => shownShare(page, 'CN')).toBeCloseTo(100 / 175, 3);

  await upload(page, 'jan-feb-again.csv', Buffer.from([header, jan, feb].join('\n')));
  await expect(page.getByTestId('same-file')).toContainText('уже загружен');
});

test('a file with bad rows: the report names their lines and the rows download as CSV', async ({ page }) => {
  await openUpload(page);
  const text = ['period,reporter,flow,partner,commodity,value_usd,net_kg', '2024-01,RU-KAM,export,CN,03,10,', '2024-13,RU-KAM,export,CN,03,10,', '2024-02,RU-KAM,export,Атлантида,03,10,', '2024-02,RU-KAM,export,KR,03,,'].join('\n');
  await upload(page, 'bad-rows.csv', Buffer.from(text));
  const job = page.getByTestId('upload-job').first();
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  const rejected = job.getByTestId('rejected-rows');
  await expect(rejected).toContainText('строка 3: непонятный или невозможный период «2024-13»');
  await expect(rejected).toContainText('строка 4: неизвестная страна «Атлантида»');
  await expect(rejected).toContainText('строка 5: нет стоимости');
  await expect(job.getByTestId('count-read')).toHaveText('4');
  await expect(job.getByTestId('count-rejected')).toHaveText('3');
  const downloadPromise = page.waitForEvent('download');
  await job.getByRole('button', { name: 'Скачать отклонённые строки (CSV)' }).click();
  const download = await downloadPromise;
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('3,непонятный или невозможный период «2024-13»,2024-13,RU-KAM,export,CN,03,10,');
});

test('an unknown layout asks for a column mapping, then shows charts; the mapping is remembered', async ({ page }) => {
  await openUpload(page);
  const text = ['Месяц;Страна;Направление;Код;Сумма, долл.', '2024-01;Китай;экспорт;0303;300', '2024-02;Япония;импорт;8901;100'].join('\n');
  await upload(page, 'own-table.csv', Buffer.from(text));
  const form = page.getByTestId('column-mapping');
  await expect(form).toBeVisible({ timeout: 20_000 });
  await expect(form).toContainText('Китай');
  await expect(form.getByLabel('Стоимость, долл. США *')).toHaveValue('Сумма, долл.');
  await form.getByRole('button', { name: 'Загрузить с этим сопоставлением' }).click();
  await expect(page.getByTestId('upload-job').first()).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect.poll(() => shownShare(page, 'CN')).toBeCloseTo(0.75, 3);

  // Same header again: no questions asked.
  await upload(page, 'own-table-2.csv', Buffer.from(text.replace('300', '301')));
  await expect(page.getByTestId('upload-job').first()).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(page.getByTestId('column-mapping')).toHaveCount(0);
});

test('a file of thousands of columns gets a short preview and can still be mapped', async ({ page }) => {
  await openUpload(page);
  // The five columns a mapping needs, then 3,000 more (a spreadsheet dump).
  const extra = Array.from({ length: 3000 }, (_, i) => `x${i}`);
  const header = ['Месяц', 'Страна', 'Направление', 'Код', 'Сумма', ...extra].join(';');
  const row = ['2024-01', 'Китай', 'экспорт', '0303', '300', ...extra.map(() => '1')].join(';');
  const row2 = ['2024-01', 'Япония', 'экспорт', '0303', '100', ...extra.map(() => '1')].join(';');
  await upload(page, 'wide.csv', Buffer.from([header, row, row2].join('\n')));
  const form = page.getByTestId('column-mapping');
  await expect(form).toBeVisible({ timeout: 20_000 });
  await expect(form.locator('thead th')).toHaveCount(40);
  await expect(form).toContainText('первые 40 из 3005 столбцов');
  await form.getByLabel('Стоимость, долл. США *').selectOption('Сумма');
  await form.getByRole('button', { name: 'Загрузить с этим сопоставлением' }).click();
  await expect(page.getByTestId('upload-job').first()).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect.poll(() => shownShare(page, 'CN')).toBeCloseTo(0.75, 3);
});

test('cancelling the import of a large generated file leaves no dataset behind', async ({ page }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tradeshare-'));
  const file = path.join(dir, 'large.csv');
  writeFileSync(file, [...syntheticLines({ rows: 1_500_000 })].join('\n'));
  await openUpload(page);
  await page.getByTestId('file-input').setInputFiles(file);
  const job = page.getByTestId('upload-job').first();
  await expect(job.getByTestId('upload-progress')).toBeVisible({ timeout: 20_000 });
  await job.getByRole('button', { name: 'Отменить' }).click();
  await expect(job).toHaveAttribute('data-status', 'cancelled', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Наборы данных' }).click();
  await expect(page.getByTestId('dataset-manager')).toContainText('Загруженных наборов пока нет.');
  await expect(page).not.toHaveURL(/ds=/);
});

/**
 * The largest partner share of turnover in the file's latest year, computed
 * here from the raw columns: World (code 0) rows are dropped where country rows
 * exist for the same reporter, period, flow and commodity; turnover is exports + imports.
 */
function largestShareInLatestYear(rows: Record<string, string>[]): number {
  const col = (r: Record<string, string>, ...names: string[]) => names.map((n) => r[n]).find((v) => v !== undefined && v !== '') ?? '';
  const year = (r: Record<string, string>) => col(r, 'refYear', 'Year');
  const latest = rows.map(year).sort().at(-1);
  const inYear = rows.filter((r) => year(r) === latest);
  const group = (r: Record<string, string>) => [col(r, 'reporterCode', 'Reporter Code'), col(r, 'period', 'Period', 'Year'), col(r, 'flowCode', 'Trade Flow Code'), col(r, 'cmdCode', 'Commodity Code')].join('|');
  const withCountries = new Set(inYear.filter((r) => col(r, 'partnerCode', 'Partner Code').trim() !== '0').map(group));
  const byPartner = new Map<string, number>();
  for (const r of inYear) {
    const partner = col(r, 'partnerCode', 'Partner Code').trim();
    if (partner === '0' && withCountries.has(group(r))) continue;
    if (!['1', '2', 'M', 'X'].includes(col(r, 'flowCode', 'Trade Flow Code'))) continue;
    // Comtrade+ partner2 totals stand apart from their split; this file's latest year has none.
    if ((r.partner2Code ?? '0').trim() !== '0') continue;
    byPartner.set(partner, (byPartner.get(partner) ?? 0) + Number(col(r, 'primaryValue', 'Trade Value (US$)')));
  }
  const total = [...byPartner.values()].reduce((a, b) => a + b, 0);
  return Math.max(...byPartner.values()) / total;
}

test.describe('genuine exports from ../shared/fixtures/real', () => {
  test.skip(!existsSync(REAL), `skipped: ${REAL} is absent`);
  for (const name of existsSync(REAL) ? readdirSync(REAL).filter((f) => f.endsWith('.csv')) : []) {
    test(`${name} imports and its top partner's share matches an independent sum`, async ({ page }) => {
      const rows = Papa.parse<Record<string, string>>(readFileSync(path.join(REAL, name), 'utf8'), { header: true, skipEmptyLines: true }).data;
      await openUpload(page);
      await page.getByTestId('file-input').setInputFiles(path.join(REAL, name));
      const job = page.getByTestId('upload-job').first();
      await expect(job).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
      await expect(job.getByTestId('count-read')).toHaveText(String(rows.length).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0'));
      await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
      const first = page.getByTestId('partner-share-list').locator('li').first().locator('.tabular-nums').first();
      await expect.poll(async () => parseShare(await first.innerText())).toBeCloseTo(largestShareInLatestYear(rows), 3);
    });
  }
});
