// Charts first, then the save (issue 17): an upload opens the dashboard on the imported
// table at once; the save to IndexedDB follows with its own progress and outcome, and a
// table the browser's storage estimate says will not fit is said at once and kept for the tab.
import { expect, test, type Page } from '@playwright/test';

const HEADER = 'period,reporter,flow,partner,commodity,value_usd,net_kg';
const CSV = [HEADER, '2024-03,RU-KAM,export,CN,0303670000,2500000,1000', '2024-03,RU-KAM,import,JP,8901909000,500000,'].join('\n') + '\n';

async function openUpload(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Загрузить CSV' }).click();
}

test('the dashboard opens on an upload while its save is still running; the save then finishes and survives a reload', async ({ page }) => {
  await openUpload(page);
  // The app's database exists once the page has listed its datasets.
  await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'tradeshare' && (d.version ?? 0) >= 2)), { timeout: 20_000 }).toBe(true);
  // Another connection keeps a read-write transaction on the parts store open: the app's
  // save must wait behind it, as a slow disk would make it wait.
  await page.evaluate(
    () =>
      new Promise<void>((ready) => {
        const open = indexedDB.open('tradeshare');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['table-parts'], 'readwrite');
          const store = tx.objectStore('table-parts');
          const w = window as unknown as { releaseSave?: boolean };
          const spin = () => {
            if (w.releaseSave) return;
            store.count().onsuccess = spin;
          };
          spin();
          tx.oncomplete = () => db.close();
          ready();
        };
      }),
  );
  await page.getByTestId('file-input').setInputFiles({ name: 'charts-first.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  const job = page.getByTestId('upload-job').first();
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(page).toHaveURL(/ds=u-/);
  // Drawn on the new table while the save waits.
  await expect(page.getByTestId('kpi-export-value')).toHaveText('2,5', { timeout: 20_000 });
  const status = job.getByTestId('save-status');
  await expect(status).toHaveAttribute('data-state', 'saving');
  await expect(status).toContainText('Набор открыт; сохраняется в браузере');
  // Leaving now would lose the dataset: the browser asks first, and staying keeps it.
  const dialog = page.waitForEvent('dialog');
  void page.evaluate(() => location.reload()).catch(() => undefined);
  const asked = await dialog;
  expect(asked.type()).toBe('beforeunload');
  await asked.dismiss();
  await expect(page.getByTestId('kpi-export-value')).toHaveText('2,5');
  await expect(status).toHaveAttribute('data-state', 'saving');

  await page.evaluate(() => ((window as unknown as { releaseSave?: boolean }).releaseSave = true));
  await expect(status).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
  await expect(status).toContainText('Сохранено в браузере');
  await page.reload();
  await expect(page.getByTestId('kpi-export-value')).toHaveText('2,5', { timeout: 20_000 });
});

test('a table the storage estimate says will not fit is said at once, stays usable in the tab, and is not stored', async ({ page }) => {
  // The browser reports almost no free room for this site.
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'estimate', { value: async () => ({ quota: 2_000_000, usage: 2_000_000 }) });
  });
  await openUpload(page);
  await page.getByTestId('file-input').setInputFiles({ name: 'too-big.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  const job = page.getByTestId('upload-job').first();
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  const status = job.getByTestId('save-status');
  await expect(status).toHaveAttribute('data-state', 'wont-fit', { timeout: 20_000 });
  await expect(status).toContainText('не поместится в хранилище браузера');
  await expect(status).toContainText('свободно 0 КБ');
  // Usable in this tab.
  await expect(page.getByTestId('kpi-export-value')).toHaveText('2,5', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Наборы данных' }).click();
  await expect(page.getByTestId('dataset-row').filter({ hasText: 'too-big' })).toHaveCount(1);
  // Not stored: gone after a reload, and the link says which file to load.
  await page.reload();
  await expect(page.getByTestId('dataset-missing')).toBeVisible({ timeout: 20_000 });
});
