/**
 * What Messenger and Instagram share (both Meta, both Lexical now): rows of the message list carry
 * a visually hidden "You sent" label on our own messages.
 */
import { messagesFrom, tally, type ConversationContext } from './types';

const OWN_LABEL = /^you sent/i;

export function readMetaConversation(composer: Element): ConversationContext {
  const main = composer.closest('[role="main"]') ?? composer.ownerDocument.querySelector('[role="main"]');
  return tally(
    messagesFrom(main, '[role="row"]', (row) => OWN_LABEL.test(row.textContent?.trim() ?? ''), 'div[dir="auto"]'),
  );
}
