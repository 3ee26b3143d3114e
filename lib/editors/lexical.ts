/**
 * Lexical (WhatsApp, Messenger, Instagram). The model's text is `$getRoot().getTextContent()`:
 * top-level paragraphs are joined by a blank line, a LineBreakNode (<br>) is "\n", and the <br>
 * Lexical adds after a trailing line break is only there to show the empty line. Text lives in
 * `data-lexical-text` spans; decorators are contenteditable=false.
 */
import { isDecoration } from './contenteditable';
import { isBlockTag, walk, type Reading } from './dom';

export const isLexical = (root: Element) => root.getAttribute('data-lexical-editor') === 'true';

export const readLexical = (root: HTMLElement): Reading =>
  walk(root, {
    isBlock: isBlockTag,
    blockSeparator: '\n\n',
    skip: isDecoration,
  });
