import { describe, expect, it } from 'vitest';
import { TradeImporter } from './trade-importer';
import { groupYears, YearTally } from './period-outliers';

const HEADER = 'period,reporter,flow,partner,commodity,value_usd';

function importText(lines: string[]) {
  const importer = new TradeImporter();
  importer.push(new TextEncoder().encode([HEADER, ...lines].join('\n') + '\n'));
  return importer.finish();
}

describe('periods that make sense', () => {
  const nextYear = new Date().getFullYear() + 1;

  it('rejects 1900, 2100 and the year after next with their reason; keeps 1950 and next year', () => {
    const { table, report } = importText([
      '1900-05,RU-KAM,export,CN,03,10',
      '2100,RU-KAM,export,CN,03,10',
      `${nextYear + 1}-01,RU-KAM,export,CN,03,10`,
      '1949-Q4,RU-KAM,export,CN,03,10',
      '1950-01,RU-KAM,export,CN,03,10',
      `${nextYear}-12,RU-KAM,export,CN,03,10`,
    ]);
    expect(report.rows).toMatchObject({ read: 6, accepted: 2, rejected: 4 });
    expect(report.rejected.map((r) => [r.line, r.code, r.value])).toEqual([
      [2, 'implausible-period', '1900-05'],
      [3, 'implausible-period', '2100'],
      [4, 'implausible-period', `${nextYear + 1}-01`],
      [5, 'implausible-period', '1949-Q4'],
    ]);
    expect(table.rowCount).toBe(2);
  });

  it('warns about a row far from the rest of the file, with its line', () => {
    const lines: string[] = [];
    for (let y = 2019; y <= 2024; y++) for (let m = 1; m <= 12; m++) for (const p of ['CN', 'KR']) lines.push(`${y}-${String(m).padStart(2, '0')},RU-KAM,export,${p},03,10`);
    lines.splice(40, 0, '1995-03,RU-KAM,export,JP,03,10');
    const { report } = importText(lines);
    expect(report.rows.rejected).toBe(0);
    const warning = report.warnings.find((w) => w.code === 'outlier-period');
    expect(warning).toEqual({ code: 'outlier-period', years: [1995], rows: 1, lines: [42] });
  });

  it('does not warn about a file spread evenly, or a gap holding more than 1 % of rows', () => {
    expect(importText(['2019-01,RU-KAM,export,CN,03,10', '2024-01,RU-KAM,export,CN,03,10']).report.warnings).toEqual([]);
    const t = new YearTally();
    for (let i = 0; i < 99; i++) t.add(2020, i + 2);
    t.add(2010, 200);
    t.add(2010, 201);
    expect(t.outliers()).toBeNull(); // 2 of 101 rows
    t.add(2021, 300);
    expect(groupYears(t.years())).toEqual([{ years: [2010], rows: 2 }, { years: [2020, 2021], rows: 100 }]);
  });
});
