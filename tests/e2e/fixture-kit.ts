/** What every fixture page shares: the window.__fixture handle the tests read, and chat bubbles. */
export interface FixtureHandle {
  /** The text the editor's own model holds, as the app would send it. */
  modelText(): string;
  /** Every message sent, in order. */
  sent: string[];
}

export function expose(handle: FixtureHandle & Record<string, unknown>) {
  Object.assign(window, { __fixture: handle });
}

/** Appends a message bubble built from markup with a `{text}` slot filled as text. */
export function appendBubble(list: Element, html: string, text: string) {
  const t = document.createElement('template');
  t.innerHTML = html.trim();
  const bubble = t.content.firstElementChild!;
  (bubble.querySelector('[data-slot]') ?? bubble).textContent = text;
  bubble.querySelector('[data-slot]')?.removeAttribute('data-slot');
  list.append(bubble);
}

/**
 * The text of a plain contenteditable as the browser renders it (innerText), with the parts the
 * app keeps out of the message (quotes, signatures) hidden while it is read.
 */
export function renderedText(root: HTMLElement, leaveOut = ''): string {
  const hidden = leaveOut ? [...root.querySelectorAll<HTMLElement>(leaveOut)] : [];
  const previous = hidden.map((el) => el.style.display);
  for (const el of hidden) el.style.display = 'none';
  const text = root.innerText;
  hidden.forEach((el, i) => (el.style.display = previous[i]!));
  return text;
}

/**
 * The plain text a mail app sends for a body with a <div> per line: each line's rendered text
 * (an empty `<div><br></div>` is an empty line), up to the first part the app keeps out of the
 * message, trailing empty lines dropped. Written apart from our readers so it can check them.
 */
export function mailPlainText(root: HTMLElement, leftOut: string): string {
  const lines: string[] = [];
  for (const child of root.children) {
    if (child.matches(leftOut)) break;
    if (child.tagName === 'DIV') lines.push((child as HTMLElement).innerText.replace(/\n$/, ''));
  }
  return lines.join('\n').replace(/\n+$/, '');
}
