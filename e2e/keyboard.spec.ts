// Keyboard only (issue 16): everything here is done with page.keyboard — no click, no focus() —
// Tab and Shift+Tab to reach a control, then the keys a keyboard user would press. Locators only
// look (where the focus is, what the page shows). One walk through a period, the flow, a partner
// picker, a table sort, a chart filter and the upload panel; then the radio groups' arrows, one
// picker at a time, and the focus after a filter chip is removed.

import { expect, test, type Locator, type Page } from '@playwright/test';
import { ready } from './page-figures';

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 400 } = {}) {
  for (let i = 0; i <= max; i++) {
    if ((await target.evaluateAll((els) => els.some((el) => el === document.activeElement))) === true) return;
    if (i < max) await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target} not reached in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Tabs to the partner picker's summary, opens it with Enter and tabs into its search field; returns both. */
async function openPartnerPicker(page: Page, reach: { back?: boolean; max?: number }): Promise<{ summary: Locator; search: Locator }> {
  const summary = page.locator('details[data-picker] summary').filter({ hasText: 'Партнёры' });
  await tabTo(page, summary, reach);
  await page.keyboard.press('Enter');
  const search = page.getByTestId('partner-search');
  await expect(search).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(search).toBeFocused();
  return { summary, search };
}

const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.getAttribute('data-testid') ?? ''}`);

test('a keyboard-only walk: a period, the flow, a table sort, a partner picker, a chart filter, the upload panel', async ({ page }) => {
  // Some hundred Tab presses, each followed by a look at the focus.
  test.setTimeout(120_000);
  await page.goto('/');
  await ready(page);
  await page.waitForLoadState('networkidle');

  // A period: the year select (the latest year at first; «all», then the years newest first), moved with the arrow key.
  const year = page.getByTestId('period-year');
  await tabTo(page, year);
  const latest = Number(await year.inputValue());
  expect(latest).toBeGreaterThan(2000);
  await page.keyboard.press('ArrowDown');
  await expect(year).toHaveValue(String(latest - 1));
  await expect(page).toHaveURL(new RegExp(`from=${latest - 1}-01.*to=${latest - 1}-12`));

  // The flow: one tab stop for the group, the arrows move the choice.
  const flow = page.getByRole('radiogroup', { name: 'Поток' });
  await tabTo(page, flow.getByRole('radio', { checked: true }));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/flow=export/);
  await expect(flow.getByRole('radio', { name: 'Экспорт' })).toBeFocused();

  // A table sort: the partner shares' table, its headers sort with Enter (aria-sort says how).
  const shares = page.getByTestId('panel-partner-shares');
  await tabTo(page, shares.getByRole('button', { name: 'Таблица' }));
  await page.keyboard.press('Enter');
  const table = shares.getByRole('table');
  await expect(table).toBeVisible();
  const headers = table.getByRole('columnheader');
  await expect(headers.first()).toHaveAttribute('aria-sort', 'none');
  const names = () => table.locator('tbody tr td:first-child').allInnerTexts();
  const given = await names();
  expect(given.length).toBeGreaterThan(2);
  await tabTo(page, headers.nth(0).getByRole('button'));
  await page.keyboard.press('Enter');
  await expect(headers.nth(0)).toHaveAttribute('aria-sort', 'ascending');
  const byName = await names();
  expect(byName).toEqual([...given].sort((a, b) => a.localeCompare(b, 'ru')));
  await page.keyboard.press('Enter');
  await expect(headers.nth(0)).toHaveAttribute('aria-sort', 'descending');
  expect(await names()).toEqual([...byName].reverse());
  // The value column: largest first on the first press, numerically (not as text), then smallest first.
  await page.keyboard.press('Tab');
  await expect(headers.nth(1).getByRole('button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(headers.nth(1)).toHaveAttribute('aria-sort', 'descending');
  await expect(headers.nth(0)).toHaveAttribute('aria-sort', 'none');
  const values = async () => (await table.locator('tbody tr td:nth-child(2)').allInnerTexts()).map((t) => Number(t.replace(/\s/g, '').replace(',', '.')));
  const down = await values();
  expect(down).toEqual([...down].sort((a, b) => b - a));
  await page.keyboard.press('Enter');
  await expect(headers.nth(1)).toHaveAttribute('aria-sort', 'ascending');
  expect(await values()).toEqual([...down].reverse());

  // A picker: back to the partners, open, type, choose, Escape.
  const { summary: partners, search } = await openPartnerPicker(page, { back: true });
  await page.keyboard.type('Респ Корея');
  const korea = page.getByRole('checkbox', { name: 'Республика Корея' });
  await expect(korea).toBeVisible();
  await tabTo(page, korea, { max: 5 });
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/partners=KR/);
  await expect(korea).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();
  await expect(partners).toBeFocused();
  await expect(page.getByTestId('filter-chips').getByRole('button', { name: 'Снять фильтр: Республика Корея' })).toBeVisible();

  // A chart filter: a goods bar takes the focus and drills down with Enter.
  const goods = page.getByTestId('panel-chapters');
  const bar = goods.locator('[data-key][role=button]').first();
  await expect(bar).toBeAttached({ timeout: 20_000 });
  const key = await bar.getAttribute('data-key');
  await tabTo(page, bar);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`hs=${key}`));
  await expect(page).toHaveURL(/partners=KR/);

  // The upload panel: back to its button, Enter, then on to the file input; Space opens the chooser.
  const uploadButton = page.getByRole('button', { name: 'Загрузить CSV' });
  await tabTo(page, uploadButton, { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('upload-panel')).toBeVisible();
  const input = page.getByTestId('file-input');
  await tabTo(page, input, { max: 60 });
  expect(await focused(page)).toBe('INPUT file-input');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  const text = ['period,reporter,flow,partner,commodity,value_usd,net_kg', '2024-01,RU-KAM,export,CN,0303670000,100,', '2024-02,RU-KAM,import,JP,8901,25,'].join('\n');
  await (await chooser).setFiles({ name: 'keyboard.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await expect(page.getByTestId('upload-job').first()).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
});

test('keyboard: the flow radios move with the arrows, a picker closes on Escape, one picker at a time', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const flow = page.getByRole('radiogroup', { name: 'Поток' });
  const checked = flow.getByRole('radio', { checked: true });
  // Only the group's checked radio is a tab stop.
  await tabTo(page, checked, { max: 60 });
  await expect(flow.locator('[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/flow=export/);
  const exportRadio = flow.getByRole('radio', { name: 'Экспорт' });
  await expect(exportRadio).toHaveAttribute('aria-checked', 'true');
  await expect(exportRadio).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(flow.getByRole('radio', { checked: true })).toBeFocused();
  await expect(page).not.toHaveURL(/flow=export/);

  const { summary: partnerSummary, search } = await openPartnerPicker(page, { max: 20 });
  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();
  await expect(partnerSummary).toBeFocused();

  // One picker at a time: with the goods picker open, Shift+Tab back to the partners and Enter closes it.
  const goodsPicker = page.getByTestId('goods-picker');
  const goodsSummary = goodsPicker.locator('summary');
  await page.keyboard.press('Tab');
  await expect(goodsSummary).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(goodsPicker).toHaveAttribute('open', '');
  // The goods picker puts the focus in its search field: two steps back.
  await expect(page.getByTestId('goods-search')).toBeFocused();
  await tabTo(page, partnerSummary, { back: true, max: 2 });
  await page.keyboard.press('Enter');
  await expect(search).toBeVisible();
  await expect(goodsPicker).not.toHaveAttribute('open', '');
  await page.keyboard.press('Escape');
  await expect(partnerSummary).toBeFocused();
});

test('keyboard: removing a filter chip moves the focus to the next chip, then to the pickers', async ({ page }) => {
  await page.goto('/?partners=CN,KR');
  await ready(page);
  const chips = page.getByTestId('filter-chips').getByRole('button');
  await expect(chips).toHaveCount(2);
  await tabTo(page, chips.first(), { max: 60 });
  await page.keyboard.press('Enter');
  await expect(chips).toHaveCount(1);
  await expect(chips.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('filter-chips')).toHaveCount(0);
  await expect(page.locator('details[data-picker] summary').first()).toBeFocused();
});
