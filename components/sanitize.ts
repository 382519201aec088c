/**
 * The one place page HTML is cleaned before it may be shown. Everything else renders text.
 *
 * DOMPurify is created for the window it is given (the panel's, or jsdom's in tests: never happy-dom,
 * which defeats it). Only simple reading markup survives: no scripts, styles, forms, frames, media,
 * event handlers or inline styles, and links lose everything but a safe href.
 */
import createDOMPurify from 'dompurify';

const ALLOWED_TAGS = [
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'b',
  'i',
  'blockquote',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'span',
  'div',
  'section',
  'article',
];

export function sanitizeHtml(html: string, window: Window & typeof globalThis = globalThis.window): string {
  const purify = createDOMPurify(window);
  return purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#)/i,
    RETURN_TRUSTED_TYPE: false,
  }) as string;
}

/**
 * Turns page HTML into plain paragraphs for display: sanitised first, then parsed (inert, nothing
 * runs) and read back as text, so React only ever renders strings.
 */
export function htmlToParagraphs(
  html: string,
  window: Window & typeof globalThis = globalThis.window,
  maxParagraphs = 12,
): string[] {
  const clean = sanitizeHtml(html, window);
  const parsed = new window.DOMParser().parseFromString(`<body>${clean}</body>`, 'text/html');
  const blocks = parsed.body.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td');
  const texts: string[] = [];
  for (const block of blocks) {
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && !texts.includes(text)) texts.push(text);
    if (texts.length >= maxParagraphs) break;
  }
  return texts;
}
