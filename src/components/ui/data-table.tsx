// Chart numbers as a plain table: text left, numbers right-aligned.

export interface Column<Row> {
  header: string;
  numeric?: boolean;
  /** A method, so a list of panels can hold columns of different rows (features/dashboard/panels). */
  cell(row: Row): string;
}

export function DataTable<Row>({ columns, rows, caption }: { columns: Column<Row>[]; rows: Row[]; caption: string }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="sticky top-0 bg-white">
        <tr>
          {columns.map((c) => (
            <th key={c.header} scope="col" className={`border-b border-slate-300 px-2 py-1 font-medium text-slate-600 ${c.numeric ? 'text-right' : 'text-left'}`}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} className="odd:bg-slate-50">
            {columns.map((c) => (
              <td key={c.header} className={`px-2 py-1 ${c.numeric ? 'text-right tabular-nums' : 'text-left'}`}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
