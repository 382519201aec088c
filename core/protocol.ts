/**
 * Messages between the content script, the background and the extension pages.
 *
 * The content script hands the turns it reads to the background, which analyses them in its own
 * memory (off the page's main thread, with the lexicons built once per browser) and keeps them only
 * while the tab shows that conversation. What the background *stores* (storage.session) and what the
 * side panel sees are ids, counts and short evidence excerpts (≤ 80 characters, for the user's own
 * display): never whole conversation text.
 */
import { PII_KINDS, type PiiFinding, type PiiKind, type RedFlagCategory, type TopicId } from '../engine/types';
import type { SiteId } from '../sites/hosts';
import type { TurnRole } from '../sites/types';

export type ReaderStatus = 'ok' | 'degraded';

/** Evidence excerpts are cut to this many characters before they leave the content script. */
export const EVIDENCE_MAX_LENGTH = 80;

export interface RedFlagSummary {
  readonly category: RedFlagCategory;
  /** Short excerpt of the text that raised it (≤ EVIDENCE_MAX_LENGTH). */
  readonly evidence: string;
  /** Whose message raised it. */
  readonly source: 'user' | 'assistant';
}

/** What the background keeps for one tab, in memory only (storage.session). */
export interface TabState {
  readonly site: SiteId;
  readonly readerStatus: ReaderStatus;
  /** Changes when the tab moves to another conversation; the state is reset then. */
  readonly conversationId: string | null;
  readonly health: boolean;
  readonly topics: readonly TopicId[];
  readonly redFlags: readonly RedFlagSummary[];
  /** Answer-check ids for the latest completed answer. */
  readonly checks: readonly string[];
  /** The latest answer omitted to send a user-described emergency to 15/112. */
  readonly missedEmergency: boolean;
  /** Counts of personal data found in the prompt (never the data itself). */
  readonly piiCounts: Partial<Record<PiiKind, number>>;
}

/** The content script found a supported chatbot page in this tab. */
export interface AnnounceMessage {
  readonly type: 'announce';
  readonly site: SiteId;
}

/** One turn as the content script read it. */
export interface TurnPayload {
  readonly key: string;
  readonly role: TurnRole;
  /** The turn's text, or with `from` only its end. */
  readonly text: string;
  readonly complete: boolean;
  /**
   * When set, `text` is the turn's text from this offset on: the first `from` characters are those the
   * background already has for this key. A streaming answer then sends what it added, not all of itself again.
   */
  readonly from?: number;
}

/** What the background needs besides the turns to build the tab's state. */
export interface TurnsContext {
  readonly site: SiteId;
  readonly readerStatus: ReaderStatus;
  readonly conversationId: string | null;
  readonly piiCounts: Partial<Record<PiiKind, number>>;
}

/**
 * The turns on screen, for analysis in the background. Only new or changed turns carry their text;
 * the others are named by key (the background remembers them for this session).
 */
export interface TurnsMessage {
  readonly type: 'turns';
  /** Random per conversation shown in the tab: a new session replaces the background's memory of the old one. */
  readonly session: string;
  /** 0, 1, 2… within the session: a gap (a lost message) or an unknown session makes the background ask for all turns. */
  readonly seq: number;
  /** Every turn the content script knows is included (a resync, or the first message of a session). */
  readonly full: boolean;
  /**
   * Keys of every turn known in this conversation, in conversation order. Left out when unchanged
   * since the previous message (most messages while an answer streams), except in a `full` one.
   */
  readonly keys?: readonly string[];
  /**
   * Instead of `keys` (never in a `full` message): the new order is the previous one with these keys added in front
   * of it and after it. A long first read goes out newest turns first, each chunk putting older turns in front, and
   * a new question and its answer go at the end: the whole list in each of those messages sent a 200-turn
   * conversation's keys about fourteen times over during its first read.
   */
  readonly keysAround?: KeysAround;
  /** The new or changed turns among `keys`. */
  readonly changed: readonly TurnPayload[];
  readonly context: TurnsContext;
}

export interface KeysAround {
  readonly before: readonly string[];
  readonly after: readonly string[];
}

/**
 * The conversation order once `message` is received, given the order before it (see `keys` and `keysAround`).
 *
 * @example keysAfter(['a2'], { ...message, keysAround: { before: ['u1', 'a1'], after: [] } }) // ['u1', 'a1', 'a2']
 */
export function keysAfter(previous: readonly string[], message: TurnsMessage): readonly string[] {
  if (message.keys) return message.keys;
  if (message.full) return [];
  if (message.keysAround) return [...message.keysAround.before, ...previous, ...message.keysAround.after];
  return previous;
}

/** The background's answer to a TurnsMessage: what the in-page alert needs. */
export type TurnsReply =
  | { readonly resync: true }
  | {
      readonly resync: false;
      readonly health: boolean;
      /** Red-flag categories in the order they first appeared in the conversation. */
      readonly categories: readonly RedFlagCategory[];
      readonly missedEmergency: boolean;
    };

/**
 * The prompt being typed, for the privacy guard: the background runs the privacy reader on it and answers with
 * what it found. The text is neither kept nor stored there (unlike turns, it is not part of the conversation's
 * memory); it only goes to the background so that the page does not load the privacy reader on every chatbot page
 * (docs/decisions.md §9).
 */
export interface PiiMessage {
  readonly type: 'pii';
  readonly text: string;
}

export interface PiiReply {
  readonly pii: readonly PiiFinding[];
}

export function isPiiMessage(message: object): message is PiiMessage {
  const m = message as Partial<Record<keyof PiiMessage, unknown>>;
  return m.type === 'pii' && typeof m.text === 'string';
}

const KINDS = new Set<string>(PII_KINDS);

