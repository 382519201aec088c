/**
 * Claude (claude.ai). Facts: shared/reference/chatbot-dom.md §1.2.
 * Fixtures: tests/fixtures/claude/ (conversation = 2026-07 shell, legacy = 2025 font-claude-message).
 */
import { defineAdapter, idFromPath } from './base';
import { hasMatch } from './dom';

const USER = '[data-testid="user-message"]';

export const claudeAdapter = defineAdapter({
  id: 'claude',
  // /chat/<uuid>, /share/<uuid>; /new is the new-chat page (null, so /new → /chat/<uuid> is no change).
  conversationId: idFromPath(/^\/chat\/([\w-]+)/, /^\/share\/([\w-]+)/),
  container: [
    '[data-testid="virtual-message-list"]', // virtualised message list (S6, 2026-07)
    'div.flex-1.flex.flex-col.px-4.max-w-3xl', // message column (2026-05 capture, 2026-07)
  ],
  markups: [
    {
      // User message test id + assistant container with the streaming flag (2026-05 capture, 2026-07, 2026-10).
      turns: `${USER}, [data-is-streaming]`,
      role: (el) => (el.matches(USER) ? 'user' : 'assistant'),
      assistantText: [
        '.standard-markdown', // answer markdown, one per text block (2026-05 capture, 2026-07)
        '.progressive-markdown', // answer markdown until 2026-07
        '.font-claude-message', // answer root before 2026 (legacy fixture)
        '.font-claude-response', // answer root incl. thinking rows (2026-05 capture)
      ],
    },
    {
      // Bubble and response roots, should the two attributes above be renamed (2026-05 capture).
      turns: '[data-user-message-bubble], .font-claude-response, .font-claude-message',
      role: (el) => (el.matches('[data-user-message-bubble]') ? 'user' : 'assistant'),
      assistantText: ['.standard-markdown', '.progressive-markdown'],
    },
  ],
  composer: [
    '[data-testid="chat-input"][contenteditable="true"]', // TipTap editor (2026-05 capture, 2026-07, 2026-10)
    '[data-chat-input-container] [contenteditable="true"]', // any editor in the input container (2026-05)
    'fieldset .ProseMirror[contenteditable="true"]', // ProseMirror in the composer fieldset (2025)
  ],
  isStreaming: (turn, doc) =>
    turn.getAttribute('data-is-streaming') === 'true' || // per-answer flag (H, 2026-05 → 2026-10)
    hasMatch(turn, ['[data-is-streaming="true"]']) ||
    hasMatch(doc, [
      '[data-chat-input-container] button[aria-label="Stop response"]', // stop button (S6/S4, English UI)
      '[data-chat-input-container] button[aria-label*="Arrêter" i]', // stop button, French UI (unverified)
    ]),
});
