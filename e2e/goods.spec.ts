import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { parseRuNumber, parseShare, ready } from './page-figures';

// Independent sums over the built-in CSV (plain string splitting, none of the app's code):
// 2024, both flows, by commodity prefix and partner.
const file = fileURLToPath(new URL('../data/kamchatka-demo.csv', import.meta.url));

interface Sums {
  usd: number;
  /** Net weight of the rows that have one. */
  kg: number;
  /** Value of the rows that have a weight. */
  weighedUsd: number;
  byPartner: Map<string, number>;
}

function sums(prefix = '', from = '2024-01', to = '2024-12'): Sums {
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0].split(',');
  const [period, flow, partner, commodity, value, netKg] = ['period', 'flow', 'partner', 'commodity', 'value_usd', 'net_kg'].map((c) => header.indexOf(c));
  const out: Sums = { usd: 0, kg: 0, weighedUsd: 0, byPartner: new Map() };
  for (const line of lines.slice(1)) {
    if (!line) continue;
    const f = line.split(',');
    if (f[period] < from || f[period] > to || !f[commodity].startsWith(prefix)) continue;
    if (f[flow] !== 'export' && f[flow] !== 'import') continue;
    const v = Number(f[value]);
    out.usd += v;
    if (f[netKg] !== '') {
      out.kg += Number(f[netKg]);
      out.weighedUsd += v;
    }
    out.byPartner.set(f[partner], (out.byPartner.get(f[partner]) ?? 0) + v);
  }
  return out;
}

const goods = (page: Page) => page.getByTestId('panel-chapters');

/** A bar of the goods chart, by its key. */
const bar = (page: Page, key: string) => goods(page).locator(`[data-key="${key}"]`);

test('from «Все товары» to the 10-digit line of frozen pollock in three clicks: its name, tonnes, price per kilo and partners, reproduced by the link', async ({ page, browser }) => {
  await page.goto('/');
  await ready(page);
  await expect(goods(page).getByTestId('goods-breadcrumb')).toHaveText(/Все товары/);

  await bar(page, '03').click();
  await expect(page).toHaveURL(/[?&]hs=03(&|$)/);
  await expect(goods(page).getByTestId('goods-breadcrumb')).toContainText('03 Рыба и морепродукты');
  await expect(goods(page)).toContainText('0303 Рыба мороженая');

  await bar(page, '0303').click();
  await expect(page).toHaveURL(/[?&]hs=0303(&|$)/);
  await expect(goods(page)).toContainText('0303 67 минтай (Theragra chalcogramma)');

  await bar(page, '030367').click();
  await expect(page).toHaveURL(/[?&]hs=030367(&|$)/);
  await expect(goods(page)).toContainText('0303 67 000 0 минтай');
  await ready(page);

  // Its tonnes and price per kilo in the goods table, against the CSV.
  const pollock = sums('0303670000');
  await goods(page).getByRole('button', { name: 'Таблица' }).click();
  const row = goods(page).locator('tbody tr', { hasText: '0303 67 000 0' });
  await expect(row).toContainText('минтай (Theragra chalcogramma)');
  const cells = await row.locator('td').allInnerTexts();
  expect(parseRuNumber(cells[3])).toBeCloseTo(pollock.kg / 1000, 1);
  expect(parseRuNumber(cells[4])).toBeCloseTo(pollock.weighedUsd / pollock.kg, 2);

  // Its partners: the partner chart is who trades it (China's share of pollock, from the CSV).
  const pollockTotal = [...pollock.byPartner.values()].reduce((a, b) => a + b, 0);
  const china = page.getByTestId('partner-share-list').locator('[data-partner="CN"]');
  expect(parseShare(await china.locator('.tabular-nums').first().innerText())).toBeCloseTo((pollock.byPartner.get('CN') ?? 0) / pollockTotal, 3);

  // The link reproduces exactly that view in a fresh browser.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  await ready(other);
  await expect(other.getByTestId('goods-breadcrumb')).toContainText('0303 67 минтай');
  await expect(other.getByTestId('panel-chapters')).toContainText('0303 67 000 0 минтай');
  await fresh.close();
});

