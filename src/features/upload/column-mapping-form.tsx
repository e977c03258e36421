// An unknown layout: the user says which column is which, helped by a preview
// of the first rows and our best guesses. Remembered for the same header.

import { useId, useState } from 'react';
import { MAPPING_FIELDS, REQUIRED_MAPPING_FIELDS, type ColumnMapping, type MappingField } from '../../core/formats/mapped-format';
import { normaliseHeaderName } from '../../core/formats/format-reader';
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
  const duplicated = duplicatedNames(preview.header);
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
                value={optionValue(positionOf(mapping, field, preview.header), preview.header, duplicated)}
                onChange={(e) => setMapping((prev) => choose(prev, field, optionPosition(e.target.value, preview.header), preview.header))}
              >
                <option value="">{required ? m.upload.mappingChoose : m.upload.mappingNone}</option>
                {preview.header.map((h, i) => (
                  // Chosen by position: two columns with the same name are two choices.
                  <option key={i} value={optionValue(i, preview.header, duplicated)}>
                    {duplicated.has(normaliseHeaderName(h)) ? `${h} (${m.upload.mappingColumnNumber(i + 1)})` : h}
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

/** Names the header has more than once (normalised): their options carry the column's number. */
function duplicatedNames(header: string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const h of header) {
    const key = normaliseHeaderName(h);
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  return twice;
}

/** The column chosen for `field`: its position, else the first column with its name; -1 for none. */
function positionOf(mapping: Partial<ColumnMapping>, field: MappingField, header: string[]): number {
  const name = mapping[field];
  if (!name) return -1;
  const at = mapping.at?.[field];
  if (at !== undefined && at < header.length && header[at] === name) return at;
  return header.indexOf(name);
}

/** A name told apart by position; no header holds U+0000. */
const BY_POSITION = '\u0000';

/** An option's value: the column's name, or its position when the name is not the column's alone. */
function optionValue(position: number, header: string[], duplicated: Set<string>): string {
  if (position < 0) return '';
  return duplicated.has(normaliseHeaderName(header[position])) ? `${BY_POSITION}${position}` : header[position];
}

function optionPosition(value: string, header: string[]): number {
  if (value === '') return -1;
  return value.startsWith(BY_POSITION) ? Number(value.slice(BY_POSITION.length)) : header.indexOf(value);
}

/** The mapping with `field` set to the column at `position` (-1: none), by name and position. */
function choose(mapping: Partial<ColumnMapping>, field: MappingField, position: number, header: string[]): Partial<ColumnMapping> {
  const at = { ...mapping.at };
  if (position < 0) {
    delete at[field];
    return { ...mapping, [field]: undefined, at };
  }
  at[field] = position;
  return { ...mapping, [field]: header[position], at };
}
