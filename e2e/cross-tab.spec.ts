// Other tabs (issue 16, lib/dataset-broadcast.ts, app/dataset-changes-notice.tsx): two tabs of one
// browser share the uploaded datasets; renaming one in a tab renames it in the other's header and
// dataset list without a reload, and deleting it there makes the tab that shows it say so
// («Набор «…» удалён в другой вкладке.»). A tab showing another dataset only refreshes its list.

import { expect, test, type Page } from '@playwright/test';
import { ready } from './page-figures';

const CSV = ['period,reporter,flow,partner,commodity,value_usd,net_kg', '2024-01,RU-KAM,export,CN,0303670000,4000000,', '2024-02,RU-KAM,export,KR,0303670000,3000000,', '2024-03,RU-KAM,import,JP,8901909000,2000000,'].join('\n');

/**
 * Uploads the CSV in a tab opened at `path` and waits until it is saved: other tabs read it
 * from storage (the dashboard opens before the save, issue 17). Returns the dataset id.
 */
async function uploadSaved(page: Page, path: string, uploadButton: string, name: string): Promise<string> {
  await page.goto(path);
  await ready(page);
  await page.getByRole('button', { name: uploadButton }).click();
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(page.getByTestId('upload-job').first()).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(page).toHaveURL(/ds=u-/);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
  return new URL(page.url()).searchParams.get('ds')!;
}

async function openManager(page: Page) {
  await page.getByRole('button', { name: 'Наборы данных' }).click();
  await expect(page.getByTestId('dataset-manager')).toBeVisible();
}

test('a dataset renamed, then deleted in one tab: the other tab shows the new name, then says it was deleted', async ({ context, page: first }) => {
  const id = await uploadSaved(first, '/', 'Загрузить CSV', 'cross-tab.csv');

  // The second tab shows the same dataset, with its list open; a third shows the built-in data.
  const second = await context.newPage();
  await second.goto(first.url());
  await ready(second);
  await expect(second.getByTestId('dataset-name')).toContainText('cross-tab');
  await openManager(second);
  const row = second.locator(`[data-testid="dataset-row"][data-dataset="${id}"]`);
  await expect(row).toContainText('cross-tab');
  const third = await context.newPage();
  await third.goto('/');
  await ready(third);
  await openManager(third);
  await expect(third.locator(`[data-testid="dataset-row"][data-dataset="${id}"]`)).toBeVisible();

  // Renamed in the first tab: the others follow without a reload.
  await openManager(first);
  const own = first.locator(`[data-testid="dataset-row"][data-dataset="${id}"]`);
  await own.getByRole('button', { name: 'Переименовать' }).click();
  await own.getByRole('textbox', { name: 'Переименовать' }).fill('Экспорт рыбы, 1 кв.');
  await own.getByRole('button', { name: 'Сохранить' }).click();
  await expect(own.getByTestId('dataset-name-cell')).toContainText('Экспорт рыбы, 1 кв.');
  await expect(second.getByTestId('dataset-name')).toContainText('Экспорт рыбы, 1 кв.');
  await expect(row.getByTestId('dataset-name-cell')).toContainText('Экспорт рыбы, 1 кв.');
  await expect(third.locator(`[data-testid="dataset-row"][data-dataset="${id}"]`)).toContainText('Экспорт рыбы, 1 кв.');
  await expect(second.getByTestId('dataset-deleted-notice')).toHaveCount(0);

  // Deleted in the first tab: the second, which shows it, says so; the third only loses the row.
  first.once('dialog', (d) => void d.accept());
  await own.getByRole('button', { name: 'Удалить' }).click();
  await expect(own).toHaveCount(0);
  const notice = second.getByTestId('dataset-deleted-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(notice).toContainText('Набор «Экспорт рыбы, 1 кв.» удалён в другой вкладке.');
  await expect(row).toHaveCount(0);
  await expect(third.locator(`[data-testid="dataset-row"][data-dataset="${id}"]`)).toHaveCount(0);
  await expect(third.getByTestId('dataset-deleted-notice')).toHaveCount(0);

  // The notice can be dismissed.
  await notice.getByRole('button').click();
  await expect(notice).toHaveCount(0);
});

test('in English the other tab says the same', async ({ context, page: first }) => {
  const id = await uploadSaved(first, '/?lang=en', 'Upload CSV', 'cross-tab-en.csv');
  const second = await context.newPage();
  await second.goto(first.url());
  await ready(second);
  const name = (await second.getByTestId('dataset-name').innerText()).replace(/^[^:]*:\s*/, '');

  await first.getByRole('button', { name: 'Datasets' }).click();
  first.once('dialog', (d) => void d.accept());
  await first.locator(`[data-testid="dataset-row"][data-dataset="${id}"]`).getByRole('button', { name: 'Delete' }).click();
  await expect(second.getByTestId('dataset-deleted-notice')).toContainText(`The dataset “${name}” was deleted in another tab.`);
});

// A tab hears no announcement of its own: one BroadcastChannel object per tab (lib/dataset-broadcast.ts).
test('the tab that deletes the dataset it shows does not say it was deleted in another tab', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
  await page.getByTestId('file-input').setInputFiles({ name: 'own-tab.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(page.getByTestId('upload-job').first()).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  const id = new URL(page.url()).searchParams.get('ds')!;
  await openManager(page);
  page.once('dialog', (d) => void d.accept());
  await page.locator(`[data-testid="dataset-row"][data-dataset="${id}"]`).getByRole('button', { name: 'Удалить' }).click();
  await expect(page.locator(`[data-testid="dataset-row"][data-dataset="${id}"]`)).toHaveCount(0);
  // Give a stray announcement time to arrive before looking for the notice.
  await page.waitForTimeout(500);
  await expect(page.getByTestId('dataset-deleted-notice')).toHaveCount(0, { timeout: 1_000 });
});
