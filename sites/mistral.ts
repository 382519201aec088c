/**
 * Le Chat by Mistral (chat.mistral.ai). Facts: shared/reference/chatbot-dom.md §1.4.
 * No per-message streaming attribute is documented: the reasoning label and the stop button are used.
 */
import { defineAdapter, idFromPath, roleFromValue } from './base';
import { hasMatch } from './dom';

export const mistralAdapter = defineAdapter({
  id: 'mistral',
  // /chat/<uuid>; /chat alone is a new chat (null, so /chat → /chat/<uuid> is no change).
  conversationId: idFromPath(/^\/chat\/([\w-]+)/),
  container: [
    '[data-testid="conversation-layout"]', // message column (2026-05 capture)
    '[data-radix-scroll-area-viewport]', // Radix scroll viewport (2026-05 capture)
  ],
  markups: [
    {
      // Message nodes with role, id and version (2026-05 capture; S15 late 2025).
      turns: '[data-message-author-role="user"], [data-message-author-role="assistant"]',
      role: (el) => roleFromValue(el.getAttribute('data-message-author-role')),
      key: (el) => el.getAttribute('data-message-id'),
      userText: [
        '.select-text', // user text, one span per line (2026-05 capture)
      ],
      assistantText: [
        '[data-message-part-type="answer"]', // answer part, excludes the reasoning disclosure (2026-05)
        '.markdown-container-style', // markdown root (2026-05)
      ],
    },
  ],
  composer: [
    'form .ProseMirror[contenteditable="true"]', // ProseMirror editor in the form (2026-05 capture)
    'form [contenteditable="true"]:not(.markdown-container-style)', // other editor; Canvas editors excluded
    'textarea[name="message.text"]', // textarea composer (2025)
  ],
  isStreaming: (turn, doc) =>
    hasMatch(turn, [
      '[aria-label^="Working for"]', // reasoning label while generating, English UI (S12/X3, L)
      '[aria-label^="Réflexion en cours"]', // same, French UI (guess, L)
    ]) ||
    hasMatch(doc, [
      'form button[aria-label^="Stop" i]', // stop button, English UI (X3, L)
      'form button[aria-label^="Arrêter" i]', // stop button, French UI (guess, L)
    ]),
});
