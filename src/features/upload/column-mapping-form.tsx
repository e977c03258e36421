// An unknown layout: the user says which column is which, helped by a preview
// of the first rows and our best guesses. Remembered for the same header.

import { useId, useState } from 'react';
import { MAPPING_FIELDS, REQUIRED_MAPPING_FIELDS, type ColumnMapping } from '../../core/formats/mapped-format';
import type { FilePreview } from '../../worker/worker-protocol';
import { guessMapping } from '../../lib/column-mapping-memory';
import { useI18n } from '../../i18n/i18n-context';

const PREVIEW_COLUMNS = 40;

export function ColumnMappingForm({ preview, onSubmit, onCancel }: { preview: FilePreview; onSubmit: (m: ColumnMapping) => void; onCancel: () => void }) {
  const { m } = useI18n();
  const [mapping, setMapping] = useState<Partial<ColumnMapping>>(() => guessMapping(preview.header));
  const formId = useId();
  const complete = REQUIRED_MAPPING_FIELDS.every((f) => mapping[f]);
  // The preview shows the first columns only: a file with thousands of them (usually a wrong
  // delimiter) would otherwise build a table of tens of thousands of cells.
  const shown = preview.header.slice(0, PREVIEW_COLUMNS);
  return (
    <form
      className="space-y-3 rounded border border-blue-200 bg-blue-50 p-3 text-sm"
      data-testid="column-mapping"
      onSubmit={(e) => {
        e.preventDefault();
        if (complete) onSubmit(mapping as ColumnMapping);
      }}
    >
      <p className="font-medium text-slate-900">{m.upload.mappingIntro}</p>
      <div className="overflow-auto">
        <table className="min-w-full border-collapse text-xs">
          <thead>
            <tr>
              {shown.map((h, i) => (
                <th key={i} className="border border-slate-300 bg-white px-2 py-1 text-left font-medium">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, r) => (
              <tr key={r}>
                {shown.map((_, i) => (
                  <td key={i} className="border border-slate-200 bg-white px-2 py-0.5">
                    {row[i] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.header.length > shown.length && <p className="text-xs text-slate-600">{m.upload.previewColumns(shown.length, preview.header.length)}</p>}
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {MAPPING_FIELDS.map((field) => {
          const required = (REQUIRED_MAPPING_FIELDS as readonly string[]).includes(field);
          return (
            <label key={field} className="flex flex-col gap-0.5" htmlFor={`${formId}-${field}`}>
              <span>
                {m.upload.mappingFields[field]}
                {required ? ' *' : ''}
              </span>
              <select
                id={`${formId}-${field}`}
                className="rounded border border-slate-300 bg-white px-2 py-1"
                value={mapping[field] ?? ''}
                onChange={(e) => setMapping((prev) => ({ ...prev, [field]: e.target.value || undefined }))}
              >
                <option value="">{required ? m.upload.mappingChoose : m.upload.mappingNone}</option>
                {preview.header.map((h, i) => (
                  <option key={i} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
      <div className="flex gap-2">
        <button type="submit" disabled={!complete} className="rounded bg-blue-700 px-3 py-1.5 text-white disabled:opacity-50">
          {m.upload.mappingApply}
        </button>
        <button type="button" onClick={onCancel} className="rounded border border-slate-300 bg-white px-3 py-1.5">
          {m.upload.cancel}
        </button>
      </div>
    </form>
  );
}
