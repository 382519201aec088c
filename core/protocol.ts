/**
 * Messages between the content script, the background and the extension pages.
 *
 * Only ids, counts and short evidence excerpts (≤ 80 characters, for the user's own display) cross
 * this boundary: never whole conversation text.
 */
import type { PiiKind, RedFlagCategory, TopicId } from '../engine/types';
import type { SiteId } from '../sites/hosts';

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

/** Latest findings for the tab (replaces the previous ones). */
export interface FindingsMessage {
  readonly type: 'findings';
  readonly state: TabState;
}

/** "Voir la liste de vérification": open the side panel on a checklist. */
export interface OpenPanelMessage {
  readonly type: 'open-panel';
  readonly checklist?: RedFlagCategory;
}

export type ToBackground = AnnounceMessage | FindingsMessage | OpenPanelMessage;

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
  const candidate = message as { type?: unknown; site?: unknown; state?: unknown };
  switch (candidate.type) {
    case 'announce':
      return typeof candidate.site === 'string';
    case 'findings':
      return typeof candidate.state === 'object' && candidate.state !== null;
    case 'open-panel':
      return true;
    default:
      return false;
  }
}
