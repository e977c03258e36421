import { expect, test, type Page } from '@playwright/test';
import { ready } from './page-figures';

// Phones (issue 16): at 390×844 nothing overflows the viewport sideways — the page does not
// scroll horizontally and no visible element reaches past 390 px, except inside a container
// that scrolls or clips it (a table's `overflow-x-auto`). Screenshots go to /tmp, not the repo.

const WIDTH = 390;
test.use({ viewport: { width: WIDTH, height: 844 } });

interface Offender {
  what: string;
  left: number;
  right: number;
}

/** Visible elements reaching outside [0, width], not inside a scrolling or clipping container. */
async function overflowing(page: Page): Promise<{ scrollWidth: number; offenders: Offender[] }> {
  return page.evaluate((width) => {
    const clips = (el: Element) => /^(auto|scroll|hidden|clip)$/.test(getComputedStyle(el).overflowX);
    const offenders: { what: string; left: number; right: number }[] = [];
    const flagged = new Set<Element>();
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right <= width + 0.5 && box.left >= -0.5) continue;
      // The content of a closed <details> (a download menu) is not shown.
      const closed = el.closest('details:not([open])');
      if (closed && !el.closest('summary') && el !== closed) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      let inside = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (clips(p)) {
          inside = true;
          break;
        }
      }
      if (inside) continue;
      // Only the outermost: an offender's children are named by it.
      if (el.parentElement && flagged.has(el.parentElement)) {
        flagged.add(el);
        continue;
      }
      flagged.add(el);
      const id = el.getAttribute('data-testid');
      const cls = (el.getAttribute('class') ?? '').slice(0, 80);
      offenders.push({ what: `${el.tagName.toLowerCase()}${id ? `[data-testid=${id}]` : ''}${cls ? ` .${cls}` : ''} «${(el.textContent ?? '').trim().slice(0, 40)}»`, left: Math.round(box.left), right: Math.round(box.right) });
    }
    return { scrollWidth: document.documentElement.scrollWidth, offenders };
  }, WIDTH);
}

async function expectFits(page: Page, shot: string) {
  await page.screenshot({ path: `/tmp/pw-phones-shots/${shot}.png`, fullPage: true });
  const { scrollWidth, offenders } = await overflowing(page);
  expect(offenders.slice(0, 12), `${shot}: elements past ${WIDTH} px`).toEqual([]);
  expect(scrollWidth, `${shot}: document scroll width`).toBeLessThanOrEqual(WIDTH);
}

async function open(page: Page, query: string) {
  await page.goto(`/${query}`);
  await ready(page);
}

test('the dashboard fits a phone', async ({ page }) => {
  await open(page, '');
  await expectFits(page, 'dashboard');
});

test('a drilled view (hs=0303) fits a phone', async ({ page }) => {
  await open(page, '?hs=0303');
  await expectFits(page, 'drilled-0303');
});

test('the comparison panels fit a phone', async ({ page }) => {
  await open(page, '?vs=2021-01..2021-12');
  await expectFits(page, 'comparison');
});

test('the partner table fits a phone (it scrolls inside its panel)', async ({ page }) => {
  await open(page, '');
  const panel = page.getByTestId('panel-partner-table');
  await panel.scrollIntoViewIfNeeded();
  await expect(panel.getByTestId('partner-table')).toBeVisible({ timeout: 15_000 });
  await panel.screenshot({ path: '/tmp/pw-phones-shots/partner-table.png' });
  await expectFits(page, 'partner-table-page');
});

test('the map fits a phone', async ({ page }) => {
  await open(page, '');
  const map = page.getByTestId('partner-map');
  await map.scrollIntoViewIfNeeded();
  await expect(map.locator('path[data-partner="CN"]')).toBeAttached({ timeout: 15_000 });
  await page.getByTestId('panel-map').screenshot({ path: '/tmp/pw-phones-shots/map.png' });
  await expectFits(page, 'map-page');
});

test('the upload panel fits a phone', async ({ page }) => {
  await open(page, '');
  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
  await expect(page.getByTestId('file-input')).toBeAttached();
  await expectFits(page, 'upload');
});

test('an open download menu fits a phone', async ({ page }) => {
  await open(page, '');
  for (const id of ['panel-partner-shares', 'panel-partner-table']) {
    const panel = page.getByTestId(id);
    await panel.scrollIntoViewIfNeeded();
    await panel.locator('details > summary').first().click();
    await expect(panel.locator('details[open] button').first()).toBeVisible();
    // The menu opens just below its button, not elsewhere on the page.
    const summary = (await panel.locator('details[open] > summary').boundingBox())!;
    const menu = (await panel.locator('details[open] > div').boundingBox())!;
    expect(Math.abs(menu.y - (summary.y + summary.height))).toBeLessThan(12);
    await expectFits(page, `menu-${id}`);
    await panel.locator('details > summary').first().click();
  }
});
