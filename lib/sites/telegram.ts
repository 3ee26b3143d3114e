/**
 * Telegram Web, both clients: K (web.telegram.org/k/) and A (web.telegram.org/a/). Both use a
 * plain contenteditable of their own; the chat is in the URL hash.
 */
import { messagesFrom, tally, type Site } from './types';

export const telegram: Site = {
  id: 'telegram',
  name: 'Telegram',
  hosts: ['web.telegram.org'],
  composers: [
    { selector: '.input-message-input[contenteditable="true"]:not(.input-field-input-fake)', note: 'Telegram K composer; its fake twin sizes the box; checked 2026-11' },
    { selector: '#editable-message-text[contenteditable="true"]', note: 'Telegram A composer; checked 2026-11' },
  ],
  editor: 'contenteditable',
  send: 'button.btn-send, button.send',
  conversationId: () => `telegram:${location.pathname.split('/')[1] ?? ''}${location.hash}`,
  readConversation: (composer) =>
    tally(
      messagesFrom(
        composer.ownerDocument,
        '.bubbles .bubble, .messages-container .Message',
        (row) => row.classList.contains('is-out') || row.classList.contains('own'),
        '.translatable-message, .text-content',
      ),
    ),
  testedOn: ['https://web.telegram.org/k/#@sam', 'https://web.telegram.org/a/#777000'],
};
