/**
 * Messages between the content script, the background and the extension pages.
 *
 * Only ids, counts and short evidence excerpts cross this boundary: never whole conversation text.
 */
import type { SiteId } from '../sites/hosts';

/** The content script found a supported chatbot page in this tab. */
export interface AnnounceMessage {
  readonly type: 'announce';
  readonly site: SiteId;
}

export type ToBackground = AnnounceMessage;

/** What the background keeps for one tab, in memory only (storage.session). */
export interface TabState {
  readonly site: SiteId;
}

/** storage.session key for a tab's state. */
export function tabStateKey(tabId: number): string {
  return `tab:${tabId}`;
}

/** Narrows an unknown runtime message to one of ours; anything else is ignored. */
export function isToBackground(message: unknown): message is ToBackground {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as { type?: unknown; site?: unknown };
  return candidate.type === 'announce' && typeof candidate.site === 'string';
}
