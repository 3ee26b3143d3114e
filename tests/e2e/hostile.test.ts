/**
 * A hostile page learns nothing: the fixture (fixtures/hostile) patches the DOM APIs in its own world
 * before our content script runs, listens for messages and every event it can name — even the ones
 * named after our extension id — watches every mutation and reads every attribute, shadow root,
 * its own storage and the body's text. Someone types a heavy draft with a unique word, opens the card,
 * switches chat; nothing the page collected outside its own composer holds the draft or our advice.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, serveFixture, watchErrors, type ExtensionBrowser } from './browser';
import { hidden, readNudge, shown, waitForNudge } from './nudge';
import type { Datum } from './fixtures/hostile/main';

const URL_BASE = 'https://web.telegram.org/k/';
/** A word found nowhere else, so any copy of the draft is unmistakable. */
const MARKER = 'Quizzlewick';
const DRAFT = `You never listen to me, ${MARKER}!!! If you don't answer by tonight we're done, I mean it.`;

let b: ExtensionBrowser;
let page: Page;
let errors: string[];
let learned: Datum[];
let cardText = '';

beforeAll(async () => {
  b = await launch();
  await serveFixture(b.context, URL_BASE, 'hostile');
  page = await b.context.newPage();
  errors = watchErrors(page);
  await page.goto(`${URL_BASE}?ext=${b.extensionId}#@sam`);
  await page.click('.input-message-input');
  await page.keyboard.type(DRAFT, { delay: 8 });
  await waitForNudge(page, shown);
  await page.keyboard.press('Alt+Shift+KeyK');
  cardText = (await waitForNudge(page, (v) => v.card !== null)).view.text;
  await page.waitForTimeout(300);
  await page.keyboard.press('Escape');
  // Another chat in the same page (SPA navigation): our location watcher runs, the draft is cleared.
  await page.evaluate(() => {
    location.hash = '#@alex';
    document.querySelector('.input-message-input')!.textContent = '';
  });
  await page.click('.input-message-input');
  await page.keyboard.type(`Answer me now ${MARKER}!!!`, { delay: 8 });
  await waitForNudge(page, shown);
  await page.waitForTimeout(300);
  learned = await page.evaluate(() => (window as unknown as { __hostile: { walk(): Datum[] } }).__hostile.walk());
});
afterAll(async () => {
  await b?.close();
});

const containing = (needle: string) => learned.filter((d) => d.data.toLowerCase().includes(needle.toLowerCase()));

describe('a hostile page', () => {
  test('saw our card (the test is not vacuous) and had its collectors running', () => {
    expect(cardText).toMatch(/Try ?:/);
    // The page's walk ran and saw its own content and our host element.
    expect(learned.some((d) => d.source === 'body text' && d.data.includes('are you around this weekend'))).toBe(true);
    expect(learned.some((d) => d.source === 'custom element' && d.data.includes('KEEP-IT-LIGHT-NUDGE'))).toBe(true);
  });

  test('finds the draft nowhere outside its own composer', () => {
    expect(containing(MARKER)).toEqual([]);
    expect(containing('never listen')).toEqual([]);
  });

  test('finds none of our advice, labels or tips', () => {
    const pieces = cardText
      .split(/(?<=[.!?:])\s+|\s{2,}/)
      .map((s) => s.trim())
      .filter((s) => s.length >= 12);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(containing(piece), piece).toEqual([]);
  });

  test('gets no message from us', () => {
    expect(learned.filter((d) => d.source === 'message' || d.source === 'postMessage')).toEqual([]);
  });

  test('hears no event of ours but WXT\'s start signal, which carries no text', () => {
    // Events a script dispatched that the page can name — here even those named after our extension
    // id, which a page could know from the store. WXT's content script context announces each start
    // on the document (so an older copy of the script stops); that event cannot be switched off and
    // holds only the script's name and a random id. Nothing else may be heard — in particular not
    // WXT's `wxt:locationchange`, which the content script can do without.
    const events = learned.filter((x) => x.source === 'event').map((d) => JSON.parse(d.data) as { type: string; detail?: unknown });
    expect(events.length).toBeGreaterThan(0); // the listeners work: the start signal is heard
    for (const event of events) {
      expect(event.type).toBe(`${b.extensionId}:content:wxt:content-script-started`);
      expect(Object.keys(event.detail as object).sort()).toEqual(['contentScriptName', 'messageId']);
    }
  });

  test('caught nothing of ours with its patched APIs: our script runs in its own world', () => {
    expect(learned.filter((d) => ['attachShadow', 'dispatchEvent', 'postMessage'].includes(d.source) || d.source.startsWith('console.'))).toEqual([]);
  });

  test('cannot open our shadow root or find a trace of us in its storage, globals or resources', () => {
    expect(learned.filter((d) => d.source === 'open shadow root' || d.source === 'captured shadow root')).toEqual([]);
    expect(containing('KEEP-IT-LIGHT-NUDGE: attachShadow allowed')).toEqual([]);
    expect(learned.filter((d) => d.source === 'storage').map((d) => d.data)).toEqual([
      JSON.stringify({ local: {}, session: {}, cookie: '', name: '', history: null }),
    ]);
    for (const d of learned.filter((x) => x.source === 'globals')) expect(JSON.parse(d.data)).toEqual(['__hostile', '__fixture']);
    for (const d of learned.filter((x) => x.source === 'resources')) expect(d.data).not.toMatch(/chrome-extension:/);
    expect(learned.filter((d) => d.source === 'securitypolicyviolation')).toEqual([]);
  });

  test('sees only our empty host element, whose only attribute is its placement style', () => {
    const ours = learned.filter((d) => /keep-it-light|wxt/i.test(d.data) && d.source !== 'event' && d.source !== 'message');
    expect(ours.length).toBeGreaterThan(0);
    for (const d of ours) {
      if (d.source === 'attribute') expect(d.data).toMatch(/^KEEP-IT-LIGHT-NUDGE style=[^=]*$/);
      else if (d.source === 'mutation:attribute') expect(JSON.parse(d.data)).toMatchObject({ on: 'KEEP-IT-LIGHT-NUDGE', name: 'style' });
      else if (d.source === 'mutation:added') expect(d.data).toBe('<keep-it-light-nudge></keep-it-light-nudge>');
      else if (d.source === 'custom element')
        expect([JSON.stringify({ tag: 'KEEP-IT-LIGHT-NUDGE', text: '', shadowRoot: null }), 'KEEP-IT-LIGHT-NUDGE: NotSupportedError']).toContain(d.data);
      else throw new Error(`unexpected trace of us: ${d.source} ${d.data}`);
    }
  });

  test('and nothing went wrong in the page or left it', async () => {
    await page.evaluate(() => {
      document.querySelector('.input-message-input')!.textContent = '';
    });
    await page.click('.input-message-input');
    await page.keyboard.type('see you saturday then', { delay: 5 });
    await waitForNudge(page, hidden);
    expect((await readNudge(page)).shadowMode).toBe('closed');
    expect(errors).toEqual([]);
    expect(b.blocked).toEqual([]);
  });
});
