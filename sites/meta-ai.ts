/**
 * Meta AI (www.meta.ai). Facts: shared/reference/chatbot-dom.md §1.8.
 * The role is the suffix of `data-message-id` (`…_user`, `…_assistant`).
 */
import { defineAdapter, idFromPath, roleFromValue } from './base';
import { hasMatch } from './dom';

const ASSISTANT = '[data-testid="assistant-message"]';

export const metaAiAdapter = defineAdapter({
  id: 'meta-ai',
  // /prompt/<uuid> after the first send; the home page is a new chat (null).
  conversationId: idFromPath(/^\/prompt\/([\w-]+)/),
  container: [
    '[class~="group/scroller"]', // chat scroller (2026-05 capture)
  ],
  markups: [
    {
      // Message items with the role in the id suffix (2026-05 capture, 2026-10).
      turns: '[data-message-item="true"][data-message-id]',
      role: (el) => {
        const id = el.getAttribute('data-message-id') ?? '';
        return roleFromValue(id.slice(id.lastIndexOf('_') + 1));
      },
      key: (el) => el.getAttribute('data-message-id'),
      userText: [
        '[data-slot="text"].text-response', // user text span; other data-slot=text spans are timestamps (2026-05)
        '[data-message-type="user"]', // user message block (2026-05)
      ],
      assistantText: [
        '.ur-markdown', // streamdown markdown blocks (2026-05 capture)
        '.markdown-content', // markdown wrapper (2026-05)
        ASSISTANT, // answer block (2026-05, 2026-10)
      ],
    },
    {
      // Typed message blocks, should the item wrapper change (2026-05 capture).
      turns: `[data-message-type="user"], ${ASSISTANT}`,
      role: (el) => (el.matches(ASSISTANT) ? 'assistant' : 'user'),
      assistantText: ['.ur-markdown', '.markdown-content'],
    },
  ],
  composer: [
    '[data-testid="composer-input"][contenteditable="true"]', // Lexical editor after hydration (S4, 2026-10)
    '[contenteditable="true"][data-lexical-editor="true"]', // any Lexical editor (2026)
    // Not the pre-hydration textarea (replaced within seconds) nor the "Conversation title" input.
  ],
  skip: '[data-testid="citation-pill"], [data-testid="sources-pill"], [data-testid="thinking-status"]',
  isStreaming: (turn, doc) => {
    const answer = turn.matches(ASSISTANT) ? turn : turn.querySelector(ASSISTANT);
    const state = answer?.getAttribute('data-streaming-state');
    return (
      (state !== null && state !== undefined && state !== 'DONE') || // not DONE = streaming (S2/S4, H)
      answer?.getAttribute('data-streaming-complete') === 'false' ||
      hasMatch(doc, ['[data-testid="composer-stop-button"]']) // stop button (S4, 2026-10)
    );
  },
});
