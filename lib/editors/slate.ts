/**
 * Slate (Discord). The model's text is each top-level node's `Node.string` joined by "\n".
 * Text is in `data-slate-string` leaves; `data-slate-zero-width` leaves (empty lines, void
 * spacers) and the `data-slate-placeholder` hold nothing of the model.
 */
import { walk, type Reading } from './dom';

export const isSlate = (root: Element) => root.getAttribute('data-slate-editor') === 'true';

export const readSlate = (root: HTMLElement): Reading =>
  walk(root, {
    isBlock: (el) => el.getAttribute('data-slate-node') === 'element' && !el.hasAttribute('data-slate-inline'),
    blockSeparator: '\n',
    skip: (el) =>
      el.hasAttribute('data-slate-zero-width') ||
      el.hasAttribute('data-slate-placeholder') ||
      (el.getAttribute('contenteditable') === 'false' && !el.hasAttribute('data-slate-void')),
    br: () => 'ignore',
    textOnlyIn: (el) => el.hasAttribute('data-slate-string'),
  });
