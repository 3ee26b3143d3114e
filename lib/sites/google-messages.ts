/** Google Messages for web: a textarea composer; conversations switch without a page load. */
import { messagesFrom, pathId, tally, type Site } from './types';

export const googleMessages: Site = {
  id: 'google-messages',
  name: 'Google Messages',
  hosts: ['messages.google.com'],
  composers: [
    { selector: 'mws-message-compose textarea', note: 'the compose box; checked 2026-11' },
    { selector: 'textarea[data-e2e-message-input-box]', note: 'same box, test id of newer builds; checked 2026-11' },
  ],
  editor: 'textarea',
  send: 'mws-message-send-button button, button[aria-label^="Send"]',
  // /web/conversations/<id>.
  conversationId: () => `google-messages:${pathId()}`,
  readConversation: (composer) =>
    tally(
      messagesFrom(
        composer.ownerDocument.querySelector('mws-messages-list'),
        'mws-message-wrapper',
        (row) => row.getAttribute('is-outgoing') === 'true',
        'mws-text-message-part, .text-msg',
      ),
    ),
  testedOn: ['https://messages.google.com/web/conversations/42'],
};
