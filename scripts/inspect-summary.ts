// The pure part of `npm run inspect`: turns an imported table and its report
// into the JSON object the CLI prints (and the tests check). No I/O here.
//
// Only rows with counted[i] === 1 are added up: the others are aggregates
// (World, TOTAL, split totals) kept apart because their parts are in the file.

import { periodYear } from '../src/core/model/period.ts';
import { FLOWS, TOTAL_COMMODITY, type Flow } from '../src/core/model/trade-record.ts';
import type { TradeTable } from '../src/core/table/trade-table.ts';
import type { FormatId } from '../src/core/formats/format-ids.ts';
import type { ImportReport } from '../src/core/import/import-report.ts';
import type { TextEncodingName } from '../src/core/parse/byte-decoder.ts';
import type { Delimiter } from '../src/core/parse/csv-row-stream.ts';
import { rejectReason } from '../src/i18n/import-messages.ts';
import type { Language } from '../src/state/view-state.ts';

export interface InspectSummary {
  format: FormatId;
  encoding: TextEncodingName;
  delimiter: Delimiter;
  rows: { read: number; accepted: number; rejected: number; aggregate: number };
  rejected: { line: number; reason: string }[];
  totals: { year: number; flow: Flow; value_usd: number }[];
  partners: { partner: string; value_usd: number; share: number }[];
  chapters: { chapter: string; value_usd: number }[];
}

const EXPORT = FLOWS.indexOf('export');
const IMPORT = FLOWS.indexOf('import');

/** Chapter of a commodity code: its first two digits, or TOTAL for the all-goods aggregate. */
export function chapterOf(commodity: string): string {
  return commodity === TOTAL_COMMODITY ? TOTAL_COMMODITY : commodity.slice(0, 2);
}

export function summarise(table: TradeTable, report: ImportReport, lang: Language): InspectSummary {
  const n = table.rowCount;
  // Year × flow sums, keyed year * FLOWS.length + flow so that a numeric sort is the wanted order.
  const totals = new Map<number, number>();
  const partnerSums = new Float64Array(table.partners.length);
  const commodityChapter = table.commodities.map(chapterOf);
  const chapterSums = new Map<string, number>();
  let turnover = 0;
  for (let i = 0; i < n; i++) {
    if (table.counted[i] !== 1) continue;
    const value = table.valueUsd[i];
    const flow = table.flow[i];
    const key = periodYear(table.period[i]) * FLOWS.length + flow;
    totals.set(key, (totals.get(key) ?? 0) + value);
    if (flow === EXPORT || flow === IMPORT) {
      partnerSums[table.partner[i]] += value;
      turnover += value;
    }
    const chapter = commodityChapter[table.commodity[i]];
    chapterSums.set(chapter, (chapterSums.get(chapter) ?? 0) + value);
  }

  const partners = table.partners
    .map((partner, p) => ({ partner, value_usd: partnerSums[p], share: turnover > 0 ? partnerSums[p] / turnover : 0 }))
    .filter((p) => p.value_usd > 0)
    .sort((a, b) => b.value_usd - a.value_usd || compareText(a.partner, b.partner));

  return {
    format: report.format,
    encoding: report.encoding,
    delimiter: report.delimiter,
    rows: { read: report.rows.read, accepted: report.rows.accepted, rejected: report.rows.rejected, aggregate: report.rows.aggregate },
    rejected: report.rejected.map((row) => ({ line: row.line, reason: rejectReason(row, lang) })),
    totals: [...totals.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([key, value_usd]) => ({ year: Math.floor(key / FLOWS.length), flow: FLOWS[key % FLOWS.length], value_usd })),
    partners,
    chapters: [...chapterSums.entries()].sort((a, b) => compareText(a[0], b[0])).map(([chapter, value_usd]) => ({ chapter, value_usd })),
  };
}

/** Code-point order, independent of the locale: `01` < `97` < `TOTAL`. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
