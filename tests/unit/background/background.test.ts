import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyTabState, PANEL_REQUEST_KEY, tabStateKey, type TabState } from '../../../core/protocol';
import background from '../../../entrypoints/background';

/** Delivers a message as if sent by a content script in tab `tabId`. */
async function fromTab(tabId: number, message: unknown): Promise<void> {
  const listeners = (fakeBrowser.runtime.onMessage as unknown as { trigger(...args: unknown[]): Promise<unknown> })
    .trigger;
  await listeners(message, { tab: { id: tabId, windowId: 1 } }, () => undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const state: TabState = {
  ...emptyTabState('chatgpt'),
  conversationId: 'abc',
  health: true,
  topics: ['symptoms'],
  redFlags: [{ category: 'cardiac', evidence: 'x'.repeat(300), source: 'user' }],
  checks: ['missed_emergency'],
  missedEmergency: true,
  piiCounts: { nir: 1 },
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.sidePanel, 'setPanelBehavior').mockResolvedValue(undefined);
  background.main();
});

describe('background', () => {
  it('starts a tab with an empty state on announce and stores findings per tab', async () => {
    await fromTab(7, { type: 'announce', site: 'chatgpt' });
    expect((await fakeBrowser.storage.session.get(tabStateKey(7)))[tabStateKey(7)]).toEqual(emptyTabState('chatgpt'));
    await fromTab(7, { type: 'findings', state });
    const stored = (await fakeBrowser.storage.session.get(tabStateKey(7)))[tabStateKey(7)] as TabState;
    expect(stored.redFlags[0]!.evidence).toHaveLength(80); // clamped even if a sender sends more
    expect(stored).toMatchObject({ conversationId: 'abc', missedEmergency: true, piiCounts: { nir: 1 } });
  });

  it('replaces the state when the tab moves to another conversation', async () => {
    await fromTab(7, { type: 'findings', state });
    await fromTab(7, { type: 'findings', state: { ...emptyTabState('chatgpt'), conversationId: 'other' } });
    const stored = (await fakeBrowser.storage.session.get(tabStateKey(7)))[tabStateKey(7)] as TabState;
    expect(stored).toEqual({ ...emptyTabState('chatgpt'), conversationId: 'other' });
  });

  it('drops the state when the tab closes', async () => {
    await fromTab(7, { type: 'findings', state });
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('opens the side panel for the tab and records the checklist to show', async () => {
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    await fromTab(7, { type: 'open-panel', checklist: 'cardiac' });
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    const request = (await fakeBrowser.storage.session.get(PANEL_REQUEST_KEY))[PANEL_REQUEST_KEY];
    expect(request).toMatchObject({ tabId: 7, checklist: 'cardiac' });
  });

  it('ignores foreign messages and messages without a tab', async () => {
    await fromTab(7, { type: 'something-else' });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'findings', state }, {}, () => undefined);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
