/**
 * A chatbot tab talks to the background's engine over one long-lived port: the conversation's turns
 * (`turns` messages) and, for the privacy guard, the prompt being typed (`pii` messages). One port, not
 * one `runtime.sendMessage` per message: sendMessage opens a new message channel for every call. In
 * alternated bench:page runs (Chromium 156), a streaming batch's message cost ≈ 40 % less CPU in the page
 * over the port (docs/content-script.md). Messages on a port have no reply of their own, so each request
 * carries an id and the background answers with it.
 *
 * Both ends take the port as a parameter (entrypoints/ own the browser.* calls).
 */
import {
  isPiiMessage,
  isTurnsMessage,
  piiFindingsFor,
  type PiiMessage,
  type PiiReply,
  type TurnsMessage,
  type TurnsReply,
} from './protocol';
import type { PiiFinding } from '../engine/types';

export const ENGINE_PORT_NAME = 'repere-ia-sante:engine';

/** The part of `runtime.Port` both ends use (Chrome and Firefox alike). */
export interface EnginePort {
  postMessage(message: unknown): void;
  disconnect(): void;
  readonly onMessage: { addListener(listener: (message: unknown) => void): void };
  readonly onDisconnect: { addListener(listener: () => void): void };
}

type EngineMessage = TurnsMessage | PiiMessage;

interface EngineRequest {
  readonly id: number;
  readonly message: EngineMessage;
}

interface EngineResponse {
  readonly id: number;
  readonly reply: TurnsReply | PiiReply;
}

/** What the background answers each kind of message with. */
export interface EngineHandlers {
  turns(message: TurnsMessage): TurnsReply;
  pii(text: string): PiiReply;
}

/**
 * The content script's end. Each call resolves with the background's reply, or null when the port broke
 * before the reply (the worker was stopped, the extension reloaded) or the reply was malformed. The next
 * message opens a new port; a new worker, knowing nothing of the conversation, then asks for every turn.
 */
export function createPortTransport(connect: () => EnginePort): {
  send(message: TurnsMessage): Promise<TurnsReply | null>;
  /** The personal data in `text` (the prompt being typed), or null when the background cannot answer. */
  findPii(text: string): Promise<PiiFinding[] | null>;
  close(): void;
} {
  let port: EnginePort | null = null;
  let nextId = 0;
  const waiting = new Map<number, (reply: object | null) => void>();

  const dropPort = (broken: EnginePort): void => {
    if (port !== broken) return;
    port = null;
    for (const resolve of waiting.values()) resolve(null);
    waiting.clear();
  };

  const open = (): EnginePort => {
    const opened = connect();
    opened.onMessage.addListener((response) => {
      if (!isEnvelope(response, 'reply')) return;
      const resolve = waiting.get(response.id);
      waiting.delete(response.id);
      resolve?.(response.reply);
    });
    opened.onDisconnect.addListener(() => dropPort(opened));
    return opened;
  };

  const request = (message: EngineMessage): Promise<object | null> =>
    new Promise((resolve) => {
      const id = nextId++;
      try {
        port ??= open();
        waiting.set(id, resolve);
        port.postMessage({ id, message } satisfies EngineRequest);
      } catch {
        // A port the other end closed throws on post: resolve as undelivered, and open a new one next time.
        waiting.delete(id);
        if (port) dropPort(port);
        resolve(null);
      }
    });

  return {
    async send(message) {
      const reply = await request(message);
      return reply !== null && 'resync' in reply ? (reply as TurnsReply) : null;
    },
    async findPii(text) {
      const reply = await request({ type: 'pii', text } satisfies PiiMessage);
      return piiFindingsFor(reply, text);
    },
    close() {
      const current = port;
      if (!current) return;
      dropPort(current);
      try {
        current.disconnect();
      } catch {
        // Already gone with the extension context.
      }
    },
  };
}

/** The background's end: answers each valid request on `port` with the handler for its kind. */
export function serveEnginePort(port: EnginePort, handlers: EngineHandlers): void {
  port.onMessage.addListener((request) => {
    if (!isEnvelope(request, 'message')) return;
    const message = request.message;
    const reply = isTurnsMessage(message)
      ? handlers.turns(message)
      : isPiiMessage(message)
        ? handlers.pii(message.text)
        : null;
    if (reply === null) return;
    try {
      port.postMessage({ id: request.id, reply } satisfies EngineResponse);
    } catch {
      // The tab went away meanwhile: nobody is waiting for the reply.
    }
  });
}

/** `{ id: number, [field]: object }`: the shape both directions share around their payload. */
function isEnvelope<Field extends 'message' | 'reply'>(
  value: unknown,
  field: Field,
): value is { id: number } & Record<Field, object> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { id?: unknown } & Partial<Record<Field, unknown>>;
  const payload = candidate[field];
  return typeof candidate.id === 'number' && typeof payload === 'object' && payload !== null;
}
