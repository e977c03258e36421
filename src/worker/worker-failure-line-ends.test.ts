// Issue 15: a file with no line breaks (a line of over 1 MB) fails as a whole in the worker,
// with its own code, as the worker's import sees it (importStream over withReadFailures).

import { describe, expect, it } from 'vitest';
import { importStream } from '../core/import/import-stream';
import { ImportError } from '../core/import/trade-importer';
import { classifyFailure, withReadFailures } from './worker-failure';

describe('classifyFailure, a file without line breaks', () => {
  it('keeps the importer’s verdict no-line-breaks', async () => {
    expect(classifyFailure(new ImportError('no-line-breaks'))).toEqual({ code: 'no-line-breaks' });
    const line = new TextEncoder().encode('napr;period;'.repeat(1 << 18)); // 3 MB, no line end
    const bytes = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(line);
        controller.close();
      },
    });
    const error = await importStream(withReadFailures(bytes)).catch((e: unknown) => e);
    expect(classifyFailure(error)).toEqual({ code: 'no-line-breaks' });
  });
});
