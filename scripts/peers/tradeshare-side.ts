// TradeShare's side of the peers bench, in the harness page: the product's own code as the
// app runs it — the dataset worker through src/worker/dataset-worker-client.ts (`importFile`,
// as the upload panel calls it with the user's File), then the query core's `queryTable`
// (src/core/query/roll-up.ts), which answers from the coarsest table that can, as the
// dashboard does.

import { importFile } from '../../src/worker/dataset-worker-client.ts';
import { knownRollUps, queryTable } from '../../src/core/query/roll-up.ts';
import { runQuery } from '../../src/core/query/trade-query.ts';
import type { QueryResult, TradeQuery } from '../../src/core/query/query-types.ts';
import type { TradeTable } from '../../src/core/table/trade-table.ts';
import { monthIndex } from '../../src/core/model/period.ts';
import type { Answers, RunParams, RunResult } from './answers.ts';

function questions(year: number): [TradeQuery, TradeQuery] {
  return [
    // Values only, as the dashboard asks (weights are not read).
    { filter: { fromMonth: monthIndex(year, 1), toMonth: monthIndex(year, 12), flows: ['export', 'import'] }, by: ['partner'], amounts: 'value' },
    { filter: {}, by: ['year', 'flow'], amounts: 'value' },
  ];
}

function toAnswers(year: number, [byPartner, byYearFlow]: QueryResult[]): Answers {
  return {
    year,
    byPartner: Object.fromEntries(byPartner.rows.map((r) => [r.keys[0], r.valueUsd])),
    byYearFlow: Object.fromEntries(byYearFlow.rows.map((r) => [`${r.keys[0]}|${r.keys[1]}`, r.valueUsd])),
  };
}

const ask = (table: TradeTable, qs: TradeQuery[], run: typeof queryTable) => qs.map((q) => run(table, q));

export async function runTradeShare(file: File, params: RunParams): Promise<RunResult & { requeryRowsMs: number[] }> {
  const t0 = performance.now();
  const loaded = await importFile(file);
  const t1 = performance.now();
  const year = params.year ?? Math.floor(loaded.summary.lastMonth / 12);
  const qs = questions(year);
  const answers = toAnswers(year, ask(loaded.table, qs, queryTable));
  const t2 = performance.now();

  let sink = 0;
  const requeryMs: number[] = [];
  for (let i = 0; i < params.requeryReps; i++) {
    const s = performance.now();
    const again = ask(loaded.table, qs, queryTable);
    requeryMs.push(performance.now() - s);
    sink += again[0].total.valueUsd + again[1].total.valueUsd;
  }
  // For comparison only: the same two questions read from the rows themselves (runQuery), not the roll-up.
  const requeryRowsMs: number[] = [];
  for (let i = 0; i < params.requeryReps; i++) {
    const s = performance.now();
    const again = ask(loaded.table, qs, runQuery);
    sink += again[0].total.valueUsd + again[1].total.valueUsd;
    requeryRowsMs.push(performance.now() - s);
  }
  if (!Number.isFinite(sink)) throw new Error('re-query: non-finite total');
  const rollUps = knownRollUps(loaded.table);
  return {
    engine: 'tradeshare',
    initMs: 0,
    answerMs: t2 - t0,
    loadMs: t1 - t0,
    requeryMs,
    requeryRowsMs,
    rowsLoaded: loaded.table.rowCount,
    answers,
    detail: rollUps ? `answered by queryTable from the all-goods roll-up (${rollUps.allGoods.rowCount.toLocaleString('en-US')} cells) built in the worker during the import` : 'answered by queryTable from the rows (no roll-up)',
  };
}
