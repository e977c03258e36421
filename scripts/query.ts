// The app's query in Node, for IT staff and for checking the numbers:
//
//   npm run --silent query -- FILE... [--reporter CODES] [--from YYYY-MM] [--to YYYY-MM]
//       [--flow turnover|export|import|re-export|re-import] [--partners CN,KR] [--hs 03,0303]
//       [--by DIM[,DIM]] [--vs YYYY-MM..YYYY-MM] [--json] [--lang ru|en]
//
// The files are imported as the browser imports them (scripts/cli/import-file.ts) and merged
// into one dataset as an upload of several files is (src/core/table/merge-tables.ts: records
// two files share are counted once); then ONE query of the query core
// (src/core/query/trade-query.ts) answers. With --vs the same query runs for the base period
// too, and the change of the total is split into price and volume effects over the 10-digit
// codes (src/core/aggregate/change-decomposition.ts: one more query by hs10 for each period).
// Exit status:
//   0  answered
//   1  a file cannot be imported or read, or an internal error
//   2  bad options, or several reporters with neither --reporter nor --by reporter (nothing is
//      ever summed across reporters by accident)
// Every failure is ONE line on stderr; with --json, stdout holds exactly one JSON object
// (README «Checking the numbers (`query`)» documents it).

import { mergeTables } from '../src/core/table/merge-tables.ts';
import type { TradeTable } from '../src/core/table/trade-table.ts';
import { runQuery, type QueryResult } from '../src/core/query/trade-query.ts';
import { prepareQueries } from '../src/core/query/query-warm-up.ts';
import type { TradeFilter } from '../src/core/query/query-types.ts';
import { priceVolumeSplit, type ValueAndWeight } from '../src/core/aggregate/change-decomposition.ts';
import type { Language } from '../src/state/view-state.ts';
import { isMainModule, oneLine, optionsOrExit, runAsMain, type CliIo } from './cli/cli-io.ts';
import { importErrorText, importFiles, FileImportError } from './cli/import-file.ts';
import { parseQueryOptions, queryUsage, type QueryOptions } from './query-options.ts';
import { queryJson, queryText, reporterList, type Comparison } from './query-output.ts';

export async function runQueryCommand(argv: string[], io: CliIo): Promise<number> {
  const options = optionsOrExit<QueryOptions>(argv, io, parseQueryOptions, queryUsage);
  if (typeof options === 'number') return options;
  const { lang } = options;

  let table: TradeTable;
  try {
    const imported = await importFiles(options.files);
    table = imported.map((f) => f.table).reduce((merged, next) => mergeTables(merged, next).table);
  } catch (error) {
    const file = error instanceof FileImportError ? error.file : options.files[0];
    const text = importErrorText(error instanceof FileImportError ? error.cause : error, file, lang);
    if (text === null) throw error;
    io.stderr(`${oneLine(options.files.length > 1 ? `${file}: ${text}` : text)}\n`);
    return 1;
  }

  const reporters = resolveReporters(table, options, lang, io);
  if (typeof reporters === 'number') return reporters;
  const query = {
    filter: { ...options.filter, reporters: reporters.filter },
    by: options.by,
  };
  prepareQueries();
  const result: QueryResult = runQuery(table, query);
  const comparison = options.baseFilter === null ? null : compare(table, query.filter, { ...options.baseFilter, reporters: reporters.filter }, options.by);
  const applied = { ...options, reporters: reporters.codes, summed: reporters.summed };
  if (options.json) io.stdout(`${JSON.stringify(queryJson(result, applied, table, comparison))}\n`);
  else io.stdout(queryText(result, applied, table, comparison));
  return 0;
}

/** --vs: the same query over the base period, and the total's change split over the 10-digit codes. */
function compare(table: TradeTable, filter: TradeFilter, baseFilter: TradeFilter, by: QueryOptions['by']): Comparison {
  const base = runQuery(table, { filter: baseFilter, by });
  const byCode = (f: TradeFilter) => {
    const codes = new Map<string, ValueAndWeight>();
    for (const row of runQuery(table, { filter: f, by: ['hs10'], amounts: 'all' }).rows) codes.set(row.keys[0], { valueUsd: row.valueUsd, knownKg: row.knownKg ?? 0, weighedUsd: row.weighedUsd ?? 0 });
    return codes;
  };
  return { base, split: priceVolumeSplit(byCode(filter), byCode(baseFilter)).total };
}

/**
 * The reporters the query covers: those asked for, or the only one in the files; exit status 2
 * (with the reporters found) when several would be summed without being asked to.
 */
function resolveReporters(table: TradeTable, options: QueryOptions, lang: Language, io: CliIo): { filter: string[] | null; codes: string[]; summed: boolean } | number {
  const found = [...table.reporters].sort();
  const ru = lang === 'ru';
  if (options.reporter === 'all') return { filter: null, codes: found, summed: found.length > 1 && !options.by.includes('reporter') };
  if (options.reporter !== null) {
    const missing = options.reporter.filter((code) => !found.includes(code));
    if (missing.length > 0) {
      io.stderr(`${oneLine(ru ? `в файлах нет субъекта ${missing.join(', ')}; есть: ${reporterList(found, lang)}` : `the files have no reporter ${missing.join(', ')}; they have: ${reporterList(found, lang)}`)}\n`);
      return 2;
    }
    return { filter: options.reporter, codes: options.reporter, summed: options.reporter.length > 1 && !options.by.includes('reporter') };
  }
  if (found.length > 1 && !options.by.includes('reporter')) {
    io.stderr(
      `${oneLine(
        ru
          ? `в файлах ${found.length} отчитывающихся субъектов: ${reporterList(found, lang)}; укажите --reporter КОДЫ, --reporter all (сумма) или --by reporter`
          : `the files hold ${found.length} reporters: ${reporterList(found, lang)}; give --reporter CODES, --reporter all (their sum) or --by reporter`,
      )}\n`,
    );
    return 2;
  }
  return { filter: null, codes: found, summed: false };
}

if (isMainModule(import.meta.url)) runAsMain(runQueryCommand);
