/**
 * Faults: a page with a strict CSP and Trusted Types (as Gmail sends), settings that are corrupt or
 * from a newer version, a composer removed while its draft is being analyzed, and the extension
 * reloading while someone types. One browser for the file; the reload comes last.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SETTINGS_KEY } from '../../lib/settings';
import {
  launch,
  openExtensionPage,
  serveFixture,
  storageClear,
  storageGet,
  storageSet,
  watchErrors,
  watchErrorsInAllWorlds,
  type ExtensionBrowser,
  type WorldErrors,
} from './browser';
import { hidden, readNudge, shown, waitForNudge } from './nudge';

const CARD_LAB = 'https://web.telegram.org/a/';
const COMPOSER = '.input-message-input';
const STRICT_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWZrKbKxPzVwKqLrjDnnRmNt';
/** Gmail sends `require-trusted-types-for 'script'`; this adds no inline code or styles and no policies at all. */
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types 'none'";
const HEAVY = "You never listen to me and I'm tired of it. If you don't answer by tonight, we're done, I mean it!!!";
/** Debounce plus analysis plus a margin: by then a nudge that was coming has come. */
const SETTLE_MS = 900;

let b: ExtensionBrowser;
beforeAll(async () => {
  // Developer mode, as for an unpacked build loaded by hand: Chromium then lets it reload itself.
  b = await launch({ developerMode: true });
  await serveFixture(b.context, CARD_LAB, 'card-lab');
  await serveFixture(b.context, STRICT_URL, 'strict-csp', { headers: { 'Content-Security-Policy': STRICT_CSP } });
});
afterAll(async () => {
  await b?.close();
});

async function openCardLab(): Promise<{ page: Page; errors: string[]; worlds: WorldErrors }> {
  const page = await b.context.newPage();
  const errors = watchErrors(page);
  const worlds = await watchErrorsInAllWorlds(page);
  await page.goto(CARD_LAB);
  await page.click(COMPOSER);
  return { page, errors, worlds };
}

describe('a page with a strict CSP and Trusted Types', () => {
  test('gets the chip and the card, with no violation and no error', async () => {
    const page = await b.context.newPage();
    const errors = watchErrors(page);
    const worlds = await watchErrorsInAllWorlds(page);
    const response = await page.goto(STRICT_URL);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    // The policy is in force: the page itself may not use an HTML sink.
    expect(await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
        return 'allowed';
      } catch (error) {
        return (error as Error).name;
      }
    })).toBe('TypeError');
    const pageViolations = () =>
      page.evaluate(() => (window as unknown as { __fixture: { violations: string[] } }).__fixture.violations.splice(0));
    expect(await pageViolations()).toHaveLength(1); // the probe above, and only it
    errors.length = 0;
    worlds.errors.length = 0;

    await page.click('[g_editable]');
    await page.keyboard.type(HEAVY, { delay: 5 });
    await waitForNudge(page, shown);
    await page.keyboard.press('Alt+Shift+KeyK');
    const { view } = await waitForNudge(page, (v) => v.card !== null);
    expect(view.text).toMatch(/Try ?:/);
    // Styled inside the shadow root: a card of sensible size, not an unstyled wall of text.
    expect(view.card!.width).toBeGreaterThan(150);
    expect(view.card!.width).toBeLessThan(700);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(await pageViolations()).toEqual([]);
    expect([...errors, ...worlds.errors]).toEqual([]);
    await page.close();
  });
});

