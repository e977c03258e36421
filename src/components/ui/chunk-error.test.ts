import { describe, expect, it } from 'vitest';
import { isChunkLoadError } from './chunk-error';

describe('isChunkLoadError', () => {
  it('recognises a dynamic import that failed to load, as each browser and bundler says it', () => {
    const failures = [
      new TypeError('Failed to fetch dynamically imported module: https://example.org/assets/upload-panel-3f2a.js'),
      new TypeError('error loading dynamically imported module: https://example.org/assets/dataset-manager-9c1d.js'),
      new TypeError('Importing a module script failed.'),
      new Error('Unable to preload CSS for /assets/briefing-77aa.css'),
      Object.assign(new Error('Loading chunk 42 failed.'), { name: 'ChunkLoadError' }),
      new Error('Loading CSS chunk briefing failed'),
      new Error('render failed', { cause: new TypeError('Failed to fetch dynamically imported module: /x.js') }),
    ];
    for (const error of failures) expect(isChunkLoadError(error), String(error)).toBe(true);
  });

  it('leaves every other error to the generic message', () => {
    const others = [new TypeError("Cannot read properties of undefined (reading 'map')"), new TypeError('Failed to fetch'), new Error('boom'), 'Failed', null, undefined, 42];
    for (const error of others) expect(isChunkLoadError(error), String(error)).toBe(false);
  });
});
