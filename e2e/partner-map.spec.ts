import { expect, test, type Page } from '@playwright/test';
import { ready } from './page-figures';

// The world map of partners (issue 14) on the built-in demo: China the largest partner, Hong
// Kong a dot (too small for a shape at world scale), a click or Enter filters.

async function openMap(page: Page, query = '') {
  await page.goto(`/${query}`);
  await ready(page);
  const map = page.getByTestId('partner-map');
  await map.scrollIntoViewIfNeeded();
  await expect(map.locator('path[data-partner="CN"]')).toBeAttached({ timeout: 15_000 });
  return map;
}

/** Relative luminance of `#RRGGBB` (WCAG): the smaller, the darker. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test('China is a shape with the darkest fill, Hong Kong a dot; the image surface and the table are there', async ({ page }) => {
  const map = await openMap(page);
  const fills = await map.locator('[data-partner]').evaluateAll((els) => els.map((e) => ({ code: e.getAttribute('data-partner'), fill: e.getAttribute('fill') ?? '', share: Number(e.getAttribute('data-share')) })));
  const cn = fills.find((f) => f.code === 'CN')!;
  expect(cn.share).toBeGreaterThan(0);
  for (const f of fills) expect(luminance(f.fill)).toBeGreaterThanOrEqual(luminance(cn.fill));
  // The largest share is China's.
  expect(Math.max(...fills.map((f) => f.share))).toBe(cn.share);
  await expect(map.locator('circle[data-partner="HK"]')).toBeAttached();
  await expect(map.locator('path[data-partner="HK"]')).toHaveCount(0);
  // The image export's surface: numeric size.
  const svg = map.locator('svg.recharts-surface');
  expect(Number(await svg.getAttribute('width'))).toBeGreaterThan(300);
  expect(Number(await svg.getAttribute('height'))).toBeGreaterThan(100);
  // Hover tells the figure, share and change.
  await map.locator('path[data-partner="CN"]').hover();
  await expect(page.getByTestId('partner-map-tooltip')).toContainText('Китай');
  await expect(page.getByTestId('partner-map-tooltip')).toContainText('%');
});

test('a click on China sets partners=CN', async ({ page }) => {
  const map = await openMap(page);
  await map.locator('path[data-partner="CN"]').click();
  await expect(page).toHaveURL(/partners=CN(&|$)/);
  await expect(map.locator('path[data-partner="CN"]')).toHaveAttribute('data-selected', 'true');
});

test('Enter on a focused shape filters too', async ({ page }) => {
  const map = await openMap(page);
  const cn = map.locator('path[data-partner="CN"]');
  await cn.focus();
  await expect(page.getByTestId('partner-map-tooltip')).toContainText('Китай');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/partners=CN(&|$)/);
});

test('at 390 px the map fits and the page keeps its width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const map = await openMap(page);
  const box = await map.locator('svg.recharts-surface').boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(map.locator('circle[data-partner="HK"]')).toBeAttached();
});
