// A titled card holding one chart, with a switch to its numbers as a table.

import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';

interface PanelProps {
  title: string;
  subtitle?: string;
  actions?: ReactNode;
  chart: ReactNode;
  table?: ReactNode;
  className?: string;
  testId?: string;
}

export function Panel({ title, subtitle, actions, chart, table, className = '', testId }: PanelProps) {
  const { m } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${className}`} data-testid={testId}>
      <header className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={headingId} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          {subtitle && <p className="text-sm text-slate-500">{subtitle}</p>}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {actions}
          {table && (
            <button
              type="button"
              className="rounded border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600"
              aria-pressed={showTable}
              onClick={() => setShowTable((v) => !v)}
            >
              {showTable ? m.showChart : m.showTable}
            </button>
          )}
        </div>
      </header>
      {showTable && table ? <div className="max-h-80 overflow-auto">{table}</div> : chart}
    </section>
  );
}
