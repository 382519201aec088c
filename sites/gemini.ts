/**
 * Google Gemini (gemini.google.com). Facts: shared/reference/chatbot-dom.md §1.3.
 * Angular custom elements in light DOM: key on element names, never on `ng-*` / `_ngcontent-*` noise.
 */
import { defineAdapter, idFromPath } from './base';
import { hasMatch } from './dom';

export const geminiAdapter = defineAdapter({
  id: 'gemini',
  // /app/<hex>, /u/<n>/app/<hex>, /gem/<gem>/<conv>; /app alone is a new chat (null).
  conversationId: idFromPath(/^(?:\/u\/\d+)?\/app\/([\w-]+)/, /^(?:\/u\/\d+)?\/gem\/[\w-]+\/([\w-]+)/),
  container: [
    'infinite-scroller[data-test-id="chat-history-container"]', // lazy-loading scroller (2026-05 capture, 2026-07)
    '#chat-history', // scroll container (2026-05 capture)
    'chat-window-content', // chat window (2026-07)
  ],
  markups: [
    {
      // One user-query and one model-response per .conversation-container (2025-06 → 2026-10).
      turns: 'user-query, model-response',
      role: (el) => (el.localName === 'user-query' ? 'user' : 'assistant'),
      key: (el) => el.querySelector('message-content[id]')?.id || el.closest('.conversation-container[id]')?.id || null,
      userText: [
        '.query-text', // heading holding one p.query-text-line per line (2026-05 capture, 2026-07)
        'user-query-content', // query content element (2025-06)
      ],
      assistantText: [
        'message-content .markdown', // answer markdown, aria-busy while streaming (2026-05 capture, 2026-10)
        'message-content', // answer content element (2025-06)
        '.model-response-text', // structured content container (2026-07)
      ],
    },
  ],
  composer: [
    'rich-textarea .ql-editor[contenteditable="true"]', // Quill editor (2026-05 capture, 2026-10)
    '.ql-editor[contenteditable="true"]', // Quill editor outside rich-textarea (2025)
    'input-area-v2 [contenteditable="true"][role="textbox"]', // any textbox in the input area (2026-07)
  ],
  // Thinking summaries and source lists sit beside the answer, not in it.
  skip: 'model-thoughts, sources-list',
  isStreaming: (turn, doc) =>
    hasMatch(turn, ['.markdown[aria-busy="true"]']) || // busy answer (H, 2026-10)
    hasMatch(doc, [
      'button.send-button.stop', // stop button replacing send (2026-07)
      'button[aria-label="Stop response"]', // stop button, English UI (S4)
    ]),
});
