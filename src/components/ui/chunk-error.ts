// A lazy chunk that could not be loaded (docs/architecture.md, «Lazy chunks»):
// offline, or the app was redeployed and the old chunk's file is gone. Retrying
// the render cannot help (React keeps a lazy component's rejection); a reload can.

/** What browsers and bundlers say when a dynamic import fails to load. */
const CHUNK_MESSAGES = [
  /failed to fetch dynamically imported module/i, // Chromium
  /error loading dynamically imported module/i, // Firefox, Vite's dev server
  /importing a module script failed/i, // Safari
  /unable to preload css/i, // Vite's preload helper
  /loading (css )?chunk [\w-]+ failed/i, // webpack-style ChunkLoadError messages
];

export function isChunkLoadError(error: unknown): boolean {
  for (let e = error, depth = 0; typeof e === 'object' && e !== null && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const { name, message } = e as { name?: unknown; message?: unknown };
    if (name === 'ChunkLoadError') return true;
    if (typeof message === 'string' && CHUNK_MESSAGES.some((pattern) => pattern.test(message))) return true;
  }
  return false;
}
