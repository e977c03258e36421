import { describe, expect, it } from 'vitest';
import { encodeWindows1251 } from './windows-1251';

describe('encodeWindows1251', () => {
  it('round-trips through TextDecoder for Cyrillic, ё and typographic marks', () => {
    const text = 'Камчатский край; ЁЖИК ёжик № 5 — «кавычки» … €';
    expect(new TextDecoder('windows-1251').decode(encodeWindows1251(text))).toBe(text);
  });
  it('replaces what it cannot hold', () => {
    expect(new TextDecoder('windows-1251').decode(encodeWindows1251('中国'))).toBe('??');
  });
});
