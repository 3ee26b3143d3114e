/**
 * Test-only page script: our readers and site registry, run in the fixture page itself so a test
 * can compare what we read with what the editor's model holds. Never part of the extension.
 */
import { read } from '../../lib/editors';
import { conversationOf, resolveComposer } from '../../lib/sites';

function probe(selector?: string) {
  let target: Element | null = selector ? document.querySelector(selector) : document.activeElement;
  // Into open shadow roots and same-origin frames, as focus goes.
  for (;;) {
    const inner: Element | null | undefined = target?.shadowRoot?.activeElement ?? (target as HTMLIFrameElement | null)?.contentDocument?.activeElement;
    if (!inner) break;
    target = inner;
  }
  const found = resolveComposer(target);
  if (!found) return null;
  return { ...read(found.composer, found.kind), kind: found.kind, known: found.known, conversation: conversationOf(found) };
}

Object.assign(window, { __kilProbe: probe });
