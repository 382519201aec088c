/**
 * Turns an organisation's short message into DOM nodes that are safe to insert: Markdown subset →
 * HTML → DOMPurify with a strict allow-list → a DocumentFragment (appended with replaceChildren, so
 * no innerHTML assignment anywhere). The window is passed in, as DOMPurify itself does, so tests
 * run the same code under jsdom.
 */
import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import { markdownToHtml } from './markdown';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'ul', 'li', 'a'];
/** Links may only call a number or open an https page; no javascript:, data:, http:… */
const ALLOWED_URI = /^(?:https:|tel:)/i;

const purifiers = new WeakMap<object, DOMPurify>();

function purifierFor(window: WindowLike): DOMPurify {
  let purifier = purifiers.get(window);
  if (!purifier) {
    purifier = createDOMPurify(window);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      // Web links open in a new tab without giving that page a handle on ours.
      if (node.nodeName === 'A' && /^https:/i.test(node.getAttribute('href') ?? '')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    purifiers.set(window, purifier);
  }
  return purifier;
}

/** Sanitises HTML with the message allow-list; returns a string (used by tests and the fragment below). */
export function sanitiseMessageHtml(html: string, window: WindowLike): string {
  return purifierFor(window).sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: ALLOWED_URI,
  });
}

/** The message as a fragment ready for `element.replaceChildren(fragment)`. */
export function renderMessage(source: string, window: WindowLike): DocumentFragment {
  return purifierFor(window).sanitize(markdownToHtml(source), {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    RETURN_DOM_FRAGMENT: true,
  });
}
