/**
 * LinkedIn messaging: the full messaging page and the overlay bubbles on other pages. The
 * composer is a contenteditable with a paragraph per line; newer builds render it with
 * ProseMirror (detected by the .ProseMirror class on the root).
 */
import { messagesFrom, pathId, tally, type Site } from './types';

const CONVERSATION = '.msg-convo-wrapper, .msg-overlay-conversation-bubble, .msg-thread, main';

export const linkedin: Site = {
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['www.linkedin.com'],
  composers: [
    { selector: '.msg-form__contenteditable[contenteditable="true"]', note: 'messaging page and overlay bubbles; checked 2026-11' },
  ],
  editor: 'contenteditable',
  send: 'button.msg-form__send-button',
  // /messaging/thread/<id>/ on the messaging page; overlay bubbles are named by their header.
  conversationId: (composer) => {
    const bubble = composer.closest('.msg-overlay-conversation-bubble');
    const name = bubble?.querySelector('.msg-overlay-bubble-header__title')?.textContent?.trim();
    return `linkedin:${name ? `bubble:${name}` : pathId()}`;
  },
  readConversation: (composer) =>
    tally(
      messagesFrom(
        composer.closest(CONVERSATION),
        '.msg-s-event-listitem',
        (row) => !row.classList.contains('msg-s-event-listitem--other'),
        '.msg-s-event-listitem__body',
      ),
    ),
  testedOn: ['https://www.linkedin.com/messaging/thread/2-ZmQ0ZTQ1YjQtNGM3Zi00/'],
};
