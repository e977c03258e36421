import { expect, test } from '@playwright/test';
import { demoSums, figures, kpiError, parseRuNumber, parseShare, ready, shareOf } from './page-figures';

// The default period is the data's latest year to date: 2024 for the demo series.
const DEFAULT = { from: '2024-01', to: '2024-12' };

test('opens in Russian on the demo data, labelled as such, with China’s share of turnover', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByTestId('demo-notice')).toContainText('демонстрационные данные');
  await expect(page.getByTestId('demo-notice').getByRole('link')).toHaveAttribute('href', '#about-data');

  const sums = demoSums(DEFAULT);
  const china = page.getByTestId('partner-share-list').locator('[data-partner="CN"]');
  await expect(china).toContainText('Китай');
  const shown = parseShare(await china.locator('.tabular-nums').first().innerText());
  expect(shown).toBeCloseTo(shareOf(sums, 'CN'), 3);
  expect(shown).toBeGreaterThan(0.35);
  expect(shown).toBeLessThan(0.45);
  // China leads: the donut's centre shows its share.
  await expect(page.getByTestId('donut-centre')).toContainText('Китай');

  // 1 410 million is written as a person would: «1,41 млрд долл. США».
  expect(await kpiError(page, 'turnover', sums.exportUsd + sums.importUsd)).toBeLessThanOrEqual(0.5);
  await expect(page.getByTestId('kpi-turnover')).toContainText('млрд долл. США');
  await expect(page.getByTestId('kpi-turnover-value')).toHaveText(/^\d,\d\d$/);

  // Against the same months a year earlier, computed here from the CSV.
  const before = demoSums({ from: '2023-01', to: '2023-12' });
  const change = ((sums.exportUsd + sums.importUsd) / (before.exportUsd + before.importUsd) - 1) * 100;
  const shownChange = await page.getByTestId('kpi-turnover').locator('.font-medium').innerText();
  expect(parseRuNumber(shownChange.replace(/[%\s\u00a0+]/g, ''))).toBeCloseTo(change, 1);
  await expect(page.getByTestId('kpi-turnover')).toContainText('к 2023');
});

test('a filter changes the URL and the figures; back restores them', async ({ page }) => {
  await page.goto('/');
  const before = await figures(page);

  await page.getByTestId('period-year').selectOption('2020');
  await expect(page).toHaveURL(/from=2020-01/);
  await expect(page).toHaveURL(/to=2020-12/);
  await ready(page);
  const sums2020 = demoSums({ from: '2020-01', to: '2020-12' });
  await expect(page.getByTestId('kpi-turnover-value')).not.toHaveText(before.turnover);
  expect(await kpiError(page, 'turnover', sums2020.exportUsd + sums2020.importUsd)).toBeLessThanOrEqual(0.5);

  await page.getByRole('radio', { name: 'Экспорт' }).click();
  await expect(page).toHaveURL(/flow=export/);
  const chinaExports = page.getByTestId('partner-share-list').locator('[data-partner="CN"] .tabular-nums').first();
  await expect
    .poll(async () => parseShare(await chinaExports.innerText()))
    .toBeCloseTo(shareOf(demoSums({ from: '2020-01', to: '2020-12', flow: 'export' }), 'CN'), 3);

  await page.goBack();
  await expect(page).not.toHaveURL(/flow=export/);
  await page.goBack();
  await expect(page).not.toHaveURL(/from=/);
  expect(await figures(page)).toEqual(before);

  // «Все годы» covers the whole series.
  await page.getByTestId('period-year').selectOption('all');
  await expect(page).toHaveURL(/from=2015-01/);
  const all = demoSums();
  await expect
    .poll(async () => kpiError(page, 'turnover', all.exportUsd + all.importUsd))
    .toBeLessThanOrEqual(0.5);
  await expect(page.getByTestId('kpi-turnover')).toContainText('нет данных за тот же период');
});

