// Warming the query up: every path of the query and of its kernel run once on small made-up
// tables. V8 optimises a long loop while it runs (on-stack replacement); code after the loop
// that has never run has no type feedback, and the optimised code then bails out there — on
// every call, back to the interpreter and a fresh compile of the loop (measured: 30 ms instead
// of 9 ms for one group over a million rows; a 52,000-group answer 4× as long). After one
// complete small run every path has its feedback. The page loads this module while it waits
// for the worker (worker/dataset-worker-client.ts); the command line and the benchmarks call
// it before their first large query. Kept out of the first-load bundle.

import { periodCode } from '../model/period';
import { assembleTable, newColumn, type ColumnName, type DictionaryName } from '../table/trade-table';
import type { Dimension } from './dimensions';
import { DENSE_GROUPS, DIRECT_GROUPS, runKernel } from './group-kernel';
import { attachRowTuples } from './row-tuples';
import { runQuery } from './trade-query';
import { queryRollUp } from './roll-up';
import { rollUpsOf } from './roll-up-build';

let warmedUp = false;

/** Runs the warm-up once (tens of ms); later calls return at once. */
export function prepareQueries(): void {
  if (warmedUp) return;
  warmedUp = true;
  warmUpKernel();
  // 400 rows in period order (months of 2020–2022), of several partners, reporters, units and
  // code lengths, some kept apart; then the same rows out of order and without quantities.
  const n = 400;
  const codes = Array.from({ length: n }, (_, i) => String(1000000000 + i * 7919).slice(0, 2 + (i % 5) * 2));
  const column = (name: ColumnName, value: (i: number) => number) => {
    const out = newColumn(name, n);
    for (let i = 0; i < n; i++) out[i] = value(i);
    return out;
  };
  const columns: { [K in ColumnName]: (i: number) => number } = {
    period: (i) => periodCode(2020 + Math.floor(i / 134), 1 + Math.floor((i % 134) / 12)),
    flow: (i) => i % 2,
    reporter: (i) => (i >> 1) % 2,
    partner: (i) => i % 7,
    commodity: (i) => i,
    valueUsd: (i) => i + 0.5,
    netKg: (i) => (i % 5 ? i : NaN),
    quantity: (i) => (i % 3 ? i : NaN),
    unit: (i) => (i % 3 ? 1 + (i % 2) : 0),
    counted: (i) => (i % 11 ? 1 : 0),
  };
  const dictionaries: Record<DictionaryName, string[]> = { reporters: ['RU', 'RU-KAM'], partners: ['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6'], commodities: codes, units: ['', 'ШТУКА', 'ЛИТР'] };
  const table = assembleTable(n, (name) => column(name, columns[name]) as never, (dict) => dictionaries[dict]);
  const plain = assembleTable(n, (name) => (name === 'quantity' ? column(name, () => NaN) : name === 'unit' ? column(name, () => 0) : column(name, (i) => columns[name](n - 1 - i))) as never, (dict) => (dict === 'units' ? [''] : dictionaries[dict]));
  for (const t of [table, plain]) {
    for (const by of [[], ['partner'], ['quarter', 'partner', 'section'], ['month', 'hs4', 'flow'], ['reporter', 'hs10']] as Dimension[][]) {
      for (const amounts of ['all', 'value'] as const) runQuery(t, { filter: {}, by, amounts });
      runQuery(t, { filter: { fromMonth: 2021 * 12, toMonth: 2021 * 12 + 11, flows: ['export'], partners: ['P1', 'P2'], commodities: ['10', '1001'], reporters: ['RU'] }, by });
    }
  }
  // The roll-ups' own path (cells named by their tuples), which answers the charts' value questions.
  const { chapters, allGoods } = rollUpsOf(table);
  for (const by of [[], ['partner'], ['month', 'flow'], ['year', 'hs2']] as Dimension[][]) {
    queryRollUp(chapters, { filter: { fromMonth: 2021 * 12, toMonth: 2021 * 12 + 11, commodities: ['10'] }, by, amounts: 'value' });
    if (!by.includes('hs2')) queryRollUp(allGoods, { filter: { partners: ['P1'] }, by, amounts: 'value' });
  }
}

/**
 * Runs the kernel once on a small made-up table, through its growth and every path, before
 * it meets a large table (trade-query.ts calls it). V8 optimises a long loop while it runs
 * (on-stack replacement); code after the loop that has never run has no type feedback, and
 * the optimised code then bails out there — on every call, back to the interpreter and a
 * fresh compile of the loop (measured: 30 ms instead of 9 ms for one group over a million
 * rows). After one complete small run every path has its feedback.
 */
function warmUpKernel(): void {
  const n = 600; // more groups than the first capacity: the growth runs too
  const table = assembleTable(
    n,
    (name) => {
      const column = newColumn(name, n);
      for (let i = 0; i < n; i++) column[i] = name === 'partner' ? i : name === 'counted' ? 1 : name === 'valueUsd' || name === 'netKg' || name === 'quantity' ? i + 0.5 : name === 'unit' ? i % 2 : 0;
      return column;
    },
    (dict) => (dict === 'units' ? ['', 'ШТУКА'] : dict === 'partners' ? Array.from({ length: n }, (_, i) => String(i)) : ['x']),
  );
  // The same rows without tuples (their own period column: tuples are known by it).
  const untupled = { ...table, period: table.period.slice() };
  attachRowTuples(untupled, null);
  for (const [warmTable, groups, starts] of [
    [table, 2 * n, Int32Array.from([0, n])],
    [table, 2 * n, null],
    [untupled, 2 * n, null],
    [table, DIRECT_GROUPS + 1, null],
    [table, DENSE_GROUPS + 1, null],
  ] as const) {
    runKernel(warmTable, {
      minCode: 0,
      periodFail: new Uint8Array(1),
      periodKey: new Float64Array(1),
      flowFail: new Uint8Array(4),
      flowKey: new Float64Array(4),
      reporterFail: new Uint8Array(1),
      reporterKey: new Float64Array(1),
      partnerFail: new Uint8Array(n),
      partnerKey: Float64Array.from({ length: n }, (_, i) => 2 * i),
      commodityFail: new Uint8Array(1),
      commodityKey: new Float64Array(1),
      shown: 0,
      groups,
      amounts: true,
      rowStart: 0,
      rowEnd: n,
      starts,
    });
  }
}