describe('settings that cannot be used as stored', () => {
  test.each([
    ['from a newer version', { schema: 99, enabled: false, sensitivity: 'gentle' }, /newer version/],
    ['of an unknown shape', [1, 2, 3], /could not be read/],
    ['partly broken', { schema: 2, enabled: true, sensitivity: 'loud', categories: 'all', pausedSites: 7 }, /Some saved settings/],
  ])('%s: the pages say so, show the defaults, and drafts still get nudged', async (_, stored, note) => {
    await storageSet(b, { [SETTINGS_KEY]: stored });

    const options = await openExtensionPage(b, 'options.html');
    await expect.poll(() => options.page.getByTestId('settings-notice').innerText()).toMatch(note);
    expect(await options.page.getByLabel('Balanced').isChecked()).toBe(true);
    const popup = await openExtensionPage(b, 'popup.html');
    await expect.poll(() => popup.page.locator('body').innerText()).toMatch(note);

    // The content script reads the same value and works with the defaults (enabled, balanced).
    const { page, errors } = await openCardLab();
    await page.keyboard.type(HEAVY, { delay: 5 });
    await waitForNudge(page, shown);
    // Opening the pages and typing does not overwrite what was stored (a downgrade can be undone).
    expect(await storageGet(b, SETTINGS_KEY)).toEqual(stored);
    await Promise.all([options.page.close(), popup.page.close(), page.close()]);
    expect([...options.errors, ...popup.errors, ...errors]).toEqual([]);
  });

  afterAll(async () => {
    await storageClear(b);
  });
});

describe('a composer removed mid-analysis', () => {
  const removeComposer = (page: Page) => page.evaluate(() => document.querySelector('form')!.remove());

  // 0 ms: before the debounce ends; 250–320 ms: while the analysis is on its way or its answer is.
  test.each([0, 240, 270, 300, 340])('removed %i ms after the last key: nothing of ours is left showing', async (afterMs) => {
    const { page, errors, worlds } = await openCardLab();
    await page.keyboard.type(HEAVY, { delay: 2 });
    if (afterMs) await page.waitForTimeout(afterMs);
    await removeComposer(page);
    await page.waitForTimeout(SETTLE_MS);
    expect((await readNudge(page)).visible).toBe(false);
    await page.close();
    expect([...errors, ...worlds.errors]).toEqual([]);
  });

  test('removed while its nudge shows (the app swapped chats): the nudge goes with it', async () => {
    const { page, errors, worlds } = await openCardLab();
    await page.keyboard.type(HEAVY, { delay: 2 });
    await waitForNudge(page, shown);
    await page.keyboard.press('Alt+Shift+KeyK');
    await waitForNudge(page, (v) => v.card !== null);
    await removeComposer(page);
    await waitForNudge(page, hidden, SETTLE_MS * 2);
    await page.close();
    expect([...errors, ...worlds.errors]).toEqual([]);
  });
});

describe('the extension reloading while someone types', () => {
  test('leaves no error in the page; the old nudge goes, and the next page load gets the new script', async () => {
    const { page, errors, worlds } = await openCardLab();
    // The watcher hears our content script's world (so an "Extension context invalidated" would count).
    await worlds.probeContentScript();
    await expect.poll(() => worlds.errors.join()).toContain('probe from the content script world');
    worlds.errors.length = 0;
    errors.length = 0; // Playwright's own watcher hears it too
    await page.keyboard.type(HEAVY, { delay: 5 });
    await waitForNudge(page, shown);

    const nextWorker = b.context.waitForEvent('serviceworker', { predicate: (w) => w !== b.worker });
    const typing = page.keyboard.type(' And another thing, you always do this.', { delay: 25 });
    await page.waitForTimeout(150);
    // The worker goes away with the old version, so this evaluate may not come back.
    await b.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await typing;
    await page.keyboard.type(' Still typing after the update.', { delay: 25 });
    await page.waitForTimeout(SETTLE_MS);

    // The retired script removed its nudge; nothing was thrown into the page.
    expect(await readNudge(page)).toMatchObject({ present: false, visible: false });
    expect(errors).toEqual([]);
    expect(worlds.errors).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('.input-message-input')!.textContent)).toContain('Still typing after the update.');

    // The new version's service worker started; the new content script runs on the next load of the
    // page and takes over.
    b.worker = await nextWorker;
    await page.reload();
    await page.click(COMPOSER);
    await page.keyboard.type(HEAVY, { delay: 5 });
    await waitForNudge(page, shown);
    expect(await storageGet(b, SETTINGS_KEY)).toBeUndefined(); // the new worker answers
    expect(errors).toEqual([]);
    expect(worlds.errors).toEqual([]);
    expect(b.blocked).toEqual([]);
    await page.close();
  });
});
