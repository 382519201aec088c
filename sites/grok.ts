/**
 * Grok (grok.com). Facts: shared/reference/chatbot-dom.md §1.9.
 * The role is only in the layout classes (`items-end` = user, `items-start` = assistant).
 */
import { defineAdapter, idFromPath } from './base';
import { hasMatch } from './dom';

export const grokAdapter = defineAdapter({
  id: 'grok',
  // /c/<uuid> (2026), /chat/<id> (older), /share/<id>; the home page is a new chat (null).
  conversationId: idFromPath(/^\/(?:c|chat|share)\/([\w-]+)/),
  container: [
    'main', // page main holding the replies (2026-03 capture)
  ],
  markups: [
    {
      // Reply blocks by id prefix (2026-03 capture, S9 2026-07).
      turns: '[id^="response-"]',
      role: (el) =>
        el.querySelector('[data-testid="assistant-message"]') || el.classList.contains('items-start')
          ? 'assistant'
          : el.classList.contains('items-end')
            ? 'user'
            : null,
      key: (el) => el.id,
      userText: ['.message-bubble'],
      assistantText: [
        '[data-testid="assistant-message"]', // answer test id (S6, not seen in a capture)
        '.message-bubble .response-content-markdown', // answer markdown (2026-03 capture)
        '.message-bubble', // bubble (2026-03)
      ],
    },
  ],
  composer: [
    '.tiptap.ProseMirror[contenteditable="true"]', // TipTap editor (S6, 2026-07)
    'form [contenteditable="true"][role="textbox"]', // any editor in the form (2026)
    'form textarea', // textarea composer (2025, S11)
  ],
  isStreaming: (turn, doc) =>
    !turn.querySelector('.action-buttons') || // action row appears when finished (2026-03 capture, L)
    hasMatch(doc, [
      'form button[aria-label^="Stop" i]', // stop button, English UI (generic, L)
      'form button[aria-label^="Arrêter" i]', // stop button, French UI (guess, L)
    ]),
});
