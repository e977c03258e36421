import { describe, expect, it } from 'vitest';
import { isSortable, nextTableSort, tableOrder, type SortableColumn, type TableSort } from './data-table-sort';

interface Row {
  name: string;
  value: number | null;
  growth: number;
}

const ROWS: Row[] = [
  { name: 'Китай', value: 900, growth: 0.1 },
  { name: 'Южная Корея', value: 1_200, growth: NaN },
  { name: 'Япония', value: null, growth: -0.2 },
  { name: 'Ёмен', value: 90, growth: 0.1 },
  { name: 'алжир', value: 1_200, growth: 0.3 },
];

// Formatted as a panel does: «1 200» sorts before «900» as text, so the number must come from sortValue.
const NAME: SortableColumn<Row> = { header: 'Партнёр', cell: (r) => r.name };
const VALUE: SortableColumn<Row> = { header: 'Стоимость', numeric: true, cell: (r) => (r.value === null ? '—' : r.value.toLocaleString('ru-RU')), sortValue: (r) => r.value };
const GROWTH: SortableColumn<Row> = { header: 'Рост', numeric: true, cell: (r) => String(r.growth), sortValue: (r) => r.growth };
const UNSORTABLE: SortableColumn<Row> = { header: 'Доля', numeric: true, cell: (r) => String(r.value) };
const COLUMNS = [NAME, VALUE, GROWTH, UNSORTABLE];

const names = (sort: TableSort | null, locale = 'ru-RU') => tableOrder(ROWS, COLUMNS, sort, locale).map((i) => ROWS[i].name);

describe('DataTable sorting', () => {
  it('keeps the given order until a header is pressed', () => {
    expect(names(null)).toEqual(ROWS.map((r) => r.name));
  });

  it('sorts a number column by its value, largest first, then smallest first; no figure last both ways', () => {
    const first = nextTableSort(null, VALUE);
    expect(first).toEqual({ header: 'Стоимость', descending: true });
    // Equal values (1 200) keep their given order.
    expect(names(first)).toEqual(['Южная Корея', 'алжир', 'Китай', 'Ёмен', 'Япония']);
    const second = nextTableSort(first, VALUE);
    expect(second).toEqual({ header: 'Стоимость', descending: false });
    expect(names(second)).toEqual(['Ёмен', 'Китай', 'Южная Корея', 'алжир', 'Япония']);
  });

  it('puts NaN with the missing figures, last', () => {
    expect(names({ header: 'Рост', descending: true })).toEqual(['алжир', 'Китай', 'Ёмен', 'Япония', 'Южная Корея']);
    expect(names({ header: 'Рост', descending: false })).toEqual(['Япония', 'Китай', 'Ёмен', 'алжир', 'Южная Корея']);
  });

  it('sorts a text column A to Я first, in the language, whatever the case; Ё next to Е', () => {
    const first = nextTableSort(null, NAME);
    expect(first).toEqual({ header: 'Партнёр', descending: false });
    expect(names(first)).toEqual(['алжир', 'Ёмен', 'Китай', 'Южная Корея', 'Япония']);
    expect(names(nextTableSort(first, NAME))).toEqual(['Япония', 'Южная Корея', 'Китай', 'Ёмен', 'алжир']);
  });

  it('pressing another header starts that column afresh', () => {
    expect(nextTableSort({ header: 'Партнёр', descending: true }, VALUE)).toEqual({ header: 'Стоимость', descending: true });
  });

  it('a number column without sortValue is not sortable (its text is no number); a sort by it, or by a column gone, keeps the given order', () => {
    expect(isSortable(NAME)).toBe(true);
    expect(isSortable(VALUE)).toBe(true);
    expect(isSortable(UNSORTABLE)).toBe(false);
    expect(names({ header: 'Доля', descending: true })).toEqual(ROWS.map((r) => r.name));
    expect(names({ header: 'Вес', descending: true })).toEqual(ROWS.map((r) => r.name));
  });

  it('sorts codes in text as written: a chapter before its headings, 03 before 89', () => {
    const codes = ['0303 67', '89', '0303 1', '0303 12'].map((name) => ({ name, value: 0, growth: 0 }));
    expect(tableOrder(codes, [NAME], { header: 'Партнёр', descending: false }, 'en-GB').map((i) => codes[i].name)).toEqual(['0303 1', '0303 12', '0303 67', '89']);
  });
});