test('clicking a partner filters the other charts and shows a removable chip', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByTestId('partner-share-list').locator('[data-partner="KR"] button').click();
  await expect(page).toHaveURL(/partners=KR/);
  const chip = page.getByTestId('filter-chips').getByRole('button');
  await expect(chip).toContainText('Корея');
  const sums = demoSums(DEFAULT);
  await expect
    .poll(async () => kpiError(page, 'turnover', sums.byPartner.get('KR') ?? 0))
    .toBeLessThanOrEqual(0.5);
  await chip.click();
  await expect(page).not.toHaveURL(/partners=/);
});

test('a partner filter keeps the partner\'s share of all partners, highlighted, and the goods of trade with it', async ({ page }) => {
  await page.goto('/?partners=CN&v=1');
  await ready(page);
  const sums = demoSums(DEFAULT);
  const china = page.getByTestId('partner-share-list').locator('[data-partner="CN"]');
  await expect(china.getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  // China's share of all partners' turnover, not 100 %.
  expect(parseShare(await china.locator('.tabular-nums').first().innerText())).toBeCloseTo(shareOf(sums, 'CN'), 3);
  await expect(page.getByTestId('partner-share-list').locator('[data-partner="KR"]')).toBeVisible();
  // Every chart says what its shares are of: all turnover for partners, trade with China for goods.
  await expect(page.getByTestId('panel-partner-shares')).toContainText('доля от всего товарооборота');
  await expect(page.getByTestId('panel-chapters')).toContainText('доля от товарооборота с партнёрами: Китай');
  // The key figures are China's, and say what share of all turnover they are.
  expect(parseShare((await page.getByTestId('kpi-turnover-share').innerText()).split('%')[0])).toBeCloseTo(shareOf(sums, 'CN'), 3);
  await expect(page.getByTestId('kpi-turnover-share')).toContainText('всего товарооборота');
  // The key figures are China's.
  await expect
    .poll(async () => kpiError(page, 'turnover', sums.byPartner.get('CN') ?? 0))
    .toBeLessThanOrEqual(0.5);
});

test('the same URL in a fresh browser context shows the same figures', async ({ page, browser }) => {
  await page.goto('/?from=2020-01&to=2020-05&flow=import&partners=CN,JP,KR&v=1');
  const original = await figures(page);
  const context = await browser.newContext({ locale: 'ru-RU' });
  const other = await context.newPage();
  await other.goto(page.url());
  expect(await figures(other)).toEqual(original);
  await context.close();
});

test('the English switch shows «China» and is part of the URL', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('partner-share-list').locator('[data-partner="CN"]')).toContainText('China');
  await expect(page.getByTestId('demo-notice')).toContainText('demonstration data');
  await page.reload();
  await expect(page.getByTestId('partner-share-list').locator('[data-partner="CN"]')).toContainText('China');
  await page.getByRole('button', { name: 'RU', exact: true }).click();
  await expect(page.getByTestId('partner-share-list').locator('[data-partner="CN"]')).toContainText('Китай');
});

test('a tampered link shows a notice and a working dashboard', async ({ page }) => {
  await page.goto('/?flow=%3Cscript%3E&from=2020-13&partners=CN&v=1');
  await expect(page.getByTestId('invalid-link-notice')).toContainText('flow');
  await ready(page);
  await expect(page.getByTestId('filter-chips')).toContainText('Китай');
  await page.getByTestId('invalid-link-notice').getByRole('button').click();
  await expect(page.getByTestId('invalid-link-notice')).toHaveCount(0);
});

test('every chart has its numbers as a table, numbers right-aligned', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const panel = page.getByTestId('panel-flows-over-time');
  await panel.getByRole('button', { name: 'Таблица' }).click();
  const table = panel.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(11); // header + 2015..2024
  await expect(table.getByRole('cell').nth(1)).toHaveCSS('text-align', 'right');
});

