/** Messenger (messenger.com and facebook.com/messages): Lexical since 2023, Draft.js before. */
import { readMetaConversation } from './meta';
import { pathId, type Site } from './types';

export const messenger: Site = {
  id: 'messenger',
  name: 'Messenger',
  hosts: ['www.messenger.com', 'www.facebook.com'],
  composers: [
    { selector: '[role="main"] div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]', note: 'Lexical composer, aria-label "Message"; checked 2026-11' },
    // TODO(2027-06): the Draft.js composer of 2019–2023; drop when no longer served.
    { selector: '[role="main"] div.notranslate[contenteditable="true"][role="textbox"]', note: 'Draft.js composer, 2022' },
  ],
  editor: 'lexical',
  send: '[aria-label="Press enter to send"], [aria-label="Send"]',
  // /t/<thread id> or /e2ee/t/<thread id>.
  conversationId: () => `messenger:${pathId()}`,
  readConversation: readMetaConversation,
  testedOn: ['https://www.messenger.com/t/100000000000001', 'https://www.facebook.com/messages/t/100000000000001'],
};
