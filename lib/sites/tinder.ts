/** Tinder on the web: a textarea composer in each match's chat. */
import { messagesFrom, pathId, tally, type Site } from './types';

export const tinder: Site = {
  id: 'tinder',
  name: 'Tinder',
  hosts: ['tinder.com'],
  composers: [
    { selector: 'form textarea[placeholder]', note: 'chat composer ("Type a message"); checked 2026-11' },
  ],
  editor: 'textarea',
  send: 'form button[type="submit"]',
  // /app/messages/<match id>.
  conversationId: () => `tinder:${pathId()}`,
  readConversation: (composer) =>
    tally(
      messagesFrom(
        composer.ownerDocument.querySelector('[role="log"]'),
        '.msgWrp',
        (row) => row.classList.contains('msgWrp--sent'),
        '.text',
      ),
    ),
  testedOn: ['https://tinder.com/app/messages/5f0c0000000000000000000000000000'],
};
