/**
 * Microsoft Copilot (copilot.microsoft.com, copilot.com). Facts: shared/reference/chatbot-dom.md §1.5.
 * The legacy Bing `cib-*` shadow-DOM UI is gone and not read.
 */
import { defineAdapter, idFromPath } from './base';
import { hasMatch } from './dom';

const USER = '[data-content="user-message"]';

export const copilotAdapter = defineAdapter({
  id: 'copilot',
  // /chats/<id>; the home page / is a new chat (null).
  conversationId: idFromPath(/^\/chats\/([\w-]+)/),
  container: [
    '[data-testid="highlighted-chats"]', // current chat list (2026-03 capture)
    '[data-testid="backstage-chats"]', // older chat list (2026-03 capture)
    '[data-content="conversation"]', // conversation root (2026-03, 2026-07)
  ],
  markups: [
    {
      // User text node and assistant article (2026-03 capture, 2026-07 exporter page).
      turns: `${USER}, [data-content="ai-message"]`,
      role: (el) => (el.matches(USER) ? 'user' : 'assistant'),
      key: (el) => el.closest('[role="article"][id]')?.id ?? null,
      assistantText: [
        '[data-testid="ai-message-body"]', // answer body (2026-07)
        '[class~="group/ai-message-item"]', // answer item (2026-03)
      ],
    },
    {
      // Articles by group class, should data-content go (2026-03 capture).
      turns: '[class~="group/user-message"], [class~="group/ai-message"]',
      role: (el) => (el.matches('[class~="group/user-message"]') ? 'user' : 'assistant'),
      key: (el) => el.id || null,
    },
  ],
  composer: [
    'textarea#userInput', // textarea composer (2026-03 capture)
    '[data-testid="composer-input"]', // same, by test id (2026-03)
    '[data-testid="composer"] textarea', // any textarea in the composer (2026)
  ],
  isStreaming: (turn, doc) =>
    hasMatch(turn, ['[data-testid="loading-message"]']) || // loading placeholder (S3, L)
    hasMatch(doc, [
      '[data-testid="composer"] [data-testid*="stop"]', // stop control by test id (guess, L)
      '[data-testid="composer"] button[aria-label^="Stop" i]', // stop button, English UI (X3, L)
      '[data-testid="composer"] button[aria-label^="Arrêter" i]', // stop button, French UI (guess, L)
    ]),
});
