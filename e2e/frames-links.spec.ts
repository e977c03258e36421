import { expect, test, type Page } from '@playwright/test';
import { ready } from './page-figures';

// Issue 16: frames (only embeds render framed) and links (long file names, periods outside the
// data, the embed's own link, forged snapshots).

const HEADER = 'period,reporter,flow,partner,commodity,value_usd,net_kg';
const UPLOADED = [HEADER, '2024-01,RU-KAM,export,CN,0303670000,4000000,', '2024-02,RU-KAM,export,KR,0303670000,3000000,', '2024-02,RU-KAM,import,JP,8901909000,2000000,'].join('\n');

async function framed(page: Page, baseURL: string | undefined, path: string) {
  await page.setContent(`<!doctype html><title>host</title><iframe src="${new URL(path, baseURL).href}" width="900" height="600"></iframe>`);
  return page.frameLocator('iframe');
}

test('a framed page other than an embed shows only a notice with a link to its own window', async ({ page, baseURL }) => {
  const frame = await framed(page, baseURL, '/?flow=export&v=1');
  const notice = frame.getByTestId('framed-notice');
  await expect(notice).toContainText('нельзя открыть внутри чужой страницы');
  const link = notice.getByRole('link', { name: 'Открыть в отдельном окне' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
  await expect(link).toHaveAttribute('href', /flow=export/);
  await expect(frame.getByRole('button', { name: 'Загрузить CSV' })).toHaveCount(0);
  await expect(frame.getByTestId('panel-partner-shares')).toHaveCount(0);
});

test('a framed embed shows its chart, and its footer links to the exact view', async ({ page, baseURL }) => {
  const frame = await framed(page, baseURL, '/?embed=partners&flow=export&v=1');
  await expect(frame.getByTestId('embed')).toBeVisible();
  await expect(frame.getByTestId('panel-partner-shares')).toBeVisible({ timeout: 20_000 });
  await expect(frame.getByTestId('framed-notice')).toHaveCount(0);
  await expect(frame.getByTestId('embed-source')).toHaveAttribute('href', '/?flow=export&v=1');
});

test('a file name of 230 characters travels in the app’s own link and is named in a fresh browser', async ({ page, browser }) => {
  const name = 'Выгрузка '.padEnd(226, 'ж') + '.csv';
  expect(name).toHaveLength(230);
  await page.goto('/');
  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(UPLOADED) });
  await expect(page.getByTestId('upload-job').first()).toHaveAttribute('data-status', /done|same-file/, { timeout: 20_000 });
  await expect(page).toHaveURL(/file=/);
  const link = page.url();

  const context = await browser.newContext({ locale: 'ru-RU' });
  const there = await context.newPage();
  await there.goto(link);
  await expect(there.getByTestId('dataset-missing')).toContainText(name);
  await expect(there.getByTestId('invalid-link-notice')).toHaveCount(0);
  await context.close();
});

test('a link whose period lies outside the data says so and names the period shown', async ({ page }) => {
  await page.goto('/?from=2030-01&to=2030-06&v=1');
  await ready(page);
  await expect(page.getByTestId('period-outside-notice')).toContainText('Период ссылки (янв.–июнь 2030');
  await expect(page.getByTestId('period-outside-notice')).toContainText('вне данных, показан');
});

test('a forged snapshot with a negative turnover is refused like a corrupt one', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'Ссылка-снимок' }).click();
  const link = await page.getByTestId('share-link-field').inputValue();
  const [base, packed] = link.split('#snap=');
  expect(packed).toBeTruthy();
  const forged = await page.evaluate(async (text) => {
    const bytes = Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4)), (c) => c.charCodeAt(0));
    const p = JSON.parse(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text());
    p.cur = [-5_000_000, -1];
    const out = new Uint8Array(await new Response(new Blob([JSON.stringify(p)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    let binary = '';
    for (const b of out) binary += String.fromCharCode(b);
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }, packed);
  const other = await page.context().browser()!.newContext({ locale: 'ru-RU' });
  const there = await other.newPage();
  await there.goto(`${base}#snap=${forged}`);
  await expect(there.getByTestId('snapshot-broken')).toBeVisible();
  await expect(there.getByTestId('snapshot-banner')).toHaveCount(0);
  await other.close();
});
