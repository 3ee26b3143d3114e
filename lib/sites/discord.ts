/** Discord: a Slate composer; channels and DMs switch without a page load. */
import { pathId, type Site } from './types';

export const discord: Site = {
  id: 'discord',
  name: 'Discord',
  hosts: ['discord.com'],
  composers: [
    { selector: 'div[role="textbox"][data-slate-editor="true"]', note: 'Slate composer, aria-label "Message @name"; checked 2026-11' },
  ],
  editor: 'slate',
  send: 'button[aria-label="Send Message"]',
  // /channels/<guild or @me>/<channel id>.
  conversationId: () => `discord:${pathId()}`,
  // Discord does not mark our own messages in the DOM (only an author name), so no pacing here.
  readConversation: () => ({ unansweredInRow: 0 }),
  testedOn: ['https://discord.com/channels/@me/1000000000000000001'],
};
