import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, serveFixture, storageClear, storageGet, storageSet, watchErrors, type ExtensionBrowser } from './browser';
import { axeNudge, clickInNudge, contrastOfNudge, hidden, overlaps, readNudge, shown, waitForNudge, type Box } from './nudge';

const URL_BASE = 'https://web.telegram.org/a/';
const HEAVY =
  "You never listen to me and I'm tired of it. If you don't answer by tonight, we're done, I mean it!!!";

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launch();
  await serveFixture(b.context, URL_BASE, 'card-lab');
  await serveFixture(b.context, 'https://messages.google.com/', 'google-messages');
});
afterAll(async () => {
  await b?.close();
});

async function openWithDraft(hash: string): Promise<{ page: Page; errors: string[] }> {
  const page = await b.context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${URL_BASE}${hash}`);
  await page.click('.input-message-input');
  await page.keyboard.type(HEAVY, { delay: 10 });
  await waitForNudge(page, shown);
  return { page, errors };
}

const composerBox = (page: Page) => page.locator('.input-message-input').boundingBox() as Promise<Box>;
const sendBox = (page: Page) => page.locator('button.send').boundingBox() as Promise<Box>;
const modelText = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fixture: { modelText(): string } }).__fixture.modelText());

describe.each([
  ['light, left-to-right', ''],
  ['dark, right-to-left', '#dark,rtl'],
])('the nudge on a %s page', (_, hash) => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openWithDraft(hash));
  });
  afterAll(async () => {
    await page.close();
  });

  test('the chip sits beside the composer, inside the viewport, covering neither the composer nor send', async () => {
    const view = await readNudge(page);
    expect(view.chip).not.toBeNull();
    expect(view.card).toBeNull();
    // Said once, politely, when the level changed: the chip's label with our name.
    expect(view.status).toMatch(/^Keep It Light: \S/);
    expect(overlaps(view.chip!, await composerBox(page))).toBe(false);
    expect(overlaps(view.chip!, await sendBox(page))).toBe(false);
    expect(view.chip!.x).toBeGreaterThanOrEqual(0);
    expect(view.chip!.x + view.chip!.width).toBeLessThanOrEqual(1280);
    expect(view.chip!.y).toBeGreaterThanOrEqual(0);
    // At the composer's inline end: the right in a left-to-right layout, the left in right-to-left.
    const composer = await composerBox(page);
    const chipCentre = view.chip!.x + view.chip!.width / 2;
    const composerCentre = composer.x + composer.width / 2;
    expect(chipCentre > composerCentre).toBe(!hash.includes('rtl'));
  });

  test('the page cannot open our shadow root', async () => {
    expect(await page.evaluate(() => document.querySelector('keep-it-light-nudge')!.shadowRoot)).toBeNull();
    expect((await readNudge(page)).shadowMode).toBe('closed');
  });

  test('Alt+Shift+K opens the card with readable advice that leaves the composer clear', async () => {
    await page.keyboard.press('Alt+Shift+KeyK');
    const { view } = await waitForNudge(page, (v) => v.card !== null);
    expect(view.text).toMatch(/Try ?:/);
    expect(view.text.length).toBeGreaterThan(40);
    const composer = await composerBox(page);
    expect(overlaps(view.card!, composer)).toBe(false);
    expect(overlaps(view.card!, await sendBox(page))).toBe(false);
    // Hit-test the composer's middle line: the composer, not us, is what a click there reaches.
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.input-message-input') !== null,
      [composer.x + composer.width / 2, composer.y + composer.height / 2],
    );
    expect(hit).toBe(true);
    expect(view.card!.y + view.card!.height).toBeLessThanOrEqual(800);
  });

  test('the card has no axe-core violations', async () => {
    expect(await axeNudge(page)).toEqual([]);
  });

  test('every piece of text in the card meets WCAG AA contrast', async () => {
    const { measured, failures } = await contrastOfNudge(page);
    expect(measured).toBeGreaterThan(5);
    expect(failures).toEqual([]);
  });

  test('Escape closes the card and gives the focus back to the composer, caret where it was', async () => {
    await page.keyboard.press('Escape');
    await waitForNudge(page, (v) => v.card === null && v.chip !== null);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('input-message-input');
    await page.keyboard.type(' ok', { delay: 10 });
    expect(await modelText(page)).toBe(`${HEAVY} ok`);
    expect(errors).toEqual([]);
  });
});

describe('underlines under what stood out', () => {
  const inside = (m: Box, c: Box) => m.x >= c.x - 1 && m.x + m.width <= c.x + c.width + 1 && m.y >= c.y && m.y <= c.y + c.height + 4;

  test('sit under the flagged words in a contenteditable composer, and leave with the draft', async () => {
    const { page } = await openWithDraft('');
    const { view } = await waitForNudge(page, (v) => v.marks.length > 0);
    const composer = await composerBox(page);
    for (const m of view.marks) expect(inside(m, composer)).toBe(true);
    // The words are where the range of "You never" is drawn: the first mark starts at the text's start.
    const first = await page.evaluate(() => {
      const node = document.querySelector('.input-message-input')!.firstChild!;
      const r = document.createRange();
      r.setStart(node, 0);
      r.setEnd(node, 9);
      return r.getBoundingClientRect().left;
    });
    expect(Math.min(...view.marks.map((m) => m.x))).toBeCloseTo(first, 0);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await waitForNudge(page, (v) => !v.visible && v.marks.length === 0);
    await page.close();
  });

  test('sit under the flagged words in a textarea composer too', async () => {
    const page = await b.context.newPage();
    await page.goto('https://messages.google.com/web/conversations/7');
    await page.click('textarea');
    await page.keyboard.type(HEAVY, { delay: 5 });
    const { view } = await waitForNudge(page, (v) => v.marks.length > 0);
    const box = (await page.locator('textarea').boundingBox())!;
    for (const m of view.marks) expect(inside(m, box)).toBe(true);
    await page.close();
  });

  test('can be switched off in the settings', async () => {
    await storageSet(b, { settings: { schema: 2, highlights: false } });
    const { page } = await openWithDraft('');
    await page.waitForTimeout(400);
    expect((await readNudge(page)).marks).toEqual([]);
    await storageClear(b);
    await page.close();
  });
});

describe('the card follows the app and the person', () => {
  test('takes the app’s dark theme', async () => {
    const { page } = await openWithDraft('#dark');
    await page.keyboard.press('Alt+Shift+KeyK');
    await waitForNudge(page, (v) => v.card !== null);
    const shot = await page.screenshot({ clip: (await readNudge(page)).card! });
    // The card's background is dark: most pixels of a PNG screenshot of a dark card are dark.
    expect(await meanLuminance(page, shot)).toBeLessThan(0.35);
    await page.close();
  });

  test('"Got it" quiets this draft, and a new heavy draft nudges again', async () => {
    const { page } = await openWithDraft('');
    await page.keyboard.press('Alt+Shift+KeyK');
    const { view } = await waitForNudge(page, (v) => v.card !== null);
    expect(view.text).toContain('Got it');
    await clickInNudge(page, 'Got it');
    await waitForNudge(page, hidden);
    await page.keyboard.type(' Really.', { delay: 10 });
    await page.waitForTimeout(600);
    expect((await readNudge(page)).visible).toBe(false);
    await page.keyboard.press('Enter');
    await page.keyboard.type(HEAVY, { delay: 5 });
    await waitForNudge(page, shown);
    await page.close();
  });

  test('"Pause on this site" stops the nudges here and is stored as a setting', async () => {
    const { page } = await openWithDraft('');
    await page.keyboard.press('Alt+Shift+KeyK');
    await waitForNudge(page, (v) => v.card !== null);
    await clickInNudge(page, 'Pause on this site');
    await waitForNudge(page, hidden);
    const stored = (await storageGet(b, 'settings')) as { pausedSites: string[] };
    expect(stored.pausedSites).toContain('web.telegram.org');
    await storageClear(b);
    await page.close();
  });
});

/** Mean relative luminance of a PNG, decoded by the page itself. */
async function meanLuminance(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const canvas = new OffscreenCanvas(img.width, img.height);
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const { data } = g.getImageData(0, 0, img.width, img.height);
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += (0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!) / 255;
    return sum / (data.length / 4);
  }, png.toString('base64'));
}
