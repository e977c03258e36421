// A fast streaming fingerprint of a file's bytes, to recognise the same file
// uploaded twice. Not cryptographic: two independent 32-bit MurmurHash3-style
// lanes (different seeds, multipliers and rotations) both see every 4-byte
// little-endian word, and are finalised with the total length into 64 bits.
// A partial word is carried across update() calls, so the digest depends only
// on the bytes, never on how they were chunked.
//
// Speed: words are read through a Uint32Array view when the chunk is aligned,
// otherwise the chunk is copied (memcpy-fast) into an aligned scratch block
// first; either way there is no per-byte work in the hot loop.

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** Bytes copied at a time when a chunk's words are not 4-byte aligned in memory. */
const SCRATCH_BYTES = 1 << 16;

// Lane A: MurmurHash3 x86_32 constants. Lane B: constants of MurmurHash3 x86_128's second lane.
const A_C1 = 0xcc9e2d51;
const A_C2 = 0x1b873593;
const A_ADD = 0xe6546b64;
const A_SEED = 0x5f3c1d27;
const B_C1 = 0x239b961b;
const B_C2 = 0xab0e9789;
const B_ADD = 0x0bcaa747;
const B_SEED = 0x9747b28c;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

export class ContentHash {
  private a = A_SEED | 0;
  private b = B_SEED | 0;
  /** Total bytes seen. */
  private length = 0;
  /** Up to 3 bytes of an unfinished word, little-endian in the low bits. */
  private tail = 0;
  private tailBytes = 0;
  private scratch: Uint32Array | null = null;

  update(bytes: Uint8Array): void {
    const n = bytes.length;
    if (n === 0) return;
    this.length += n;
    let pos = 0;
    // Complete the word carried over from the previous chunk.
    if (this.tailBytes > 0) {
      while (this.tailBytes < 4 && pos < n) this.tail |= bytes[pos++] << (8 * this.tailBytes++);
      if (this.tailBytes < 4) return;
      this.words1(this.tail);
      this.tail = 0;
      this.tailBytes = 0;
    }
    const wordCount = (n - pos) >>> 2;
    if (wordCount > 0) {
      const start = bytes.byteOffset + pos;
      if (!LITTLE_ENDIAN) this.wordsFromBytes(bytes, pos, wordCount);
      else if ((start & 3) === 0) this.words(new Uint32Array(bytes.buffer, start, wordCount), wordCount);
      else this.wordsUnaligned(bytes, pos, wordCount);
      pos += wordCount * 4;
    }
    while (pos < n) this.tail |= bytes[pos++] << (8 * this.tailBytes++);
  }

  /** 16 lowercase hex characters. Does not change the state: more bytes may follow. */
  digest(): string {
    let a = this.a;
    let b = this.b;
    if (this.tailBytes > 0) {
      // As MurmurHash3 treats its tail: mix the partial word without the rotate-multiply step.
      let ka = Math.imul(this.tail, A_C1);
      ka = (ka << 15) | (ka >>> 17);
      a ^= Math.imul(ka, A_C2);
      let kb = Math.imul(this.tail, B_C1);
      kb = (kb << 16) | (kb >>> 16);
      b ^= Math.imul(kb, B_C2);
    }
    const low = this.length >>> 0;
    const high = Math.floor(this.length / 0x100000000) >>> 0;
    a ^= low;
    b ^= low ^ Math.imul(high, 0x27d4eb2d);
    a = (a + b) | 0;
    b = (b + a) | 0;
    a = fmix32(a);
    b = fmix32(b);
    a = (a + b) | 0;
    b = (b + a) | 0;
    return hex8(a) + hex8(b);
  }

  private words(w: Uint32Array, count: number): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < count; i++) {
      const k = w[i];
      let ka = Math.imul(k, A_C1);
      ka = (ka << 15) | (ka >>> 17);
      a ^= Math.imul(ka, A_C2);
      a = (a << 13) | (a >>> 19);
      a = (Math.imul(a, 5) + A_ADD) | 0;
      let kb = Math.imul(k, B_C1);
      kb = (kb << 16) | (kb >>> 16);
      b ^= Math.imul(kb, B_C2);
      b = (b << 17) | (b >>> 15);
      b = (Math.imul(b, 5) + B_ADD) | 0;
    }
    this.a = a;
    this.b = b;
  }

  private words1(k: number): void {
    const one = new Uint32Array(1);
    one[0] = k;
    this.words(one, 1);
  }

  private wordsUnaligned(bytes: Uint8Array, pos: number, wordCount: number): void {
    this.scratch ??= new Uint32Array(SCRATCH_BYTES / 4);
    const scratch = this.scratch;
    const scratchBytes = new Uint8Array(scratch.buffer);
    let remaining = wordCount;
    while (remaining > 0) {
      const take = Math.min(remaining, scratch.length);
      scratchBytes.set(bytes.subarray(pos, pos + take * 4));
      this.words(scratch, take);
      pos += take * 4;
      remaining -= take;
    }
  }

  /** Big-endian platforms: assemble little-endian words byte by byte. */
  private wordsFromBytes(bytes: Uint8Array, pos: number, wordCount: number): void {
    this.scratch ??= new Uint32Array(SCRATCH_BYTES / 4);
    const scratch = this.scratch;
    let remaining = wordCount;
    while (remaining > 0) {
      const take = Math.min(remaining, scratch.length);
      for (let i = 0; i < take; i++, pos += 4) scratch[i] = (bytes[pos] | (bytes[pos + 1] << 8) | (bytes[pos + 2] << 16) | (bytes[pos + 3] << 24)) >>> 0;
      this.words(scratch, take);
      remaining -= take;
    }
  }
}
