/**
 * Gmail: its own contenteditable editor, in compose windows and in inline replies (several can
 * be open in one thread). Quoted text and the signature are inside the editable root.
 */
import type { Site } from './types';

export const gmail: Site = {
  id: 'gmail',
  name: 'Gmail',
  hosts: ['mail.google.com'],
  composers: [
    { selector: 'div[contenteditable="true"][role="textbox"][g_editable="true"]', note: 'message body of compose and inline replies; checked 2026-11' },
    { selector: 'div.editable[contenteditable="true"][aria-label="Message Body"]', note: 'same body, English UI; checked 2026-11' },
  ],
  editor: 'gmail',
  send: 'div[role="button"][data-tooltip^="Send"]',
  sendKey: 'mod-enter',
  // The hash names the thread (#inbox/<id>) and open compose windows (?compose=<id>).
  conversationId: () => `gmail:${location.hash}`,
  // Emails are letters, not chat turns: no length comparison or pacing.
  readConversation: () => ({ unansweredInRow: 0 }),
  testedOn: ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWZrKbKxPzVwKqLrjDnnRmNt'],
};
