import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ContentHash } from './content-hash';

function hashInChunks(bytes: Uint8Array, size: number): string {
  const h = new ContentHash();
  for (let i = 0; i < bytes.length; i += size) h.update(bytes.subarray(i, i + size));
  return h.digest();
}

function hashOf(bytes: Uint8Array): string {
  const h = new ContentHash();
  h.update(bytes);
  return h.digest();
}

function pseudoRandomBytes(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    out[i] = x >>> 24;
  }
  return out;
}

const CHUNK_SIZES = [1, 3, 4, 7, 4096];

describe('ContentHash', () => {
  it('gives 16 lowercase hex characters', () => {
    expect(hashOf(new TextEncoder().encode('period,reporter,flow\n'))).toMatch(/^[0-9a-f]{16}$/);
  });

  it('does not depend on how the bytes were chunked', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const whole = hashOf(bytes);
        for (const size of CHUNK_SIZES) expect(hashInChunks(bytes, size)).toBe(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on random chunk boundaries or on where a chunk sits in its buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 2000 }), fc.array(fc.integer({ min: 0, max: 2000 }), { maxLength: 12 }), fc.integer({ min: 0, max: 7 }), (bytes, cuts, shift) => {
        // Chunks copied at an odd offset inside a larger buffer take the unaligned path.
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const h = new ContentHash();
        let start = 0;
        for (const end of [...points, bytes.length]) {
          const holder = new Uint8Array(end - start + shift);
          holder.set(bytes.subarray(start, end), shift);
          h.update(holder.subarray(shift));
          start = end;
        }
        expect(h.digest()).toBe(hashOf(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same digest for a large file read in typical stream chunks, aligned or not', () => {
    const bytes = pseudoRandomBytes(1_000_003);
    const whole = hashOf(bytes);
    for (const size of [65536, 65537, 4093]) expect(hashInChunks(bytes, size)).toBe(whole);
  });

  it('changes when any one byte changes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (bytes, at, delta) => {
        const changed = bytes.slice();
        const i = at % bytes.length;
        changed[i] = (changed[i] + delta) & 0xff;
        expect(hashOf(changed)).not.toBe(hashOf(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('changes with an extra byte, including a zero byte at the end', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.integer({ min: 0, max: 255 }), fc.nat(), (bytes, extra, at) => {
        const i = at % (bytes.length + 1);
        const longer = new Uint8Array(bytes.length + 1);
        longer.set(bytes.subarray(0, i));
        longer[i] = extra;
        longer.set(bytes.subarray(i), i + 1);
        expect(hashOf(longer)).not.toBe(hashOf(bytes));
      }),
      { numRuns: 500 },
    );
    expect(hashOf(new Uint8Array([0]))).not.toBe(hashOf(new Uint8Array(0)));
    expect(hashOf(new Uint8Array(8))).not.toBe(hashOf(new Uint8Array(9)));
  });

  it('changes when a single bit flips in a large file', () => {
    const bytes = pseudoRandomBytes(100_000, 7);
    const base = hashOf(bytes);
    for (const i of [0, 1, 50_000, 99_998, 99_999]) {
      const flipped = bytes.slice();
      flipped[i] ^= 1;
      expect(hashOf(flipped)).not.toBe(base);
    }
  });

  it('has a stable digest for empty input, however it was fed', () => {
    const empty = new ContentHash().digest();
    expect(empty).toMatch(/^[0-9a-f]{16}$/);
    const fed = new ContentHash();
    fed.update(new Uint8Array(0));
    fed.update(new Uint8Array(0));
    expect(fed.digest()).toBe(empty);
    // A fixed value: a change here means every stored source hash stops matching.
    expect(empty).toBe('bddc459c5d49dc98');
  });

  it('is stable across versions for a known input', () => {
    expect(hashOf(new TextEncoder().encode('2020-05,RUS,export,CHN,0303,1234.5,10\n'))).toBe('0b03e5abd724f161');
  });

  it('lets digest() be called before more bytes arrive', () => {
    const bytes = pseudoRandomBytes(1001, 3);
    const h = new ContentHash();
    h.update(bytes.subarray(0, 501));
    expect(h.digest()).toBe(hashOf(bytes.subarray(0, 501)));
    h.update(bytes.subarray(501));
    expect(h.digest()).toBe(hashOf(bytes));
  });

  it('spreads digests of similar short inputs', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 70_000; i++) seen.add(hashOf(new Uint8Array([i & 0xff, i >>> 8, i >>> 16])));
    expect(seen.size).toBe(70_000);
  });
});
