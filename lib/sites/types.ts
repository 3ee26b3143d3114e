/**
 * What the content script knows about one messaging app. One small file per app (whatsapp.ts,
 * slack.ts, …) fills this in; index.ts is the registry.
 *
 * Selector dates say when the markup was last compared with the app's public markup; the e2e
 * fixture in tests/e2e/fixtures/<id> models exactly these selectors.
 */
import type { EditorKind } from '../editors';

export interface ComposerSelector {
  selector: string;
  /** Why this selector, and when it was last checked (YYYY-MM). */
  note: string;
}

/** The visible conversation, as the analysis's `length` and pacing checks need it. */
export interface ConversationContext {
  /** The other person's last message, when the app shows whose messages are whose. */
  theirLastMessage?: string;
  /** Our own messages since their last one (nudge at the third). */
  unansweredInRow: number;
}

export interface Site {
  id: string;
  name: string;
  /** Hostnames, exactly as in lib/sites/matches.ts. */
  hosts: readonly string[];
  /** Composer roots, most specific first. */
  composers: readonly ComposerSelector[];
  /** The editor that draws the composer; detection from the root's markers wins for libraries. */
  editor: EditorKind;
  /** The send control, to tell a send click from other clicks. */
  send: string;
  /** The key that sends: Enter in chat apps (the default), Ctrl/Cmd+Enter in mail apps. */
  sendKey?: 'enter' | 'mod-enter';
  /** Identifies the conversation the composer belongs to (kept in memory only). */
  conversationId(composer: Element): string;
  readConversation(composer: Element): ConversationContext;
  /** URLs the selectors were modeled on. */
  testedOn: readonly string[];
}

export interface Message {
  mine: boolean;
  text: string;
}

/** Their last message and our unanswered run, from the messages in screen order. */
export function tally(messages: Iterable<Message>): ConversationContext {
  let theirLastMessage: string | undefined;
  let unansweredInRow = 0;
  for (const m of messages) {
    if (m.mine) unansweredInRow++;
    else {
      theirLastMessage = m.text;
      unansweredInRow = 0;
    }
  }
  return theirLastMessage === undefined ? { unansweredInRow } : { theirLastMessage, unansweredInRow };
}

/** Messages from a list of rows: `mine` tells outgoing rows, `text` finds the bubble's text. */
export function messagesFrom(
  root: ParentNode | null | undefined,
  rowSelector: string,
  mine: (row: Element) => boolean,
  textSelector?: string,
): Message[] {
  if (!root) return [];
  return [...root.querySelectorAll(rowSelector)].map((row) => {
    const textEl = textSelector ? (row.querySelector(textSelector) ?? row) : row;
    return { mine: mine(row), text: (textEl.textContent ?? '').trim() };
  });
}

/** The path (and hash, for hash-routed apps) as a conversation id. */
export const pathId = (loc: Location = location) => loc.pathname.replace(/\/+$/, '') + loc.hash;

/** The document a composer lives in (its own frame's). */
export const docOf = (el: Element): Document => el.ownerDocument;
