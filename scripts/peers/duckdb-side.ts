// DuckDB-WASM's side of the peers bench, in the harness page (a devDependency: only this
// bench page ever imports it; src/ never does). Its bundles, workers and .wasm files are
// served by the bench's own server from node_modules/@duckdb/duckdb-wasm/dist (no CDN).
//
// Start-up (timed apart): pick the bundle for this browser (`selectBundle`: the exception-
// handling build in Chromium, one thread), start its worker, instantiate the .wasm, connect.
// Load: the user's File registered as a browser file handle (read in chunks by its worker,
// as TradeShare's worker reads it; `--duckdb-read buffer`: its bytes registered whole), `read_csv` of every column into a table, and the same
// aggregate rule as TradeShare's import (src/core/table/aggregate-coverage.ts) in SQL: a row
// is not counted when the same reporter, period and flow has a finer row — a country under
// World or an aggregate area, a longer code under TOTAL or under a shorter code. Then the two
// questions in SQL.

import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { SPECIAL_PARTNERS } from '../../src/core/model/country-names.ts';
import { TOTAL_COMMODITY, WORLD_PARTNER } from '../../src/core/model/trade-record.ts';
import type { Answers, PageParams, RunResult } from './answers.ts';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** Columns read as numbers; every other column is text, as TradeShare's canonical reader takes it. */
const NUMBER_COLUMNS = new Set(['value_usd', 'net_kg', 'quantity']);

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** The SQL of the load: the table, then the rows kept apart as aggregates marked not counted. */
export function loadSql(header: string[]): string[] {
  const columns = header.map((name) => `${quote(name)}: ${quote(NUMBER_COLUMNS.has(name) ? 'DOUBLE' : 'VARCHAR')}`).join(', ');
  const aggregatePartners = [WORLD_PARTNER, ...Object.entries(SPECIAL_PARTNERS).filter(([, p]) => p.aggregate).map(([code]) => code)].map(quote).join(', ');
  const total = quote(TOTAL_COMMODITY);
  return [
    `CREATE TABLE trade AS SELECT *, CAST(left(period, 4) AS SMALLINT) AS year, true AS counted
       FROM read_csv('trade.csv', header = true, delim = ',', quote = '"', auto_detect = false, columns = {${columns}})`,
    // Candidates first (an aggregate partner, TOTAL, or a code some longer code extends), so a
    // file without aggregates pays one scan, as TradeShare's import does.
    `CREATE TABLE apart AS
       WITH codes AS (SELECT DISTINCT commodity AS code FROM trade),
       prefixes AS (SELECT DISTINCT left(code, n) AS code FROM codes, range(2, 20, 2) AS r(n) WHERE code <> ${total} AND length(code) > n),
       candidates AS (
         SELECT DISTINCT reporter, period, flow, partner, commodity FROM trade
          WHERE partner IN (${aggregatePartners}) OR commodity = ${total} OR commodity IN (SELECT code FROM prefixes))
       SELECT c.* FROM candidates c WHERE EXISTS (
         SELECT 1 FROM trade s
          WHERE s.reporter = c.reporter AND s.period = c.period AND s.flow = c.flow
            AND NOT (s.partner = c.partner AND s.commodity = c.commodity)
            AND (s.partner = c.partner OR (c.partner IN (${aggregatePartners}) AND s.partner NOT IN (${aggregatePartners})))
            AND (s.commodity = c.commodity OR (s.commodity <> ${total} AND (c.commodity = ${total}
                 OR (length(s.commodity) > length(c.commodity) AND length(c.commodity) % 2 = 0 AND starts_with(s.commodity, c.commodity))))))`,
    `UPDATE trade SET counted = false FROM apart a
      WHERE trade.reporter = a.reporter AND trade.period = a.period AND trade.flow = a.flow AND trade.partner = a.partner AND trade.commodity = a.commodity`,
  ];
}

export function questionSql(year: number): [string, string] {
  return [
    `SELECT partner AS k, sum(value_usd) AS v FROM trade WHERE counted AND year = ${year} AND flow IN ('export', 'import') GROUP BY partner`,
    `SELECT CAST(year AS VARCHAR) || '|' || flow AS k, sum(value_usd) AS v FROM trade WHERE counted GROUP BY year, flow`,
  ];
}

type Connection = duckdb.AsyncDuckDBConnection;

async function keyedSums(conn: Connection, sql: string): Promise<Record<string, number>> {
  const table = await conn.query(sql);
  const keys = [...table.getChild('k')!] as string[];
  const values = [...table.getChild('v')!] as number[];
  return Object.fromEntries(keys.map((k, i) => [k, Number(values[i])]));
}

async function answer(conn: Connection, year: number): Promise<Answers> {
  const qs = questionSql(year);
  const [byPartner, byYearFlow] = [await keyedSums(conn, qs[0]), await keyedSums(conn, qs[1])];
  return { year, byPartner, byYearFlow };
}

export async function runDuckDb(file: File, params: PageParams): Promise<RunResult> {
  const t0 = performance.now();
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const conn = await db.connect();
  const t1 = performance.now();

  if (params.duckdbRead === 'buffer') await db.registerFileBuffer('trade.csv', new Uint8Array(await file.arrayBuffer()));
  else await db.registerFileHandle('trade.csv', file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
  const steps: number[] = [];
  for (const sql of loadSql(params.header)) {
    const s = performance.now();
    await conn.query(sql);
    steps.push(performance.now() - s);
  }
  const t2 = performance.now();
  // The latest year unless one is given (TradeShare reads it from its table's summary).
  const year = params.year ?? Number((await conn.query('SELECT max(year) AS y FROM trade')).getChild('y')!.get(0));
  const answers = await answer(conn, year);
  const t3 = performance.now();

  const requeryMs: number[] = [];
  for (let i = 0; i < params.requeryReps; i++) {
    const s = performance.now();
    await answer(conn, year);
    requeryMs.push(performance.now() - s);
  }
  const counts = await conn.query('SELECT (SELECT count(*) FROM trade) AS n, (SELECT count(*) FROM apart) AS apart');
  const rowsLoaded = Number(counts.getChild('n')!.get(0));
  const apart = Number(counts.getChild('apart')!.get(0));
  const version = await db.getVersion();
  // Left running: the bench reads the page process's peak with the engine still holding its data.
  return {
    engine: 'duckdb',
    initMs: t1 - t0,
    answerMs: t3 - t1,
    loadMs: t2 - t1,
    requeryMs,
    rowsLoaded,
    answers,
    detail: `DuckDB ${version}, bundle «${bundle.mainModule.includes('-eh') ? 'eh' : bundle.mainModule.includes('-mvp') ? 'mvp' : bundle.mainModule}» (one thread), the file read ${params.duckdbRead === 'buffer' ? 'as one buffer' : 'through a file handle'}; load: read_csv into the table ${steps[0].toFixed(0)} ms, the aggregate rule ${steps[1].toFixed(0)} + ${steps[2].toFixed(0)} ms (${apart} row keys kept apart)`,
  };
}
