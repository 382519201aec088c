/**
 * Plain text from a message element, without layout (works in jsdom and in the page).
 *
 * Skips what a reader does not see as message text: screen-reader-only labels ("You said:"), aria-hidden
 * copies (KaTeX HTML), buttons, scripts/styles, templates and shadow hosts injected by other extensions.
 * Keeps one line per block; collapses whitespace except inside <pre> and pre-wrap text.
 */

/** Elements never read, whatever the site (tag names: a Set lookup is far cheaper than matches()). */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'button',
  'svg',
  'textarea',
  'input',
  'select',
  // Widgets other extensions inject into pages (their text is not the conversation's).
  'grammarly-extension',
  'grammarly-desktop-integration',
  'qb-highlighter',
]);

/** Visually hidden label classes: Tailwind `sr-only` (ChatGPT h4, Claude h2, Copilot h5/h6), Angular CDK (Gemini). */
const HIDDEN_CLASS = /(?:^|\s)(?:sr-only|cdk-visually-hidden|visually-hidden|screen-reader-only)(?:\s|$)/;

/** KaTeX renders a formula several times (see mathText). */
const KATEX_CLASS = /(?:^|\s)katex(?:\s|$)/;

/** A bubble styled white-space: pre-wrap / pre-line / break-spaces: its line breaks are real. */
const PRE_CLASS = /\bwhitespace-(?:pre-wrap|pre-line|break-spaces)\b/;

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tr',
  'ul',
]);

/** Leading labels some sites print as visible or hidden text before a message (safety net after SKIP). */
const LEADING_LABEL =
  /^\s*(?:you said|vous avez dit|(?:chatgpt|claude|gemini|copilot|le chat|mistral|perplexity|deepseek|meta ai|grok|assistant) (?:said|responded|a dit|a répondu))\s*:\s*/i;

/**
 * The line breaks the walk makes (blocks, <br>, line breaks inside <pre> and pre-wrap text): a character
 * that `\s` does not match, so the whole message's whitespace can be collapsed in one pass at the end
 * instead of once per text node. (The HTML parser never leaves a NUL in text.)
 */
const BREAK = '\u0000';

/** KaTeX and MathML render a formula several times: keep the TeX source once. */
function mathText(el: Element): string {
  const tex = el.querySelector('annotation[encoding="application/x-tex"], annotation');
  return ` ${((tex ?? el).textContent ?? '').replace(/\n/g, BREAK)} `;
}

const NO_EXTRA: ReadonlySet<Element> = new Set();

/**
 * The first read of a conversation runs this code cold (interpreted) over every message, so each element
 * costs as few DOM calls as possible: most elements of a message (p, li, strong…) have no attributes at
 * all, and for the others the class attribute is read once for every class-based rule.
 */
