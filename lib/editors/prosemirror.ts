/**
 * ProseMirror (LinkedIn and other apps built on it or on Tiptap). The model's text is
 * `doc.textBetween(0, size, "\n", "\n")`: blocks joined by "\n", a hard_break <br> is "\n".
 * ProseMirror's own <br class="ProseMirror-trailingBreak"> and separator <img> are rendering
 * hacks, widget decorations (placeholders, mentions UI) are contenteditable=false.
 */
import { isDecoration } from './contenteditable';
import { hasClass, isBlockTag, walk, type Reading } from './dom';

export const isProseMirror = (root: Element) => hasClass(root, 'ProseMirror');

export const readProseMirror = (root: HTMLElement): Reading =>
  walk(root, {
    isBlock: (el) => isBlockTag(el) && el.tagName !== 'OL' && el.tagName !== 'UL',
    blockSeparator: '\n',
    skip: (el) => isDecoration(el) || hasClass(el, 'ProseMirror-separator') || hasClass(el, 'ProseMirror-widget'),
    br: (el) => (hasClass(el, 'ProseMirror-trailingBreak') ? 'ignore' : 'line'),
  });
