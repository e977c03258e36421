// Quarters everywhere time is shown, and the seasons panel (issue 13): the link's `step` drives
// the flows chart and shares over time; data coarser than the step shows its own finest step
// and says so; the seasons panel draws the last five years month by month.

import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoSums, parseRuNumber, ready, unitUsd } from './page-figures';

/** The panel's table (the «Таблица» switch): header and body cells as text. */
async function panelTable(panel: Locator): Promise<string[][]> {
  await panel.getByRole('button', { name: 'Таблица' }).click();
  const table = panel.getByRole('table');
  await expect(table).toBeVisible();
  return table.getByRole('row').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim())));
}

async function marks(panel: Locator): Promise<number> {
  return panel.locator('svg :is(path, rect, circle, line, polyline, polygon, text)').count();
}

test('step=quarter: four quarters a year in the flows table, each the sum of its months in the CSV', async ({ page }) => {
  await page.goto('/?step=quarter');
  await ready(page);
  const flows = page.getByTestId('panel-flows-over-time');
  await expect(flows.getByRole('heading').first()).toContainText('Экспорт и импорт по кварталам');
  await expect(flows.getByRole('radio', { name: 'По кварталам' })).toHaveAttribute('aria-checked', 'true');
  const rows = await panelTable(flows);
  expect(rows[0][0]).toBe('Квартал');
  const labels = rows.slice(1).map((r) => r[0]);
  expect(labels).toHaveLength(40); // 2015 – 2024
  expect(labels.slice(-4)).toEqual(['1 кв. 2024', '2 кв. 2024', '3 кв. 2024', '4 кв. 2024']);
  const exportUnit = unitUsd(rows[0][1]);
  const importUnit = unitUsd(rows[0][2]);
  for (const [i, [from, to]] of [['2024-01', '2024-03'], ['2024-04', '2024-06'], ['2024-07', '2024-09'], ['2024-10', '2024-12']].entries()) {
    const sums = demoSums({ from, to });
    const row = rows.at(-4 + i)!;
    // Shown to one decimal of its unit.
    expect(Math.abs(parseRuNumber(row[1]) * exportUnit - sums.exportUsd)).toBeLessThanOrEqual(0.05 * exportUnit + 1);
    expect(Math.abs(parseRuNumber(row[2]) * importUnit - sums.importUsd)).toBeLessThanOrEqual(0.05 * importUnit + 1);
  }

  // Shares over time follow the step, within the marks budget.
  const shares = page.getByTestId('panel-shares-over-time');
  await expect(shares.getByRole('heading').first()).toContainText('Доли стран-партнёров по кварталам');
  expect(await marks(shares)).toBeLessThanOrEqual(2000);
  const shareRows = await panelTable(shares);
  expect(shareRows[0][0]).toBe('Квартал');
  expect(shareRows).toHaveLength(41);
  expect(shareRows.at(-1)![0]).toBe('4 кв. 2024');
});

test('step=month: shares over time by month stay within the marks budget', async ({ page }) => {
  await page.goto('/?step=month&from=2015-01&to=2024-12');
  await ready(page);
  const shares = page.getByTestId('panel-shares-over-time');
  await expect(shares.getByRole('heading').first()).toContainText('Доли стран-партнёров по месяцам');
  await expect(shares.locator('.recharts-bar-rectangle').first()).toBeAttached();
  expect(await shares.locator('.recharts-bar-rectangle').count()).toBe(120);
  expect(await marks(shares)).toBeLessThanOrEqual(2000);
});

test('the seasons panel: months × the last five years, the latest emphasised', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const seasons = page.getByTestId('panel-seasons');
  await expect(seasons.getByRole('heading').first()).toContainText('Сезонность: товарооборот по месяцам');
  await expect(seasons.locator('.recharts-legend-item-text')).toHaveText(['2020', '2021', '2022', '2023', '2024']);
  await expect(seasons.locator('.recharts-line')).toHaveCount(5);
  const rows = await panelTable(seasons);
  expect(rows[0]).toEqual(['Месяц', '2020', '2021', '2022', '2023', '2024']);
  expect(rows.slice(1).map((r) => r[0])).toEqual(['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.']);
  // March 2023, millions of USD as the subtitle says.
  const march = demoSums({ from: '2023-03', to: '2023-03' });
  expect(Math.abs(parseRuNumber(rows[3][4]) - (march.exportUsd + march.importUsd) / 1e6)).toBeLessThanOrEqual(0.051);

  // Alone in an iframe.
  await page.goto('/?embed=seasons');
  await expect(page.getByTestId('panel-seasons')).toBeVisible({ timeout: 20_000 });
});

async function uploadAnnual(page: Page) {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
  const text = [
    'period,reporter,flow,partner,commodity,value_usd',
    '2022,RU-KAM,export,CN,0303670000,5000000',
    '2022,RU-KAM,import,JP,8901909000,1000000',
    '2023,RU-KAM,export,CN,0303670000,7000000',
    '2023,RU-KAM,export,KR,0303670000,2000000',
  ].join('\n');
  await page.getByTestId('file-input').setInputFiles({ name: 'annual.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await expect(page.getByTestId('upload-job').first()).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(page).toHaveURL(/ds=u-/, { timeout: 20_000 });
  await ready(page);
}

test('annual rows only: no quarter or month to choose, and a link asking for months says so', async ({ page }) => {
  await uploadAnnual(page);
  const flows = page.getByTestId('panel-flows-over-time');
  await expect(flows.getByRole('radio', { name: 'По кварталам' })).toHaveCount(0);
  await expect(flows.getByRole('radio', { name: 'По месяцам' })).toHaveCount(0);

  const url = new URL(page.url());
  url.searchParams.set('step', 'month');
  await page.goto(url.toString());
  await ready(page);
  await expect(flows).toContainText('В данных нет помесячных цифр: показано по годам');
  await expect(flows.getByRole('heading').first()).toHaveText('Экспорт и импорт');
  const rows = await panelTable(flows);
  expect(rows.slice(1).map((r) => r[0])).toEqual(['2022', '2023']);
  await expect(page.getByTestId('panel-shares-over-time')).toContainText('В данных нет помесячных цифр: показано по годам');
  await expect(page.getByTestId('panel-seasons')).toContainText('В данных нет помесячных цифр');
  await expect(page.getByTestId('panel-seasons').locator('.recharts-line')).toHaveCount(0);
});
