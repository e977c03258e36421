// Snapshot link constants, apart from the codec so the page can know them without loading it.

/** Longer links break in mail clients and messengers: past this, ask for narrower filters. */
export const MAX_SNAPSHOT_CHARS = 24_000;
export const SNAPSHOT_PREFIX = '#snap=';
