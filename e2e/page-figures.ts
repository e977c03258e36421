// Reading figures off the page, and independent sums over the built-in CSV (plain
// string splitting, none of the app's code) to compare them with.

import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../data/kamchatka-demo.csv', import.meta.url));

interface Sums {
  exportUsd: number;
  importUsd: number;
  byPartner: Map<string, number>;
}

export function demoSums(filter: { from?: string; to?: string; flow?: 'export' | 'import' } = {}): Sums {
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0].split(',');
  const col = (name: string) => header.indexOf(name);
  const [period, flow, partner, value] = ['period', 'flow', 'partner', 'value_usd'].map(col);
  const sums: Sums = { exportUsd: 0, importUsd: 0, byPartner: new Map() };
  for (const line of lines.slice(1)) {
    if (!line) continue;
    const f = line.split(',');
    if (filter.from && f[period] < filter.from) continue;
    if (filter.to && f[period] > filter.to) continue;
    const v = Number(f[value]);
    if (f[flow] === 'export') sums.exportUsd += v;
    else if (f[flow] === 'import') sums.importUsd += v;
    else continue;
    if (filter.flow && f[flow] !== filter.flow) continue;
    sums.byPartner.set(f[partner], (sums.byPartner.get(f[partner]) ?? 0) + v);
  }
  return sums;
}

export function shareOf(sums: Sums, partner: string): number {
  const total = [...sums.byPartner.values()].reduce((a, b) => a + b, 0);
  return (sums.byPartner.get(partner) ?? 0) / total;
}

/** `44,7 %` / `44.7%` → 0.447 */
export function parseShare(text: string): number {
  return Number(text.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.')) / 100;
}

/** `1 234,5` → 1234.5 (millions as shown on the KPI cards) */
export function parseRuNumber(text: string): number {
  return Number(text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.').replace('\u2212', '-'));
}

/** What one unit of a key figure is worth in USD, from its unit text: `млрд долл. США`, `million USD`. */
export function unitUsd(unit: string): number {
  if (/млрд|\bbn\b|billion/.test(unit)) return 1e9;
  if (/млн|million/.test(unit)) return 1e6;
  if (/тыс|thousand/.test(unit)) return 1e3;
  throw new Error(`unknown unit: ${unit}`);
}

/**
 * How far a key figure on the page is from `usd`, in steps of its last shown digit (≤ 0.5: the
 * page shows `usd` correctly rounded). The card writes `1,41 млрд` from 1 000 million, `721,8 млн` below.
 */
export async function kpiError(page: Page, key: 'turnover' | 'export' | 'import' | 'balance', usd: number): Promise<number> {
  const text = await page.getByTestId(`kpi-${key}-value`).innerText();
  const unit = unitUsd(await page.getByTestId(`kpi-${key}-unit`).innerText());
  const digits = text.split(/[,.]/)[1]?.length ?? 0;
  const step = unit / 10 ** digits;
  return Math.abs(parseRuNumber(text) * unit - usd) / step;
}

/** The dashboard has drawn real numbers for the current view. */
export async function ready(page: Page) {
  await expect(page.getByTestId('dashboard-ready')).toBeAttached({ timeout: 20_000 });
}

/** What a user reads off the dashboard: the key figures and the partner shares. */
export async function figures(page: Page) {
  await ready(page);
  return {
    turnover: await page.getByTestId('kpi-turnover-value').innerText(),
    exports: await page.getByTestId('kpi-export-value').innerText(),
    imports: await page.getByTestId('kpi-import-value').innerText(),
    shares: await page.getByTestId('partner-share-list').innerText(),
  };
}
