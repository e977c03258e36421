// Another tab saved, renamed or deleted a dataset: the list is refreshed, and when the dataset
// shown here was deleted there, this tab says so (lib/dataset-broadcast.ts).

import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n/i18n-context';
import { datasetKeys } from '../lib/dataset-query';
import { handleDatasetChange, onDatasetChange } from '../lib/dataset-broadcast';

export function DatasetChangesNotice({ openId, name }: { openId: string; name: string }) {
  const { m } = useI18n();
  const queryClient = useQueryClient();
  const [deleted, setDeleted] = useState<{ id: string; name: string } | null>(null);
  useEffect(
    () =>
      onDatasetChange((change) =>
        handleDatasetChange(change, openId, {
          refreshList: () => void queryClient.invalidateQueries({ queryKey: datasetKeys.list }),
          openDeleted: () => setDeleted({ id: openId, name }),
        }),
      ),
    [openId, name, queryClient],
  );
  if (!deleted || deleted.id !== openId) return null;
  return (
    <div role="alert" className="flex items-start justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="dataset-deleted-notice">
      <span>{m.datasetDeletedElsewhere(deleted.name)}</span>
      <button type="button" className="shrink-0 underline" onClick={() => setDeleted(null)}>
        {m.dismiss}
      </button>
    </div>
  );
}
