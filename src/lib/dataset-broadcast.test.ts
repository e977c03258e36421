import { describe, expect, it, vi } from 'vitest';
import { announceDatasetChange, DATASET_CHANNEL, handleDatasetChange, onDatasetChange, parseDatasetChange } from './dataset-broadcast';

describe('dataset changes across tabs', () => {
  it('reads only well-formed messages', () => {
    expect(parseDatasetChange({ type: 'dataset-deleted', id: 'u-0123456789ab' })).toEqual({ type: 'dataset-deleted', id: 'u-0123456789ab' });
    for (const bad of [null, 'dataset-deleted', { type: 'drop-table', id: 'x' }, { type: 'dataset-saved', id: 7 }, { type: 'dataset-saved', id: '../x' }, { type: 'dataset-saved' }]) expect(parseDatasetChange(bad)).toBeNull();
  });

  it('refreshes the list on every change, and names the open dataset deleted', () => {
    const run = (type: 'dataset-saved' | 'dataset-renamed' | 'dataset-deleted', id: string) => {
      const actions = { refreshList: vi.fn(), openDeleted: vi.fn() };
      handleDatasetChange({ type, id }, 'u-open', actions);
      return [actions.refreshList.mock.calls.length, actions.openDeleted.mock.calls.length];
    };
    expect(run('dataset-deleted', 'u-open')).toEqual([1, 1]);
    expect(run('dataset-deleted', 'u-other')).toEqual([1, 0]);
    expect(run('dataset-renamed', 'u-open')).toEqual([1, 0]);
    expect(run('dataset-saved', 'u-new')).toEqual([1, 0]);
  });

  it('carries changes between tabs, skips foreign messages, and never tells a tab its own changes', async () => {
    const heard: unknown[] = [];
    const stop = onDatasetChange((c) => heard.push(c));
    // Another tab: a channel object of the same name.
    const otherTab = new BroadcastChannel(DATASET_CHANNEL);
    const otherHeard: unknown[] = [];
    otherTab.onmessage = (e) => otherHeard.push(e.data);
    announceDatasetChange({ type: 'dataset-deleted', id: 'u-mine0000000' });
    otherTab.postMessage({ type: 'something else' });
    otherTab.postMessage({ type: 'dataset-renamed', id: 'u-0123456789ab' });
    await vi.waitFor(() => expect(heard).toEqual([{ type: 'dataset-renamed', id: 'u-0123456789ab' }]));
    await vi.waitFor(() => expect(otherHeard).toEqual([{ type: 'dataset-deleted', id: 'u-mine0000000' }]));
    // Our own deletion never reached our own listener.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toHaveLength(1);
    otherTab.close();
    stop();
  });
});
