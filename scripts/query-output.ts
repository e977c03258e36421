// What the `query` command prints (scripts/query.ts): the JSON object the README documents, or
// a readable table. Values are rounded to the cent and weights to the gram: the sums of
// doubles carry no more precision than the files do.
//
// With --vs (a Comparison): every row gains the base period's value and weight and the change,
// rows of the base alone are added (value 0), and the total gains the change split into price
// and volume effects over the 10-digit codes (core/aggregate/change-decomposition.ts). Changes
// in percent are percentages (12.5 for +12.5 %), unlike `share`, a fraction of 1.

import type { Dimension } from '../src/core/query/dimensions.ts';
import type { Amounts, QueryResult } from '../src/core/query/trade-query.ts';
import type { PriceVolumeSplit } from '../src/core/aggregate/change-decomposition.ts';
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

/** --vs: the same query over the base period, and the change of the total split (over the 10-digit codes). */
export interface Comparison {
  base: QueryResult;
  split: PriceVolumeSplit;
}

/** A group of the answer with its base: rows of the base alone come last, with nothing now. */
interface ComparedRow {
  keys: string[];
  now: Amounts;
  share: number;
  /** Null: the group is not in the base period (value 0 there). */
  then: Amounts | null;
}

const NOTHING: Amounts = Object.freeze({ valueUsd: 0, netKg: 0, knownKg: 0, weighedUsd: 0, quantity: [] });

/** The answer's rows, then (with a comparison) the base's rows that the answer lacks, each with its base. */
function comparedRows(result: QueryResult, comparison: Comparison | null): ComparedRow[] {
  if (comparison === null) return result.rows.map((row) => ({ keys: row.keys, now: row, share: row.share, then: null }));
  const id = (keys: readonly string[]) => JSON.stringify(keys);
  const base = new Map(comparison.base.rows.map((row) => [id(row.keys), row]));
  const rows: ComparedRow[] = result.rows.map((row) => ({ keys: row.keys, now: row, share: row.share, then: base.get(id(row.keys)) ?? null }));
  const seen = new Set(result.rows.map((row) => id(row.keys)));
  for (const row of comparison.base.rows) if (!seen.has(id(row.keys))) rows.push({ keys: row.keys, now: NOTHING, share: 0, then: row });
  return rows;
}

/** Percent change (12.5 for +12.5 %); null against a base of 0 or less. */
const changePercent = (now: number, then: number): number | null => (then > 0 ? ((now - then) / then) * 100 : null);

function changeJson(now: Amounts, then: Amounts | null) {
  const base = then ?? NOTHING;
  return {
    base_value_usd: cents(base.valueUsd),
    base_net_kg: base.netKg === null ? null : grams(base.netKg),
    change_usd: cents(now.valueUsd - base.valueUsd),
    change_pct: changePercent(now.valueUsd, base.valueUsd),
  };
}

/**
 * The effects in cents: volume and unexplained rounded, price the remainder, so that the three
 * add up to change_usd to the cent.
 */
function effectsInCents(change: number, split: PriceVolumeSplit) {
  const changeC = Math.round(change * 100);
  const volumeC = Math.round(split.volumeUsd * 100);
  const unexplainedC = Math.round(split.unexplainedUsd * 100);
  return { price: (changeC - volumeC - unexplainedC) / 100, volume: volumeC / 100, unexplained: unexplainedC / 100 };
}

/** The period the filter covers: as given, else the data's first and last month. */
function span(options: AppliedOptions, table: TradeTable): { from: string; to: string } {
  const summary = summariseTable(table);
  return { from: options.from ?? monthKey(summary.firstMonth), to: options.to ?? monthKey(summary.lastMonth) };
}

export function queryJson(result: QueryResult, options: AppliedOptions, table: TradeTable, comparison: Comparison | null = null) {
  const { from, to } = span(options, table);
  const keys = (row: ComparedRow) => Object.fromEntries(result.by.map((d, i) => [d, row.keys[i]]));
  const effects = comparison && effectsInCents(result.total.valueUsd - comparison.base.total.valueUsd, comparison.split);
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
      ...(comparison && options.vs ? { vs: options.vs } : {}),
    },
    rows: comparedRows(result, comparison).map((row) => ({ ...keys(row), ...amountsJson(row.now), share: row.share, ...(comparison ? changeJson(row.now, row.then) : {}) })),
    total: {
      ...amountsJson(result.total),
      ...(comparison && effects
        ? { ...changeJson(result.total, comparison.base.total), price_effect_usd: effects.price, volume_effect_usd: effects.volume, unexplained_usd: effects.unexplained }
        : {}),
    },
  };
}

export function reporterList(codes: readonly string[], lang: Language): string {
  return codes.map((code) => `${code} (${reporterName(code, lang)})`).join(', ');
}

type Column = Dimension | 'value' | 'share' | 'kg' | 'quantity' | 'baseValue' | 'change' | 'changePct' | 'baseKg';

