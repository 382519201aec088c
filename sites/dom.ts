/**
 * Small DOM helpers shared by every adapter: ordered selector lists, visibility without layout, composers.
 *
 * Nothing here throws on odd markup: adapters call these once per animation frame on live pages.
 */
import { elementText } from './text';
import type { Composer, ComposerKind } from './types';

/** An ordered selector list: newest markup first; the first entry that matches anything wins. */
export type Selectors = readonly string[];

/** Runs querySelector* without throwing on a selector the engine does not support. */
function safeAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first element matched by the first selector of the list that matches anything. */
export function firstMatch(root: ParentNode, selectors: Selectors): Element | null {
  for (const selector of selectors) {
    try {
      // querySelector stops at the first match: the container is looked up on every read.
      const found = root.querySelector(selector);
      if (found) return found;
    } catch {
      // A selector this DOM engine does not support: try the next one.
    }
  }
  return null;
}

/** Every element of the first selector that matches, outermost only (nested matches would repeat text). */
export function allOfFirst(root: ParentNode, selectors: Selectors): Element[] {
  for (const selector of selectors) {
    const found = safeAll(root, selector);
    if (found.length > 0) return outermostOfQuery(selector, found);
  }
  return [];
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without needing a Node global

/** Elements in document order (some DOM engines return comma-selector groups one after the other). */
export function inPageOrder(elements: readonly Element[]): Element[] {
  const list = [...elements];
  const ordered = list.every((el, i) => i === 0 || list[i - 1]!.compareDocumentPosition(el) & FOLLOWING);
  return ordered ? list : list.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

/** Drops elements contained in an earlier element, after putting them in document order. */
export function outermost(elements: readonly Element[]): Element[] {
  return outermostInTreeOrder(inPageOrder(elements));
}

/**
 * outermost() of one querySelectorAll's result. A single selector (no comma) always comes back in tree
 * order; a comma list may not (jsdom, from an element, returns one group after the other), so only then is
 * the order checked: doing it with compareDocumentPosition for 400 turns cost more than the rest of a
 * streaming batch's read.
 */
export function outermostOfQuery(selector: string, found: readonly Element[]): Element[] {
  return selector.includes(',') ? outermost(found) : outermostInTreeOrder(found);
}

/** outermost() for elements already in document order. */
function outermostInTreeOrder(elements: readonly Element[]): Element[] {
  const kept: Element[] = [];
  for (const el of elements) {
    const last = kept[kept.length - 1];
    if (last && last.contains(el)) continue;
    kept.push(el);
  }
  return kept;
}

/** The deepest element containing all the given ones. */
export function commonAncestor(elements: readonly Element[]): Element | null {
  const [first, ...rest] = elements;
  let candidate: Element | null = first ?? null;
  while (candidate && !rest.every((el) => candidate!.contains(el))) candidate = candidate.parentElement;
  return candidate;
}

/** Hidden by markup alone (jsdom has no layout): attributes and inline styles on the element or an ancestor. */
function hiddenByMarkup(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (
      node.hasAttribute('hidden') ||
      node.hasAttribute('inert') ||
      node.getAttribute('aria-hidden') === 'true' ||
      (node.hasAttribute('data-hidden') && node.getAttribute('data-hidden') !== 'false') ||
      (node.localName === 'input' && node.getAttribute('type') === 'hidden')
    ) {
      return true;
    }
    const style = (node as HTMLElement).style;
    if (style) {
      if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return true;
      if (/^0(?:px|em|rem|%)?$/.test(style.width) || /^0(?:px|em|rem|%)?$/.test(style.height)) return true;
    }
  }
  return false;
}

/** True when the element cannot be seen; uses layout when the browser has it (checkVisibility). */
export function isHidden(el: Element): boolean {
  if (hiddenByMarkup(el)) return true;
  const check = (el as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    try {
      return !check.call(el, { visibilityProperty: true, opacityProperty: true });
    } catch {
      return false;
    }
  }
  return false;
}

/** Editors other extensions inject next to or inside the composer: never the site's own prompt box. */
const FOREIGN_EDITORS = 'grammarly-extension, qb-highlighter, [data-grammarly-shadow-root], .ql-clipboard';

/** The kind of prompt editor an element is, or null when it is not an editor. */
export function composerKind(el: Element): ComposerKind | null {
  if (el.localName === 'textarea') return 'textarea';
  const editable = el.getAttribute('contenteditable');
  if (editable === null || editable === 'false') return null;
  if (el.classList.contains('tiptap')) return 'tiptap';
  if (el.classList.contains('ProseMirror')) return 'prosemirror';
  if (el.hasAttribute('data-lexical-editor')) return 'lexical';
  if (el.classList.contains('ql-editor')) return 'quill';
  return 'contenteditable';
}

/** The editable element itself, or the one inside a matched wrapper. */
function editorOf(el: Element): Element | null {
  if (composerKind(el)) return el;
  return el.querySelector(
    'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
  );
}

/** The first visible editor matched by the ordered selector list. */
export function findComposer(root: ParentNode, selectors: Selectors): Composer | null {
  const editor = firstEditor(root, selectors, true);
  const kind = editor && composerKind(editor);
  return editor && kind ? { element: editor as HTMLElement, kind } : null;
}

/**
 * The first editor the selector list matches, visible or not. For choosing which part of the page to observe: the
 * visibility check of `findComposer` reads computed style, and on a page just loaded that makes the browser compute
 * the whole page's style inside our first pass (13.8 → 10.3 ms of CPU for that pass on the 200-turn benchmark page).
 */
export function composerCandidate(root: ParentNode, selectors: Selectors): Element | null {
  return firstEditor(root, selectors, false);
}

/** The first editor (not another extension's) matched by the ordered selector list; `visible`: skip hidden ones. */
function firstEditor(root: ParentNode, selectors: Selectors, visible: boolean): Element | null {
  for (const selector of selectors) {
    for (const match of safeAll(root, selector)) {
      const editor = editorOf(match);
      if (!editor || editor.closest(FOREIGN_EDITORS) || !composerKind(editor)) continue;
      if (!visible || !isHidden(editor)) return editor;
    }
  }
  return null;
}

/** What the user has typed in a composer (textarea value or editor text, injected widgets left out). */
export function composerText(composer: Composer): string {
  const el = composer.element;
  if (el.localName === 'textarea') return (el as HTMLTextAreaElement).value;
  return elementText(el);
}

/** True when any selector of the list matches inside the root (busy controls, action rows). */
export function hasMatch(root: ParentNode, selectors: Selectors): boolean {
  return firstMatch(root, selectors) !== null;
}
