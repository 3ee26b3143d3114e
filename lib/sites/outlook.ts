/** Outlook on the web (personal and work): its own contenteditable editor (Rooster). */
import { pathId, type Site } from './types';

export const outlook: Site = {
  id: 'outlook',
  name: 'Outlook',
  hosts: ['outlook.live.com', 'outlook.office.com'],
  composers: [
    { selector: 'div[contenteditable="true"][role="textbox"][aria-label^="Message body"]', note: 'compose and reply body; checked 2026-11' },
    { selector: 'div[contenteditable="true"][id^="editorParent"]', note: 'older reply body, 2023' },
  ],
  editor: 'outlook',
  send: 'button[aria-label="Send"]',
  sendKey: 'mod-enter',
  // /mail/inbox/id/<message id> (and /mail/deeplink/compose for new mail).
  conversationId: () => `outlook:${pathId()}`,
  // Emails are letters, not chat turns: no length comparison or pacing.
  readConversation: () => ({ unansweredInRow: 0 }),
  testedOn: ['https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1iNTcwLWE0OTUtMDACLTAwCgAQAA'],
};
