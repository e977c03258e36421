// A table column header that sorts its table: the button says which way (↓ / ↑) and the cell
// carries `aria-sort`, so a screen reader hears the order. One component for every sortable
// table (movers, every partner, goods × partners).

import type { ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** This column sorts the table now; `descending` says which way. */
  active: boolean;
  descending: boolean;
  numeric?: boolean;
  onSort: () => void;
  title?: string;
  className?: string;
  /** Extra attributes the tests read (`data-sort`). */
  dataSort?: string;
}

export function SortableHeader({ children, active, descending, numeric = true, onSort, title, className = 'px-2', dataSort }: Props) {
  return (
    <th scope="col" data-sort={dataSort} aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'} className={`border-b border-slate-300 py-1 font-medium text-slate-600 ${className} ${numeric ? 'text-right' : 'text-left'}`}>
      <button type="button" title={title} className="underline decoration-dotted hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600" onClick={onSort}>
        {children}
        {active ? (descending ? ' ↓' : ' ↑') : ''}
      </button>
    </th>
  );
}
