// A titled card holding one chart: a switch to its numbers as a table, and
// downloads of the chart (PNG, SVG with title, filters, source and date drawn
// in) and of its numbers (CSV).

import { useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { isChunkLoadError } from './chunk-error';
import type { CsvVariant } from '../../core/export/displayed-csv';
import type { ChartImageMeta } from '../charts/chart-image-layout';

// Downloads are loaded on first use: they are not needed to draw the first chart.
const imageExport = () => import('../charts/chart-image-download');

export interface PanelExports {
  fileName: string;
  image: ChartImageMeta;
  csv: () => { header: string[]; rows: (string | number)[][] };
}

interface PanelProps {
  title: string;
  subtitle?: string;
  actions?: ReactNode;
  chart: ReactNode;
  table?: ReactNode;
  exports?: PanelExports;
  className?: string;
  testId?: string;
}

const smallButton = 'rounded border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600';

export function Panel({ title, subtitle, actions, chart, table, exports, className = '', testId }: PanelProps) {
  const { m } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const chartRef = useRef<HTMLDivElement>(null);

  // A download that fails (its chunk did not load, the browser refused) says so under the title.
  const failed = (e: unknown) => setError(isChunkLoadError(e) ? `${m.errors.chunkTitle}. ${m.errors.chunkText}` : e instanceof Error ? e.message : String(e));
  const image = (format: 'png' | 'svg') => {
    if (!exports || !chartRef.current) return;
    setError(null);
    const container = chartRef.current;
    imageExport()
      .then((x) => x.downloadChartImage(container, exports.image, format, exports.fileName))
      .catch(failed);
  };
  const csv = (variant: CsvVariant) => {
    if (!exports) return;
    setError(null);
    const { header, rows } = exports.csv();
    Promise.all([import('../../core/export/displayed-csv'), imageExport()])
      .then(([c, x]) => {
        const bytes = c.displayedCsvBytes(header, rows, variant);
        x.downloadBlob(new Blob([bytes as BlobPart], { type: `text/csv;charset=${variant === 'utf8' ? 'utf-8' : 'windows-1251'}` }), `${exports.fileName}${variant === 'win1251' ? '-excel' : ''}.csv`);
      })
      .catch(failed);
  };

  return (
    <section aria-labelledby={headingId} className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${className}`} data-testid={testId}>
      <header className="mb-3 flex flex-wrap items-start justify-between gap-2 max-sm:relative">
        <div>
          <h2 id={headingId} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          {subtitle && <p className="text-sm text-slate-500">{subtitle}</p>}
        </div>
        <div className="flex flex-wrap items-center gap-2 print:hidden">
          {actions}
          {table && (
            <button type="button" className={smallButton} aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
              {showTable ? m.showChart : m.showTable}
            </button>
          )}
          {exports && (
            <details className="relative max-sm:static">
              <summary className={`${smallButton} cursor-pointer list-none`}>{m.share.download} ▾</summary>
              {/* Choosing closes the menu. */}
              <div
                className="absolute right-0 z-20 mt-1 flex w-52 flex-col max-sm:inset-x-0 max-sm:w-auto rounded-md border border-slate-300 bg-white p-1 text-sm shadow-lg"
                onClick={(e) => {
                  const menu = e.currentTarget.closest('details');
                  if (menu && (e.target as HTMLElement).closest('button')) menu.open = false;
                }}
              >
                <button type="button" className="rounded px-2 py-1 text-left hover:bg-slate-100" onClick={() => image('png')}>
                  {m.share.png}
                </button>
                <button type="button" className="rounded px-2 py-1 text-left hover:bg-slate-100" onClick={() => image('svg')}>
                  {m.share.svg}
                </button>
                <button type="button" className="rounded px-2 py-1 text-left hover:bg-slate-100" onClick={() => csv('utf8')}>
                  {m.share.csv}
                </button>
                <button type="button" className="rounded px-2 py-1 text-left hover:bg-slate-100" onClick={() => csv('win1251')}>
                  {m.share.csvExcel}
                </button>
              </div>
            </details>
          )}
        </div>
      </header>
      {error && (
        <p role="alert" className="mb-2 text-sm text-red-800">
          {error}
        </p>
      )}
      {/* The chart stays mounted under the table so it can still be downloaded as an image. */}
      <div ref={chartRef} className={showTable && table ? 'hidden' : undefined}>
        {chart}
      </div>
      {showTable && table && <div className="max-h-80 overflow-auto">{table}</div>}
    </section>
  );
}
