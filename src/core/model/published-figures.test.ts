import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePublishedFigures } from './published-figures';

const text = readFileSync(fileURLToPath(new URL('../../../data/kamchatka-2020-jan-may-published.csv', import.meta.url)), 'utf8');

describe('published figures file', () => {
  it('parses every row and keeps the press-release numbers', () => {
    const rows = parsePublishedFigures(text);
    expect(rows.length).toBe(text.trim().split('\n').length - 1);
    const find = (indicator: string, flow: string, partner = '') => rows.find((r) => r.indicator === indicator && r.flow === flow && r.partner === partner && r.periodFrom === '2020-01');
    expect(find('value', 'turnover')?.value).toBe(480);
    expect(find('share', 'turnover', 'CN')?.value).toBe(44.7);
    expect(rows.every((r) => r.source.length > 10)).toBe(true);
  });

  it('refuses a file of another shape', () => {
    expect(() => parsePublishedFigures('a,b\n1,2')).toThrow();
  });
});
