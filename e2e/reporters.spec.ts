// A customs file with three regions: the dashboard shows one reporter at a time (the largest by
// turnover first), each with its own sums, or all of them together — never summed silently.

import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseRuNumber } from './page-figures';

type Row = [napr: 'ЭК' | 'ИМ', period: string, partner: string, code: string, value: number, region: string];

const REGIONS = {
  'RU-KAM': { text: '30000 - КАМЧАТСКИЙ КРАЙ', name: 'Камчатский край' },
  'RU-PRI': { text: '05000 - ПРИМОРСКИЙ КРАЙ', name: 'Приморский край' },
  'RU-KHA': { text: '08000 - ХАБАРОВСКИЙ КРАЙ', name: 'Хабаровский край' },
} as const;
type Code = keyof typeof REGIONS;

const ROWS: Row[] = [
  ['ЭК', '01/2024', 'CN', '0303660000', 9_100_000, 'RU-KAM'],
  ['ИМ', '02/2024', 'KR', '8901909000', 3_300_000, 'RU-KAM'],
  ['ЭК', '01/2024', 'CN', '0303660000', 21_000_000, 'RU-PRI'],
  ['ЭК', '02/2024', 'JP', '0306141000', 14_600_000, 'RU-PRI'],
  ['ИМ', '03/2024', 'CN', '8703231900', 10_000_000, 'RU-PRI'],
  ['ЭК', '03/2024', 'CN', '4403110000', 5_500_000, 'RU-KHA'],
  ['ИМ', '03/2024', 'KR', '2710194200', 2_300_000, 'RU-KHA'],
];

function customsFile(): Buffer {
  const lines = ['napr\tperiod\tnastranapr\ttnved\tedizm\tStoim\tNetto\tKol\tRegion\tRegion_s'];
  for (const [napr, period, partner, code, value, region] of ROWS) lines.push([napr, period, partner, code, '', String(value), '100', '', REGIONS[region as Code].text, '05-ДАЛЬНЕВОСТОЧНЫЙ ФО'].join('\t'));
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

const sumOf = (regions: Code[]) => ROWS.filter((r) => regions.includes(r.at(5) as Code)).reduce((s, r) => s + r[4], 0);

/** The turnover key figure in dollars (value × the unit's scale). */
async function shownTurnover(page: Page): Promise<number> {
  const value = parseRuNumber(await page.getByTestId('kpi-turnover-value').innerText());
  const unit = await page.getByTestId('kpi-turnover-unit').innerText();
  const scale = /млрд/.test(unit) ? 1e9 : /млн/.test(unit) ? 1e6 : /тыс/.test(unit) ? 1e3 : 1;
  return value * scale;
}

async function expectTurnover(page: Page, usd: number) {
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
  await expect.poll(() => shownTurnover(page)).toBeGreaterThan(usd - 60_000);
  expect(await shownTurnover(page)).toBeLessThan(usd + 60_000);
}

test('a file with three regions opens on the largest, shows each alone, and all together on request', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
  // The built-in dataset has one reporter: no picker, no heading.
  await expect(page.getByTestId('reporter-picker')).toHaveCount(0);
  await expect(page.getByTestId('reporter-heading')).toHaveCount(0);

  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
  await page.getByTestId('file-input').setInputFiles({ name: 'DATTSVT-regions.csv', mimeType: 'text/csv', buffer: customsFile() });
  const job = page.getByTestId('upload-job').first();
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  // The import report lists the reporters of the file.
  for (const [code, { name }] of Object.entries(REGIONS)) await expect(job.getByTestId('import-reporters').locator(`[data-reporter="${code}"]`)).toContainText(name);
  await expect(page).toHaveURL(/ds=u-/);

  // Largest turnover first: Primorsky (45.6 M) over Kamchatka (12.4 M) and Khabarovsk (7.8 M).
  const largest = (Object.keys(REGIONS) as Code[]).sort((a, b) => sumOf([b]) - sumOf([a]))[0];
  expect(largest).toBe('RU-PRI');
  await expect(page.getByTestId('reporter-heading')).toHaveText(REGIONS[largest].name);
  await expectTurnover(page, sumOf([largest]));
  await expect(page).toHaveURL(/reporter=RU-PRI/);

  const picker = page.getByTestId('reporter-picker');
  for (const code of Object.keys(REGIONS) as Code[]) await expect(picker.locator(`option[data-reporter="${code}"]`)).toContainText(REGIONS[code].name);

  for (const code of ['RU-KAM', 'RU-KHA', 'RU-PRI'] as Code[]) {
    await picker.selectOption(code);
    await expect(page).toHaveURL(new RegExp(`reporter=${code}(&|$)`));
    await expect(page.getByTestId('reporter-heading')).toHaveText(REGIONS[code].name);
    await expectTurnover(page, sumOf([code]));
  }

  await picker.selectOption('all');
  await expect(page).toHaveURL(/reporter=all/);
  await expect(page.getByTestId('reporter-heading')).toHaveText('Все субъекты вместе: Камчатский край, Приморский край, Хабаровский край');
  await expectTurnover(page, sumOf(['RU-KAM', 'RU-PRI', 'RU-KHA']));

  // A link naming two reporters shows their sum.
  await page.goto(page.url().replace('reporter=all', 'reporter=RU-KHA,RU-KAM'));
  await expect(page.getByTestId('reporter-heading')).toHaveText('Камчатский край, Хабаровский край');
  await expectTurnover(page, sumOf(['RU-KAM', 'RU-KHA']));
});

