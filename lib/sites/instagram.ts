/** Instagram direct messages: a Lexical composer since 2024, a textarea before. */
import { readMetaConversation } from './meta';
import { pathId, type Site } from './types';

export const instagram: Site = {
  id: 'instagram',
  name: 'Instagram',
  hosts: ['www.instagram.com'],
  composers: [
    { selector: 'div[contenteditable="true"][role="textbox"][aria-label="Message"]', note: 'Lexical composer; checked 2026-11' },
    // TODO(2027-06): the textarea composer of 2021–2023.
    { selector: 'textarea[placeholder="Message..."]', note: 'textarea composer, 2023' },
  ],
  editor: 'lexical',
  send: 'div[role="button"]:not([aria-label])',
  // /direct/t/<thread id>.
  conversationId: () => `instagram:${pathId()}`,
  readConversation: readMetaConversation,
  testedOn: ['https://www.instagram.com/direct/t/340282366841710300949128000000000000/'],
};
