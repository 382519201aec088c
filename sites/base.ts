/**
 * The shared conversation base: a site adapter is a table of ordered selector lists plus a few small
 * functions, turned into a SiteAdapter here. Per-site files stay thin (see sites/chatgpt.ts).
 *
 * Rules every adapter inherits: never throw (return [] / null when lost); query inside the conversation
 * container, not the whole document; keys from message ids when the site has them; only the last
 * assistant turn can be streaming, and only when no user turn follows it.
 */
import type { SiteId } from './hosts';
import type { Composer, SiteAdapter, Turn, TurnRole } from './types';
import {
  allOfFirst,
  commonAncestor,
  composerCandidate,
  findComposer,
  firstMatch,
  outermostOfQuery,
  type Selectors,
} from './dom';
import { cachedElementText, changesOutsideFocus, focusChanges, hasCachedText, isWatched, watchedMemo } from './text';

/** One markup generation of a site's conversation (sites keep several, newest first). */
export interface Markup {
  /** Matches every turn element, user and assistant, in page order (one comma-separated selector). */
  readonly turns: string;
  /** The role of a matched element; null skips it. */
  readonly role: (el: Element) => TurnRole | null;
  /** A stable id for the turn (message id); null falls back to role + position. */
  readonly key?: (el: Element) => string | null;
  /** Where the user's text is inside the turn (ordered list; the turn itself when none match). */
  readonly userText?: Selectors;
  /** Where the answer's text is inside the turn (all matches of the first matching selector are joined). */
  readonly assistantText?: Selectors;
  /** Where the answer is when it is not inside the turn element (Perplexity 2026-08); wins over assistantText. */
  readonly assistantRoots?: (el: Element) => Element[];
}

export interface SiteConfig {
  readonly id: SiteId;
  /** The conversation id from the URL; null on new-chat pages, so new-chat → first id is not a change. */
  readonly conversationId: (url: URL) => string | null;
  /** The element holding every turn, narrowest known first. */
  readonly container: Selectors;
  readonly markups: readonly Markup[];
  /** Visible prompt editors, newest markup first. */
  readonly composer: Selectors;
  /** True while this (last, unanswered-after) assistant turn is still being written. */
  readonly isStreaming: (turn: Element, doc: Document) => boolean;
  /** Elements inside messages that are not message text (citation pills, reasoning blocks). */
  readonly skip?: string;
}

/** A role read from an attribute value ("user", "assistant", and the synonyms seen in the wild). */
export function roleFromValue(value: string | null | undefined): TurnRole | null {
  if (!value) return null;
  const v = value.toLowerCase();
  if (v === 'user' || v === 'human' || v === 'me') return 'user';
  if (v === 'assistant' || v === 'ai' || v === 'bot' || v === 'model') return 'assistant';
  return null;
}

/** A turn's cache key: the message id when the markup has one, else role and position. */
export function turnKey(role: TurnRole, id: string | null | undefined, index: number): string {
  return id ? `${role}:${id}` : `${role}-${index}`;
}

/** Builds a URL → conversation id function from path patterns whose last capture group is the id. */
export function idFromPath(...patterns: readonly RegExp[]): (url: URL) => string | null {
  return (url) => {
    for (const pattern of patterns) {
      const match = pattern.exec(url.pathname);
      const id = match?.[match.length - 1];
      if (id) return id;
    }
    return null;
  };
}

/** Content roots found per turn element: they rarely move, and re-querying 200 turns per frame adds up. */
const rootCache = new WeakMap<Element, readonly Element[]>();

function contentRoots(turn: Element, role: TurnRole, markup: Markup, fresh: boolean): readonly Element[] {
  const hit = fresh ? undefined : rootCache.get(turn);
  if (hit && hit.every((root) => turn.contains(root))) return hit;
  const selectors = role === 'user' ? markup.userText : markup.assistantText;
  const custom = role === 'assistant' && markup.assistantRoots ? markup.assistantRoots(turn) : [];
  const roots = custom.length > 0 ? custom : selectors ? allOfFirst(turn, selectors) : [];
  // Only the in-turn roots are cached (custom roots live outside the turn; an empty list may fill later).
  if (roots.length > 0 && custom.length === 0) rootCache.set(turn, roots);
  return roots;
}

