// Storage can fail (private windows, full quota): say so, keep working in memory.

import { useEffect, useState } from 'react';
import { onStorageStatus, storageStatus, type StorageStatus } from '../lib/dataset-repository';
import { useI18n } from '../i18n/i18n-context';

export function StorageNotice() {
  const { m } = useI18n();
  const [status, setStatus] = useState<StorageStatus>(storageStatus);
  useEffect(() => onStorageStatus(setStatus), []);
  if (status.persistent) return null;
  return (
    <p role="status" className="rounded-lg border border-orange-300 bg-orange-50 px-3 py-2 text-sm text-orange-950" data-testid="storage-notice">
      {status.reason === 'quota' ? m.datasets.storageFull : m.datasets.storageUnavailable}
    </p>
  );
}
