/**
 * The contract between a chatbot page and the rest of the extension.
 *
 * An adapter turns a page's DOM into conversation turns. It never throws and never calls extension
 * APIs; when its selectors find nothing it returns [] and the content script falls back to the
 * generic reader.
 */
import type { SiteId } from './hosts';

export type TurnRole = 'user' | 'assistant';

export interface Turn {
  /** Stable across re-renders and streaming (a message id when the site has one). */
  readonly key: string;
  readonly role: TurnRole;
  /** Plain text, screen-reader-only labels ("You said:") removed. */
  readonly text: string;
  /** False while the answer is still streaming. */
  readonly complete: boolean;
}

export type ComposerKind = 'textarea' | 'prosemirror' | 'tiptap' | 'lexical' | 'quill' | 'contenteditable';

export interface Composer {
  readonly element: HTMLElement;
  readonly kind: ComposerKind;
}

export interface SiteAdapter {
  readonly id: SiteId | 'generic';
  /** True when the URL and DOM show a conversation (or a new-conversation page with a composer). */
  isConversationPage(url: URL, doc: Document): boolean;
  /** The narrowest element whose subtree holds every turn; observe this one. */
  observeRoot(doc: Document): Element | null;
  /** Turns in page order. */
  readTurns(doc: Document): Turn[];
  /**
   * Reads message text ahead of readTurns(), into the same cache, until `shouldStop()` says the time
   * slice is over; true once every message is read. Lets a long conversation's first read spread over
   * several frames instead of one long task. Optional: without it the first read happens at once.
   */
  prefetchText?(doc: Document, shouldStop: () => boolean): boolean;
  /**
   * While prefetchText() is under way: the newest turns it has read so far (the end of the conversation, in
   * page order), so they can be analysed before the older ones are read. Optional.
   */
  readNewestTurns?(doc: Document): Turn[];
  /** The visible prompt editor, if any. */
  composer(doc: Document): Composer | null;
  /** An id for the conversation shown (from the URL), to tell a new conversation from a URL change. */
  conversationId(url: URL): string | null;
}
