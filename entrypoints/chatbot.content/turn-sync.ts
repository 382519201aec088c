/**
 * Hands the conversation to the background for analysis, sending each turn's text only when it is
 * new or changed.
 *
 * The content script only reads the page: the engine (and its ~30 KB of compiled lexicons) runs in
 * the background, once per browser and off the page's main thread. One message is in flight at a
 * time; reads made meanwhile are coalesced into the next one. A long first scan goes out in chunks of
 * about CHUNK_CHARS, newest turns first. When the background has lost the conversation (a service
 * worker restart) it answers `resync` and every known turn is sent again.
 */
import type { KeysAround, TurnPayload, TurnsContext, TurnsMessage, TurnsReply } from '../../core/protocol';
import { mergeOrder } from '../../core/conversation/turn-order';
import type { Turn } from '../../sites/types';

/** Sends a message to the background; null when it could not be delivered or answered. */
export type Transport = (message: TurnsMessage) => Promise<TurnsReply | null>;

export type Analysed = Extract<TurnsReply, { resync: false }>;

/**
 * Text per message. In the page, handing a message to `runtime.sendMessage` costs time in proportion to its size
 * (alternated bench:page runs on a 430 KB conversation: 256 K-character chunks took 40–75 ms per message, 64 K ones up
 * to 30 ms, 16 K ones up to ≈ 16–30 ms for the first scan's longest task and ≈ 25 % less in all), so a long first
 * scan goes in many small messages, each also analysed by the background in a few ms.
 */
export const CHUNK_CHARS = 16_000;

export interface TurnSync {
  /** The turns on screen and the tab's context, after each read of the page. */
  push(turns: readonly Turn[], context: TurnsContext): void;
  /** A new conversation: forget every turn (the next message starts a new session). */
  reset(): void;
  /** True while a message is in flight or more chunks wait. */
  readonly busy: boolean;
}

