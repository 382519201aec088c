import { describe, expect, it } from 'vitest';
import { createTabConversations } from '../../../core/conversation/tab-conversations';
import { EMPTY_ANALYSIS } from '../../../core/conversation/turn-analyzer';
import type { TurnPayload, TurnsMessage } from '../../../core/protocol';

const context = { site: 'claude', readerStatus: 'ok', conversationId: 'c', piiCounts: {} } as const;
const message = (over: Partial<TurnsMessage>): TurnsMessage => ({
  type: 'turns',
  session: 's',
  seq: 0,
  full: true,
  keys: [],
  changed: [],
  context,
  ...over,
});
const user = (key: string, text: string): TurnPayload => ({ key, role: 'user', text, complete: true });

function conversations() {
  const seen: string[] = [];
  const tabs = createTabConversations(({ text, role }) => {
    seen.push(text);
    const at = text.indexOf('avalé');
    return {
      ...EMPTY_ANALYSIS,
      health: at >= 0,
      redFlags: at >= 0 && role === 'user' ? [{ category: 'poisoning', start: at, end: at + 5 }] : [],
    };
  });
  return { tabs, seen };
}

describe('per-tab conversations in the background', () => {
  it('analyses each text once and summarises the whole conversation', () => {
    const { tabs, seen } = conversations();
    tabs.receive(1, message({ keys: ['u1'], changed: [user('u1', 'bonjour')] }));
    const { reply, state } = tabs.receive(
      1,
      message({ seq: 1, full: false, keys: ['u1', 'u2'], changed: [user('u2', 'il a avalé des piles')] }),
    );
    expect(seen).toEqual(['bonjour', 'il a avalé des piles']);
    expect(reply).toEqual({ resync: false, health: true, categories: ['poisoning'], missedEmergency: false });
    expect(state!.redFlags).toEqual([{ category: 'poisoning', evidence: 'il a avalé des piles', source: 'user' }]);
  });

  it('keeps the last order when a message leaves the keys out', () => {
    const { tabs, seen } = conversations();
    tabs.receive(1, message({ keys: ['u1', 'u2'], changed: [user('u1', 'bonjour'), user('u2', 'ça va')] }));
    const { reply } = tabs.receive(
      1,
      message({ seq: 1, full: false, keys: undefined, changed: [user('u2', 'il a avalé')] }),
    );
    expect(seen.at(-1)).toBe('il a avalé');
    expect(reply).toMatchObject({ categories: ['poisoning'] });
  });

  it('puts keys sent around the last order in front of it and after it', () => {
    const { tabs } = conversations();
    tabs.receive(1, message({ keys: ['u2'], changed: [user('u2', 'ça va')] }));
    tabs.receive(
      1,
      message({
        seq: 1,
        full: false,
        keys: undefined,
        keysAround: { before: ['u1'], after: ['u3'] },
        changed: [user('u1', 'il a avalé des piles'), user('u3', 'merci')],
      }),
    );
    const { state } = tabs.receive(1, message({ seq: 2, full: false, keys: undefined, changed: [] }));
    expect(state!.redFlags).toEqual([{ category: 'poisoning', evidence: 'il a avalé des piles', source: 'user' }]);
    // A key around the order that the background never received: it asks for everything.
    const ghost = tabs.receive(
      1,
      message({ seq: 3, full: false, keys: undefined, keysAround: { before: ['ghost'], after: [] } }),
    );
    expect(ghost.reply).toEqual({ resync: true });
  });

  it('rebuilds a turn sent as its end only (from an offset) before analysing it', () => {
    const { tabs, seen } = conversations();
    tabs.receive(1, message({ keys: ['u1'], changed: [user('u1', 'mon fils a')] }));
    const { reply } = tabs.receive(
      1,
      message({ seq: 1, full: false, keys: undefined, changed: [{ ...user('u1', ' avalé des piles'), from: 10 }] }),
    );
    expect(seen.at(-1)).toBe('mon fils a avalé des piles');
    expect(reply).toMatchObject({ categories: ['poisoning'] });
  });

  it.each([
    ['an unknown session', message({ session: 'other', seq: 1, full: false, keys: ['u1'] })],
    ['a missing message (sequence gap)', message({ seq: 2, full: false, keys: ['u1'] })],
    ['a key it never received', message({ seq: 1, full: false, keys: ['u1', 'ghost'] })],
    [
      'the end of a turn it does not have',
      message({ seq: 1, full: false, keys: ['u1', 'u2'], changed: [{ ...user('u2', 'x'), from: 3 }] }),
    ],
    [
      'an offset past the text it has',
      message({ seq: 1, full: false, keys: ['u1'], changed: [{ ...user('u1', 'x'), from: 99 }] }),
    ],
  ])('asks for everything after %s', (_, next) => {
    const { tabs } = conversations();
    tabs.receive(1, message({ keys: ['u1'], changed: [user('u1', 'bonjour')] }));
    expect(tabs.receive(1, next)).toEqual({ reply: { resync: true }, state: null });
  });

  it('starts again from a full message, and keeps tabs apart', () => {
    const { tabs } = conversations();
    tabs.receive(1, message({ keys: ['u1'], changed: [user('u1', 'il a avalé de la javel')] }));
    tabs.receive(2, message({ keys: ['u1'], changed: [user('u1', 'bonjour')] }));
    const again = tabs.receive(1, message({ seq: 5, keys: ['u9'], changed: [user('u9', 'bonjour')] }));
    expect(again.reply).toMatchObject({ categories: [] });
    expect(tabs.tabs().sort()).toEqual([1, 2]);
    tabs.drop(1);
    expect(tabs.tabs()).toEqual([2]);
  });
});
