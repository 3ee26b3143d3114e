/**
 * The one DOM walk every contenteditable reader shares. Each editor kind passes its rules (what is
 * a block, what a <br> means, what to leave out); the walk turns the rendered tree back into the
 * text the editor's model holds and finds the caret in it. It only reads.
 *
 * Checks go by nodeType and tagName rather than `instanceof`: a composer inside a same-origin
 * iframe belongs to another window, whose constructors differ from ours.
 */

/** Characters editors insert for caret placement; never part of what the person typed. */
export const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'UL', 'OL']);

export const isElement = (n: unknown): n is HTMLElement => !!n && (n as Node).nodeType === 1;
export const isText = (n: unknown): n is Text => !!n && (n as Node).nodeType === 3;
export const isBlockTag = (el: Element) => BLOCK_TAGS.has(el.tagName);
export const hasClass = (el: Element, name: string) => el.classList?.contains(name) ?? false;

export interface WalkRules {
  /** Elements that make lines of their own. */
  isBlock(el: Element): boolean;
  /** Between two blocks: "\n" in most editors, "\n\n" between Lexical paragraphs. */
  blockSeparator: string;
  /** Elements left out with everything inside: placeholders, decorations, quoted replies. */
  skip?(el: Element): boolean;
  /** Reading ends at this element (Outlook: everything after it is the quoted original). */
  stopAt?(el: Element): boolean;
  /** What a <br> is worth; by default a line break unless it only holds its block open. */
  br?(el: Element): 'line' | 'ignore' | undefined;
  /** Text nodes outside these elements are chrome, not content (Draft.js, Slate). */
  textOnlyIn?(el: Element): boolean;
}

export interface Reading {
  text: string;
  /** Offset of the caret in `text`, or null when the selection is elsewhere. */
  caret: number | null;
}

function selectionIn(root: Node): { node: Node; offset: number } | null {
  const owner = root.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  const selection = typeof owner.getSelection === 'function' ? owner.getSelection() : root.ownerDocument?.getSelection();
  const node = selection?.focusNode;
  if (!selection || !node || !root.contains(node)) return null;
  return { node, offset: selection.focusOffset };
}

/** A <br> that is the last thing in its block only keeps the block (or the last line) open. */
function endsBlock(br: Element, rules: WalkRules, root: Element): boolean {
  for (let n: Node | null = br; n && n !== root; n = n.parentNode) {
    for (let s = n.nextSibling; s; s = s.nextSibling) {
      if (isText(s) ? (s.nodeValue ?? '').replace(INVISIBLE, '') !== '' : isElement(s) && !rules.skip?.(s)) return false;
    }
    const parent = n.parentNode;
    if (!parent || parent === root || (isElement(parent) && rules.isBlock(parent))) return true;
  }
  return true;
}

function imageText(el: Element): string {
  const plain = el.getAttribute('data-plain-text');
  if (plain) return plain;
  return /emoji/i.test(el.getAttribute('class') ?? '') ? (el.getAttribute('alt') ?? '') : '';
}

export function walk(root: Element, rules: WalkRules): Reading {
  const focus = selectionIn(root);
  let out = '';
  let caret: number | null = null;
  let blockOpen = false;
  let anyBlock = false;
  let opened = 0;
  let stopped = false;
  const open = () => {
    if (blockOpen) return;
    if (anyBlock) out += rules.blockSeparator;
    anyBlock = true;
    blockOpen = true;
    opened++;
  };
  const visit = (node: Node, inText: boolean) => {
    let index = 0;
    for (let child = node.firstChild; child && !stopped; child = child.nextSibling, index++) {
      if (focus && focus.node === node && focus.offset === index) caret = out.length;
      if (isText(child)) {
        if (!inText) continue;
        const value = child.nodeValue ?? '';
        if (value === '' && focus?.node !== child) continue;
        const clean = value.replace(INVISIBLE, '');
        if (clean !== '') open();
        if (focus?.node === child) caret = out.length + value.slice(0, focus.offset).replace(INVISIBLE, '').length;
        out += clean;
      } else if (isElement(child)) {
        if (rules.stopAt?.(child)) {
          stopped = true;
          break;
        }
        if (rules.skip?.(child)) continue;
        if (child.tagName === 'BR') {
          const kind = rules.br?.(child) ?? (endsBlock(child, rules, root) ? 'ignore' : 'line');
          open();
          if (kind === 'line') out += '\n';
          continue;
        }
        if (child.tagName === 'IMG') {
          const alt = imageText(child);
          if (alt) {
            open();
            out += alt;
          }
          continue;
        }
        const childInText = inText || !rules.textOnlyIn || rules.textOnlyIn(child);
        if (rules.isBlock(child)) {
          blockOpen = false;
          const before = opened;
          visit(child, childInText);
          if (opened === before && !stopped) open();
          blockOpen = false;
        } else visit(child, childInText);
      }
    }
    if (focus && focus.node === node && focus.offset >= index && caret === null) caret = out.length;
  };
  visit(root, !rules.textOnlyIn);
  return { text: out, caret };
}
