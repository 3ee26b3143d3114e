/**
 * Where the flagged phrases sit on screen, so our overlay can underline them. Reads layout only:
 * the editor's DOM and text are never touched (other tools that marked up composers corrupted
 * drafts). Textareas have no ranges inside them, so a hidden mirror with the same text and
 * metrics stands in.
 */
import type { Composer } from '../../lib/editors';
import { frameOffset, viewportRect } from './placement';

/** Enough to show what stood out; a draft repeating a phrase 50 times needs no 50 marks. */
const MAX_MARKS = 24;

/** Box properties that decide where text wraps inside a textarea. */
const MIRRORED = [
  'boxSizing', 'width', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontStretch', 'lineHeight', 'letterSpacing',
  'wordSpacing', 'textTransform', 'textIndent', 'tabSize', 'direction',
] as const;

export interface MarkRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

function isField(c: Composer): c is HTMLTextAreaElement | HTMLInputElement {
  return c.tagName === 'TEXTAREA' || c.tagName === 'INPUT';
}

/** Text nodes of the composer that hold what the person typed (not decorations). */
function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? document;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('[contenteditable="false"], [aria-hidden="true"]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** Client rects of every occurrence of each phrase in the text under `root`. */
function rangesRects(root: Node, phrases: readonly string[]): DOMRect[] {
  const nodes = textNodes(root);
  const starts: number[] = [];
  let joined = '';
  for (const n of nodes) {
    starts.push(joined.length);
    joined += n.data;
  }
  const at = (offset: number): [Text, number] => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > offset) i--;
    return [nodes[i]!, offset - starts[i]!];
  };
  const rects: DOMRect[] = [];
  const doc = root.ownerDocument ?? document;
  for (const phrase of new Set(phrases)) {
    if (!phrase) continue;
    for (let from = joined.indexOf(phrase); from >= 0 && rects.length < MAX_MARKS; from = joined.indexOf(phrase, from + phrase.length)) {
      const range = doc.createRange();
      range.setStart(...at(from));
      range.setEnd(...at(from + phrase.length));
      rects.push(...range.getClientRects());
    }
  }
  return rects;
}

/** The same text laid out like the field, at the field's place, invisible. */
function mirrorRects(field: HTMLTextAreaElement | HTMLInputElement, phrases: readonly string[], scratch: HTMLElement): DOMRect[] {
  // `scratch` may be inside a transformed element, which is then the containing block of fixed boxes.
  const origin = scratch.getBoundingClientRect();
  const style = getComputedStyle(field);
  const box = viewportRect(field);
  const mirror = document.createElement('div');
  for (const p of MIRRORED) mirror.style[p] = style[p];
  Object.assign(mirror.style, {
    position: 'fixed',
    left: `${box.left - field.scrollLeft - origin.left}px`,
    top: `${box.top - field.scrollTop - origin.top}px`,
    visibility: 'hidden',
    whiteSpace: field.tagName === 'INPUT' ? 'pre' : 'pre-wrap',
    overflowWrap: 'break-word',
    borderColor: 'transparent',
  });
  mirror.textContent = field.value;
  scratch.append(mirror);
  try {
    return rangesRects(mirror, phrases);
  } finally {
    mirror.remove();
  }
}

/**
 * Rects (viewport coordinates) under the phrases, clipped to the composer's visible box.
 * `scratch` is an element of ours where a mirror may be laid out for a moment.
 */
export function phraseRects(composer: Composer, phrases: readonly string[], scratch: HTMLElement): MarkRect[] {
  if (!phrases.length) return [];
  // Mirror rects are in the top page already; range rects are in the composer's own frame.
  const shift = isField(composer) ? { x: 0, y: 0 } : frameOffset(composer);
  const rects = (isField(composer) ? mirrorRects(composer, phrases, scratch) : rangesRects(composer, phrases)).map(
    (r) => new DOMRect(r.left + shift.x, r.top + shift.y, r.width, r.height),
  );
  const clip = viewportRect(composer);
  return rects
    .filter((r) => r.width > 0 && r.bottom > clip.top && r.top < clip.bottom && r.right > clip.left && r.left < clip.right)
    .slice(0, MAX_MARKS)
    .map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
}
