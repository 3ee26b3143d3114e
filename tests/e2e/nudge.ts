/**
 * Looks inside our closed shadow root the way only the browser's debugger can (CDP with pierce),
 * since the page itself — and so Playwright's locators — cannot.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NudgeView {
  /** Our host element is in the page. */
  present: boolean;
  /** Something of ours has a box on screen. */
  visible: boolean;
  /** Its readable text (styles left out). */
  text: string;
  /** The shadow root's mode as the browser reports it. */
  shadowMode: string | null;
  chip: Box | null;
  card: Box | null;
}

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const c of node.shadowRoots ?? []) yield* walk(c);
  for (const c of node.children ?? []) yield* walk(c);
  if (node.contentDocument) yield* walk(node.contentDocument);
}

const attr = (n: DomNode, name: string) => {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1]!;
  return null;
};

async function boxOf(session: CDPSession, node: DomNode): Promise<Box | null> {
  try {
    const { model } = await session.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId });
    const [x1, y1, , , x3, y3] = model.border as number[];
    return { x: x1!, y: y1!, width: x3! - x1!, height: y3! - y1! };
  } catch {
    return null; // not rendered (display: none)
  }
}

export async function readNudge(page: Page): Promise<NudgeView> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = [...walk(root)].find((n) => n.nodeName === 'KEEP-IT-LIGHT-NUDGE');
  if (!host) return { present: false, visible: false, text: '', shadowMode: null, chip: null, card: null };
  const shadow = host.shadowRoots?.[0];
  const inside = shadow ? [...walk(shadow)] : [];
  let text = '';
  const skip = new Set<number>();
  for (const n of inside) {
    if (n.nodeName === 'STYLE') for (const c of walk(n)) skip.add(c.nodeId);
    if (n.nodeType === 3 && !skip.has(n.nodeId)) text += `${n.nodeValue} `;
  }
  const byClass = (cls: string) => inside.find((n) => (attr(n, 'class') ?? '').split(/\s+/).includes(cls));
  const chipNode = byClass('kil-chip');
  const cardNode = byClass('kil-card');
  const hostBox = await boxOf(session, host);
  return {
    present: true,
    visible: !!hostBox && hostBox.width > 0 && hostBox.height > 0,
    text: text.replace(/\s+/g, ' ').trim(),
    shadowMode: (shadow as unknown as { shadowRootType?: string } | undefined)?.shadowRootType ?? null,
    chip: chipNode ? await boxOf(session, chipNode) : null,
    card: cardNode ? await boxOf(session, cardNode) : null,
  };
}

/** Polls until the nudge matches `want`, returning the time it took and the final view. */
export async function waitForNudge(
  page: Page,
  want: (v: NudgeView) => boolean,
  timeoutMs = 5000,
): Promise<{ view: NudgeView; ms: number }> {
  const start = Date.now();
  let view = await readNudge(page);
  while (!want(view)) {
    if (Date.now() - start > timeoutMs) throw new Error(`nudge did not reach the expected state: ${JSON.stringify(view)}`);
    await page.waitForTimeout(25);
    view = await readNudge(page);
  }
  return { view, ms: Date.now() - start };
}

export const shown = (v: NudgeView) => v.visible;
export const hidden = (v: NudgeView) => !v.visible;
