/**
 * The background's side of the conversation analysis: one TurnAnalyzer per tab, fed by the content
 * script's TurnsMessages, turned into the tab's state (for storage.session and the side panel) and a
 * reply (for the in-page alert).
 *
 * Everything here lives in the background's memory only. A service-worker restart forgets it: the
 * next message then names an unknown session and the content script resends every turn it knows.
 */
import { keysAfter, type TabState, type TurnPayload, type TurnsMessage, type TurnsReply } from '../protocol';
import type { Turn } from '../../sites/types';
import { summarize } from './findings';
import { createTurnAnalyzer, type AnalyzeFn, type TurnAnalyzer } from './turn-analyzer';

interface TabConversation {
  readonly session: string;
  seq: number;
  /** Also remembers each turn's last text, so unchanged turns can be named by key alone. */
  readonly analyzer: TurnAnalyzer;
  /** The conversation order last received (messages leave it out when it did not change). */
  keys: readonly string[];
}

export interface Received {
  readonly reply: TurnsReply;
  /** The tab's new state; null when the message could not be used (a resync was asked for). */
  readonly state: TabState | null;
}

export interface TabConversations {
  receive(tabId: number, message: TurnsMessage): Received;
  /** The tab closed: forget its conversation. */
  drop(tabId: number): void;
  /** Tabs with a conversation in memory (tests). */
  tabs(): number[];
}

const RESYNC: Received = { reply: { resync: true }, state: null };

export function createTabConversations(analyze: AnalyzeFn): TabConversations {
  const byTab = new Map<number, TabConversation>();

  const open = (session: string): TabConversation => ({
    session,
    seq: -1,
    // The content script already throttles a streaming answer; here every update is analysed, and
    // nothing waits on a frame budget (this is not the page's main thread).
    analyzer: createTurnAnalyzer({ analyze, now: () => 0, streamingIntervalMs: 0 }),
    keys: [],
  });

  return {
    receive(tabId, message) {
      let conversation = byTab.get(tabId);
      if (!conversation || conversation.session !== message.session) {
        // Only a message carrying every known turn can start (or restart) a conversation.
        if (!message.full) return RESYNC;
        conversation = open(message.session);
        byTab.set(tabId, conversation);
      } else if (!message.full && message.seq !== conversation.seq + 1) {
        return RESYNC;
      }
      if (message.full && conversation.seq >= 0) {
        // A resync within the same session: start again from what the content script knows.
        conversation = open(message.session);
        byTab.set(tabId, conversation);
      }

      const changed = new Map<string, Turn>();
      for (const payload of message.changed) {
        const turn = withFullText(payload, conversation.analyzer);
        if (!turn) {
          byTab.delete(tabId);
          return RESYNC;
        }
        changed.set(turn.key, turn);
      }
      const keys = keysAfter(conversation.keys, message);
      const mounted: Turn[] = [];
      for (const key of keys) {
        const turn = changed.get(key) ?? conversation.analyzer.turn(key);
        if (!turn) {
          byTab.delete(tabId);
          return RESYNC;
        }
        mounted.push(turn);
      }
      conversation.seq = message.seq;
      conversation.keys = keys;
      conversation.analyzer.update(mounted);

      const { state, categories } = summarize(conversation.analyzer.turns(), message.context);
      return {
        reply: { resync: false, health: state.health, categories, missedEmergency: state.missedEmergency },
        state,
      };
    },
    drop(tabId) {
      byTab.delete(tabId);
    },
    tabs() {
      return [...byTab.keys()];
    },
  };
}

/** A payload's whole turn: its text as sent, or (`from`) the end appended to what the analyzer has. */
function withFullText(payload: TurnPayload, analyzer: TurnAnalyzer): Turn | null {
  const { key, role, complete, from } = payload;
  if (from === undefined) return { key, role, text: payload.text, complete };
  const known = analyzer.turn(key);
  // An offset beyond what we have means a message was lost or the memory was reset: ask for everything.
  if (!known || known.text.length < from) return null;
  return { key, role, text: known.text.slice(0, from) + payload.text, complete };
}
