/**
 * Finding the composer a person types in and reading its text — never writing to it.
 * This is the generic reader (textarea, input, any contenteditable); per-editor readers that read
 * the editor's own model (Lexical, Draft.js, Slate, Quill, ProseMirror) plug in beside it.
 */

export type Composer = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);
/** Characters editors insert for caret placement; never part of what the person typed. */
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR']);

/** The editable root that contains the event target, or null if it is not a text composer. */
export function findComposer(target: EventTarget | null): Composer | null {
  if (!(target instanceof Element)) return null;
  if (target instanceof HTMLTextAreaElement) return target.readOnly || target.disabled ? null : target;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type) && !target.readOnly ? target : null;
  const editable = target.closest<HTMLElement>('[contenteditable]:not([contenteditable="false"])');
  if (!editable || !editable.isContentEditable) return null;
  // The root is the outermost editable ancestor: nested editables belong to one editor.
  let root = editable;
  for (let p = root.parentElement; p && p.isContentEditable; p = p.parentElement) root = p;
  return root;
}

function isPlaceholder(el: Element): boolean {
  // Editors draw placeholders as decorations the model does not hold.
  return (
    el.getAttribute('contenteditable') === 'false' ||
    el.hasAttribute('data-placeholder') && el.textContent === el.getAttribute('data-placeholder') ||
    /(^|\s)(placeholder|[\w-]*__placeholder[\w-]*)(\s|$)/i.test(el.getAttribute('class') ?? '')
  );
}

/** Text of a contenteditable tree: blocks become lines, <br> a line break, decorations skipped. */
function readEditable(root: HTMLElement): string {
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    lines.push(line);
    line = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) line += child.nodeValue ?? '';
      else if (child instanceof HTMLElement) {
        if (child.tagName === 'BR') {
          // A lone <br> in an empty block only keeps the block open; it is not a second line.
          if (child.nextSibling || child.previousSibling) endLine();
          continue;
        }
        if (isPlaceholder(child) && child !== root) continue;
        const block = BLOCK_TAGS.has(child.tagName);
        if (block && line !== '') endLine();
        walk(child);
        if (block) endLine();
      }
    }
  };
  walk(root);
  if (line !== '') endLine();
  return lines.join('\n').replace(INVISIBLE, '');
}

export function readText(composer: Composer): string {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) return composer.value;
  return readEditable(composer);
}
