import { describe, expect, it, vi } from 'vitest';
import { markDashboardDrawn, whenDashboardDrawn } from './dashboard-drawn';

describe('whenDashboardDrawn', () => {
  it('resolves at the next drawing of that dataset, not of another', async () => {
    let resolved = false;
    const waiting = whenDashboardDrawn('u-a', 10_000).then(() => (resolved = true));
    markDashboardDrawn('u-b');
    await Promise.resolve();
    expect(resolved).toBe(false);
    markDashboardDrawn('u-a');
    await waiting;
    expect(resolved).toBe(true);
  });

  it('a drawing before the wait does not count; the timeout ends the wait when nothing draws', async () => {
    vi.useFakeTimers();
    markDashboardDrawn('u-c');
    let resolved = false;
    void whenDashboardDrawn('u-c', 3000).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(2999);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
    vi.useRealTimers();
  });
});
