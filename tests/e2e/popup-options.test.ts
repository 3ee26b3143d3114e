/**
 * The real popup and options pages in Chromium: live settings reaching a composer, the week's
 * picture from recorded counts, export and reset, corrupted storage, and axe-core scans.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { SETTINGS_KEY } from '../../lib/settings';
import { STATS_KEY } from '../../lib/stats';
import { axeViolations } from './axe';
import { launch, openExtensionPage, serveFixture, storageClear, storageGet, storageSet, watchErrors, type ExtensionBrowser } from './browser';
import { hidden, shown, waitForNudge } from './nudge';

const FIXTURE = { name: 'google-messages', url: 'https://messages.google.com/web/conversations/42', composer: 'textarea.input' };
/** Mild and single-category: quiet at gentle, flagged at strict (see `npm run check`). */
const BORDERLINE = 'I still think about you sometimes.';

type Runtime = { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
const send = (page: Page, message: unknown) =>
  page.evaluate((m) => (globalThis as unknown as Runtime).chrome.runtime.sendMessage(m), message);

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launch();
  await serveFixture(b.context, FIXTURE.url, FIXTURE.name);
});
afterAll(async () => {
  await b?.close();
});
beforeEach(async () => {
  await storageClear(b);
});

describe('the options page', () => {
  test('changing the sensitivity reaches an open composer without a reload', async () => {
    const options = await openExtensionPage(b, 'options.html');
    await options.page.getByLabel('Gentle').check();
    await expect.poll(async () => ((await storageGet(b, SETTINGS_KEY)) as { sensitivity?: string })?.sensitivity).toBe('gentle');

    const chat = await b.context.newPage();
    const chatErrors = watchErrors(chat);
    await chat.goto(FIXTURE.url);
    await chat.click(FIXTURE.composer);
    await chat.keyboard.type(BORDERLINE, { delay: 10 });
    await chat.waitForTimeout(600);
    await waitForNudge(chat, hidden);

    await options.page.bringToFront();
    await options.page.getByLabel('Strict').check();
    await waitForNudge(chat, shown);

    await options.page.getByLabel('Gentle').check();
    await waitForNudge(chat, hidden);
    expect(await chat.inputValue(FIXTURE.composer)).toBe(BORDERLINE);
    await chat.close();
    await options.page.close();
    expect([...chatErrors, ...options.errors]).toEqual([]);
  });

  test('the live sample marks what each level would nudge, and follows the chosen level', async () => {
    const { page, errors } = await openExtensionPage(b, 'options.html');
    const table = page.getByTestId('samples');
    await table.waitFor();
    const column = (n: number) => table.locator(`tbody tr td:nth-of-type(${n})`).allInnerTexts();
    const nudges = async (n: number) => (await column(n)).filter((c) => /Nudge/.test(c)).length;
    // Stricter levels never flag fewer of the samples, and the heaviest sample is flagged at every level.
    expect(await nudges(1)).toBeLessThanOrEqual(await nudges(2));
    expect(await nudges(2)).toBeLessThanOrEqual(await nudges(3));
    expect(await nudges(3)).toBeGreaterThan(await nudges(1));
    expect((await column(1)).at(-1)).toMatch(/Nudge/);
    expect((await column(3))[0]).toMatch(/Quiet/);

    await expect.poll(() => table.locator('thead th.current').innerText()).toMatch(/Balanced/);
    await page.getByLabel('Strict').check();
    await expect.poll(() => table.locator('thead th.current').innerText()).toMatch(/Strict/);
    await page.close();
    expect(errors).toEqual([]);
  });

  test('sites, categories and quiet hours are stored as chosen', async () => {
    const { page, errors } = await openExtensionPage(b, 'options.html');
    await page.getByLabel(/^Slack/).uncheck();
    await page.getByLabel('Present and future').uncheck();
    await page.getByLabel('Read more closely late at night').check();
    await page.getByLabel('From', { exact: true }).selectOption('22');
    await expect
      .poll(async () => await storageGet(b, SETTINGS_KEY))
      .toMatchObject({
        pausedSites: ['app.slack.com'],
        categories: { past: false, blame: true },
        quietHours: { enabled: true, start: 22, end: 6 },
      });
    await page.close();
    expect(errors).toEqual([]);
  });

  test('corrupted settings and counts show the defaults and a note, never a blank page', async () => {
    await storageSet(b, { [SETTINGS_KEY]: '{"sensitivity": nope', [STATS_KEY]: { schema: 1, days: 42 } });
    const { page, errors } = await openExtensionPage(b, 'options.html');
    await expect.poll(() => page.getByTestId('settings-notice').innerText()).toMatch(/could not be read/);
    expect(await page.getByLabel('Balanced').isChecked()).toBe(true);
    await expect.poll(() => page.locator('body').innerText()).toMatch(/saved counts could not be read/);
    expect(await page.getByTestId('stats-summary').innerText()).toMatch(/0 drafts/);

    const popup = await openExtensionPage(b, 'popup.html');
    await expect.poll(() => popup.page.locator('body').innerText()).toMatch(/saved settings could not be read/);
    expect(await popup.page.locator('body').innerText()).toMatch(/A light week/);
    await Promise.all([page.close(), popup.page.close()]);
    expect([...errors, ...popup.errors]).toEqual([]);
  });
});

