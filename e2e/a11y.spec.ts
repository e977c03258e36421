// Accessibility (issue 16): axe finds no WCAG 2.1 A/AA violations on the dashboard's views, in
// Russian and English — the upload panel, the column-mapping form, an import report, the dataset
// manager, the briefing, embed mode, a snapshot link, the goods treemap. Keyboard use (the arrows
// in radio groups, Escape, one picker at a time, chips, a whole keyboard-only walk): e2e/keyboard.spec.ts.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ready } from './page-figures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page) {
  // Charts draw after the data: let the lazy chunks settle before scanning.
  await page.waitForLoadState('networkidle');
  // label-content-name-mismatch (WCAG 2.5.3) is experimental in axe: enabled on purpose.
  const result = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).withTags(TAGS).analyze();
  return result.violations
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`.slice(0, 300)) }));
}

for (const url of ['/', '/?lang=en']) {
  test(`no axe violations on the dashboard (${url})`, async ({ page }) => {
    await page.goto(url);
    await ready(page);
    expect(await violations(page)).toEqual([]);
    // Recharts' legend icons («Китай legend icon») are hidden: the item's text names them.
    await expect(page.locator('.recharts-legend-item svg').first()).toHaveAttribute('aria-hidden', 'true');
    await expect(page.locator('svg[aria-label*="legend icon"]:not([aria-hidden=true])')).toHaveCount(0);
  });
}

test('no axe violations with the upload panel open', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
  await expect(page.getByTestId('file-input')).toBeAttached();
  expect(await violations(page)).toEqual([]);
});

test('no axe violations with the dataset manager open', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'Наборы данных' }).click();
  await expect(page.getByTestId('dataset-row').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('no axe violations with a panel table shown and sorted', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const shares = page.getByTestId('panel-partner-shares');
  await shares.getByRole('button', { name: 'Таблица' }).click();
  const header = shares.getByRole('columnheader').nth(1);
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(await violations(page)).toEqual([]);
});

const CSV_HEADER = 'period,reporter,flow,partner,commodity,value_usd,net_kg';

async function openUpload(page: Page) {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
}

async function upload(page: Page, name: string, text: string) {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test('no axe violations on the column-mapping form', async ({ page }) => {
  await openUpload(page);
  // A layout TradeShare does not know (e2e/upload.spec.ts): the mapping form asks which column is which.
  await upload(page, 'own-table.csv', ['Месяц;Страна;Направление;Код;Сумма, долл.', '2024-01;Китай;экспорт;0303;300', '2024-02;Япония;импорт;8901;100'].join('\n'));
  await expect(page.getByTestId('column-mapping')).toBeVisible({ timeout: 20_000 });
  expect(await violations(page)).toEqual([]);
});

test('no axe violations on an import report with rejected rows', async ({ page }) => {
  await openUpload(page);
  await upload(page, 'bad-rows.csv', [CSV_HEADER, '2024-01,RU-KAM,export,CN,03,10,', '2024-13,RU-KAM,export,CN,03,10,', '2024-02,RU-KAM,export,Атлантида,03,10,', '2024-02,RU-KAM,export,KR,03,,'].join('\n'));
  const job = page.getByTestId('upload-job').first();
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(job.getByTestId('rejected-rows')).toBeVisible();
  await expect(job.getByTestId('count-rejected')).toHaveText('3');
  expect(await violations(page)).toEqual([]);
});

test('no axe violations on a snapshot view', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openUpload(page);
  await upload(page, 'snapshot-source.csv', [CSV_HEADER, '2024-01,RU-KAM,export,CN,0303670000,4000000,', '2024-02,RU-KAM,export,KR,0303670000,3000000,', '2024-02,RU-KAM,import,JP,8901909000,2000000,', '2024-03,RU-KAM,import,CN,2710194200,1000000,'].join('\n'));
  await expect(page.getByTestId('upload-job').first()).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Ссылка-снимок' }).click();
  const link = await page.getByTestId('share-link-field').inputValue();
  expect(link).toContain('#snap=');
  // Opened where the file is not (e2e/share.spec.ts): the view comes from the link alone.
  const other = await browser.newContext({ locale: 'ru-RU' });
  const there = await other.newPage();
  await there.goto(link);
  await expect(there.getByTestId('snapshot-banner')).toBeVisible({ timeout: 20_000 });
  await ready(there);
  expect(await violations(there)).toEqual([]);
  await other.close();
});

test('no axe violations on the printable briefing', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'Справка для печати' }).click();
  await expect(page).toHaveURL(/page=brief/);
  await expect(page.getByTestId('briefing-text')).toBeVisible({ timeout: 20_000 });
  expect(await violations(page)).toEqual([]);
});

test('no axe violations in embed mode', async ({ page }) => {
  await page.goto('/?embed=partners');
  await ready(page);
  await expect(page.getByTestId('embed')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

// The treemap's tiles are named by what they show first (WCAG 2.5.3), then their value and whole name.
for (const url of ['/?hs=0303&goods=treemap', '/?goods=treemap&lang=en']) {
  test(`no axe violations on a goods treemap (${url})`, async ({ page }) => {
    await page.goto(url);
    await ready(page);
    await expect(page.getByTestId('goods-treemap').locator('[data-goods]').first()).toBeAttached();
    expect(await violations(page)).toEqual([]);
  });
}

test('every tab stop inside a chart has a name: no nameless svg or group in the keyboard order', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const nameless = await page.evaluate(() =>
    [...document.querySelectorAll<SVGElement>('svg[tabindex], svg [tabindex]')]
      .filter((e) => e.tabIndex >= 0 && !(e.getAttribute('aria-label') ?? '').trim() && !e.getAttribute('aria-labelledby'))
      .map((e) => `${e.tagName}.${e.getAttribute('class') ?? ''} in ${e.closest('[data-testid]')?.getAttribute('data-testid') ?? '?'}`),
  );
  expect(nameless).toEqual([]);
  // The keyboard still reaches the charts' filtering: bars and map countries are named tab stops.
  expect(await page.locator('svg [tabindex="0"][aria-label]').count()).toBeGreaterThan(10);
});
