/**
 * Looks inside our closed shadow root the way only the browser's debugger can (CDP with pierce),
 * since the page itself — and so Playwright's locators — cannot.
 */
import type { CDPSession, Page } from 'playwright-core';
import { AXE_SOURCE } from './axe';

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

export const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

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
  /** Our underlines under the flagged phrases. */
  marks: Box[];
  /** What the polite live region says right now. */
  status: string;
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
  if (!host) return { present: false, visible: false, text: '', shadowMode: null, chip: null, card: null, marks: [], status: '' };
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
  const statusNode = inside.find((n) => attr(n, 'role') === 'status');
  const status = statusNode ? [...walk(statusNode)].filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join('') : '';
  const marks: Box[] = [];
  for (const n of inside.filter((n) => attr(n, 'class') === 'kil-mark')) {
    const box = await boxOf(session, n);
    if (box) marks.push(box);
  }
  return {
    present: true,
    visible: !!hostBox && hostBox.width > 0 && hostBox.height > 0,
    text: text.replace(/\s+/g, ' ').trim(),
    shadowMode: (shadow as unknown as { shadowRootType?: string } | undefined)?.shadowRootType ?? null,
    chip: chipNode ? await boxOf(session, chipNode) : null,
    card: cardNode ? await boxOf(session, cardNode) : null,
    marks,
    status,
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

export interface AxeViolation {
  id: string;
  help: string;
  nodes: number;
}

/**
 * Runs axe-core over our card. axe cannot enter a closed shadow root, so the debugger hands us the
 * root as an object and we copy its styles and content into an open shadow root at the same place
 * on the page, where axe can read it. Only violations inside the copy count (the fixture page is
 * not ours); the copy is removed afterwards.
 */
export async function axeNudge(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return inShadow(page, `async function () {
    const copy = document.createElement('kil-axe-copy');
    copy.setAttribute('style', this.host.getAttribute('style') || '');
    // The styles and the body's content; axe does not look inside a nested <html> element.
    const styles = [...this.querySelectorAll('style')].map((n) => n.cloneNode(true));
    const body = document.createElement('div');
    body.append(...[...this.querySelector('body').childNodes].map((n) => n.cloneNode(true)));
    copy.attachShadow({ mode: 'open' }).append(...styles, body);
    document.body.append(copy);
    try {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      const ours = (v) => v.nodes.filter((n) => String(n.target[0]).includes('kil-axe-copy'));
      return r.violations.filter((v) => ours(v).length).map((v) => ({ id: v.id, help: v.help, nodes: ours(v).length }));
    } finally {
      copy.remove();
    }
  }`);
}

export interface ContrastFailure {
  text: string;
  ratio: number;
}

/**
 * WCAG contrast of every piece of text in our shadow root against the background behind it,
 * computed from the live card's styles (axe's own contrast rule skips text in shadow trees).
 * Returns the pieces below `min` and how many were measured.
 */
export async function contrastOfNudge(page: Page, min = 4.5): Promise<{ measured: number; failures: ContrastFailure[] }> {
  return inShadow(page, `function () {
    const parse = (c) => (c.match(/[0-9.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
      .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c;
      }
      return null;
    };
    const failures = [];
    let measured = 0;
    for (const el of this.querySelectorAll('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.nodeValue.trim());
      if (!own || el.closest('.kil-visually-hidden') || !el.getClientRects().length) continue;
      const bg = background(el);
      if (!bg) continue;
      const fg = parse(getComputedStyle(el).color);
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      const ratio = (a + 0.05) / (b + 0.05);
      measured++;
      if (ratio < ${min}) failures.push({ text: el.textContent.trim().slice(0, 40), ratio: Math.round(ratio * 100) / 100 });
    }
    return { measured, failures };
  }`);
}

/** Calls a function with `this` bound to our closed shadow root, in the page's main world. */
async function inShadow<T>(page: Page, functionDeclaration: string): Promise<T> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = [...walk(root)].find((n) => n.nodeName === 'KEEP-IT-LIGHT-NUDGE');
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) throw new Error('no nudge on the page');
  const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`in-shadow call failed: ${JSON.stringify(exceptionDetails)}`);
  return result.value as T;
}

/** Clicks the button in our shadow root whose text is `label`, like a person would. */
export async function clickInNudge(page: Page, label: string): Promise<void> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const button = [...walk(root)].find(
    (n) => n.nodeName === 'BUTTON' && (n.children ?? []).some((c) => c.nodeType === 3 && c.nodeValue === label),
  );
  if (!button) throw new Error(`no "${label}" button in the nudge`);
  await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendNodeId });
  const box = await boxOf(session, button);
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
}