describe('counts', () => {
  test('recorded events draw the week in the popup, live, and store counts only', async () => {
    const { page, errors } = await openExtensionPage(b, 'popup.html');
    await expect.poll(() => page.getByTestId('week-sentence').innerText()).toMatch(/A light week/);
    for (const categories of [['length'], ['length', 'past'], ['length']])
      expect(await send(page, { type: 'kil:record', event: { kind: 'nudged', categories, level: 'heads-up' } })).toEqual({ ok: true });
    await send(page, { type: 'kil:record', event: { kind: 'pause', outcome: 'sent-anyway' } });
    // Refused: not a known event, and text never has a place in one.
    await send(page, { type: 'kil:record', event: { kind: 'nudged', categories: ['length'], level: 'heads-up', text: 'hi' } });
    await send(page, { type: 'kil:record', event: { kind: 'typed', text: 'I miss you' } });

    await expect.poll(() => page.getByTestId('week-sentence').innerText()).toMatch(/^4 drafts got a nudge this week, most on \w+day\. Most often: length \(4\)\./);
    expect(await page.getByTestId('week-chart').getAttribute('aria-label')).toMatch(/^Drafts nudged per day: /);
    expect(await page.locator('body').innerText()).toMatch(/sent as written 1/);
    const stored = JSON.stringify(await storageGet(b, STATS_KEY));
    expect(stored).not.toMatch(/miss|hi"|text/);
    await page.close();
    expect(errors).toEqual([]);
  });

  test('export downloads the counts as JSON; reset asks once, then clears them', async () => {
    const { page, errors } = await openExtensionPage(b, 'options.html');
    await send(page, { type: 'kil:record', event: { kind: 'nudged', categories: ['blame'], level: 'strong' } });
    await expect.poll(() => page.getByTestId('stats-summary').innerText()).toMatch(/ 1 drafts? got a nudge/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^keep-it-light-counts-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported).toMatchObject({ app: 'keep-it-light', schema: 1 });
    expect(Object.values(exported.days as Record<string, { categories: { blame: { strong: number } } }>)[0]!.categories.blame.strong).toBe(1);

    await page.getByRole('button', { name: 'Reset counts' }).click();
    await page.getByRole('button', { name: 'Keep them' }).click();
    expect(await page.getByTestId('stats-summary').innerText()).toMatch(/ 1 drafts? got a nudge/);
    await page.getByRole('button', { name: 'Reset counts' }).click();
    await page.keyboard.press('Enter'); // the confirm button has focus
    await expect.poll(() => page.getByTestId('stats-summary').innerText()).toMatch(/ 0 drafts/);
    expect(await storageGet(b, STATS_KEY)).toEqual({ schema: 1, days: {} });
    await page.close();
    expect(errors).toEqual([]);
  });

  test('"what we store" shows the stored settings and counts, nothing else', async () => {
    await storageSet(b, { [STATS_KEY]: { schema: 1, days: {} } });
    const { page, errors } = await openExtensionPage(b, 'options.html');
    await page.getByLabel('Strict').check();
    await page.getByText('Show exactly what is stored').click();
    await expect.poll(async () => JSON.parse(await page.getByTestId('stored').innerText())).toMatchObject({
      settings: { sensitivity: 'strict' },
      stats: { schema: 1, days: {} },
    });
    expect(Object.keys(JSON.parse(await page.getByTestId('stored').innerText())).sort()).toEqual(['settings', 'stats']);
    await page.close();
    expect(errors).toEqual([]);
  });
});

describe('keyboard', () => {
  test('the sensitivity can be changed with the keyboard alone, with a visible focus ring', async () => {
    const { page, errors } = await openExtensionPage(b, 'options.html');
    await page.getByLabel('Keep It Light is on').waitFor();
    // From the top of the page: the on/off switch, then the sensitivity radios.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('balanced');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => ((await storageGet(b, SETTINGS_KEY)) as { sensitivity?: string })?.sensitivity).toBe('strict');
    await page.close();
    expect(errors).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('axe-core in %s mode', (scheme) => {
  let dark: ExtensionBrowser | undefined;
  const browser = () => dark ?? b;
  beforeAll(async () => {
    if (scheme === 'dark') dark = await launch({ colorScheme: 'dark' });
  });
  afterAll(async () => {
    await dark?.close();
  });

  test.each(['popup.html', 'options.html', 'practice.html'])('%s has no violations and no page errors', async (path) => {
    await storageSet(browser(), {
      [STATS_KEY]: {
        schema: 1,
        days: { [new Date().toLocaleDateString('en-CA')]: { drafts: { 'heads-up': 2 }, categories: { past: { 'heads-up': 2 } }, pause: { paused: 1 } } },
      },
    });
    const { page, errors } = await openExtensionPage(browser(), path);
    await page.locator('main').waitFor();
    await page.waitForTimeout(300);
    if (path === 'options.html') await page.getByText('Show exactly what is stored').click();
    if (path === 'practice.html') {
      await page.locator('#draft').fill("I can't stop thinking about what went wrong between us. You never listened to me!!!");
      await page.locator('.kil-card').waitFor();
    }
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    expect(errors).toEqual([]);
  });
});

test('the axe scan does report a violation when there is one', async () => {
  const { page } = await openExtensionPage(b, 'popup.html');
  await page.locator('main').waitFor();
  await page.evaluate(() => document.querySelector('main')!.append(document.createElement('input')));
  expect((await axeViolations(page)).map((v) => v.id)).toContain('label');
  await page.close();
});

test('no request left the browser', () => {
  expect(b.blocked).toEqual([]);
});
