import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { parseRuNumber, ready } from './page-figures';

// Independent sums over the built-in CSV (plain string splitting, none of the app's code).
const file = fileURLToPath(new URL('../data/kamchatka-demo.csv', import.meta.url));

function byPartner(from: string, to: string): Map<string, number> {
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0].split(',');
  const [period, flow, partner, value] = ['period', 'flow', 'partner', 'value_usd'].map((c) => header.indexOf(c));
  const out = new Map<string, number>();
  for (const line of lines.slice(1)) {
    if (!line) continue;
    const f = line.split(',');
    if (f[period] < from || f[period] > to || (f[flow] !== 'export' && f[flow] !== 'import')) continue;
    out.set(f[partner], (out.get(f[partner]) ?? 0) + Number(f[value]));
  }
  return out;
}

const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const NOW = byPartner('2024-01', '2024-12');
const THEN = byPartner('2021-01', '2021-12');

async function open(page: Page, query: string) {
  await page.goto(`/${query}`);
  await ready(page);
}

test('vs=2021 compares 2024 with 2021: the key figure’s change equals an independent sum of the CSV, labelled «к 2021 г.»', async ({ page }) => {
  await open(page, '?from=2024-01&to=2024-12&vs=2021-01..2021-12');
  const card = page.getByTestId('kpi-turnover');
  await expect(card).toContainText('к 2021');
  const change = (total(NOW) / total(THEN) - 1) * 100;
  const shown = await card.locator('.font-medium').first().innerText();
  expect(parseRuNumber(shown.replace(/[%\s\u00a0+]/g, ''))).toBeCloseTo(change, 1);
  // The base picker says what is compared and writes the link.
  await expect(page.getByTestId('compare-base')).toHaveValue('2021-01..2021-12');
  await page.getByTestId('compare-base').selectOption('2023-01..2023-12');
  await expect(page).not.toHaveURL(/vs=/);
  await expect(card).toContainText('к 2023');
});

test('the waterfall’s steps add up to the change of the key figure; a step filters by its partner', async ({ page }) => {
  await open(page, '?from=2024-01&to=2024-12&vs=2021-01..2021-12');
  const panel = page.getByTestId('panel-contributions');
  const steps = panel.locator('[data-change]');
  await expect(steps.first()).toBeAttached();
  const changes = await steps.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-change'))));
  const totals = await panel.locator('[data-total]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-total'))));
  expect(totals).toHaveLength(2);
  const sum = changes.reduce((a, b) => a + b, 0);
  expect(sum).toBeCloseTo(totals[1] - totals[0], 2);
  expect(sum).toBeCloseTo(total(NOW) - total(THEN), 0);
  // The price and volume sentence is there, with its parts.
  await expect(panel.getByTestId('price-volume')).toContainText('за счёт цены');
  // China's step filters the dashboard by China.
  await panel.locator('[data-key="CN"]').click();
  await expect(page).toHaveURL(/partners=CN/);
});

test('the movers table ranks partners by their change against the base, as the CSV does', async ({ page }) => {
  await open(page, '?from=2024-01&to=2024-12&vs=2021-01..2021-12');
  const keys = [...new Set([...NOW.keys(), ...THEN.keys()])];
  const largest = keys.sort((a, b) => Math.abs((NOW.get(b) ?? 0) - (THEN.get(b) ?? 0)) - Math.abs((NOW.get(a) ?? 0) - (THEN.get(a) ?? 0)))[0];
  const first = page.getByTestId('movers-partners').locator('tbody tr').first();
  await expect(first).toHaveAttribute('data-key', largest);
  expect(Number(await first.getAttribute('data-change'))).toBeCloseTo((NOW.get(largest) ?? 0) - (THEN.get(largest) ?? 0), 0);
});

test('the briefing names the partner with the largest contribution to the change', async ({ page }) => {
  await open(page, '?from=2024-01&to=2024-12&vs=2021-01..2021-12');
  await page.getByRole('button', { name: 'Справка для печати' }).click();
  await expect(page).toHaveURL(/page=brief/);
  const keys = [...new Set([...NOW.keys(), ...THEN.keys()])];
  const largest = keys.sort((a, b) => Math.abs((NOW.get(b) ?? 0) - (THEN.get(b) ?? 0)) - Math.abs((NOW.get(a) ?? 0) - (THEN.get(a) ?? 0)))[0];
  const name = new Intl.DisplayNames(['ru'], { type: 'region' }).of(largest)!;
  const text = page.getByTestId('briefing-text');
  await expect(text).toContainText('Больше всего изменение определили партнёры:');
  // The app's own short names may differ from Intl's («Республика Корея»): the first named partner is the largest mover.
  const named = (await text.innerText()).split('партнёры:')[1].split('(')[0].trim();
  expect(named === name || named.includes(name.split(' ').pop()!)).toBe(true);
  await expect(text).toContainText('к 2021');
  // The briefing's two charts are plain SVG.
  await expect(page.getByTestId('briefing-chart-partners')).toBeVisible();
  await expect(page.getByTestId('briefing-chart-flows')).toBeVisible();
});

test('the briefing prints on one A4 page, even with long English goods names', async ({ page }) => {
  await open(page, '?lang=en&hs=0303&metric=weight&vs=2021-01..2021-12');
  await page.getByRole('button', { name: 'Printable briefing' }).click();
  await expect(page.getByTestId('briefing-text')).toContainText('By goods');
  await expect(page.getByTestId('briefing-chart-flows')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
});
