// The largest file accepted per reported device memory (import-size-limit.ts). The message that
// names it: src/i18n/size-limit-messages.test.ts.

import { describe, expect, it } from 'vitest';
import { checkImportSize, HARD_IMPORT_CAP_BYTES, importSizeLimit, reportedDeviceMemory } from './import-size-limit';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

describe('importSizeLimit', () => {
  it('follows the device memory: half of it for a peak of 1.3 × 40 B per row of 46 B', () => {
    // rows = GB × 2^30 × 0.5 / 52; bytes = rows × 46 → 0.4423 × the device memory.
    expect(importSizeLimit(4)).toEqual({ bytes: Math.floor(((4 * GiB * 0.5) / 52) * 46), deviceGb: 4 });
    expect(importSizeLimit(4).bytes / GiB).toBeCloseTo(1.769, 3);
    expect(importSizeLimit(2).bytes / MiB).toBeCloseTo(905.8, 1);
    expect(importSizeLimit(1).bytes / MiB).toBeCloseTo(452.9, 1);
    expect(importSizeLimit(0.5).bytes / MiB).toBeCloseTo(226.5, 1);
    expect(importSizeLimit(0.25).bytes / MiB).toBeCloseTo(113.2, 1);
  });

  it('keeps the hard 3 GiB cap when the device reports 8 GB (Chrome\'s most) or nothing', () => {
    for (const gb of [8, 16, undefined, null, 0, -1, Number.NaN]) expect(importSizeLimit(gb)).toEqual({ bytes: HARD_IMPORT_CAP_BYTES, deviceGb: null });
    expect(HARD_IMPORT_CAP_BYTES).toBe(3 * GiB);
  });

  it('is never above the hard cap and grows with the memory', () => {
    const sizes = [0.25, 0.5, 1, 2, 4, 8].map((gb) => importSizeLimit(gb).bytes);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1]);
    expect(Math.max(...sizes)).toBe(HARD_IMPORT_CAP_BYTES);
  });
});

describe('checkImportSize', () => {
  it('refuses only a file over the limit, and names file, limit and memory', () => {
    const limit = importSizeLimit(2);
    expect(checkImportSize(limit.bytes, limit)).toBeNull();
    expect(checkImportSize(limit.bytes + 1, limit)).toEqual({ code: 'over-size-limit', fileBytes: limit.bytes + 1, limitBytes: limit.bytes, deviceGb: 2 });
    expect(checkImportSize(4 * GiB, importSizeLimit(undefined))).toMatchObject({ limitBytes: 3 * GiB, deviceGb: null });
  });
});

describe('reportedDeviceMemory', () => {
  it('reads navigator.deviceMemory where it is a positive number', () => {
    expect(reportedDeviceMemory({ deviceMemory: 4 })).toBe(4);
    expect(reportedDeviceMemory({})).toBeUndefined();
    expect(reportedDeviceMemory({ deviceMemory: '4' })).toBeUndefined();
    expect(reportedDeviceMemory(undefined)).toBeUndefined();
  });
});
