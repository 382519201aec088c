/**
 * DeepSeek (chat.deepseek.com). Facts: shared/reference/chatbot-dom.md §1.7.
 * Virtualised list: only visible rows are mounted; keys come from `data-virtual-list-item-key`.
 * Hashed CSS-module classes (`_9663006`, `fbb737a4`) rotate between builds: only `ds-*` classes are used.
 */
import { defineAdapter, idFromPath } from './base';
import { hasMatch } from './dom';

/** An answer row holds markdown or a DeepThink block; a user row holds neither. */
const ANSWER_PARTS = '.ds-markdown, .ds-think-content';

/** The action row (copy, regenerate, read aloud) is rendered under an answer once it is finished. */
function hasActionRow(row: Element): boolean {
  return Array.from(row.querySelectorAll('.ds-icon-button, [role="button"]')).some((b) => !b.closest('.ds-message'));
}

export const deepseekAdapter = defineAdapter({
  id: 'deepseek',
  // /a/chat/s/<uuid> (2026), /chat/s/<uuid> (older); the home page is a new chat (null).
  conversationId: idFromPath(/^(?:\/a)?\/chat\/s\/([\w-]+)/),
  container: [
    '.ds-virtual-list-visible-items', // mounted rows (2026-05 capture)
    '.ds-virtual-list', // virtual list root (2026-05 capture, S13)
  ],
  markups: [
    {
      // Virtual-list rows, one message each (2026-05 capture, 2026-10).
      turns: '[data-virtual-list-item-key]',
      role: (el) => (el.querySelector('.ds-message') ? (el.querySelector(ANSWER_PARTS) ? 'assistant' : 'user') : null),
      key: (el) => el.getAttribute('data-virtual-list-item-key'),
      userText: [
        '.ds-message', // user bubble (2026-05 capture)
      ],
      assistantText: [
        '.ds-markdown.ds-assistant-message-main-content', // final answer, excludes DeepThink (2026-05, 2026-10)
        '.ds-markdown', // answer markdown before the main-content class (S13, 2026-03)
      ],
    },
    {
      // Message bubbles without the virtual list (S13, 2026-03).
      turns: '.ds-message',
      role: (el) => (el.querySelector(ANSWER_PARTS) ? 'assistant' : 'user'),
      assistantText: ['.ds-markdown.ds-assistant-message-main-content', '.ds-markdown'],
    },
  ],
  composer: [
    'textarea#chat-input', // textarea composer (2026-10)
    'textarea[name="search"]', // same, 2026-05 capture
    'textarea[placeholder*="DeepSeek"]', // by placeholder, English and French UI (2026-05)
  ],
  // DeepThink reasoning and its "Thought for N seconds" header are not the answer.
  skip: '.ds-think-content',
  isStreaming: (row, doc) =>
    !hasActionRow(row) || // no action row yet (S4, 2026-10: "Read aloud" row appears when done)
    hasMatch(doc, ['.ds-loading']), // spinner in the send/stop control (X3, L)
});
