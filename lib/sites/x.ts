/** X (Twitter) direct messages: a Draft.js composer; the newer chat at /i/chat uses the fallback. */
import { pathId, type Site } from './types';

export const x: Site = {
  id: 'x',
  name: 'X',
  hosts: ['x.com'],
  composers: [
    { selector: '[data-testid="dmComposerTextInput"][contenteditable="true"]', note: 'Draft.js DM composer; checked 2026-11' },
  ],
  editor: 'draft',
  send: '[data-testid="dmComposerSendButton"]',
  // /messages/<user id>-<user id>.
  conversationId: () => `x:${pathId()}`,
  // Message entries do not say whose they are apart from their alignment, so no pacing here.
  readConversation: () => ({ unansweredInRow: 0 }),
  testedOn: ['https://x.com/messages/1000000001-1000000002'],
};
