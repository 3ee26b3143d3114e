/**
 * Finding the composer a person types in and reading its text and caret — never writing to it.
 * One reader per editor kind; each reads the rendered DOM with that editor's conventions so the
 * result equals the text the editor's own model holds (content scripts cannot see page objects).
 */
import { readPlain } from './contenteditable';
import { isElement, type Reading } from './dom';
import { isDraft, readDraft } from './draft';
import { isLexical, readLexical } from './lexical';
import { readGmail, readOutlook } from './mail';
import { isProseMirror, readProseMirror } from './prosemirror';
import { isQuill, readQuill } from './quill';
import { isSlate, readSlate } from './slate';
import { isTextField, readTextField } from './textarea';

export type { Reading } from './dom';
export type Composer = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

export type EditorKind =
  | 'textarea'
  | 'contenteditable'
  | 'lexical'
  | 'draft'
  | 'slate'
  | 'quill'
  | 'prosemirror'
  | 'gmail'
  | 'outlook';

/** Every kind, for the docs and tests. */
export const EDITOR_KINDS: readonly EditorKind[] = [
  'textarea', 'contenteditable', 'lexical', 'draft', 'slate', 'quill', 'prosemirror', 'gmail', 'outlook',
];

const TEXT_INPUT_TYPES = new Set(['text', '']);

/**
 * The editable root that holds `target`, or null when it is not a text composer. Works across
 * same-origin frames (no `instanceof`: another window has its own constructors).
 */
export function findComposer(target: EventTarget | null): Composer | null {
  if (!isElement(target)) return null;
  if (target.tagName === 'TEXTAREA') {
    const t = target as unknown as HTMLTextAreaElement;
    return t.readOnly || t.disabled ? null : t;
  }
  if (target.tagName === 'INPUT') {
    const t = target as unknown as HTMLInputElement;
    return TEXT_INPUT_TYPES.has(t.type) && !t.readOnly && !t.disabled ? t : null;
  }
  const editable = target.closest<HTMLElement>('[contenteditable]:not([contenteditable="false"])');
  if (!editable || !editable.isContentEditable) return null;
  // The root is the outermost editable ancestor: nested editables belong to one editor.
  let root = editable;
  for (let p = root.parentElement; p && p.isContentEditable; p = p.parentElement) root = p;
  return root;
}

/** Which editor draws this composer, told by the markers each library puts on its root. */
export function detectKind(composer: Composer): EditorKind {
  if (isTextField(composer)) return 'textarea';
  if (isLexical(composer)) return 'lexical';
  if (isSlate(composer)) return 'slate';
  if (isDraft(composer)) return 'draft';
  if (isQuill(composer)) return 'quill';
  if (isProseMirror(composer)) return 'prosemirror';
  return 'contenteditable';
}

export function read(composer: Composer, kind: EditorKind = detectKind(composer)): Reading {
  if (isTextField(composer)) return readTextField(composer);
  switch (kind) {
    case 'lexical': return readLexical(composer);
    case 'draft': return readDraft(composer);
    case 'slate': return readSlate(composer);
    case 'quill': return readQuill(composer);
    case 'prosemirror': return readProseMirror(composer);
    case 'gmail': return readGmail(composer);
    case 'outlook': return readOutlook(composer);
    default: return readPlain(composer);
  }
}

export function readText(composer: Composer, kind?: EditorKind): string {
  return read(composer, kind).text;
}