/** `fresh`: the last turn, where a streaming answer can still add blocks (never served from the cache). */
function contentText(turn: Element, role: TurnRole, markup: Markup, skip: string, fresh: boolean): string {
  const roots = contentRoots(turn, role, markup, fresh);
  if (roots.length === 0) return cachedElementText(turn, skip);
  return roots
    .map((root) => cachedElementText(root, skip))
    .filter((text) => text !== '')
    .join('\n');
}

interface Located {
  readonly el: Element;
  readonly role: TurnRole;
  readonly markup: Markup;
  /** The turn's last read, reusable while nothing under it changes; null outside the watched root. */
  readonly memo: TurnMemo | null;
}

/** What a turn element gave at its last read. Kept until a change is reported under it (see watchedMemo). */
interface TurnMemo {
  readonly markup: Markup;
  readonly role: TurnRole | null;
  /** The turn's text, once read while it was not the last turn (the last one may still be streaming). */
  text: string | null;
}

/**
 * Per turn element: a 200-turn conversation is read again after every streaming batch, and asking each
 * unchanged turn for its role, text roots and text cost more than the one turn that changed.
 */
const turnMemos = watchedMemo<TurnMemo>();

function locateTurns(scope: ParentNode, markups: readonly Markup[]): Located[] {
  // Turns under the watched root report their changes: their memo can be trusted.
  const trusted = isWatched(scope as Node);
  for (const markup of markups) {
    let found: Element[];
    try {
      found = Array.from(scope.querySelectorAll(markup.turns));
    } catch {
      continue;
    }
    if (found.length === 0) continue;
    const located: Located[] = [];
    for (const el of outermostOfQuery(markup.turns, found)) {
      let memo = trusted ? (turnMemos.get(el) ?? null) : null;
      if (memo && memo.markup !== markup) memo = null;
      const role = memo ? memo.role : markup.role(el);
      if (trusted && !memo) {
        memo = { markup, role, text: null };
        turnMemos.set(el, memo);
      }
      if (role) located.push({ el, role, markup, memo });
    }
    if (located.length > 0) return located;
  }
  return [];
}

/**
 * Where the last prefetch stopped, per scope: a long first read spans many slices, and locating the turns
 * (querying them, their roles and text roots) again for every slice cost more than reading their text.
 */
const prefetchCursor = new WeakMap<ParentNode, { readonly located: Located[]; next: number }>();

/** Reads the turns whose text is not cached yet, newest first (they are the ones an alert is about). */
function prefetchWith(config: SiteConfig, scope: ParentNode, shouldStop: () => boolean): boolean {
  let cursor = prefetchCursor.get(scope);
  // A page that changed meanwhile (its newest turn gone) is located again; anything missed is read by readTurns().
  if (!cursor || !cursor.located[cursor.located.length - 1]?.el.isConnected) {
    const located = locateTurns(scope, config.markups);
    cursor = { located, next: located.length - 1 };
    prefetchCursor.set(scope, cursor);
  }
  const skip = config.skip ?? '';
  for (; cursor.next >= 0; cursor.next -= 1) {
    const { el, role, markup } = cursor.located[cursor.next]!;
    const roots = contentRoots(el, role, markup, false);
    if (roots.length === 0 ? hasCachedText(el) : roots.every(hasCachedText)) continue;
    if (shouldStop()) return false;
    contentText(el, role, markup, skip, false);
  }
  prefetchCursor.delete(scope);
  return true;
}

/**
 * The last full read per scope: while an answer streams, every change falls under the last turn, and the
 * turns before it (their elements, roles, keys and texts) are exactly as read then. Re-locating 200 turns
 * for each batch of a streaming answer cost more than reading the answer itself.
 */
interface LastRead {
  readonly config: SiteConfig;
  /** The turns before the last located one, as returned then. */
  readonly head: readonly Turn[];
  readonly last: Located;
  readonly lastIndex: number;
  /** `changesOutsideFocus()` right after that read. */
  readonly outside: number;
}

const lastReads = new WeakMap<ParentNode, LastRead>();