export function createTurnSync(options: {
  transport: Transport;
  onReply: (reply: Analysed) => void;
  /** Called when a delivery failed and should be retried later (the orchestrator owns the timers). */
  onFailure?: () => void;
  newSession?: () => string;
}): TurnSync {
  const newSession = options.newSession ?? randomSession;
  let session = newSession();
  let seq = 0;
  /** Every turn read in this conversation, in conversation order (unmounted ones included). */
  const seen = new Map<string, TurnPayload>();
  const order: string[] = [];
  /** What the background has, as far as we know. */
  const acked = new Map<string, TurnPayload>();
  /**
   * Keys whose turn may differ from what the background has. While an answer streams that is one key, so a
   * message costs the same whether the conversation has 2 turns or 200.
   */
  const pending = new Set<string>();
  /** The last turns pushed: a read that kept the same turn objects (all but the streaming one) is cheap. */
  let pushed: readonly TurnPayload[] = [];
  let needsFull = true;
  let inFlight = false;
  let dirty = false;
  let context: TurnsContext | null = null;
  let sentContext = '';
  /** Bumped when the keys the background should hold change (order, or a key acknowledged for the first time). */
  let keysVersion = 0;
  let sentKeysVersion = -1;
  /** The order the background holds (after the last message sent). */
  let sentKeys: readonly string[] = [];
  let epoch = 0;

  /** The pending keys in conversation order. */
  const pendingInOrder = (): string[] => {
    if (pending.size === 1) return [...pending];
    return order.filter((key) => pending.has(key));
  };

  const send = (): void => {
    if (!context) return;
    dirty = false;
    const full = needsFull;
    if (full) {
      acked.clear();
      for (const key of order) pending.add(key);
    }
    let changed: TurnPayload[] = [];
    let chars = 0;
    let more = false;
    // Newest turns first: when a long conversation is sent in several messages, the first reply already
    // covers the last messages on screen, which are what an emergency alert is about.
    const candidates = pendingInOrder();
    for (let i = candidates.length - 1; i >= 0; i--) {
      const key = candidates[i]!;
      const turn = seen.get(key)!;
      const known = acked.get(key);
      const fresh = !known || known.text !== turn.text || known.complete !== turn.complete || known.role !== turn.role;
      if (!fresh) {
        pending.delete(key);
        continue;
      }
      if (changed.length > 0 && chars + turn.text.length > CHUNK_CHARS) {
        more = true;
        break;
      }
      changed.push(turn);
      chars += turn.text.length;
    }
    changed = changed.reverse();
    const contextKey = JSON.stringify(context);
    if (!full && changed.length === 0 && contextKey === sentContext) return;
    const payloads = changed.map((turn) => tail(turn, acked.get(turn.key)));
    for (const turn of changed) {
      if (!acked.has(turn.key)) keysVersion += 1;
      acked.set(turn.key, turn);
      pending.delete(turn.key);
    }
    // The background holds the acknowledged turns, in conversation order.
    const keys = full || keysVersion !== sentKeysVersion ? order.filter((key) => acked.has(key)) : null;
    sentKeysVersion = keysVersion;
    const around = keys && !full ? keysAround(sentKeys, keys) : null;
    if (keys) sentKeys = keys;
    sentContext = contextKey;
    needsFull = false;
    inFlight = true;
    dirty = more;
    const message: TurnsMessage = {
      type: 'turns',
      session,
      seq,
      full,
      ...(around ? { keysAround: around } : keys ? { keys } : {}),
      changed: payloads,
      context,
    };
    seq += 1;
    const sentIn = epoch;
    const settle = (reply: TurnsReply | null) => {
      if (sentIn !== epoch) return; // an answer about a conversation that was reset meanwhile
      inFlight = false;
      if (reply === null) {
        needsFull = true;
        options.onFailure?.();
        return;
      }
      if (reply.resync) needsFull = true;
      else options.onReply(reply);
      if (dirty || needsFull) send();
    };
    options.transport(message).then(settle, () => settle(null));
  };

  return {
    push(turns, nextContext) {
      // Turns read again as the same objects (the reader reuses its last read but for the streaming turn)
      // cannot have changed: only the rest is looked at.
      const previous = pushed;
      pushed = turns;
      let same = 0;
      const limit = Math.min(previous.length, turns.length);
      while (same < limit && previous[same] === turns[same]) same++;
      let fresh = false;
      for (let i = same; i < turns.length; i++) if (!seen.has(turns[i]!.key)) fresh = true;
      if (fresh) {
        mergeOrder(
          order,
          turns.map((turn) => turn.key),
          (key) => seen.has(key),
        );
        keysVersion += 1;
      }
      for (let i = same; i < turns.length; i++) {
        const turn = turns[i]!;
        if (seen.get(turn.key) === turn) continue;
        seen.set(turn.key, turn);
        pending.add(turn.key);
      }
      context = nextContext;
      dirty = true;
      if (!inFlight) send();
    },
    reset() {
      epoch += 1;
      session = newSession();
      seq = 0;
      seen.clear();
      order.length = 0;
      acked.clear();
      pending.clear();
      pushed = [];
      needsFull = true;
      inFlight = false;
      dirty = false;
      sentContext = '';
      keysVersion = 0;
      sentKeysVersion = -1;
      sentKeys = [];
    },
    get busy() {
      return inFlight || dirty;
    },
  };
}

/**
 * `next` as `previous` with keys added in front and after it, or null when it is not (turns removed or moved:
 * then the whole list goes out).
 */
function keysAround(previous: readonly string[], next: readonly string[]): KeysAround | null {
  if (previous.length === 0) return null;
  const at = next.indexOf(previous[0]!);
  if (at < 0 || at + previous.length > next.length) return null;
  for (let i = 1; i < previous.length; i++) if (next[at + i] !== previous[i]) return null;
  return { before: next.slice(0, at), after: next.slice(at + previous.length) };
}

/** Below this many shared characters a turn is sent whole (the offset would save little). */
export const TAIL_MIN_SHARED = 512;

/**
 * The turn as it goes out: when the background already has a version sharing a long start with it (an
 * answer still streaming), only the rest, from where they differ. Sending the whole answer after every
 * batch would copy it again and again: quadratic in its length.
 */
function tail(turn: TurnPayload, known: TurnPayload | undefined): TurnPayload {
  if (!known || known.role !== turn.role) return turn;
  const before = known.text;
  const now = turn.text;
  // A streaming answer usually only grew: one native comparison instead of a loop over every character.
  let shared = now.startsWith(before) ? before.length : 0;
  if (shared === 0) {
    const limit = Math.min(before.length, now.length);
    while (shared < limit && before.charCodeAt(shared) === now.charCodeAt(shared)) shared++;
  }
  if (shared < TAIL_MIN_SHARED) return turn;
  return { key: turn.key, role: turn.role, text: now.slice(shared), complete: turn.complete, from: shared };
}

function randomSession(): string {
  // Not a secret, just unlikely to repeat within one tab's lifetime.
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
