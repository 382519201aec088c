/**
 * The conversation's turns travel to the background over one long-lived port per tab, not one
 * `runtime.sendMessage` per batch: sendMessage opens a new message channel for every call. In alternated
 * bench:page runs (Chromium 156), a streaming batch's message cost ≈ 40 % less CPU in the page over the
 * port (docs/content-script.md). Messages on a port have no reply of their own, so each request carries
 * an id and the background answers with it.
 *
 * Both ends take the port as a parameter (entrypoints/ own the browser.* calls).
 */
import { isTurnsMessage, type TurnsMessage, type TurnsReply } from './protocol';

export const TURNS_PORT_NAME = 'repere-ia-sante:turns';

/** The part of `runtime.Port` both ends use (Chrome and Firefox alike). */
export interface TurnsPort {
  postMessage(message: unknown): void;
  disconnect(): void;
  readonly onMessage: { addListener(listener: (message: unknown) => void): void };
  readonly onDisconnect: { addListener(listener: () => void): void };
}

interface TurnsRequest {
  readonly id: number;
  readonly message: TurnsMessage;
}

interface TurnsResponse {
  readonly id: number;
  readonly reply: TurnsReply;
}

/**
 * The content script's end: sends a message and resolves with the background's reply, or null when
 * the port broke before the reply (the worker was stopped, the extension reloaded). The next message
 * opens a new port; a new worker, knowing nothing of the conversation, then asks for every turn.
 */
export function createPortTransport(connect: () => TurnsPort): {
  send(message: TurnsMessage): Promise<TurnsReply | null>;
  close(): void;
} {
  let port: TurnsPort | null = null;
  let nextId = 0;
  const waiting = new Map<number, (reply: TurnsReply | null) => void>();

  const dropPort = (broken: TurnsPort): void => {
    if (port !== broken) return;
    port = null;
    for (const resolve of waiting.values()) resolve(null);
    waiting.clear();
  };

  const open = (): TurnsPort => {
    const opened = connect();
    opened.onMessage.addListener((response) => {
      if (!isTurnsResponse(response)) return;
      const resolve = waiting.get(response.id);
      waiting.delete(response.id);
      resolve?.(response.reply);
    });
    opened.onDisconnect.addListener(() => dropPort(opened));
    return opened;
  };

  return {
    send(message) {
      return new Promise((resolve) => {
        const id = nextId++;
        try {
          port ??= open();
          waiting.set(id, resolve);
          port.postMessage({ id, message } satisfies TurnsRequest);
        } catch {
          // A port the other end closed throws on post: resolve as undelivered, and open a new one next time.
          waiting.delete(id);
          if (port) dropPort(port);
          resolve(null);
        }
      });
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

/** The background's end: answers each valid request on `port` with `receive`'s reply. */
export function serveTurnsPort(port: TurnsPort, receive: (message: TurnsMessage) => TurnsReply): void {
  port.onMessage.addListener((request) => {
    if (!isTurnsRequest(request)) return;
    const reply = receive(request.message);
    try {
      port.postMessage({ id: request.id, reply } satisfies TurnsResponse);
    } catch {
      // The tab went away meanwhile: nobody is waiting for the reply.
    }
  });
}

function isTurnsRequest(value: unknown): value is TurnsRequest {
  return isEnvelope(value, 'message') && isTurnsMessage(value.message);
}

function isTurnsResponse(value: unknown): value is TurnsResponse {
  return isEnvelope(value, 'reply') && 'resync' in value.reply;
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
