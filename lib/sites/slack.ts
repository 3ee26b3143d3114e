/** Slack: a Quill-based composer ("texty") per channel, thread and DM. */
import { pathId, type Site } from './types';

export const slack: Site = {
  id: 'slack',
  name: 'Slack',
  hosts: ['app.slack.com'],
  composers: [
    { selector: '[data-qa="message_input"] .ql-editor[contenteditable="true"]', note: 'Quill composer in the message pane; checked 2026-11' },
    { selector: '.ql-editor[role="textbox"][contenteditable="true"]', note: 'thread and huddle composers share the editor; checked 2026-11' },
  ],
  editor: 'quill',
  send: 'button[data-qa="texty_send_button"]',
  // /client/<team>/<channel or DM id>.
  conversationId: () => `slack:${pathId()}`,
  // Slack's DOM names authors but does not mark our own messages, so no pacing here.
  readConversation: () => ({ unansweredInRow: 0 }),
  testedOn: ['https://app.slack.com/client/T01234567/D01234567'],
};
