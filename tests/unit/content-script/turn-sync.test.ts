import { describe, expect, it } from 'vitest';
import { createTabConversations } from '../../../core/conversation/tab-conversations';
import { EMPTY_ANALYSIS } from '../../../core/conversation/turn-analyzer';
import { keysAfter, type TurnsContext, type TurnsMessage, type TurnsReply } from '../../../core/protocol';
import type { Turn } from '../../../sites/types';
import {
  CHUNK_CHARS,
  TAIL_MIN_SHARED,
  createTurnSync,
  type Analysed,
  type Transport,
} from '../../../entrypoints/chatbot.content/turn-sync';

const context: TurnsContext = { site: 'chatgpt', readerStatus: 'ok', conversationId: 'c1', piiCounts: {} };
const turn = (key: string, text: string, role: Turn['role'] = 'user', complete = true): Turn => ({
  key,
  role,
  text,
  complete,
});
const settle = async () => {
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** The order the background holds after each message (messages send it whole, as a change, or not at all). */
function orders(messages: readonly TurnsMessage[]): (readonly string[])[] {
  let keys: readonly string[] = [];
  return messages.map((message) => (keys = keysAfter(keys, message)));
}

/** A background that analyses "poitrine" as cardiac, with manual control over delivery. */
function harness() {
  let background = createTabConversations(({ text, role }) => {
    const at = text.indexOf('poitrine');
    return {
      ...EMPTY_ANALYSIS,
      health: at >= 0,
      redFlags: at >= 0 && role === 'user' ? [{ category: 'cardiac', start: at, end: at + 8 }] : [],
    };
  });
  const messages: TurnsMessage[] = [];
  const replies: Analysed[] = [];
  let failures = 0;
  let deliver = true;
  const transport: Transport = async (message) => {
    messages.push(structuredClone(message));
    if (!deliver) return null;
    return background.receive(1, structuredClone(message)).reply as TurnsReply;
  };
  const sync = createTurnSync({
    transport,
    onReply: (reply) => replies.push(reply),
    onFailure: () => (failures += 1),
  });
  return {
    sync,
    messages,
    replies,
    failures: () => failures,
    restartBackground: () => {
      background = createTabConversations(() => EMPTY_ANALYSIS);
    },
    setDelivery: (value: boolean) => (deliver = value),
  };
}

describe('turn sync (content script → background)', () => {
  it('sends every turn first, then only new or changed ones, named by key', async () => {
    const h = harness();
    h.sync.push([turn('u1', 'bonjour'), turn('a1', 'Bonjour !', 'assistant')], context);
    await settle();
    h.sync.push(
      [turn('u1', 'bonjour'), turn('a1', 'Bonjour !', 'assistant'), turn('u2', 'mal à la poitrine')],
      context,
    );
    await settle();
    expect(h.messages.map((m) => [m.seq, m.full, m.changed.map((t) => t.key)])).toEqual([
      [0, true, ['u1', 'a1']],
      [1, false, ['u2']],
    ]);
    expect(orders(h.messages)).toEqual([
      ['u1', 'a1'],
      ['u1', 'a1', 'u2'],
    ]);
    // A new turn at the end goes as a change of the order, not as the whole list again.
    expect(h.messages[0]!.keys).toEqual(['u1', 'a1']);
    expect(h.messages[1]).toMatchObject({ keysAround: { before: [], after: ['u2'] } });
    expect(h.messages[1]).not.toHaveProperty('keys');
    expect(h.replies.at(-1)).toMatchObject({ categories: ['cardiac'], health: true });
  });

  it('leaves the keys out while the order stays the same (a streaming answer)', async () => {
    const h = harness();
    h.sync.push([turn('u1', 'mal à la poitrine'), turn('a1', 'Je', 'assistant', false)], context);
    await settle();
    h.sync.push([turn('u1', 'mal à la poitrine'), turn('a1', 'Je vous', 'assistant', false)], context);
    await settle();
    expect(h.messages[1]).not.toHaveProperty('keys');
    expect(h.messages[1]).not.toHaveProperty('keysAround');
    expect(h.messages[1]!.changed).toEqual([turn('a1', 'Je vous', 'assistant', false)]);
    expect(h.replies.at(-1)).toMatchObject({ categories: ['cardiac'] });
  });

  it('sends only the end of a long streaming answer, and the background rebuilds the whole text', async () => {
    const h = harness();
    const start = 'Voici ce que je vous conseille. '.repeat(40);
    h.sync.push([turn('u1', 'bonjour'), turn('a1', start, 'assistant', false)], context);
    await settle();
    // The answer grows, then its last word is rewritten (markdown re-rendered), then it mentions the chest.
    const grown = `${start}Reposez-vous`;
    h.sync.push([turn('u1', 'bonjour'), turn('a1', grown, 'assistant', false)], context);
    await settle();
    const rewritten = `${start}Reposez-vous bien. Douleur à la poitrine ?`;
    h.sync.push([turn('u1', 'bonjour'), turn('a1', rewritten, 'assistant', true)], context);
    await settle();
    expect(start.length).toBeGreaterThan(TAIL_MIN_SHARED);
    expect(h.messages.slice(1).map((m) => m.changed)).toEqual([
      [{ key: 'a1', role: 'assistant', text: 'Reposez-vous', complete: false, from: start.length }],
      [
        {
          key: 'a1',
          role: 'assistant',
          text: ' bien. Douleur à la poitrine ?',
          complete: true,
          from: grown.length,
        },
      ],
    ]);
    expect(h.replies.at(-1)).toMatchObject({ health: true });
  });

  it('sends a short or rewritten turn whole', async () => {
    const h = harness();
    h.sync.push([turn('a1', 'Je', 'assistant', false)], context);
    await settle();
    h.sync.push([turn('a1', 'Je vous', 'assistant', false)], context);
    await settle();
    const long = 'x'.repeat(TAIL_MIN_SHARED * 2);
    h.sync.push([turn('a1', long, 'assistant', false)], context);
    await settle();
    h.sync.push([turn('a1', `y${long}`, 'assistant', false)], context);
    await settle();
    expect(h.messages.flatMap((m) => m.changed.map((t) => t.from))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('looks only past the turns pushed again as the same objects, and sends what really changed', async () => {
    const h = harness();
    const first = Array.from({ length: 50 }, (_, i) => turn(`t${i}`, `message ${i}`, i % 2 ? 'assistant' : 'user'));
    h.sync.push(first, context);
    await settle();
    // The reader kept 40 turns as they were; of the rest, one was re-read identical, one changed.
    const next = [...first.slice(0, 40), ...first.slice(40).map((t) => ({ ...t }))];
    next[45] = { ...next[45]!, text: 'message 45, corrigé' };
    next.push(turn('t50', 'mal à la poitrine'));
    h.sync.push(next, context);
    await settle();
    expect(h.messages.at(-1)).toMatchObject({ full: false, changed: [{ key: 't45' }, { key: 't50' }] });
    expect(orders(h.messages).at(-1)).toHaveLength(51);
    // The list scrolled (virtualised): the first turns unmounted, the order and the findings stay whole.
    h.sync.push(next.slice(30), context);
    await settle();
    expect(h.messages).toHaveLength(2);
    h.sync.push([...next.slice(30), turn('t51', 'merci')], context);
    await settle();
    expect(orders(h.messages).at(-1)).toEqual([...next.map((t) => t.key), 't51']);
    expect(h.replies.at(-1)).toMatchObject({ categories: ['cardiac'] });
  });

  it('sends the whole order again when a turn comes between two the background has', async () => {
    const h = harness();
    h.sync.push([turn('u1', 'bonjour'), turn('a1', 'Bonjour !', 'assistant'), turn('u2', 'ça va')], context);
    await settle();
    // A regenerated answer: a new turn between u1 and u2 (a1 stays known, as an unmounted turn would).
    h.sync.push([turn('u1', 'bonjour'), turn('a1b', 'Salut !', 'assistant'), turn('u2', 'ça va')], context);
    await settle();
    expect(h.messages[1]).not.toHaveProperty('keysAround');
    expect(h.messages[1]!.keys).toEqual(['u1', 'a1b', 'a1', 'u2']);
    expect(h.replies).toHaveLength(2);
  });

  it('sends nothing when neither the turns nor the context changed', async () => {
    const h = harness();
    h.sync.push([turn('u1', 'bonjour')], context);
    await settle();
    h.sync.push([turn('u1', 'bonjour')], context);
    await settle();
    expect(h.messages).toHaveLength(1);
    h.sync.push([turn('u1', 'bonjour')], { ...context, piiCounts: { phone: 1 } });
    await settle();
    expect(h.messages).toHaveLength(2);
    expect(h.messages[1]!.changed).toEqual([]);
  });

  it('keeps one message in flight and coalesces the reads made meanwhile', async () => {
    const h = harness();
    h.sync.push([turn('u1', 'a')], context);
    h.sync.push([turn('u1', 'a'), turn('u2', 'b')], context);
    h.sync.push([turn('u1', 'a'), turn('u2', 'b'), turn('u3', 'c')], context);
    expect(h.messages).toHaveLength(1);
    await settle();
    expect(h.messages).toHaveLength(2);
    expect(h.messages[1]!.changed.map((t) => t.key)).toEqual(['u2', 'u3']);
  });

  it('sends a long first scan in chunks, newest turns first, and the background sees all of them', async () => {
    const h = harness();
    const long = [turn('first', 'mal à la poitrine depuis hier')];
    for (let i = 0; i < 40; i++) long.push(turn(`t${i}`, `${'x'.repeat(9_990)} ${i}`));
    long.push(turn('last', 'douleur poitrine'));
    h.sync.push(long, context);
    await settle();
    const sizes = h.messages.map((m) => m.changed.reduce((sum, t) => sum + t.text.length, 0));
    expect(h.messages.length).toBeGreaterThan(5);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(CHUNK_CHARS);
    // The first reply is about the newest messages; each message lists its turns in conversation order.
    expect(h.messages[0]!.changed.map((t) => t.key).at(-1)).toBe('last');
    expect(h.replies[0]).toMatchObject({ categories: ['cardiac'] });
    const sent = h.messages.flatMap((m) => m.changed.map((t) => t.key));
    expect([...sent].sort()).toEqual(long.map((t) => t.key).sort());
    expect(orders(h.messages).at(-1)).toEqual(long.map((t) => t.key));
    expect(h.messages.at(-1)!.changed.map((t) => t.key)[0]).toBe('first');
    // Each key is named once over the whole first read (the full list per chunk made it quadratic).
    const named = h.messages.reduce(
      (n, m) => n + (m.keys?.length ?? 0) + (m.keysAround ? m.keysAround.before.length + m.keysAround.after.length : 0),
      0,
    );
    expect(named).toBe(long.length);
    // Each chunk after the first names only its own, older turns, in front of what the background has.
    for (const m of h.messages.slice(1)) {
      expect(m).not.toHaveProperty('keys');
      expect(m.keysAround).toEqual({ before: m.changed.map((t) => t.key), after: [] });
    }
    expect(h.replies.at(-1)).toMatchObject({ categories: ['cardiac'] });
  });

  it('resends every known turn, unmounted ones included, when the background lost the conversation', async () => {
    const h = harness();
    h.sync.push([turn('u1', 'poitrine'), turn('a1', 'ok', 'assistant')], context);
    await settle();
    h.restartBackground();
    // A virtualised list unmounted u1; a new answer arrives.
    h.sync.push([turn('a1', 'ok', 'assistant'), turn('u2', 'merci')], context);
    await settle();
    const [, partial, resync] = h.messages;
    expect(partial).toMatchObject({ full: false, changed: [{ key: 'u2' }] });
    expect(resync).toMatchObject({ full: true, keys: ['u1', 'a1', 'u2'] });
    expect(resync!.changed.map((t) => t.key)).toEqual(['u1', 'a1', 'u2']);
  });

  it('reports a failed delivery and sends everything on the next push', async () => {
    const h = harness();
    h.setDelivery(false);
    h.sync.push([turn('u1', 'poitrine')], context);
    await settle();
    expect(h.failures()).toBe(1);
    h.setDelivery(true);
    h.sync.push([turn('u1', 'poitrine')], context);
    await settle();
    expect(h.messages.at(-1)).toMatchObject({ full: true, changed: [{ key: 'u1' }] });
    expect(h.replies.at(-1)).toMatchObject({ categories: ['cardiac'] });
  });

  it('ignores a late answer about a conversation that was reset', async () => {
    const h = harness();
    h.sync.push([turn('u1', 'poitrine')], context);
    h.sync.reset();
    h.sync.push([], { ...context, conversationId: 'c2' });
    await settle();
    expect(h.replies).toHaveLength(1);
    expect(h.replies[0]).toMatchObject({ categories: [] });
    expect(new Set(h.messages.map((m) => m.session)).size).toBe(2);
  });
});
