import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { parseShare, ready } from './page-figures';

// Every partner, and one partner (issue 14): the ranked partner table and a partner's profile,
// against independent sums of the built-in CSV (plain string splitting, none of the app's code).
const file = fileURLToPath(new URL('../data/kamchatka-demo.csv', import.meta.url));

interface CsvRow {
  period: string;
  flow: string;
  partner: string;
  usd: number;
}

function csvRows(): CsvRow[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0].split(',');
  const [period, flow, partner, value] = ['period', 'flow', 'partner', 'value_usd'].map((c) => header.indexOf(c));
  return lines
    .slice(1)
    .filter((l) => l.length > 0)
    .map((l) => l.split(','))
    .filter((f) => f[flow] === 'export' || f[flow] === 'import')
    .map((f) => ({ period: f[period], flow: f[flow], partner: f[partner], usd: Number(f[value]) }));
}

const ROWS = csvRows();

function byPartner(from: string, to: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of ROWS) if (r.period >= from && r.period <= to) out.set(r.partner, (out.get(r.partner) ?? 0) + r.usd);
  return out;
}

async function open(page: Page, query = '') {
  await page.goto(`/${query}`);
  await ready(page);
}

const table = (page: Page) => page.getByTestId('panel-partner-table').getByTestId('partner-table');

test('the partner table lists every partner of the demo, sorts by change and searches by name', async ({ page }) => {
  const everyPartner = new Set(ROWS.map((r) => r.partner));
  expect(everyPartner.size).toBe(46);
  // The default period is 2024 (the latest year to date), compared with 2023.
  const now = byPartner('2024-01', '2024-12');
  const then = byPartner('2023-01', '2023-12');
  expect(now.size).toBe(everyPartner.size);

  await open(page);
  const rows = table(page).locator('tbody tr');
  await expect(rows).toHaveCount(46);
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-partner')));
  expect(new Set(shown)).toEqual(everyPartner);
  // Ranked by value: the first row is the largest partner of 2024.
  const largest = [...now].sort((a, b) => b[1] - a[1])[0][0];
  await expect(rows.first()).toHaveAttribute('data-partner', largest);

  // Sort by change: the header says so, and the first row is the largest change.
  const changeHeader = table(page).locator('th[data-sort="change"]');
  await expect(changeHeader).toHaveAttribute('aria-sort', 'none');
  await changeHeader.getByRole('button').click();
  await expect(changeHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(table(page).locator('th[data-sort="rank"]')).toHaveAttribute('aria-sort', 'none');
  const changes = [...now.keys()].map((p): [string, number] => [p, (now.get(p) ?? 0) - (then.get(p) ?? 0)]).sort((a, b) => b[1] - a[1]);
  await expect(rows.first()).toHaveAttribute('data-partner', changes[0][0]);
  expect(Number(await rows.first().getAttribute('data-change'))).toBeCloseTo(changes[0][1], 0);
  await expect(rows.last()).toHaveAttribute('data-partner', changes.at(-1)![0]);
  // Again: smallest first.
  await changeHeader.getByRole('button').click();
  await expect(changeHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toHaveAttribute('data-partner', changes.at(-1)![0]);

  // Search «кор»: Korea alone (any case; ё = е).
  const search = page.getByTestId('partner-table-search');
  await search.fill('кор');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-partner', 'KR');
  await expect(rows.first()).toContainText('Корея');
  await search.fill('КОР');
  await expect(rows).toHaveCount(1);
  await search.fill('');
  await expect(rows).toHaveCount(46);
});

test('profile=CN: China’s share of turnover by year equals the CSV’s sums', async ({ page }) => {
  await open(page, '?profile=CN');
  const profile = page.getByTestId('partner-profile');
  await expect(profile).toBeVisible();
  await expect(profile.getByRole('heading', { level: 2 })).toHaveText('Китай: профиль партнёра');
  const years = [...new Set(ROWS.map((r) => r.period.slice(0, 4)))].sort();
  const tableRows = page.getByTestId('profile-share-table').locator('tbody tr');
  await expect(tableRows).toHaveCount(years.length);
  expect(await tableRows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-period')))).toEqual(years);
  for (const year of years) {
    const sums = byPartner(`${year}-01`, `${year}-12`);
    const all = [...sums.values()].reduce((a, b) => a + b, 0);
    const share = (sums.get('CN') ?? 0) / all;
    const row = page.getByTestId('profile-share-table').locator(`tbody tr[data-period="${year}"]`);
    expect(Number(await row.getAttribute('data-share'))).toBeCloseTo(share, 9);
    // As shown: one decimal of a percent.
    expect(Math.abs(parseShare(await row.locator('td').nth(1).innerText()) - share)).toBeLessThanOrEqual(0.0005 + 1e-9);
  }
  // China is the largest partner of 2024.
  await expect(page.getByTestId('profile-rank')).toContainText('1-е место из 46 партнёров');
  await expect(profile.getByTestId('profile-share-chart')).toBeVisible();
  // Close: the profile goes, and so does `profile=` in the URL.
  await page.getByTestId('profile-close').click();
  await expect(profile).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('profile')).toBeNull();
});

test('a partner’s name in the table, or «профиль» beside the donut, opens its profile', async ({ page }) => {
  await open(page);
  await table(page).locator('tr[data-partner="KR"]').getByTestId('partner-table-profile').click();
  await expect(page).toHaveURL(/profile=KR/);
  await expect(page.getByTestId('partner-profile')).toHaveAttribute('data-partner', 'KR');
  await expect(page.getByTestId('partner-profile').getByRole('heading', { level: 2 })).toContainText('Корея');
  // The donut's legend still filters; its «профиль» link beside it opens the profile instead.
  await page.getByTestId('partner-profile-links').locator('[data-profile="JP"]').click();
  await expect(page).toHaveURL(/profile=JP/);
  await expect(page).not.toHaveURL(/partners=/);
  await expect(page.getByTestId('partner-profile')).toHaveAttribute('data-partner', 'JP');
  // By quarter: one click, the step of the view.
  await page.getByTestId('partner-profile').getByRole('radio', { name: 'По кварталам' }).click();
  await expect(page).toHaveURL(/step=quarter/);
  await expect(page.getByTestId('profile-share-table').locator('tbody tr').first()).toHaveAttribute('data-period', '2015-Q1');
});
