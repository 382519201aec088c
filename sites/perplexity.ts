/**
 * Perplexity (www.perplexity.ai). Facts: shared/reference/chatbot-dom.md §1.6.
 * Each query/answer pair sits in a Radix tab panel. Since the 2026-08 rollout `#markdown-content-N`
 * stays empty and the answer renders beside it (fixture conversation.html); before, inside (legacy.html).
 */
import { defineAdapter, idFromPath } from './base';
import { hasMatch, outermost } from './dom';

const QUERY = '[class~="group/query"]';

/** The answer blocks of a pair: inside the placeholder, else the `.prose` blocks beside it. */
function answerRoots(placeholder: Element): Element[] {
  if ((placeholder.textContent ?? '').trim() !== '') return [placeholder];
  const pair = placeholder.parentElement;
  if (!pair) return [];
  const beside = Array.from(pair.querySelectorAll('.prose')).filter((el) => !el.closest(QUERY));
  return outermost(beside);
}

export const perplexityAdapter = defineAdapter({
  id: 'perplexity',
  // /search/<slug>; the home page and /search?q= prefill are new threads (null).
  conversationId: idFromPath(/^\/search\/([^/]+)/),
  container: [
    '.max-w-threadContentWidth', // thread column (2026-02 and 2026-05 captures)
    '.scrollable-container', // scroll container (2026-05 capture)
  ],
  markups: [
    {
      // Query heading and answer placeholder, one pair per tab panel (2026-02, 2026-05 captures; 2026-08).
      turns: `${QUERY}, [id^="markdown-content-"]`,
      role: (el) => (el.matches(QUERY) ? 'user' : 'assistant'),
      key: (el) => (el.id.startsWith('markdown-content-') ? el.id : null),
      userText: [
        'span.select-text', // query text (2026-02 capture)
      ],
      assistantRoots: answerRoots,
    },
  ],
  composer: [
    '#ask-input[contenteditable="true"]', // Lexical editor (2026-02 capture, S11, X3)
    '[data-ask-input-container] [data-lexical-editor="true"]', // Lexical editor in its container (2026-02)
    '[data-ask-input-container] textarea', // textarea composer (2025)
  ],
  // Citation chips repeat source names inside sentences.
  skip: '.citation, [data-pplx-citation-url]',
  isStreaming: (_turn, doc) =>
    hasMatch(doc, [
      '[data-ask-input-container] button[aria-label^="Stop" i]', // stop button, English UI (X3, L)
      '[data-ask-input-container] button[aria-label^="Arrêter" i]', // stop button, French UI (guess, L)
      'button[data-testid="stop-generating-response-button"]', // stop button by test id (guess, L)
    ]),
});
