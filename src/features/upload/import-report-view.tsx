// What happened to one file: layout, encoding, delimiter, counts that add up,
// every rejected row with its line and reason, warnings, and a download.

import type { ImportReport } from '../../core/import/import-report';
import { useI18n } from '../../i18n/i18n-context';
import { formatInteger } from '../../i18n/format';
import { encodingName, rejectedLine, warningText } from '../../i18n/import-messages';
import { rejectedRowsCsv } from './rejected-rows-csv';
import { reporterName } from '../../core/model/region-names';

const SHOWN_REJECTED = 500;

export function ImportReportView({ report, fileName, duplicatesSkipped, reporters = [] }: { report: ImportReport; fileName: string; duplicatesSkipped: number; reporters?: readonly string[] }) {
  const { lang, m } = useI18n();
  const n = (v: number) => formatInteger(v, lang);
  const download = () => {
    // Built on demand and released at once: a report may list thousands of rows.
    const url = URL.createObjectURL(rejectedRowsCsv(report, lang));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${fileName.replace(/\.[^.]+$/, '')}-${lang === 'ru' ? 'отклонённые' : 'rejected'}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const delimiterName = report.delimiter === '\t' ? m.upload.tab : `«${report.delimiter}»`;
  return (
    <div className="space-y-2 text-sm" data-testid="import-report">
      <p className="text-slate-700">
        {m.upload.layout}: <strong>{m.upload.formats[report.format]}</strong> · {m.upload.encoding}: <strong>{encodingName(report.encoding)}</strong> · {m.upload.delimiter}: <strong>{delimiterName}</strong>
      </p>
      <dl className="grid grid-cols-2 gap-x-4 sm:grid-cols-5" data-testid="import-counts">
        {(
          [
            ['read', m.upload.read],
            ['accepted', m.upload.accepted],
            ['rejected', m.upload.rejected],
            ['aggregate', m.upload.aggregate],
          ] as const
        ).map(([key, label]) => (
          <div key={key}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="tabular-nums font-medium" data-testid={`count-${key}`}>
              {n(report.rows[key])}
            </dd>
          </div>
        ))}
        <div>
          <dt className="text-xs text-slate-500">{m.upload.duplicates}</dt>
          <dd className="tabular-nums font-medium" data-testid="count-duplicates">
            {n(duplicatesSkipped)}
          </dd>
        </div>
      </dl>
      {reporters.length > 0 && (
        <p className="text-slate-700" data-testid="import-reporters">
          {m.reporters.inFile}:{' '}
          {reporters.map((code, i) => (
            <span key={code} data-reporter={code}>
              {i > 0 && ', '}
              {reporterName(code, lang)} ({code})
            </span>
          ))}
        </p>
      )}
      {report.warnings.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-amber-900" data-testid="import-warnings">
          {report.warnings.map((w, i) => (
            <li key={i}>{warningText(w, lang)}</li>
          ))}
        </ul>
      )}
      {report.rejected.length > 0 && (
        <div className="rounded border border-red-200 bg-red-50 p-2">
          <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
            <span className="font-medium text-red-900">{m.upload.rejectedRows(report.rows.rejected)}</span>
            <button type="button" onClick={download} className="text-blue-800 underline">
              {m.upload.downloadRejected}
            </button>
          </div>
          <ol className="max-h-48 overflow-auto font-mono text-xs text-red-950" data-testid="rejected-rows">
            {report.rejected.slice(0, SHOWN_REJECTED).map((r) => (
              <li key={r.line}>{rejectedLine(r, lang)}</li>
            ))}
            {report.rejected.length > SHOWN_REJECTED && <li>{m.upload.moreRejected(report.rejected.length - SHOWN_REJECTED)}</li>}
          </ol>
        </div>
      )}
    </div>
  );
}
