import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  emptyTabState,
  PANEL_REQUEST_KEY,
  tabStateKey,
  type TabState,
  type TurnPayload,
  type TurnsMessage,
} from '../../../core/protocol';
import { ENGINE_PORT_NAME } from '../../../core/engine-port';
import background from '../../../entrypoints/background';

/** Delivers a message as if sent by a content script in tab `tabId`; returns what the background answered. */
async function fromTab(tabId: number, message: unknown): Promise<unknown> {
  const listeners = (fakeBrowser.runtime.onMessage as unknown as { trigger(...args: unknown[]): Promise<unknown> })
    .trigger;
  let answer: unknown;
  await listeners(message, { tab: { id: tabId, windowId: 1 } }, (reply: unknown) => (answer = reply));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return answer;
}

/** The background's onConnect listener (the fake browser registers it but cannot trigger it). */
let connectListener: ((port: unknown) => void) | undefined;
/** The open port of each tab, as its content script keeps one. */
let ports: Map<number, { post(message: unknown): void; replies: unknown[] }>;

function startBackground(): void {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.sidePanel, 'setPanelBehavior').mockResolvedValue(undefined);
  const onConnect = vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
  background.main();
  connectListener = onConnect.mock.calls.at(-1)?.[0] as ((port: unknown) => void) | undefined;
  ports = new Map();
}

/** A port like runtime.connect() gives the background: name, sender, messages both ways. */
function openPort(tabId: number | undefined, name = ENGINE_PORT_NAME) {
  const listeners: ((message: unknown) => void)[] = [];
  const replies: unknown[] = [];
  connectListener?.({
    name,
    sender: tabId === undefined ? {} : { tab: { id: tabId, windowId: 1 } },
    postMessage: (message: unknown) => replies.push(message),
    disconnect: () => undefined,
    onMessage: { addListener: (listener: (message: unknown) => void) => listeners.push(listener) },
    onDisconnect: { addListener: () => undefined },
  });
  return { post: (message: unknown) => listeners.forEach((listener) => listener(message)), replies };
}

/** Sends turns over the tab's port, as the content script does; returns the background's reply. */
async function turnsFromTab(tabId: number, message: TurnsMessage | Record<string, unknown>): Promise<unknown> {
  let port = ports.get(tabId);
  if (!port) ports.set(tabId, (port = openPort(tabId)));
  const id = port.replies.length + 1000;
  port.post({ id, message });
  await new Promise((resolve) => setTimeout(resolve, 0));
  const response = port.replies.find((reply) => (reply as { id: number }).id === id) as { reply: unknown } | undefined;
  return response?.reply;
}

const stored = async (tabId: number) =>
  (await fakeBrowser.storage.session.get(tabStateKey(tabId)))[tabStateKey(tabId)] as TabState | undefined;

const context = { site: 'chatgpt', readerStatus: 'ok', conversationId: 'abc', piiCounts: { nir: 1 } } as const;
const longPreamble = 'Je vous écris pour mon père qui a 72 ans et qui habite seul, je suis inquiète. '.repeat(4);
const turns = (session: string, seq: number, full: boolean, changed: TurnPayload[], keys = changed.map((t) => t.key)) =>
  ({ type: 'turns', session, seq, full, keys, changed, context }) satisfies TurnsMessage;
const user: TurnPayload = {
  key: 'u1',
  role: 'user',
  text: `${longPreamble}Il a une douleur dans la poitrine qui serre depuis 20 minutes.`,
  complete: true,
};
const answer: TurnPayload = { key: 'a1', role: 'assistant', text: 'Reposez-vous, buvez de l’eau.', complete: true };

beforeEach(startBackground);