/**
 * The findings of a reply about `text` that can be applied to it: known kinds, non-empty integer spans inside the
 * text, in order, not overlapping. Anything else (a malformed reply) is dropped, so that masking never cuts the prompt wrongly.
 */
export function piiFindingsFor(reply: unknown, text: string): PiiFinding[] | null {
  if (typeof reply !== 'object' || reply === null) return null;
  const pii = (reply as { pii?: unknown }).pii;
  if (!Array.isArray(pii)) return null;
  const found: PiiFinding[] = [];
  for (const item of pii as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { kind, start, end } = item as Partial<Record<keyof PiiFinding, unknown>>;
    if (typeof kind !== 'string' || !KINDS.has(kind) || !Number.isInteger(start) || !Number.isInteger(end)) continue;
    if ((start as number) < 0 || (end as number) > text.length || (start as number) >= (end as number)) continue;
    found.push({ kind: kind as PiiKind, start: start as number, end: end as number });
  }
  found.sort((a, b) => a.start - b.start);
  let end = 0;
  return found.filter((finding) => {
    if (finding.start < end) return false;
    end = finding.end;
    return true;
  });
}

/** "Voir la liste de vérification": open the side panel on a checklist. */
export interface OpenPanelMessage {
  readonly type: 'open-panel';
  readonly checklist?: RedFlagCategory;
}

/** One-off messages from a content script (turns and the prompt go over a port: core/engine-port.ts). */
export type ToBackground = AnnounceMessage | OpenPanelMessage;

/** The state a freshly announced tab starts with. */
export function emptyTabState(site: SiteId): TabState {
  return {
    site,
    readerStatus: 'ok',
    conversationId: null,
    health: false,
    topics: [],
    redFlags: [],
    checks: [],
    missedEmergency: false,
    piiCounts: {},
  };
}

/** storage.session key for a tab's state. */
export function tabStateKey(tabId: number): string {
  return `tab:${tabId}`;
}

/** Narrows an unknown runtime message to one of ours; anything else is ignored. */
export function isToBackground(message: unknown): message is ToBackground {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as { type?: unknown; site?: unknown };
  switch (candidate.type) {
    case 'announce':
      return typeof candidate.site === 'string';
    case 'open-panel':
      return true;
    default:
      return false;
  }
}

/** Turns come over the tab's port (core/engine-port.ts), not as one-off messages. */
export function isTurnsMessage(message: object): message is TurnsMessage {
  const m = message as Partial<Record<keyof TurnsMessage, unknown>>;
  const context = m.context as Partial<Record<keyof TurnsContext, unknown>> | undefined;
  return (
    m.type === 'turns' &&
    typeof m.session === 'string' &&
    typeof m.seq === 'number' &&
    typeof m.full === 'boolean' &&
    (m.keys === undefined || isKeyList(m.keys)) &&
    (m.keysAround === undefined || isKeysAround(m.keysAround)) &&
    Array.isArray(m.changed) &&
    m.changed.every(isTurnPayload) &&
    typeof context === 'object' &&
    context !== null &&
    typeof context.site === 'string'
  );
}

function isKeyList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((key) => typeof key === 'string');
}

function isKeysAround(value: unknown): value is KeysAround {
  if (typeof value !== 'object' || value === null) return false;
  const around = value as Partial<Record<keyof KeysAround, unknown>>;
  return isKeyList(around.before) && isKeyList(around.after);
}

function isTurnPayload(value: unknown): value is TurnPayload {
  if (typeof value !== 'object' || value === null) return false;
  const turn = value as Partial<Record<keyof TurnPayload, unknown>>;
  return (
    typeof turn.key === 'string' &&
    (turn.role === 'user' || turn.role === 'assistant') &&
    typeof turn.text === 'string' &&
    typeof turn.complete === 'boolean' &&
    (turn.from === undefined || (Number.isInteger(turn.from) && (turn.from as number) >= 0))
  );
}

/**
 * storage.session key of the latest "open the side panel on …" request. The background writes
 * `PanelRequest` here and opens the panel; the panel shows the checklist and may remove the key.
 */
export const PANEL_REQUEST_KEY = 'panel:request';

export interface PanelRequest {
  readonly tabId: number;
  /** The checklist to show; absent for "Conseils pour vérifier cette réponse" (the panel's main view). */
  readonly checklist?: RedFlagCategory;
  /** Date.now() of the request, so the panel can tell a new request from an old one. */
  readonly at: number;
}

/**
 * What the background stores from a content script's findings: known fields only, evidence cut to
 * EVIDENCE_MAX_LENGTH. A defence in depth: even a buggy sender cannot put long text in storage.
 */
export function sanitizeTabState(state: TabState): TabState {
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').slice(0, 50) : [];
  const counts: Partial<Record<PiiKind, number>> = {};
  for (const [kind, count] of Object.entries(state.piiCounts ?? {})) {
    if (typeof count === 'number' && kind.length < 20) counts[kind as PiiKind] = count;
  }
  return {
    site: state.site,
    readerStatus: state.readerStatus === 'degraded' ? 'degraded' : 'ok',
    conversationId: typeof state.conversationId === 'string' ? state.conversationId.slice(0, 200) : null,
    health: state.health === true,
    topics: strings(state.topics) as TopicId[],
    redFlags: (Array.isArray(state.redFlags) ? state.redFlags : []).slice(0, 20).map((flag) => ({
      category: flag.category,
      evidence: String(flag.evidence ?? '').slice(0, EVIDENCE_MAX_LENGTH),
      source: flag.source === 'assistant' ? 'assistant' : 'user',
    })),
    checks: strings(state.checks),
    missedEmergency: state.missedEmergency === true,
    piiCounts: counts,
  };
}
