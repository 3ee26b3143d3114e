/** WhatsApp Web: a Lexical composer in the chat footer; chats switch without a page load. */
import { messagesFrom, tally, type Site } from './types';

export const whatsapp: Site = {
  id: 'whatsapp',
  name: 'WhatsApp',
  hosts: ['web.whatsapp.com'],
  composers: [
    { selector: 'footer div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]', note: 'Lexical composer since 2024; checked 2026-11' },
    // TODO(2027-06): drop once no pre-Lexical client is seen; the data-tab composer of 2022–2023.
    { selector: 'footer div[contenteditable="true"][data-tab="10"]', note: 'pre-Lexical composer, 2023' },
  ],
  editor: 'lexical',
  send: 'button[aria-label="Send"], span[data-icon="send"]',
  // The URL never names the chat; the header shows whose chat is open.
  conversationId: (composer) => {
    const header = composer.ownerDocument.querySelector('#main header span[title], #main header');
    return `whatsapp:${header?.getAttribute('title') ?? header?.textContent ?? ''}`;
  },
  readConversation: (composer) =>
    tally(
      messagesFrom(
        composer.ownerDocument.querySelector('#main'),
        '.message-in, .message-out',
        (row) => row.classList.contains('message-out'),
        '.selectable-text',
      ),
    ),
  testedOn: ['https://web.whatsapp.com/'],
};
