/**
 * HuggingChat (huggingface.co/chat). Facts: shared/reference/chatbot-dom.md §1.10, from the app's
 * source (huggingface/chat-ui, 2026-08-21). Svelte `svelte-*` classes are build noise.
 */
import { defineAdapter, idFromPath, roleFromValue } from './base';
import { hasMatch } from './dom';

export const huggingchatAdapter = defineAdapter({
  id: 'huggingchat',
  // /chat/conversation/<id>; /chat/ and /chat/models/… are new chats (null).
  conversationId: idFromPath(/^\/chat\/conversation\/([\w-]+)/),
  container: [
    '[aria-label="Conversation messages"]', // chat window scroller (S7 ChatWindow.svelte)
    '.scrollbar-custom', // same by class (S7)
  ],
  markups: [
    {
      // User and assistant message nodes (S7 ChatMessage.svelte, 2026-08).
      turns: '[data-message-type="user"][data-message-id], [data-message-role="assistant"][data-message-id]',
      role: (el) => roleFromValue(el.getAttribute('data-message-role') ?? el.getAttribute('data-message-type')),
      key: (el) => el.getAttribute('data-message-id'),
      userText: [
        'p', // user text paragraph (S7)
      ],
      assistantText: [
        '.prose', // one per text block (S7)
      ],
    },
  ],
  composer: [
    'form textarea', // textarea composer (S7 ChatInput.svelte)
  ],
  // Reasoning and tool blocks are marked as excluded from copy by the app itself.
  skip: '[data-exclude-from-copy]',
  isStreaming: (turn, doc) =>
    hasMatch(doc, ['button.stop-generating-btn']) || // stop button replaces submit while loading (S7)
    hasMatch(turn, ['.loading']), // three-dot placeholder of an empty streaming answer (S7)
});
