// Chart numbers as a plain table: text left, numbers right-aligned. Sortable by pressing a
// column's header (SortableHeader: a button, `aria-sort` on the cell): rows as given until then,
// numbers by their `sortValue` (largest first), texts in the user's language (data-table-sort.ts).

import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { LOCALES } from '../../core/model/language';
import { SortableHeader } from './sortable-header';
import { isSortable, nextTableSort, tableOrder, type SortValue, type TableSort } from './data-table-sort';

export interface Column<Row> {
  header: string;
  numeric?: boolean;
  /** A method, so a list of panels can hold columns of different rows (features/dashboard/panels). */
  cell(row: Row): string;
  /**
   * What the column sorts by; a number column needs it (its text is formatted: «1,2 млрд»), a
   * text column sorts by its text without it. null: no figure, sorted last.
   */
  sortValue?(row: Row): SortValue;
}

export function DataTable<Row>({ columns, rows, caption }: { columns: Column<Row>[]; rows: Row[]; caption: string }) {
  const { lang, m } = useI18n();
  const [sort, setSort] = useState<TableSort | null>(null);
  const order = useMemo(() => tableOrder(rows, columns, sort, LOCALES[lang]), [rows, columns, sort, lang]);
  return (
    <table className="w-full border-collapse text-sm" data-testid="data-table">
      <caption className="sr-only">{caption}</caption>
      <thead className="sticky top-0 bg-white">
        <tr>
          {columns.map((c) =>
            isSortable(c) ? (
              <SortableHeader key={c.header} numeric={!!c.numeric} active={sort?.header === c.header} descending={sort?.descending ?? false} title={m.partnerTable.sortBy(c.header)} onSort={() => setSort((s) => nextTableSort(s, c))}>
                {c.header}
              </SortableHeader>
            ) : (
              <th key={c.header} scope="col" className={`border-b border-slate-300 px-2 py-1 font-medium text-slate-600 ${c.numeric ? 'text-right' : 'text-left'}`}>
                {c.header}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {/* Keyed by the row's given position: React keeps a row's cells when the order changes. */}
        {order.map((index) => (
          <tr key={index} className="odd:bg-slate-50">
            {columns.map((c) => (
              <td key={c.header} className={`px-2 py-1 ${c.numeric ? 'text-right tabular-nums' : 'text-left'}`}>
                {c.cell(rows[index])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
