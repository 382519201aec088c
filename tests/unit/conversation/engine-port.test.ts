import { describe, expect, it } from 'vitest';
import type { PiiReply, TurnsMessage, TurnsReply } from '../../../core/protocol';
import { createPortTransport, serveEnginePort, type EnginePort } from '../../../core/engine-port';

/** One end of an in-memory port pair. */
interface FakeEnd extends EnginePort {
  other: FakeEnd | null;
  open: boolean;
  readonly posted: unknown[];
  /** Hands this end a message as if posted by the other end. */
  deliver(message: unknown): void;
  /** The other end went away (a stopped worker): this end is told, and can no longer post. */
  breakOff(): void;
}

function end(): FakeEnd {
  const messageListeners: ((message: unknown) => void)[] = [];
  const disconnectListeners: (() => void)[] = [];
  const port: FakeEnd = {
    other: null,
    open: true,
    posted: [],
    postMessage(message: unknown) {
      if (!port.open) throw new Error('Attempting to use a disconnected port object');
      port.posted.push(message);
      // Ports deliver asynchronously, and a clone of the message.
      queueMicrotask(() => port.other?.deliver(structuredClone(message)));
    },
    disconnect() {
      port.open = false;
    },
    onMessage: { addListener: (listener: (message: unknown) => void) => void messageListeners.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => void disconnectListeners.push(listener) },
    deliver: (message: unknown) => messageListeners.forEach((listener) => listener(message)),
    breakOff() {
      port.open = false;
      disconnectListeners.forEach((listener) => listener());
    },
  };
  return port;
}

const message = (seq: number): TurnsMessage => ({
  type: 'turns',
  session: 's',
  seq,
  full: seq === 0,
  changed: [{ key: `u${seq}`, role: 'user', text: `message ${seq}`, complete: true }],
  context: { site: 'chatgpt', readerStatus: 'ok', conversationId: null, piiCounts: {} },
});

const replyFor = (m: TurnsMessage): TurnsReply => ({
  resync: false,
  health: m.seq % 2 === 0,
  categories: [],
  missedEmergency: false,
});

/** Stand-in privacy reader: every "06…" run of ten digits is a phone number. */
const piiOf = (text: string): PiiReply => ({
  pii: [...text.matchAll(/06\d{8}/g)].map((m) => ({ kind: 'phone' as const, start: m.index, end: m.index + 10 })),
});

/** A content-script transport connected to a background serving `receive`; every connection is recorded. */
function connected(receive = replyFor) {
  const connections: { page: FakeEnd; worker: FakeEnd }[] = [];
  const transport = createPortTransport(() => {
    const page = end();
    const worker = end();
    page.other = worker;
    worker.other = page;
    serveEnginePort(worker, { turns: receive, pii: piiOf });
    connections.push({ page, worker });
    return page;
  });
  return { transport, connections };
}

describe('the engine port', () => {
  it('answers each message with its own reply, over one port', async () => {
    const { transport, connections } = connected();
    const replies = await Promise.all([transport.send(message(0)), transport.send(message(1))]);
    expect(replies).toEqual([replyFor(message(0)), replyFor(message(1))]);
    expect(await transport.send(message(2))).toEqual(replyFor(message(2)));
    expect(connections).toHaveLength(1);
  });

  it('resolves null when the background goes away before answering, then opens a new port', async () => {
    const { transport, connections } = connected();
    const pending = transport.send(message(0));
    // The worker stops before answering: the page's end is told at once.
    connections[0]!.page.breakOff();
    expect(await pending).toBeNull();
    expect(await transport.send(message(1))).toEqual(replyFor(message(1)));
    expect(connections).toHaveLength(2);
  });

  it('resolves null when posting on a port the other end closed, and reconnects next time', async () => {
    const { transport, connections } = connected();
    expect(await transport.send(message(0))).not.toBeNull();
    connections[0]!.page.open = false; // closed without the disconnect event having arrived yet
    expect(await transport.send(message(1))).toBeNull();
    expect(await transport.send(message(2))).toEqual(replyFor(message(2)));
    expect(connections).toHaveLength(2);
  });

  it('ignores what is not a request on the background side, and what is not a reply on the page side', async () => {
    const worker = end();
    let received = 0;
    serveEnginePort(worker, {
      turns: (m) => {
        received += 1;
        return replyFor(m);
      },
      pii: piiOf,
    });
    worker.deliver({ id: 1 });
    worker.deliver({ id: 'x', message: message(0) });
    worker.deliver({ id: 2, message: { ...message(0), type: 'announce' } });
    expect(received).toBe(0);
    worker.deliver({ id: 3, message: message(0) });
    expect(received).toBe(1);
    expect(worker.posted).toEqual([{ id: 3, reply: replyFor(message(0)) }]);

    const { transport, connections } = connected();
    const pending = transport.send(message(0));
    connections[0]!.page.deliver({ id: 0, reply: 'nonsense' });
    connections[0]!.page.deliver({ id: 0 });
    expect(await pending).toEqual(replyFor(message(0)));
  });

  it('asks the background for the personal data in the prompt, over the same port as the turns', async () => {
    const { transport, connections } = connected();
    expect(await transport.findPii('appelez le 0612345678 svp')).toEqual([{ kind: 'phone', start: 11, end: 21 }]);
    expect(await transport.send(message(0))).toEqual(replyFor(message(0)));
    expect(await transport.findPii('rien à signaler')).toEqual([]);
    expect(connections).toHaveLength(1);
    connections[0]!.page.breakOff();
    expect(await transport.findPii('0612345678')).toEqual([{ kind: 'phone', start: 0, end: 10 }]);
  });

  it('keeps only findings that fit the prompt: known kinds, spans inside it, none overlapping', async () => {
    const text = 'Marie Durand, 0612345678';
    const { transport } = connected(replyFor);
    const answered = (pii: unknown) => {
      const { transport: t, connections } = connected();
      const pending = t.findPii(text);
      connections[0]!.page.deliver({ id: 0, reply: { pii } });
      return pending;
    };
    expect(
      await answered([
        { kind: 'phone', start: 14, end: 24 },
        { kind: 'person_name', start: 0, end: 12 },
        { kind: 'phone', start: 20, end: 30 }, // beyond the text
        { kind: 'password', start: 0, end: 5 }, // not a kind we know
        { kind: 'email', start: 3, end: 8 }, // overlaps the name
        { kind: 'nir', start: 5, end: 5 }, // empty
        { kind: 'card', start: 1.5, end: 4 },
      ]),
    ).toEqual([
      { kind: 'person_name', start: 0, end: 12 },
      { kind: 'phone', start: 14, end: 24 },
    ]);
    expect(await answered('nonsense')).toBeNull();
    expect(await transport.findPii(text)).toEqual([{ kind: 'phone', start: 14, end: 24 }]);
  });

  it('close() disconnects and resolves what was waiting', async () => {
    const { transport, connections } = connected();
    const pending = transport.send(message(0));
    transport.close();
    expect(await pending).toBeNull();
    expect(connections[0]!.page.open).toBe(false);
  });
});