function walk(node: Node, out: string[], extra: ReadonlySet<Element>, pre: boolean): void {
  if (node.nodeType === 3) {
    const raw = node.nodeValue ?? '';
    // Normal text as is: tidyWalked() collapses its whitespace. Preformatted text keeps its line breaks.
    out.push(pre ? raw.replace(/\n/g, BREAK) : raw);
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const name = el.localName;
  // An open shadow root on a message element is never the site's own (none of the ten uses one).
  if (SKIP_TAGS.has(name) || extra.has(el) || el.shadowRoot) return;
  let cls = '';
  let role = '';
  if (el.hasAttributes()) {
    if (
      el.hasAttribute('hidden') ||
      el.getAttribute('aria-hidden') === 'true' ||
      el.hasAttribute('data-grammarly-shadow-root')
    )
      return;
    cls = el.getAttribute('class') ?? '';
    if (cls !== '' && HIDDEN_CLASS.test(cls)) return;
    role = el.getAttribute('role') ?? '';
  }
  if (name === 'math' || (cls !== '' && KATEX_CLASS.test(cls))) {
    out.push(mathText(el));
    return;
  }
  if (name === 'br') {
    out.push(BREAK);
    return;
  }
  // Table cells (also Mistral's div grids with role=cell) stay on their row's line.
  const cell = name === 'td' || name === 'th' || role === 'cell' || role === 'columnheader';
  const block = !cell && BLOCK_TAGS.has(name);
  if (block) out.push(BREAK);
  if (cell) out.push(' ');
  const childPre = pre || name === 'pre' || (cls !== '' && PRE_CLASS.test(cls));
  for (let child = el.firstChild; child; child = child.nextSibling) walk(child, out, extra, childPre);
  if (block) out.push(BREAK);
}

/**
 * The walk's output as lines: whitespace collapsed, one block per line, no blank lines. Two regex passes
 * that only match what changes (a single space, by far the commonest whitespace, is left alone: replacing
 * it made tidying cost more than the walk), then trim.
 */
function tidyWalked(raw: string): string {
  return raw
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .replace(/ ?\u0000[ \u0000]*/g, '\n') // \u0000 is BREAK
    .trim();
}

/** Removes a leading "You said:" / "ChatGPT a dit :" label. */
export function stripLabel(text: string): string {
  return text.replace(LEADING_LABEL, '');
}

/**
 * The visible text of an element as plain text; `extraSkip` is a selector of site-specific noise.
 * @example elementText(turn) // "Bonjour\nJ'ai de la fièvre depuis deux jours."
 */
export function elementText(el: Element, extraSkip = ''): string {
  const out: string[] = [];
  try {
    const extra = extraSkip === '' ? NO_EXTRA : new Set(Array.from(el.querySelectorAll(extraSkip)));
    // Whitespace rules inherit: a text root inside <pre> or a pre-wrap bubble keeps its line breaks.
    const pre =
      el.parentElement?.closest('pre, [class*="whitespace-pre-"], [class*="whitespace-break-spaces"]') != null;
    walk(el, out, extra, pre);
  } catch {
    return '';
  }
  return stripLabel(tidyWalked(out.join('')));
}

/**
 * Values derived from an element's subtree under the watched root (its text, a turn's role…), each kept
 * until textChanged() reports a change under the element. One WeakMap per kind of value.
 */
const memos: { map: WeakMap<Element, unknown> }[] = [];

export interface WatchedMemo<T> {
  get(el: Element): T | undefined;
  set(el: Element, value: T): void;
}

/**
 * A cache of per-element values that textChanged() invalidates like the text cache. Only trust it for
 * elements under the watched root (see isWatched): nobody reports changes elsewhere.
 */
export function watchedMemo<T>(): WatchedMemo<T> {
  const holder = { map: new WeakMap<Element, unknown>() };
  memos.push(holder);
  return {
    get: (el) => holder.map.get(el) as T | undefined,
    set: (el, value) => {
      holder.map.set(el, value);
    },
  };
}

/**
 * Last text read per element, with the raw textContent it came from, or null when it was read under
 * the watched root (then textChanged() is what invalidates it).
 */
const textCache = watchedMemo<{ readonly raw: string | null; readonly skip: string; readonly text: string }>();

/**
 * The root under which a caller reports every change through textChanged() (the content script's
 * MutationObserver root). Text cached under it is reused without re-reading textContent, which costs
 * as much as the text itself on every read of a 400 KB conversation.
 */
let watchedRoot: Node | null = null;

/** True when every change under `node` is reported through textChanged(). */
export function isWatched(node: Node): boolean {
  return watchedRoot !== null && watchedRoot.contains(node);
}

/**
 * elementText, memoised. Under the watched root: reused until textChanged() drops it. Elsewhere (CLIs,
 * tests, elements outside the observed root): validated against the element's raw textContent, still
 * much cheaper than the walk.
 */
export function cachedElementText(el: Element, extraSkip = ''): string {
  const hit = textCache.get(el);
  const watched = isWatched(el);
  if (hit && hit.skip === extraSkip && hit.raw === null && watched) return hit.text;
  const raw = watched ? null : (el.textContent ?? '');
  if (hit && hit.skip === extraSkip && hit.raw !== null && hit.raw === raw) return hit.text;
  const text = elementText(el, extraSkip);
  textCache.set(el, { raw, skip: extraSkip, text });
  return text;
}

/** True when the element's text is in the cache (prefetching skips it). */
export function hasCachedText(el: Element): boolean {
  return textCache.get(el) !== undefined;
}

/**
 * Declares the root under which every change will be reported through textChanged() (null: none).
 * A new root empties the caches: changes made before anybody watched are unknown.
 */
export function watchTextUnder(root: Node | null): void {
  if (root === watchedRoot) return;
  watchedRoot = root;
  outsideFocus += 1;
  for (const memo of memos) memo.map = new WeakMap();
}

/**
 * The element whose changes are counted apart (the last turn, where an answer streams): while every change
 * falls under it, a reader can keep the rest of the conversation as it read it (see changesOutsideFocus).
 */
let focus: Element | null = null;
let outsideFocus = 0;

/** Sets the element changes are counted apart for (null: none; every change then counts as outside). */
export function focusChanges(el: Element | null): void {
  focus = el;
}

/**
 * How many changes so far fell outside the focus element (anywhere else under the watched root, or with
 * no focus). Equal counts before and after mean that nothing but the focus element changed in between.
 */
export function changesOutsideFocus(): number {
  return outsideFocus;
}

/**
 * The prompt editor: what the user types there is not conversation, and every keystroke mutates it. Changes
 * under it are reported (cached values above it are dropped) but count as no change to the turns.
 */
let editor: Element | null = null;

/** Sets the element whose inner changes never change the conversation (the composer; null: none). */
export function ignoreChangesUnder(el: Element | null): void {
  editor = el;
}

/**
 * A node changed (added, removed, text or attribute): forget what was derived from it and from every
 * ancestor up to the watched root (above it, nothing is trusted without validation anyway).
 *
 * `attribute`: only an attribute of `node` changed. On an ancestor of the focus element (a turn wrapper
 * marked "complete", the scroll root losing its busy flag) that changes no text of the turns before it:
 * their text is read from each turn down, and the last turn is read again anyway.
 *
 * Returns false when the change cannot affect the turns (typing in the editor): no read is needed.
 */
export function textChanged(node: Node, attribute = false): boolean {
  let inside = false;
  let typed = false;
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current === focus) inside = true;
    else if (current === editor) typed = true;
    if (current.nodeType === 1) for (const memo of memos) memo.map.delete(current as Element);
    if (current === watchedRoot) break;
  }
  if (typed) return false;
  if (!inside && !(attribute && focus !== null && node.contains(focus))) outsideFocus += 1;
  return true;
}
