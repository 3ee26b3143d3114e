/** Where the nudge sits: just outside the composer, at its inline end, inside the viewport. */

/** Space between the composer's edge and ours. */
const GAP_PX = 6;
/** Below this much room the card scrolls no further: a sliver of a card helps nobody. */
const MIN_ROOM_PX = 160;
/** Above the app's content but below the browser's own UI; menus the app opens later still win. */
const Z_INDEX = '2147483000';

/**
 * Where an element's frame sits in the top page: composers in same-origin iframes report boxes in
 * their frame's coordinates, and our nudge lives in the top document.
 */
export function frameOffset(el: Element): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let frame = el.ownerDocument.defaultView?.frameElement ?? null; frame; frame = frame.ownerDocument.defaultView?.frameElement ?? null) {
    const r = frame.getBoundingClientRect();
    x += r.left + frame.clientLeft;
    y += r.top + frame.clientTop;
  }
  return { x, y };
}

/** The element's box in the top page's viewport. */
export function viewportRect(el: Element): DOMRect {
  const r = el.getBoundingClientRect();
  const { x, y } = frameOffset(el);
  return new DOMRect(r.left + x, r.top + y, r.width, r.height);
}

export function placeNudge(host: HTMLElement, composer: Element): void {
  const s = host.style;
  s.position = 'fixed';
  s.zIndex = Z_INDEX;
  s.top = '0px';
  s.left = '0px';
  s.width = 'max-content';
  const anchor = viewportRect(composer);
  const above = anchor.top - 2 * GAP_PX;
  const below = window.innerHeight - anchor.bottom - 2 * GAP_PX;
  // The card may scroll inside the larger gap rather than cover the composer (a tall mail reply).
  s.setProperty('--kil-room', `${Math.max(Math.max(above, below), MIN_ROOM_PX)}px`);
  const box = host.getBoundingClientRect();
  // The layout's direction, not the composer's own (dir="auto" follows the draft's script).
  const rtl = getComputedStyle(composer.parentElement ?? composer).direction === 'rtl';

  let left = rtl ? anchor.left : anchor.right - box.width;
  // Above the composer when it fits (chat composers sit at the bottom), else wherever there is more room.
  let top = box.height <= above || above >= below ? anchor.top - box.height - GAP_PX : anchor.bottom + GAP_PX;

  left = Math.min(Math.max(left, GAP_PX), window.innerWidth - box.width - GAP_PX);
  top = Math.min(Math.max(top, GAP_PX), window.innerHeight - box.height - GAP_PX);
  s.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
}

/** Relative luminance of an sRGB colour string such as "rgb(12, 34, 56)". */
function luminance(color: string): number | null {
  const m = color.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/);
  if (!m || (m[4] !== undefined && Number(m[4]) === 0)) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Below this luminance a background reads as dark, so the card follows the app's dark theme. */
const DARK_LUMINANCE = 0.2;

/** The app's theme as seen behind the composer: the first opaque background up the tree. */
export function themeOf(composer: Element): 'light' | 'dark' {
  for (let el: Element | null = composer; el; el = el.parentElement) {
    const l = luminance(getComputedStyle(el).backgroundColor);
    if (l !== null) return l < DARK_LUMINANCE ? 'dark' : 'light';
  }
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
