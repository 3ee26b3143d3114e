/**
 * Draft.js (X messages, older Messenger). The model's text is `ContentState.getPlainText()`:
 * blocks (`data-block`) joined by "\n". Text is in `data-text` spans; an empty block holds a
 * `<br data-text>`; the placeholder sits outside the editable root.
 */
import { isDecoration } from './contenteditable';
import { walk, type Reading } from './dom';

export const isDraft = (root: Element) =>
  root.classList.contains('public-DraftEditor-content') || !!root.querySelector(':scope > [data-contents="true"]');

export const readDraft = (root: HTMLElement): Reading =>
  walk(root, {
    isBlock: (el) => el.getAttribute('data-block') === 'true',
    blockSeparator: '\n',
    skip: isDecoration,
    br: () => 'ignore',
    textOnlyIn: (el) => el.getAttribute('data-text') === 'true',
  });
