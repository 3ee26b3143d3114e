/**
 * A plain contenteditable with the browser's own editing (Telegram Web, LinkedIn, the fallback):
 * blocks are lines, a <br> breaks a line unless it only holds an empty line open.
 */
import { hasClass, isBlockTag, walk, type Reading, type WalkRules } from './dom';

/** Placeholders drawn as elements inside the editable root, and non-editable decorations. */
export function isDecoration(el: Element): boolean {
  return (
    el.getAttribute('contenteditable') === 'false' ||
    el.getAttribute('aria-hidden') === 'true' ||
    hasClass(el, 'placeholder') ||
    /(^|\s)[\w-]*(__|-)placeholder(\s|$)/.test(el.getAttribute('class') ?? '')
  );
}

export const plainRules: WalkRules = { isBlock: isBlockTag, blockSeparator: '\n', skip: isDecoration };

export const readPlain = (root: HTMLElement): Reading => walk(root, plainRules);
