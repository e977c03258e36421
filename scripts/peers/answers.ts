// The task both engines answer in `npm run bench:peers` (scripts/bench-peers.ts), and the
// check that their answers are equal to the cent. Shared by the harness page and Node.
//
// The task: the generated canonical CSV is loaded, then two questions are answered —
//   1. turnover (export + import value, USD) by partner in one year (by default the latest);
//   2. value (USD) by year × flow, every year and flow.
// Rows kept apart as aggregates (the table's `counted` = 0: src/core/table/aggregate-coverage.ts)
// are never added, by either engine.

/** One engine's answers: group key → value in USD. Keys: `CN` (by partner); `2024|export` (year × flow). */
export interface Answers {
  /** The year of question 1. */
  year: number;
  byPartner: Record<string, number>;
  byYearFlow: Record<string, number>;
}

export interface RunParams {
  /** The year of question 1; null: the latest year in the data, as each engine finds it. */
  year: number | null;
  /** Re-query repetitions after the first answers (the median is reported). */
  requeryReps: number;
}

/** What the bench passes to the page: the task and how DuckDB-WASM reads the file. */
export interface PageParams extends RunParams {
  /** The CSV's header, so DuckDB-WASM reads the columns with fixed types (no sniffing). */
  header: string[];
  /** `file`: a file handle on the picked File, read in chunks by its worker; `buffer`: the File's bytes registered whole. */
  duckdbRead: 'file' | 'buffer';
}

export interface RunResult {
  engine: 'tradeshare' | 'duckdb';
  /** TradeShare: 0 (its worker starts inside the import). DuckDB-WASM: worker, instantiate, open, connect. */
  initMs: number;
  /** File in hand → both answers (DuckDB-WASM: after its start-up). */
  answerMs: number;
  /** Load alone (TradeShare: the worker's import; DuckDB-WASM: read_csv into a table and the aggregate rule). */
  loadMs: number;
  /** Both questions again on the loaded data, each repetition. */
  requeryMs: number[];
  rowsLoaded: number;
  answers: Answers;
  /** What answered (TradeShare: rows or roll-up; DuckDB-WASM: its bundle and version). */
  detail: string;
}

/** Cents, as an integer: values are compared to the cent. */
const cents = (usd: number) => Math.round(usd * 100);

/** The groups whose values differ by a cent or more, or that one engine lacks; empty when equal. */
export function answerDifferences(a: Answers, b: Answers, names: [string, string]): string[] {
  const out: string[] = [];
  if (a.year !== b.year) out.push(`the year of question 1: ${names[0]} ${a.year}, ${names[1]} ${b.year}`);
  for (const [question, x, y] of [
    ['turnover by partner', a.byPartner, b.byPartner],
    ['value by year × flow', a.byYearFlow, b.byYearFlow],
  ] as const) {
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
    if (keys.length === 0) out.push(`${question}: no groups in either answer`);
    for (const key of keys) {
      const vx = x[key];
      const vy = y[key];
      if (vx === undefined || vy === undefined) out.push(`${question} [${key}]: only ${vx === undefined ? names[1] : names[0]} has this group (${(vx ?? vy).toFixed(2)} USD)`);
      else if (cents(vx) !== cents(vy)) out.push(`${question} [${key}]: ${names[0]} ${vx.toFixed(2)} USD, ${names[1]} ${vy.toFixed(2)} USD`);
    }
  }
  return out;
}