async function uploadRegions(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
  await page.getByTestId('file-input').setInputFiles({ name: 'DATTSVT-regions.csv', mimeType: 'text/csv', buffer: customsFile() });
  await expect(page.getByTestId('upload-job').first()).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  // Saved before any reload: the dashboard opens first and the save follows (issue 17).
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
  await expect(page).toHaveURL(/reporter=RU-PRI/);
}

test('a snapshot link, the briefing and the filtered CSV say whose trade they show', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await uploadRegions(page);
  await page.getByTestId('reporter-picker').selectOption('RU-KAM');
  await expectTurnover(page, sumOf(['RU-KAM']));

  // The filtered data: Kamchatka's rows only.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Отфильтрованные данные (канонический CSV)' }).click();
  const lines = readFileSync(await (await download).path(), 'utf8').trim().split('\n');
  const column = lines[0].split(',').indexOf('reporter');
  expect(column).toBeGreaterThanOrEqual(0);
  expect(new Set(lines.slice(1).map((l) => l.split(',')[column]))).toEqual(new Set(['RU-KAM']));
  expect(lines.length - 1).toBe(ROWS.filter((r) => r[5] === 'RU-KAM').length);

  // The briefing names the region in its header and in the paragraph's lead.
  await page.getByRole('button', { name: 'Справка для печати' }).click();
  await expect(page.getByTestId('briefing-reporters')).toHaveText('Субъект: Камчатский край');
  await expect(page.getByTestId('briefing-text')).toContainText('товарооборот (Камчатский край) составил');
  await page.getByRole('button', { name: 'Закрыть' }).click();

  // A snapshot link shows the same heading.
  await page.getByRole('button', { name: 'Ссылка-снимок' }).click();
  const link = await page.getByTestId('share-link-field').inputValue();
  expect(link).toContain('#snap=');
  await page.goto(link);
  await expect(page.getByTestId('snapshot-banner')).toBeVisible();
  await expect(page.getByTestId('reporter-heading')).toHaveText('Камчатский край');
  await expectTurnover(page, sumOf(['RU-KAM']));
});

test('with all reporters together the CSV holds every reporter and the briefing and snapshot say so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await uploadRegions(page);
  await page.getByTestId('reporter-picker').selectOption('all');
  await expectTurnover(page, sumOf(['RU-KAM', 'RU-PRI', 'RU-KHA']));
  const together = 'Все субъекты вместе: Камчатский край, Приморский край, Хабаровский край';

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Отфильтрованные данные (канонический CSV)' }).click();
  const lines = readFileSync(await (await download).path(), 'utf8').trim().split('\n');
  expect(lines.length - 1).toBe(ROWS.length);

  await page.getByRole('button', { name: 'Справка для печати' }).click();
  await expect(page.getByTestId('briefing-reporters')).toHaveText(together);
  await expect(page.getByTestId('briefing-text')).toContainText(`товарооборот (${together.replace('Все', 'все')}) составил`);
  await page.getByRole('button', { name: 'Закрыть' }).click();

  await page.getByRole('button', { name: 'Ссылка-снимок' }).click();
  const link = await page.getByTestId('share-link-field').inputValue();
  await page.goto(link);
  await expect(page.getByTestId('snapshot-banner')).toBeVisible();
  await expect(page.getByTestId('reporter-heading')).toHaveText(together);
});

test('compare=reporter shows the three regions side by side: each one’s turnover and China share equal to independent sums', async ({ page }) => {
  await uploadRegions(page);
  await page.getByTestId('compare-reporters').check();
  await expect(page).toHaveURL(/compare=reporter/);
  await expect(page).toHaveURL(/reporter=all/);
  const cards = page.getByTestId('reporter-comparison').getByTestId('reporter-card');
  await expect(cards).toHaveCount(3);
  for (const code of Object.keys(REGIONS) as Code[]) {
    const card = page.getByTestId('reporter-comparison').locator(`[data-reporter="${code}"]`);
    await expect(card).toContainText(REGIONS[code].name);
    expect(Number(await card.getByTestId('reporter-turnover').getAttribute('data-usd'))).toBe(sumOf([code]));
    const china = ROWS.filter((r) => r[5] === code && r[2] === 'CN').reduce((s, r) => s + r[4], 0);
    expect(Number(await card.getByTestId('reporter-china-share').getAttribute('data-share'))).toBeCloseTo(china / sumOf([code]), 9);
  }
  // The link reproduces the comparison.
  await page.reload();
  await expect(page.getByTestId('reporter-comparison').getByTestId('reporter-card')).toHaveCount(3);
});