test('hs=03 shows headings with their Russian names; English names the pollock "Alaska pollock"', async ({ page }) => {
  await page.goto('/?hs=03');
  await ready(page);
  await expect(goods(page)).toContainText('0304 Филе рыбное');
  await expect(goods(page)).toContainText('по товарным позициям');
  await page.goto('/?hs=0303&lang=en');
  await ready(page);
  await expect(goods(page)).toContainText('0303 67 Alaska pollock');
  // A step back up by the breadcrumb.
  await goods(page).getByTestId('goods-breadcrumb').getByRole('button', { name: /^03 / }).click();
  await expect(page).toHaveURL(/[?&]hs=03(&|$)/);
});

test('the treemap’s tiles sum to the chart’s total, computed from the CSV', async ({ page }) => {
  await page.goto('/?goods=treemap');
  await ready(page);
  const treemap = page.getByTestId('goods-treemap');
  await expect(treemap.locator('[data-goods]').first()).toBeAttached();
  const values = await treemap.locator('[data-goods]').evaluateAll((tiles) => tiles.map((t) => Number(t.getAttribute('data-value'))));
  const all = sums('');
  expect(Math.abs(values.reduce((a, b) => a + b, 0) - all.usd)).toBeLessThan(1);
  // A tile drills down like a bar.
  await treemap.locator('[data-goods="03"]').click();
  await expect(page).toHaveURL(/[?&]hs=03(&|$)/);
});

test('searching «минтай» finds 0303 67 and opens it; the partner picker searches names', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByTestId('goods-picker').locator('summary').click();
  await page.getByTestId('goods-search').fill('минтай');
  const hit = page.getByTestId('goods-search-hits').locator('[data-goods="030367"]');
  await expect(hit).toContainText('0303 67 минтай');
  await expect(hit).toContainText('0303 Рыба мороженая');
  await page.getByTestId('goods-search').fill('0303 67');
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(/[?&]hs=030367(&|$)/);

  await page.getByText(/^Партнёры:/).click();
  await page.getByTestId('partner-search').fill('коре');
  await expect(page.getByRole('checkbox', { name: 'Республика Корея' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Китай' })).toHaveCount(0);
});

test('metric=weight shows tonnes equal to an independent sum of net_kg, and says how much value has no weight', async ({ page }) => {
  await page.goto('/?metric=weight');
  await ready(page);
  const all = sums('');
  const unit = await page.getByTestId('kpi-turnover-unit').innerText();
  const perUnit = /млн т/.test(unit) ? 1e9 : /тыс\. т/.test(unit) ? 1e6 : /^т$/.test(unit.trim()) ? 1e3 : NaN;
  const text = await page.getByTestId('kpi-turnover-value').innerText();
  const digits = text.split(',')[1]?.length ?? 0;
  expect(Math.abs(parseRuNumber(text) * perUnit - all.kg) / (perUnit / 10 ** digits)).toBeLessThanOrEqual(0.5);
  await expect(goods(page)).toContainText('т');
  await expect(goods(page)).toContainText('без веса нетто');
  // The goods chart's shares are shares of tonnes: 03's share of the weight.
  const fish = sums('03');
  await goods(page).getByRole('button', { name: 'Таблица' }).click();
  const row = goods(page).locator('tbody tr').filter({ has: page.locator('td:first-child', { hasText: /^03$/ }) });
  const cells = await row.locator('td').allInnerTexts();
  expect(parseShare(cells[cells.length - 1])).toBeCloseTo(fish.kg / all.kg, 3);
});

test('sections on request: a section opens its chapters, the breadcrumb names it', async ({ page }) => {
  await page.goto('/?level=section');
  await ready(page);
  await expect(goods(page)).toContainText('по разделам');
  await bar(page, 'I').click();
  await expect(page).toHaveURL(/[?&]hs=01,02,03,04,05(&|$)/);
  await expect(goods(page).getByTestId('goods-breadcrumb')).toContainText('I Животные и продукты животноводства');
  await expect(goods(page)).toContainText('по группам');
  await expect(bar(page, '03')).toBeAttached();
});

test('at 390 px the page keeps its width and the goods chart, the treemap and the table fit it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?hs=0303');
  await ready(page);
  await expect(bar(page, '030367')).toBeAttached();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const box = await goods(page).boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  await goods(page).getByRole('radio', { name: 'Плитки' }).click();
  await expect(page.getByTestId('goods-treemap').locator('[data-goods="030367"]')).toBeAttached();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
