/**
 * The generic reader, for unknown chatbots and for supported sites whose markup changed.
 * Strategy (shared/reference/chatbot-dom.md §4):
 * 1. role attributes and names seen across sites (data-message-author-role, data-turn, id suffixes,
 *    user-query/model-response…), outermost match wins;
 * 2. otherwise repeated sibling blocks: from the visible composer, up to the first ancestor with
 *    conversation text, then down through single-child wrappers to the first element with several
 *    text blocks; a block with rendered markdown is the assistant's, the others the user's.
 */
import { roleFromValue, turnKey } from './base';
import { commonAncestor, findComposer, hasMatch, isHidden, outermost } from './dom';
import { elementText } from './text';
import type { Composer, SiteAdapter, Turn, TurnRole } from './types';

/** Elements that carry a role somewhere in the ten sites' markups (outermost wins). */
const ROLE_CARRIERS = [
  '[data-message-author-role]', // ChatGPT, Mistral
  '[data-turn]', // ChatGPT section turns
  '[data-message-role]', // HuggingChat assistant
  '[data-message-type]', // HuggingChat user, Meta AI user
  '[data-role]', // common in other chat UIs
  '[data-chatgpt-search-unit-key]', // ChatGPT ~2026-10, "…:user"
  '[data-content-search-unit-key]', // ChatGPT ~2026-10, "…:assistant"
  '[data-message-id$="_user"]', // Meta AI
  '[data-message-id$="_assistant"]', // Meta AI
  'user-query', // Gemini
  'model-response', // Gemini
  '[data-content="user-message"]', // Copilot
  '[data-content="ai-message"]', // Copilot
  '[data-testid="user-message"]', // Claude
  '[data-is-streaming]', // Claude answers
  '[data-testid="assistant-message"]', // Meta AI, Grok
].join(',');

const NAMED: Readonly<Record<string, TurnRole>> = {
  'user-query': 'user',
  'model-response': 'assistant',
  'user-message': 'user',
  'ai-message': 'assistant',
  'assistant-message': 'assistant',
};

function roleOf(el: Element): TurnRole | null {
  for (const attr of ['data-message-author-role', 'data-turn', 'data-message-role', 'data-message-type', 'data-role']) {
    const role = roleFromValue(el.getAttribute(attr));
    if (role) return role;
  }
  for (const attr of ['data-chatgpt-search-unit-key', 'data-content-search-unit-key', 'data-message-id']) {
    const role = roleFromValue(el.getAttribute(attr)?.split(/[:_]/).pop());
    if (role) return role;
  }
  if (el.hasAttribute('data-is-streaming')) return 'assistant';
  return (
    NAMED[el.localName] ??
    NAMED[el.getAttribute('data-content') ?? ''] ??
    NAMED[el.getAttribute('data-testid') ?? ''] ??
    null
  );
}

/** Rendered markdown marks an answer; `items-end` (right-aligned bubble) marks the user (Grok). */
const ANSWER_MARKERS = '.markdown, .prose, .ds-markdown, .markdown-content, message-content, [class*="markdown"]';
const NOT_CONVERSATION = 'nav, aside, header, footer, form, fieldset, [role="navigation"], [role="status"], .sr-only';
const NOISE = '.ds-think-content, model-thoughts, [data-exclude-from-copy], [data-testid$="-pill"]';
const BUSY = [
  '[data-testid*="stop" i]', // stop controls by test id (ChatGPT, Meta AI)
  'button[aria-label^="Stop" i]', // stop buttons, English UI
  'button[aria-label^="Arrêter" i]', // stop buttons, French UI
  'button.stop-generating-btn', // HuggingChat
  '.ds-loading', // DeepSeek send/stop spinner
];

const COMPOSERS = [
  'form [contenteditable="true"][role="textbox"]',
  'fieldset [contenteditable="true"][role="textbox"]',
  '[contenteditable="true"][role="textbox"]',
  'form textarea',
  'textarea',
  '[contenteditable="true"]',
];

const MIN_CONVERSATION_CHARS = 40;

