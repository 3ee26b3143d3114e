/**
 * The mail composers: Gmail's and Outlook's own contenteditable editors. A line is a <div>, an
 * empty line `<div><br></div>`; the quoted original, the signature and Gmail's "…" (trimmed
 * content) are in the same editable root but are not what the person is writing.
 */
import { isDecoration, plainRules } from './contenteditable';
import { type Reading, walk } from './dom';

/** Gmail: quoted reply, signature and its "-- " prefix. */
const GMAIL_LEFT_OUT = '.gmail_quote, .gmail_quote_container, .gmail_attr, .gmail_signature, .gmail_signature_prefix, .gmail_extra, [data-smartmail="gmail_signature"]';
/** Outlook: signature blocks and the reply header. */
const OUTLOOK_LEFT_OUT = '#Signature, [id^="Signature"], #divRplyFwdMsg';
/** Outlook: everything from this marker on is the quoted original. */
const OUTLOOK_QUOTE_START = 'appendonsend';

const trimTrailingLines = (r: Reading): Reading => {
  const text = r.text.replace(/\n+$/, '');
  return { text, caret: r.caret === null ? null : Math.min(r.caret, text.length) };
};

export const readGmail = (root: HTMLElement): Reading =>
  trimTrailingLines(walk(root, { ...plainRules, skip: (el) => isDecoration(el) || el.matches(GMAIL_LEFT_OUT) }));

export const readOutlook = (root: HTMLElement): Reading =>
  trimTrailingLines(
    walk(root, {
      ...plainRules,
      skip: (el) => isDecoration(el) || el.matches(OUTLOOK_LEFT_OUT),
      stopAt: (el) => el.id === OUTLOOK_QUOTE_START || (el.tagName === 'HR' && !!el.nextElementSibling?.matches('#divRplyFwdMsg')),
    }),
  );