const HEADERS: Record<Language, Record<Column, string>> = {
  ru: { reporter: 'субъект', partner: 'партнёр', flow: 'поток', year: 'год', quarter: 'квартал', month: 'месяц', section: 'раздел', hs2: 'группа', hs4: 'товарная позиция', hs6: 'субпозиция', hs8: 'hs8', hs10: 'код ТН ВЭД', value: 'стоимость, долл. США', share: 'доля, %', kg: 'нетто, кг', quantity: 'количество', baseValue: 'база, долл. США', change: 'изменение, долл. США', changePct: 'изменение, %', baseKg: 'база нетто, кг' },
  en: { reporter: 'reporter', partner: 'partner', flow: 'flow', year: 'year', quarter: 'quarter', month: 'month', section: 'section', hs2: 'chapter', hs4: 'heading', hs6: 'subheading', hs8: 'hs8', hs10: 'code', value: 'value, USD', share: 'share, %', kg: 'net, kg', quantity: 'quantity', baseValue: 'base value, USD', change: 'change, USD', changePct: 'change, %', baseKg: 'base net, kg' },
};

/** A readable table: the filters, one line per group, the total; with --vs the base, the change and its split. */
export function queryText(result: QueryResult, options: AppliedOptions, table: TradeTable, comparison: Comparison | null = null): string {
  const lang = options.lang;
  const ru = lang === 'ru';
  const h = HEADERS[lang];
  const { from, to } = span(options, table);
  const locale = ru ? 'ru-RU' : 'en-US';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const percent = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signedPercent = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const kg = (a: Amounts) => (a.netKg === null ? '—' : number.format(a.netKg));
  const quantity = (a: Amounts) => a.quantity.map((q) => `${number.format(q.value)} ${q.unit}`).join('; ');
  const changeCells = (now: Amounts, then: Amounts | null): string[] => {
    if (comparison === null) return [];
    const base = then ?? NOTHING;
    const pct = changePercent(now.valueUsd, base.valueUsd);
    return [number.format(base.valueUsd), signed.format(cents(now.valueUsd - base.valueUsd)), pct === null ? '—' : signedPercent.format(pct), kg(base)];
  };
  const lines: string[] = [];
  lines.push(`${ru ? 'Субъекты' : 'Reporters'}: ${reporterList(options.reporters, lang)}${options.summed ? (ru ? ' — сумма по ним' : ' — their sum') : ''}`);
  const vs = comparison && options.vs ? `; ${ru ? 'база сравнения' : 'compared with'}: ${options.vs.from} – ${options.vs.to}` : '';
  lines.push(`${ru ? 'Период' : 'Period'}: ${from} – ${to}${vs}; ${ru ? 'поток' : 'flow'}: ${options.flow}`);
  if (options.partners) lines.push(`${ru ? 'Партнёры' : 'Partners'}: ${options.partners.join(', ')}`);
  if (options.hs) lines.push(`${ru ? 'Коды ТН ВЭД' : 'HS codes'}: ${options.hs.join(', ')}`);
  const header = [...result.by.map((d) => h[d]), h.value, h.share, h.kg, ...(comparison ? [h.baseValue, h.change, h.changePct, h.baseKg] : []), h.quantity];
  const body = comparedRows(result, comparison).map((row) => [...row.keys, number.format(row.now.valueUsd), percent.format(row.share * 100), kg(row.now), ...changeCells(row.now, row.then), quantity(row.now)]);
  const totalRow = [...result.by.map((_, i) => (i === 0 ? (ru ? 'Итого' : 'Total') : '')), number.format(result.total.valueUsd), '', kg(result.total), ...changeCells(result.total, comparison?.base.total ?? null), quantity(result.total)];
  const all = [header, ...body, totalRow];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const format = (r: string[]) => r.map((c, i) => (i < result.by.length ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  lines.push('', format(header), ...body.map(format), format(totalRow));
  if (comparison) {
    const effects = effectsInCents(result.total.valueUsd - comparison.base.total.valueUsd, comparison.split);
    const labels = ru
      ? ['эффект объёма (изменение веса по базовой цене)', 'эффект цены (изменение цены за кг на текущий вес)', 'не разложено (стоимость без веса)']
      : ['volume effect (change of weight at the base price)', 'price effect (change of price per kg on the current weight)', 'unexplained (value without weight)'];
    const figures = [effects.volume, effects.price, effects.unexplained].map((v) => `${signed.format(v)} ${ru ? 'долл. США' : 'USD'}`);
    const width = Math.max(...labels.map((l) => l.length));
    lines.push(
      '',
      `${ru ? 'Изменение итога' : 'Change of the total'}: ${signed.format(cents(result.total.valueUsd - comparison.base.total.valueUsd))} ${ru ? 'долл. США' : 'USD'}, ${ru ? 'по 10-значным кодам' : 'over the 10-digit codes'}:`,
      ...labels.map((label, i) => `  ${label.padEnd(width)}  ${figures[i].padStart(Math.max(...figures.map((f) => f.length)))}`),
    );
  }
  if (result.by.length > 0) lines.push('', ru ? 'Доля — от итога без фильтров по показанным измерениям.' : 'Share: of the total without the filters on the dimensions shown.');
  return lines.join('\n') + '\n';
}