interface Block {
  readonly el: Element;
  readonly role: TurnRole;
}

/** Visible text length (not textContent: icon styles and hidden labels are not conversation). */
function textLength(el: Element): number {
  if (el.matches(NOT_CONVERSATION) || isHidden(el) || (el.textContent ?? '').trim() === '') return 0;
  return elementText(el, NOISE).length;
}

/** Step 2: the repeated blocks next to the composer. */
function structuralBlocks(doc: Document, composer: Composer | null): Element[] {
  const anchor = composer?.element ?? doc.querySelector('[role="log"], main') ?? doc.body;
  if (!anchor) return [];
  const outside = (el: Element) => !composer || !el.contains(composer.element);
  let region: Element | null = composer ? anchor.parentElement : anchor;
  let texts: Element[] = [];
  // Skips the composer's own row (its buttons and toggles have short labels): a conversation has sentences.
  const withText = (parent: Element) => Array.from(parent.children).filter((c) => outside(c) && textLength(c) > 0);
  while (region) {
    texts = withText(region);
    if (texts.reduce((sum, c) => sum + textLength(c), 0) >= MIN_CONVERSATION_CHARS) break;
    region = region.parentElement;
  }
  while (texts.length === 1) texts = withText(texts[0]!);
  return texts;
}

function blockRole(el: Element): TurnRole {
  if (el.classList.contains('items-end')) return 'user';
  return el.matches(ANSWER_MARKERS) || el.querySelector(ANSWER_MARKERS) ? 'assistant' : 'user';
}

function locate(doc: Document): Block[] {
  const roles = new Map<Element, TurnRole>();
  for (const el of Array.from(doc.querySelectorAll(ROLE_CARRIERS))) {
    const role = roleOf(el);
    if (role) roles.set(el, role);
  }
  if (roles.size > 0) return outermost([...roles.keys()]).map((el) => ({ el, role: roles.get(el)! }));
  return structuralBlocks(doc, findComposer(doc, COMPOSERS)).map((el) => ({ el, role: blockRole(el) }));
}

function keyOf(el: Element): string | null {
  return (
    el.getAttribute('data-message-id') ??
    el.getAttribute('data-turn-id') ??
    el.getAttribute('data-virtual-list-item-key') ??
    (el.id || null)
  );
}

function readTurns(doc: Document): Turn[] {
  const blocks = locate(doc);
  const last = blocks[blocks.length - 1];
  const turns: Turn[] = [];
  blocks.forEach(({ el, role }, index) => {
    const text = elementText(el, NOISE);
    const streaming =
      role === 'assistant' &&
      el === last?.el &&
      (hasMatch(el, ['[aria-busy="true"]', '[data-is-streaming="true"]', '.result-streaming']) || hasMatch(doc, BUSY));
    if (text === '' && !streaming) return;
    turns.push({ key: turnKey(role, keyOf(el), index), role, text, complete: !streaming });
  });
  return turns;
}

export const GENERIC_ADAPTER: SiteAdapter = {
  id: 'generic',
  isConversationPage(_url, doc) {
    try {
      return findComposer(doc, COMPOSERS) !== null || locate(doc).length > 0;
    } catch {
      return false;
    }
  },
  observeRoot(doc) {
    try {
      const blocks = locate(doc).map((block) => block.el);
      const composer = findComposer(doc, COMPOSERS)?.element;
      return commonAncestor([...blocks, ...(composer ? [composer] : [])]) ?? doc.body ?? null;
    } catch {
      return null;
    }
  },
  readTurns(doc) {
    try {
      return readTurns(doc);
    } catch {
      return [];
    }
  },
  composer(doc) {
    try {
      return findComposer(doc, COMPOSERS);
    } catch {
      return null;
    }
  },
  conversationId(url) {
    // The last path segment when it looks like an id (long, with a digit); new-chat pages have none.
    const segment = url.pathname.split('/').filter(Boolean).pop() ?? '';
    return segment.length >= 8 && /\d/.test(segment) && /^[\w-]+$/.test(segment) ? segment : null;
  },
};
