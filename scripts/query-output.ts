// What the `query` command prints (scripts/query.ts): the JSON object the README documents, or
// a readable table. Values are rounded to the cent and weights to the gram: the sums of
// doubles carry no more precision than the files do.

import type { Dimension } from '../src/core/query/dimensions.ts';
import type { Amounts, QueryResult } from '../src/core/query/trade-query.ts';
import { monthKey } from '../src/core/model/period.ts';
import { reporterName } from '../src/core/model/russian-regions.ts';
import { summariseTable } from '../src/core/table/table-summary.ts';
import type { TradeTable } from '../src/core/table/trade-table.ts';
import type { Language } from '../src/state/view-state.ts';
import type { QueryOptions } from './query-options.ts';

export interface AppliedOptions extends QueryOptions {
  /** The reporters the figures cover, as codes. */
  reporters: string[];
  /** True when the figures are the sum of several reporters (--reporter all, or a list). */
  summed: boolean;
}

const cents = (v: number) => Math.round(v * 100) / 100;
const grams = (v: number) => Math.round(v * 1000) / 1000;

function amountsJson(a: Amounts) {
  return { value_usd: cents(a.valueUsd), net_kg: a.netKg === null ? null : grams(a.netKg), quantity: a.quantity.map((q) => ({ unit: q.unit, value: grams(q.value) })) };
}

/** The period the filter covers: as given, else the data's first and last month. */
function span(options: AppliedOptions, table: TradeTable): { from: string; to: string } {
  const summary = summariseTable(table);
  return { from: options.from ?? monthKey(summary.firstMonth), to: options.to ?? monthKey(summary.lastMonth) };
}

export function queryJson(result: QueryResult, options: AppliedOptions, table: TradeTable) {
  const { from, to } = span(options, table);
  return {
    filters: {
      reporter: options.reporters,
      ...(options.summed ? { reporters_summed: true } : {}),
      from,
      to,
      flow: options.flow,
      partners: options.partners,
      hs: options.hs,
      by: options.by,
    },
    rows: result.rows.map((row) => ({ ...Object.fromEntries(result.by.map((d, i) => [d, row.keys[i]])), ...amountsJson(row), share: row.share })),
    total: amountsJson(result.total),
  };
}

export function reporterList(codes: readonly string[], lang: Language): string {
  return codes.map((code) => `${code} (${reporterName(code, lang)})`).join(', ');
}

const HEADERS: Record<Language, Record<Dimension | 'value' | 'share' | 'kg' | 'quantity', string>> = {
  ru: { reporter: 'субъект', partner: 'партнёр', flow: 'поток', year: 'год', quarter: 'квартал', month: 'месяц', section: 'раздел', hs2: 'группа', hs4: 'товарная позиция', hs6: 'субпозиция', hs8: 'hs8', hs10: 'код ТН ВЭД', value: 'стоимость, долл. США', share: 'доля, %', kg: 'нетто, кг', quantity: 'количество' },
  en: { reporter: 'reporter', partner: 'partner', flow: 'flow', year: 'year', quarter: 'quarter', month: 'month', section: 'section', hs2: 'chapter', hs4: 'heading', hs6: 'subheading', hs8: 'hs8', hs10: 'code', value: 'value, USD', share: 'share, %', kg: 'net, kg', quantity: 'quantity' },
};

/** A readable table: the filters, one line per group, the total. */
export function queryText(result: QueryResult, options: AppliedOptions, table: TradeTable): string {
  const lang = options.lang;
  const ru = lang === 'ru';
  const h = HEADERS[lang];
  const { from, to } = span(options, table);
  const number = new Intl.NumberFormat(ru ? 'ru-RU' : 'en-US', { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(ru ? 'ru-RU' : 'en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const quantity = (a: Amounts) => a.quantity.map((q) => `${number.format(q.value)} ${q.unit}`).join('; ');
  const lines: string[] = [];
  lines.push(`${ru ? 'Субъекты' : 'Reporters'}: ${reporterList(options.reporters, lang)}${options.summed ? (ru ? ' — сумма по ним' : ' — their sum') : ''}`);
  lines.push(`${ru ? 'Период' : 'Period'}: ${from} – ${to}; ${ru ? 'поток' : 'flow'}: ${options.flow}`);
  if (options.partners) lines.push(`${ru ? 'Партнёры' : 'Partners'}: ${options.partners.join(', ')}`);
  if (options.hs) lines.push(`${ru ? 'Коды ТН ВЭД' : 'HS codes'}: ${options.hs.join(', ')}`);
  const header = [...result.by.map((d) => h[d]), h.value, h.share, h.kg, h.quantity];
  const body = result.rows.map((row) => [...row.keys, number.format(row.valueUsd), percent.format(row.share * 100), row.netKg === null ? '—' : number.format(row.netKg), quantity(row)]);
  const totalRow = [...result.by.map((_, i) => (i === 0 ? (ru ? 'Итого' : 'Total') : '')), number.format(result.total.valueUsd), '', result.total.netKg === null ? '—' : number.format(result.total.netKg), quantity(result.total)];
  const all = [header, ...body, totalRow];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const format = (r: string[]) => r.map((c, i) => (i < result.by.length ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  lines.push('', format(header), ...body.map(format), format(totalRow));
  if (result.by.length > 0) lines.push('', ru ? 'Доля — от итога без фильтров по показанным измерениям.' : 'Share: of the total without the filters on the dimensions shown.');
  return lines.join('\n') + '\n';
}
