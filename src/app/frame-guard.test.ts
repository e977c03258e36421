import { describe, expect, it } from 'vitest';
import { isFramed } from './frame-guard';

describe('isFramed', () => {
  it('tells a page in its own window from a framed one', () => {
    const self = {};
    expect(isFramed({ top: self, self })).toBe(false);
    expect(isFramed({ top: {}, self })).toBe(true);
  });
  it('counts a cross-origin parent that cannot be read as a frame', () => {
    const win = {
      self: {},
      get top(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(isFramed(win)).toBe(true);
  });
});
