// Built-in and uploaded datasets: name, rows, periods, source files, date
// added. Uploaded ones can be renamed and deleted; built-in ones are read-only.

import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { datasetKeys, datasetListQueryOptions, type DatasetEntry } from '../../lib/dataset-query';
import { removeDataset, renameDataset } from '../../lib/dataset-repository';
import { useI18n } from '../../i18n/i18n-context';
import { formatDateTime, formatInteger, formatMonthRange } from '../../i18n/format';
import { monthKey } from '../../core/model/period';
import type { Messages } from '../../i18n/messages-en';

/** Why a rename or delete failed, in the user's words: storage errors by the names they set (lib/dataset-store). */
function storageFailureReason(error: unknown, m: Messages): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'DatasetNotFoundError') return m.datasets.goneReason;
  if (name === 'StorageQuotaError') return m.datasets.storageFullReason;
  if (name === 'StorageUnavailableError') return m.datasets.storageUnavailableReason;
  return error instanceof Error ? error.message : String(error);
}

export function DatasetManager({ currentId, onOpen }: { currentId: string; onOpen: (id: string, fileNames: string[]) => void }) {
  const { m } = useI18n();
  const { data: entries = [] } = useQuery(datasetListQueryOptions());
  const uploaded = entries.filter((e) => !e.builtIn);
  return (
    <section aria-labelledby="datasets-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="dataset-manager">
      <h2 id="datasets-title" className="text-base font-semibold text-slate-900">
        {m.datasets.title}
      </h2>
      <ul className="divide-y divide-slate-200">
        {entries.map((entry) => (
          <DatasetRow key={entry.id} entry={entry} current={entry.id === currentId} onOpen={onOpen} />
        ))}
      </ul>
      {uploaded.length === 0 && <p className="text-sm text-slate-500">{m.datasets.empty}</p>}
    </section>
  );
}

function DatasetRow({ entry, current, onOpen }: { entry: DatasetEntry; current: boolean; onOpen: (id: string, fileNames: string[]) => void }) {
  const { lang, m } = useI18n();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  // Rename changes only the list; delete drops the dataset and everything computed from it.
  const rename = useMutation({
    mutationFn: (name: string) => renameDataset(entry.id, name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: datasetKeys.list }),
  });
  const remove = useMutation({
    mutationFn: () => removeDataset(entry.id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: datasetKeys.one(entry.id) });
      return queryClient.invalidateQueries({ queryKey: datasetKeys.list });
    },
  });
  const meta = entry.meta;
  // Shown in the row until the next attempt (each attempt clears both errors).
  const failed = rename.isError ? m.datasets.renameFailed(storageFailureReason(rename.error, m)) : remove.isError ? m.datasets.removeFailed(storageFailureReason(remove.error, m)) : null;
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-2 text-sm" data-testid="dataset-row" data-dataset={entry.id}>
      <div className="min-w-0 flex-1 space-y-0.5">
        {editing !== null ? (
          <form
            className="flex gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (!editing.trim()) return;
              remove.reset();
              rename.mutate(editing.trim(), { onSuccess: () => setEditing(null) });
            }}
          >
            <input aria-label={m.datasets.rename} className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1" value={editing} onChange={(e) => setEditing(e.target.value)} autoFocus />
            <button type="submit" className="rounded bg-slate-800 px-2 py-1 text-white">
              {m.datasets.save}
            </button>
          </form>
        ) : (
          <p className="font-medium text-slate-900" data-testid="dataset-name-cell">
            {entry.name[lang]} {current && <span className="ml-1 rounded bg-blue-100 px-1.5 text-xs text-blue-900">{m.datasets.current}</span>}
          </p>
        )}
        {entry.builtIn ? (
          <p className="text-xs text-slate-500">{m.datasets.builtIn}</p>
        ) : (
          meta && (
            <p className="text-xs text-slate-600">
              {m.datasets.rows(meta.rowCount, formatInteger(meta.rowCount, lang))}
              {/* An empty dataset saved before empty ones were refused has no period (never «янв. 0»). */}
              {meta.rowCount > 0 && ` · ${m.datasets.periods}: ${formatMonthRange(monthKey(meta.firstMonth), monthKey(meta.lastMonth), lang)}`} · {m.datasets.sources}:{' '}
              {meta.sources.map((s) => s.fileName).join(', ')} · {m.datasets.added}: {formatDateTime(new Date(meta.createdAt), lang)}
            </p>
          )
        )}
        {failed && (
          <p role="alert" className="text-xs text-red-800" data-testid="dataset-error">
            {failed}
          </p>
        )}
      </div>
      <div className="flex gap-2">
        {!current && (
          <button type="button" className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-50" onClick={() => onOpen(entry.id, entry.meta?.sources.map((s) => s.fileName) ?? [])}>
            {m.datasets.open}
          </button>
        )}
        {!entry.builtIn && editing === null && (
          <>
            <button type="button" className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-50" onClick={() => setEditing(entry.name[lang])}>
              {m.datasets.rename}
            </button>
            <button
              type="button"
              className="rounded border border-red-300 px-2 py-1 text-red-800 hover:bg-red-50"
              onClick={() => {
                if (!window.confirm(m.datasets.confirmRemove(entry.name[lang]))) return;
                rename.reset();
                remove.mutate();
              }}
            >
              {m.datasets.remove}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
