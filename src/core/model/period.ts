// Periods are stored as one integer so that columns stay typed arrays and
// comparisons are plain integer comparisons:
//   year * 100 + 0        annual        (2020      -> 202000)
//   year * 100 + 1..12    month         (2020-05   -> 202005)
//   year * 100 + 21..24   quarter       (2020-Q2   -> 202022)

export type Granularity = 'year' | 'quarter' | 'month';

export function periodCode(year: number, sub: number): number {
  return year * 100 + sub;
}

export function periodYear(code: number): number {
  return Math.floor(code / 100);
}

export function periodGranularity(code: number): Granularity {
  const sub = code % 100;
  if (sub === 0) return 'year';
  if (sub >= 21) return 'quarter';
  return 'month';
}

/** Month 1–12 for a monthly code; 0 otherwise. */
export function periodMonth(code: number): number {
  const sub = code % 100;
  return sub >= 1 && sub <= 12 ? sub : 0;
}

/** Parses the canonical spellings `2020`, `2020-Q2`, `2020-05`; null when it is not one of them. */
export function parseCanonicalPeriod(text: string): number | null {
  const s = text.trim();
  let m = /^(\d{4})$/.exec(s);
  if (m) return validYear(+m[1]) ? periodCode(+m[1], 0) : null;
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) {
    const month = +m[2];
    return validYear(+m[1]) && month >= 1 && month <= 12 ? periodCode(+m[1], month) : null;
  }
  m = /^(\d{4})-Q([1-4])$/i.exec(s);
  if (m) return validYear(+m[1]) ? periodCode(+m[1], 20 + +m[2]) : null;
  return null;
}

/**
 * Every period spelling the supported exports use: `2020`, `2020-05`, `2020-Q2`
 * (canonical), `05/2020` and `5/2020` (customs portal), `202005` (Comtrade),
 * `2020.05`. Null for anything else, including impossible months.
 */
export function parsePeriodText(text: string): number | null {
  const s = text.trim();
  const canonical = parseCanonicalPeriod(s);
  if (canonical !== null) return canonical;
  let m = /^(\d{1,2})[/.](\d{4})$/.exec(s);
  if (m) return monthPeriod(+m[2], +m[1]);
  m = /^(\d{4})(\d{2})$/.exec(s);
  if (m) return monthPeriod(+m[1], +m[2]);
  m = /^(\d{4})[./](\d{1,2})$/.exec(s);
  if (m) return monthPeriod(+m[1], +m[2]);
  m = /^(\d{4})\s*Q([1-4])$/i.exec(s);
  if (m) return validYear(+m[1]) ? periodCode(+m[1], 20 + +m[2]) : null;
  return null;
}

/** Comtrade+ `refYear` + `refMonth`, where month 52 means the whole year. */
export function periodFromYearMonth(yearText: string, monthText: string): number | null {
  const year = Number(yearText.trim());
  const month = Number(monthText.trim());
  if (!Number.isInteger(year) || !validYear(year)) return null;
  if (monthText.trim() === '' || month === 52 || month === 0) return periodCode(year, 0);
  return monthPeriod(year, month);
}

function monthPeriod(year: number, month: number): number | null {
  return validYear(year) && Number.isInteger(month) && month >= 1 && month <= 12 ? periodCode(year, month) : null;
}

export function formatPeriod(code: number): string {
  const year = periodYear(code);
  const sub = code % 100;
  if (sub === 0) return String(year);
  if (sub >= 21) return `${year}-Q${sub - 20}`;
  return `${year}-${String(sub).padStart(2, '0')}`;
}

/** Month keys `YYYY-MM` used by filters: an ordinal month index makes ranges easy. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function monthKey(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function parseMonthKey(text: string): number | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m) return null;
  const year = +m[1];
  const month = +m[2];
  if (!validYear(year) || month < 1 || month > 12) return null;
  return monthIndex(year, month);
}

/** First and last month index a period code covers (a year covers 12 months, a quarter 3). */
export function periodMonthSpan(code: number): [number, number] {
  const year = periodYear(code);
  const sub = code % 100;
  if (sub === 0) return [monthIndex(year, 1), monthIndex(year, 12)];
  if (sub >= 21) {
    const q = sub - 20;
    return [monthIndex(year, q * 3 - 2), monthIndex(year, q * 3)];
  }
  return [monthIndex(year, sub), monthIndex(year, sub)];
}

function validYear(year: number): boolean {
  return year >= 1900 && year <= 2100;
}

/** The earliest year a trade row may be dated: anything before is a typo or a placeholder. */
export const MIN_PLAUSIBLE_YEAR = 1950;

/** The latest year a trade row may be dated, relative to `today` (the import's date): next year. */
export function latestPlausibleYear(today: Date = new Date()): number {
  return today.getFullYear() + 1;
}
