// The rejected rows of one import as a CSV the user can fix and re-upload:
// line, reason, then the row as it was. UTF-8 with BOM so Excel reads Cyrillic.

import type { ImportReport } from '../../core/import/import-report';
import { csvCell } from '../../core/export/csv-cell';
import { rejectReason } from '../../i18n/import-messages';
import type { Language } from '../../state/view-state';

export function rejectedRowsCsv(report: ImportReport, lang: Language): Blob {
  const head = [lang === 'ru' ? 'строка' : 'line', lang === 'ru' ? 'причина' : 'reason', ...report.header];
  const lines = [head.map((c) => csvCell(c, ',')).join(',')];
  for (const row of report.rejected) lines.push([String(row.line), rejectReason(row, lang), ...(row.fields ?? [])].map((c) => csvCell(c, ',')).join(','));
  return new Blob(['\uFEFF' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
}