describe('background', () => {
  it('starts a tab with an empty state on announce (the engine warm-up it starts leaves no trace)', async () => {
    await fromTab(7, { type: 'announce', site: 'chatgpt' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await stored(7)).toEqual(emptyTabState('chatgpt'));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ [tabStateKey(7)]: emptyTabState('chatgpt') });
  });

  it('analyses the turns it is sent with the real engine and stores only ids, counts and a short excerpt', async () => {
    const reply = await turnsFromTab(7, turns('s1', 0, true, [user, answer]));
    expect(reply).toEqual({ resync: false, health: true, categories: ['cardiac'], missedEmergency: true });
    const state = (await stored(7))!;
    expect(state).toMatchObject({ conversationId: 'abc', missedEmergency: true, piiCounts: { nir: 1 } });
    expect(state.redFlags).toMatchObject([{ category: 'cardiac', source: 'user' }]);
    expect(state.redFlags[0]!.evidence.length).toBeLessThanOrEqual(80);
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain(longPreamble.slice(0, 40));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('reads the prompt for personal data with the real privacy reader, and does not keep it', async () => {
    const prompt = 'Je suis Marie Durand, joignable au 06 12 34 56 78, mon père a mal à la poitrine.';
    const reply = (await turnsFromTab(7, { type: 'pii', text: prompt })) as { pii: { kind: string }[] };
    expect(reply.pii.map((finding) => finding.kind)).toEqual(['person_name', 'phone']);
    expect(await turnsFromTab(7, { type: 'pii', text: 42 })).toBeUndefined();
    // Not part of the tab's conversation: nothing stored, and the conversation memory is still empty.
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await turnsFromTab(7, turns('s1', 1, false, [], ['u1']))).toEqual({ resync: true });
  });

  it('takes unchanged turns by key, and asks for everything when it lost the conversation', async () => {
    await turnsFromTab(7, turns('s1', 0, true, [user]));
    const next = await turnsFromTab(7, turns('s1', 1, false, [answer], ['u1', 'a1']));
    expect(next).toMatchObject({ resync: false, missedEmergency: true });
    // A service-worker restart forgets the conversation: the next partial message gets a resync.
    startBackground();
    expect(await turnsFromTab(7, turns('s1', 2, false, [], ['u1', 'a1']))).toEqual({ resync: true });
  });

  it('replaces the state when the tab moves to another conversation', async () => {
    await turnsFromTab(7, turns('s1', 0, true, [user]));
    await turnsFromTab(7, {
      ...turns('s2', 0, true, []),
      context: { ...context, conversationId: 'other', piiCounts: {} },
    });
    expect(await stored(7)).toEqual({ ...emptyTabState('chatgpt'), conversationId: 'other' });
  });

  it('drops the state when the tab closes', async () => {
    await turnsFromTab(7, turns('s1', 0, true, [user]));
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await turnsFromTab(7, turns('s1', 1, false, [], ['u1']))).toEqual({ resync: true });
  });

  it('opens the side panel from its own toolbar-click handler (which grants activeTab), not the panel shortcut', async () => {
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    expect(fakeBrowser.sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: false });
    await fakeBrowser.action.onClicked.trigger({ id: 12, windowId: 1 } as Browser.tabs.Tab);
    expect(open).toHaveBeenCalledWith({ tabId: 12 });
  });

  it('opens the side panel for the tab and records the checklist to show', async () => {
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    await fromTab(7, { type: 'open-panel', checklist: 'cardiac' });
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    const request = (await fakeBrowser.storage.session.get(PANEL_REQUEST_KEY))[PANEL_REQUEST_KEY];
    expect(request).toMatchObject({ tabId: 7, checklist: 'cardiac' });
  });

  it('ignores foreign messages, ports and messages without a tab, and turns sent as one-off messages', async () => {
    await fromTab(7, { type: 'something-else' });
    await fromTab(7, turns('s1', 0, true, [user]));
    expect(
      await turnsFromTab(7, { type: 'turns', session: 's1', seq: 0, full: true, keys: ['x'], changed: [{ key: 'x' }] }),
    ).toBeUndefined();
    const foreign = openPort(7, 'someone-else');
    foreign.post({ id: 1, message: turns('s1', 0, true, [user]) });
    const tabless = openPort(undefined);
    tabless.post({ id: 1, message: turns('s1', 0, true, [user]) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([...foreign.replies, ...tabless.replies]).toEqual([]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
