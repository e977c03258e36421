// The order of a DataTable (data-table.tsx): none until a header is pressed (rows as the panel
// gives them), then by that column — a number column by its `sortValue`, largest first; a text
// column by its text in the user's language, A to Я first; the same header again turns it round.
// Rows without a figure (null, NaN, '') go last either way; equal rows keep their given order.

/** What a column sorts by: a number, a text, or null for «no figure». */
export type SortValue = number | string | null;

export interface SortableColumn<Row> {
  header: string;
  numeric?: boolean;
  cell(row: Row): string;
  sortValue?(row: Row): SortValue;
}

/** The column a table is sorted by (its header: a column's position changes with the view). */
export interface TableSort {
  header: string;
  descending: boolean;
}

/** A number column sorts only by its `sortValue`: its text («1,2 млрд», «+3,4 %») is not a number. */
export function isSortable<Row>(column: SortableColumn<Row>): boolean {
  return !column.numeric || column.sortValue !== undefined;
}

/** After pressing `column`'s header: a new column starts largest first (numbers) or A first (texts). */
export function nextTableSort<Row>(current: TableSort | null, column: SortableColumn<Row>): TableSort {
  if (current?.header === column.header) return { header: column.header, descending: !current.descending };
  return { header: column.header, descending: !!column.numeric };
}

function valueOf<Row>(column: SortableColumn<Row>, row: Row): SortValue {
  const value = column.sortValue ? column.sortValue(row) : column.cell(row);
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  return null;
}

/** The positions of `rows` in the table's order: 0, 1, 2… when unsorted or sorted by a column it no longer has. */
export function tableOrder<Row>(rows: readonly Row[], columns: readonly SortableColumn<Row>[], sort: TableSort | null, locale: string): number[] {
  const column = sort ? columns.find((c) => c.header === sort.header) : undefined;
  if (!sort || !column || !isSortable(column)) return rows.map((_, index) => index);
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const keyed = rows.map((row, index) => ({ index, value: valueOf(column, row) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
    const d = typeof a.value === 'number' && typeof b.value === 'number' ? (a.value === b.value ? 0 : a.value - b.value) : collator.compare(String(a.value), String(b.value));
    return d === 0 ? a.index - b.index : sort.descending ? -d : d;
  });
  return keyed.map((k) => k.index);
}
