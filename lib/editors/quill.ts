/**
 * Quill (Slack). The model's text is `quill.getText()` without the final "\n" Quill always keeps:
 * one line per block (p, headings, li, code lines), `<p><br></p>` for an empty line. The placeholder
 * is CSS (`.ql-blank::before`), list markers are `.ql-ui` decorations.
 */
import { isDecoration } from './contenteditable';
import { hasClass, isBlockTag, walk, type Reading } from './dom';

export const isQuill = (root: Element) => hasClass(root, 'ql-editor');

export const readQuill = (root: HTMLElement): Reading =>
  walk(root, {
    // Lists and code-block containers are wrappers; their children are the lines.
    isBlock: (el) => isBlockTag(el) && el.tagName !== 'OL' && el.tagName !== 'UL' && !hasClass(el, 'ql-code-block-container'),
    blockSeparator: '\n',
    skip: (el) => isDecoration(el) || hasClass(el, 'ql-ui'),
  });