/** The turns prefetchWith() has read so far (the newest ones, from where it stopped to the end). */
function newestPrefetched(config: SiteConfig, doc: Document, scope: ParentNode): Turn[] {
  const cursor = prefetchCursor.get(scope);
  if (!cursor) return [];
  const skip = config.skip ?? '';
  const lastIndex = cursor.located.length - 1;
  const turns: Turn[] = [];
  for (let index = cursor.next + 1; index <= lastIndex; index++) {
    const turn = readTurn(config, doc, cursor.located[index]!, index, index === lastIndex, skip);
    if (turn) turns.push(turn);
  }
  return turns;
}

/** Reads turns with a site's markups; exported for adapters that post-process (Perplexity). */
export function readTurnsWith(config: SiteConfig, doc: Document, scope: ParentNode): Turn[] {
  const skip = config.skip ?? '';
  const previous = lastReads.get(scope);
  if (
    previous &&
    previous.config === config &&
    previous.outside === changesOutsideFocus() &&
    previous.last.el.isConnected &&
    isWatched(previous.last.el)
  ) {
    const turn = readTurn(config, doc, previous.last, previous.lastIndex, true, skip);
    return turn ? [...previous.head, turn] : [...previous.head];
  }
  const located = locateTurns(scope, config.markups);
  const turns: Turn[] = [];
  const lastIndex = located.length - 1;
  let head: Turn[] = turns;
  located.forEach((entry, index) => {
    const fresh = index === lastIndex;
    if (fresh) head = [...turns];
    const turn = readTurn(config, doc, entry, index, fresh, skip);
    if (turn) turns.push(turn);
  });
  const last = located[lastIndex];
  if (last && isWatched(last.el)) {
    // From here on, changes under the last turn are counted apart from the rest (see text.ts).
    focusChanges(last.el);
    lastReads.set(scope, { config, head, last, lastIndex, outside: changesOutsideFocus() });
  } else lastReads.delete(scope);
  return turns;
}

/** One located turn as a Turn; null when it has no text and is not streaming. `fresh`: the last turn. */
function readTurn(
  config: SiteConfig,
  doc: Document,
  { el, role, markup, memo }: Located,
  index: number,
  fresh: boolean,
  skip: string,
): Turn | null {
  let text = fresh ? null : (memo?.text ?? null);
  if (text === null) {
    text = contentText(el, role, markup, skip, fresh);
    // Answers rendered outside the turn element (assistantRoots) change without a change under it.
    if (memo && !fresh && !markup.assistantRoots) memo.text = text;
  }
  const streaming = role === 'assistant' && fresh && config.isStreaming(el, doc);
  if (text === '' && !streaming) return null;
  return { key: turnKey(role, markup.key?.(el), index), role, text, complete: !streaming };
}

/** Turns a site table into a SiteAdapter that never throws. */
export function defineAdapter(config: SiteConfig): SiteAdapter {
  const container = (doc: Document): Element | null => firstMatch(doc, config.container);
  const composer = (doc: Document): Composer | null => {
    try {
      return findComposer(doc, config.composer);
    } catch {
      return null;
    }
  };
  return {
    id: config.id,
    isConversationPage(url, doc) {
      try {
        return config.conversationId(url) !== null || composer(doc) !== null;
      } catch {
        return false;
      }
    },
    observeRoot(doc) {
      try {
        // The stop button and composer sit outside the message list on most sites: observe both.
        const box = container(doc);
        const turns = box ? [] : locateTurns(doc, config.markups).map((turn) => turn.el);
        const parts = [box ?? turns[0], turns[turns.length - 1], composerCandidate(doc, config.composer)].filter(
          (el): el is Element => el !== undefined && el !== null,
        );
        return commonAncestor(parts) ?? doc.body ?? null;
      } catch {
        return null;
      }
    },
    readTurns(doc) {
      try {
        const box = container(doc);
        const turns = readTurnsWith(config, doc, box ?? doc);
        // A container that no longer holds the turns means the markup moved: look in the whole page.
        return turns.length > 0 || !box ? turns : readTurnsWith(config, doc, doc);
      } catch {
        return [];
      }
    },
    prefetchText(doc, shouldStop) {
      try {
        return prefetchWith(config, container(doc) ?? doc, shouldStop);
      } catch {
        return true;
      }
    },
    readNewestTurns(doc) {
      try {
        return newestPrefetched(config, doc, container(doc) ?? doc);
      } catch {
        return [];
      }
    },
    composer,
    conversationId(url) {
      try {
        return config.conversationId(url);
      } catch {
        return null;
      }
    },
  };
}
