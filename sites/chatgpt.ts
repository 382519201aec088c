/**
 * ChatGPT (chatgpt.com, chat.openai.com). Facts: shared/reference/chatbot-dom.md §1.1.
 * Fixtures: tests/fixtures/chatgpt/ (conversation = ~2026-10 markup, legacy = 2025 article markup).
 */
import { defineAdapter, idFromPath, roleFromValue } from './base';
import { hasMatch } from './dom';

/** "…:<n>:user" / "…:<n>:assistant" search-unit keys carry the role (~2026-10 markup). */
function roleFromUnitKey(el: Element): 'user' | 'assistant' | null {
  const key = el.getAttribute('data-chatgpt-search-unit-key') ?? el.getAttribute('data-content-search-unit-key') ?? '';
  return roleFromValue(key.slice(key.lastIndexOf(':') + 1));
}

export const chatgptAdapter = defineAdapter({
  id: 'chatgpt',
  // /c/<id>, /g/<gpt>/c/<id>, /share/<id>; /c/local-… ids are client placeholders (same conversation).
  conversationId: idFromPath(/^\/(?:g\/[\w-]+\/)?c\/(?!local-)([\w-]+)/, /^\/share\/([\w-]+)/),
  container: [
    '#thread', // thread column, holds turns and composer (2026-05 capture, 2026-07)
    'main#main', // page main (2026-07)
    '[data-scroll-root]', // scroll root (2026-07)
  ],
  markups: [
    {
      // ~2026-10 rollout: one unit per message, role in the key suffix (X1, X2; M names / L nesting).
      // Plain presence selector (fast path in Chrome); roleFromUnitKey drops other suffixes.
      turns: '[data-chatgpt-search-unit-key]',
      role: roleFromUnitKey,
      key: (el) =>
        el.getAttribute('data-chatgpt-search-message-ids') || el.getAttribute('data-chatgpt-search-unit-key'),
      userText: [
        '[data-user-message-bubble] .whitespace-pre-wrap', // user bubble text (~2026-10)
        '[data-user-message-bubble]', // user bubble (~2026-10)
      ],
      assistantText: [
        '[data-markdown-text-style="assistant-message"]', // answer root (~2026-10)
        '.markdown', // answer markdown (2023 → 2026-07)
      ],
    },
    {
      // Same rollout, alternative attribute name (X1).
      turns: '[data-content-search-unit-key]',
      role: roleFromUnitKey,
      key: (el) => el.getAttribute('data-content-search-unit-key'),
      userText: ['[data-user-message-bubble]', '.whitespace-pre-wrap'],
      assistantText: ['[data-markdown-text-style="assistant-message"]', '.markdown'],
    },
    {
      // 2026-03 → ~2026-09: section[data-testid="conversation-turn-N"][data-turn] (real capture 2026-05).
      // Selected without the tag name: the article → section switch broke tag-based readers.
      turns: '[data-testid^="conversation-turn-"][data-turn]',
      role: (el) => roleFromValue(el.getAttribute('data-turn')),
      key: (el) => el.getAttribute('data-turn-id'),
      userText: [
        '[data-message-author-role="user"] .whitespace-pre-wrap', // bubble text (2026-05 capture)
        '[data-message-author-role="user"]', // message node (2024 → 2026-07)
      ],
      assistantText: [
        '[data-message-author-role="assistant"] .markdown', // answer markdown (2026-05 capture)
        '[data-message-author-role="assistant"]', // message node (2024 → 2026-07)
      ],
    },
    {
      // Message nodes alone: the 2024–2025 article markup and any wrapper change since (2026-07 captures).
      turns: '[data-message-author-role="user"], [data-message-author-role="assistant"]',
      role: (el) => roleFromValue(el.getAttribute('data-message-author-role')),
      key: (el) => el.getAttribute('data-message-id'),
      userText: ['.whitespace-pre-wrap'],
      assistantText: ['.markdown'],
    },
  ],
  composer: [
    '#prompt-textarea[contenteditable="true"]', // ProseMirror editor (2026-05 capture, 2026-10)
    '[data-testid="composer-text-input"]', // variant test id (S6, 2026-07)
    'form[data-type="unified-composer"] [contenteditable="true"]', // any editor in the composer form (2026-07)
    '#mobile-composer-prompt', // mobile layout (X2, 2026-09)
    'textarea[name="prompt-textarea"]', // fallback twin, hidden while ProseMirror runs (2026-05 capture)
    'textarea[name="prompt"]', // older textarea composer (2024)
  ],
  isStreaming: (turn, doc) =>
    // Not `[data-scroll-root][data-stream-active]`: only inferred from CSS (L), and a busy signal that sticks
    // would hold every answer "incomplete" and silence the missed-emergency check.
    hasMatch(doc, [
      '[data-testid="stop-button"]', // composer stop button while generating (S8 2026-08)
    ]) ||
    hasMatch(turn, [
      '.result-streaming', // markdown class while streaming (2023–24)
      '.streaming-animation', // markdown class while streaming (2025)
      '[role="status"][aria-busy="true"]', // busy status inside the turn (X2, ~2026-10)
      '[data-talvt-turn-state]:not([data-talvt-turn-state="complete"])', // turn state inside (S4, 2026-10)
    ]) ||
    (turn.closest('[data-talvt-turn-state]')?.getAttribute('data-talvt-turn-state') ?? 'complete') !== 'complete',
});
