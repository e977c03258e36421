// What a storage failure means for the app (docs/architecture.md, «Uploads and storage»):
// a full quota, storage that is unavailable, or a dataset that is not there.

/** IndexedDB missing, blocked (private windows), closed under us or failing. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

/** The browser refused to store more (QuotaExceededError). */
export class StorageQuotaError extends Error {
  override name = 'StorageQuotaError';
}

export class DatasetNotFoundError extends Error {
  override name = 'DatasetNotFoundError';
}


function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string' ? (error as { name: string }).name : '';
}

export function errorMessage(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string' ? (error as { message: string }).message : String(error);
}

/** QuotaExceededError (any spelling, e.g. Firefox's NS_ERROR_DOM_QUOTA_REACHED), or legacy code 22. */
export function isQuotaError(error: unknown): boolean {
  if (error instanceof StorageQuotaError) return true;
  if (/quota/i.test(errorName(error))) return true;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 22) return true;
  // Some engines abort with a generic error whose message names the quota.
  return (errorName(error) === 'UnknownError' || errorName(error) === 'AbortError') && /quota/i.test(errorMessage(error));
}

function isDomException(error: unknown): boolean {
  return (typeof DOMException !== 'undefined' && error instanceof DOMException) || (error instanceof Error && error.constructor?.name === 'DOMException');
}

/**
 * What a storage failure means for the app: StorageQuotaError for a full quota,
 * StorageUnavailableError for any other IndexedDB failure (DOMException), the
 * error itself otherwise (programming errors stay visible).
 */
export function toStorageError(error: unknown): unknown {
  if (error instanceof StorageQuotaError || error instanceof StorageUnavailableError || error instanceof DatasetNotFoundError) return error;
  if (isQuotaError(error)) return new StorageQuotaError(`Browser storage is full: ${errorMessage(error)}`, { cause: error });
  if (isDomException(error)) return new StorageUnavailableError(`Browser storage failed: ${errorName(error)} ${errorMessage(error)}`.trim(), { cause: error });
  return error;
}