test('«О данных» shows the published January–May 2020 figures and opens the same months of the demo', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const published = page.getByTestId('published-figures');
  await expect(published).toContainText('480');
  await expect(published).toContainText('44,7');
  await page.getByRole('button', { name: /январь–май 2020/ }).click();
  await expect(page).toHaveURL(/from=2020-01&to=2020-05/);
  const sums = demoSums({ from: '2020-01', to: '2020-05' });
  await expect
    .poll(async () => kpiError(page, 'turnover', sums.exportUsd + sums.importUsd))
    .toBeLessThanOrEqual(0.5);
  await expect(page.getByTestId('kpi-turnover')).toContainText('к янв.–маю 2019');
});

test('legends follow the drawing order: the largest partner first, «Прочие» last; exports, imports, balance', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const shareLegend = await page.getByTestId('panel-shares-over-time').locator('.recharts-legend-item-text').allInnerTexts();
  expect(shareLegend[0]).toBe('Китай');
  expect(shareLegend[1]).toBe('Республика Корея');
  expect(shareLegend.at(-1)).toBe('Прочие');
  const flowLegend = await page.getByTestId('panel-flows-over-time').locator('.recharts-legend-item-text').allInnerTexts();
  expect(flowLegend).toEqual(['Экспорт', 'Импорт', 'Сальдо']);
});

test('shares by year: each bar stacks the partners from China at the bottom, to scale; hovering a year lists them all', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const panel = page.getByTestId('panel-shares-over-time');
  // The 2024 bar (the last year): its rectangles share one x; China's is the lowest.
  const bars = await panel.locator('.recharts-wrapper > svg.recharts-surface .recharts-bar-rectangle').evaluateAll((groups) =>
    groups.map((g) => [...g.querySelectorAll('rect')].map((r) => ({ x: Number(r.getAttribute('x')), y: Number(r.getAttribute('y')), h: Number(r.getAttribute('height')), fill: r.getAttribute('fill') }))),
  );
  expect(bars).toHaveLength(10); // 2015–2024
  const last = bars.at(-1)!;
  expect(new Set(last.map((r) => r.x)).size).toBe(1);
  const bottom = last.reduce((a, r) => (r.y > a.y ? r : a));
  const total = last.reduce((a, r) => a + r.h, 0);
  const chinaColour = await page.getByTestId('partner-share-list').locator('[data-partner="CN"] span[aria-hidden]').evaluate((e) => getComputedStyle(e).backgroundColor);
  const hex = (rgb: string) => '#' + (rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('');
  expect(bottom.fill?.toLowerCase()).toBe(hex(chinaColour));
  expect(bottom.h / total).toBeCloseTo(shareOf(demoSums(DEFAULT), 'CN'), 2);

  const svg = await panel.locator('.recharts-wrapper > svg.recharts-surface').boundingBox();
  await page.mouse.move(svg!.x + svg!.width * 0.96, svg!.y + svg!.height * 0.5);
  const tooltip = panel.locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText('2024');
  await expect(tooltip).toContainText(/Китай: 4\d,\d\s%/);
  await expect(tooltip).toContainText('Прочие');
});

test('no chart draws more than about 2,000 marks, even by month over the whole history', async ({ page }) => {
  // By month over ten years, all partners and goods: the densest view the demo data has.
  await page.goto('/?step=month&from=2015-01&to=2024-12');
  await ready(page);
  const panels = ['panel-partner-shares', 'panel-shares-over-time', 'panel-flows-over-time', 'panel-chapters'];
  for (const id of panels) {
    const panel = page.getByTestId(id);
    await expect(panel).toBeVisible();
    // Marks: every drawn shape and label in the chart's SVG (legend icons included).
    const marks = await panel.locator('svg :is(path, rect, circle, line, polyline, polygon, text)').count();
    expect(marks, id).toBeGreaterThan(5);
    expect(marks, id).toBeLessThanOrEqual(2000);
  }
  // The monthly view really is monthly: 120 points on the flows chart's table.
  const flows = page.getByTestId('panel-flows-over-time');
  await flows.getByRole('button', { name: 'Таблица' }).click();
  await expect(flows.getByRole('table').getByRole('row')).toHaveCount(121);
});
