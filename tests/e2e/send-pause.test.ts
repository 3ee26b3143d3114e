/**
 * The send pause: one held send on a strong draft, on composers that send like the apps do
 * (Enter in chats; Ctrl+Enter and a send button in Gmail). The draft is never changed, the
 * second send goes through the app's own handler, and light drafts pass untouched.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, serveFixture, storageClear, storageGet, storageSet, watchErrors, type ExtensionBrowser } from './browser';
import { readNudge, shown, waitForNudge } from './nudge';

const HEAVY =
  "You never listen to me and I'm done waiting. If you don't answer by tonight, we're over, I mean it!!!";
const LIGHT = 'hey, hope the new job is going well! coffee sometime next week?';
/** Debounce plus analysis: by then a nudge that was coming has come. */
const SETTLE_MS = 700;
const PAUSE_TITLE = 'One moment before this goes';

interface App {
  name: string;
  fixture: string;
  url: string;
  composer: string;
  /** Mail apps open a reply with the caret on the first line, above signature and quote. */
  caretToStart?: boolean;
}

const CHATS: App[] = [
  { name: 'WhatsApp (Lexical)', fixture: 'whatsapp', url: 'https://web.whatsapp.com/', composer: '#composer' },
  { name: 'Google Messages (textarea)', fixture: 'google-messages', url: 'https://messages.google.com/web/conversations/42', composer: 'textarea.input' },
  { name: 'Discord (Slate)', fixture: 'discord', url: 'https://discord.com/channels/@me/1000000000000000001', composer: '[data-slate-editor]' },
  { name: 'Slack (Quill)', fixture: 'slack', url: 'https://app.slack.com/client/T01234567/D01234567', composer: '.ql-editor' },
  { name: 'Telegram (contenteditable)', fixture: 'telegram', url: 'https://web.telegram.org/k/#@sam', composer: '.input-message-input[contenteditable="true"]' },
];
const GMAIL: App = {
  name: 'Gmail',
  fixture: 'gmail',
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWZrKbKxPzVwKqLrjDnnRmNt',
  composer: '#reply-2 [g_editable]',
  caretToStart: true,
};

const FALLBACK_URL = 'https://www.facebook.com/messages/t/fallback';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launch();
  for (const app of [...CHATS, GMAIL]) await serveFixture(b.context, app.url, app.fixture);
  await serveFixture(b.context, FALLBACK_URL, 'fallback');
});
afterAll(async () => {
  await b?.close();
});

type Fixture = { modelText(): string; sent: string[] };
const modelText = (page: Page) => page.evaluate(() => (window as unknown as { __fixture: Fixture }).__fixture.modelText());
const sent = (page: Page) => page.evaluate(() => [...(window as unknown as { __fixture: Fixture }).__fixture.sent]);
const pauseShown = async (page: Page) => (await readNudge(page)).text.includes(PAUSE_TITLE);

async function open(app: App): Promise<{ page: Page; errors: string[] }> {
  const page = await b.context.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  await page.click(app.composer);
  if (app.caretToStart) await page.keyboard.press('Control+Home');
  return { page, errors };
}

async function clear(page: Page) {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
}

describe.each(CHATS)('on $name', (app) => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await open(app));
  });
  afterAll(async () => {
    await page.close();
  });

  test('a light draft sends on the first Enter, untouched', async () => {
    await page.keyboard.type(LIGHT, { delay: 5 });
    await page.waitForTimeout(SETTLE_MS);
    await page.keyboard.press('Enter');
    expect(await sent(page)).toEqual([LIGHT]);
    expect(await pauseShown(page)).toBe(false);
  });

  test('a strong draft is held once, the card says why, and the draft stays exactly as written', async () => {
    await page.keyboard.type(HEAVY, { delay: 5 });
    await waitForNudge(page, shown);
    await page.keyboard.press('Enter');
    await waitForNudge(page, (v) => v.text.includes(PAUSE_TITLE) && v.card !== null);
    expect(await sent(page)).toEqual([LIGHT]);
    expect(await modelText(page)).toBe(HEAVY);
    const { text, status } = await readNudge(page);
    expect(status).toBe(`${PAUSE_TITLE}. Press Enter again to send it as it is.`);
    expect(text).toMatch(/Send anyway/);
    expect(text).toMatch(/Edit/);
    // The focus stayed in the composer, so the next Enter is the person's to give.
    expect(await page.evaluate(() => document.activeElement?.closest('[contenteditable], textarea') !== null)).toBe(true);
  });

  test('the next Enter sends it exactly as written, through the app', async () => {
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([LIGHT, HEAVY]);
    await waitForNudge(page, (v) => !v.visible);
    expect(errors).toEqual([]);
  });
});

describe('the finer points', () => {
  test('Shift+Enter is never held: it breaks the line as the app does', async () => {
    const { page } = await open(CHATS[0]!);
    await page.keyboard.type(HEAVY, { delay: 5 });
    await waitForNudge(page, shown);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('ok', { delay: 5 });
    expect(await modelText(page)).toBe(`${HEAVY}\nok`);
    expect(await pauseShown(page)).toBe(false);
    await page.close();
  });

  test('Enter pressed right after typing, before the analysis caught up, still holds a strong draft', async () => {
    const { page } = await open(CHATS[1]!);
    await page.keyboard.type(HEAVY);
    await page.keyboard.press('Enter');
    await waitForNudge(page, (v) => v.text.includes(PAUSE_TITLE));
    expect(await sent(page)).toEqual([]);
    expect(await modelText(page)).toBe(HEAVY);
    await page.close();
  });

  test('a light draft sent before the analysis caught up still goes, exactly as written', async () => {
    const { page } = await open(CHATS[0]!);
    await page.keyboard.type(LIGHT);
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([LIGHT]);
    await page.close();
  });

  test('an edit after the pause is held again only while the draft is still strong', async () => {
    const { page } = await open(CHATS[4]!);
    await page.keyboard.type(HEAVY, { delay: 5 });
    await waitForNudge(page, shown);
    await page.keyboard.press('Enter');
    await waitForNudge(page, (v) => v.text.includes(PAUSE_TITLE));
    await page.keyboard.type(' Seriously.', { delay: 5 });
    await page.waitForTimeout(SETTLE_MS);
    await page.keyboard.press('Enter');
    await waitForNudge(page, (v) => v.text.includes(PAUSE_TITLE));
    expect(await sent(page)).toEqual([]);
    await clear(page);
    await page.keyboard.type(LIGHT, { delay: 5 });
    await page.waitForTimeout(SETTLE_MS);
    await page.keyboard.press('Enter');
    expect(await sent(page)).toEqual([LIGHT]);
    await page.close();
  });

  test('Gmail: Ctrl+Enter is held once, then the send button sends it as written', async () => {
    const { page, errors } = await open(GMAIL);
    await page.keyboard.type(HEAVY, { delay: 5 });
    await waitForNudge(page, shown);
    await page.keyboard.press('Control+Enter');
    await waitForNudge(page, (v) => v.text.includes(PAUSE_TITLE));
    expect(await sent(page)).toEqual([]);
    expect(await modelText(page)).toBe(HEAVY);
    await page.click('#reply-2 .send');
    await expect.poll(() => sent(page)).toEqual([HEAVY]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('Gmail: a click on the send button is held once too, and plain Enter is just a new line', async () => {
    const { page } = await open(GMAIL);
    await page.keyboard.type(HEAVY, { delay: 5 });
    await waitForNudge(page, shown);
    await page.keyboard.press('Enter');
    expect(await pauseShown(page)).toBe(false);
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(SETTLE_MS);
    await page.click('#reply-2 .send');
    await waitForNudge(page, (v) => v.text.includes(PAUSE_TITLE));
    expect(await sent(page)).toEqual([]);
    await page.click('#reply-2 .send');
    await expect.poll(() => sent(page)).toEqual([HEAVY]);
    await page.close();
  });

  test('a composer inside a same-origin iframe is held once too', async () => {
    const page = await b.context.newPage();
    await page.goto(FALLBACK_URL);
    const textarea = page.frameLocator('iframe').locator('textarea');
    await textarea.click();
    await page.keyboard.type(HEAVY, { delay: 5 });
    await waitForNudge(page, shown);
    await page.keyboard.press('Enter');
    await waitForNudge(page, (v) => v.text.includes(PAUSE_TITLE));
    expect(await sent(page)).toEqual([]);
    expect(await textarea.inputValue()).toBe(HEAVY);
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([HEAVY]);
    await page.close();
  });

  test('the pause and what followed are counted, as numbers only', async () => {
    const stats = (await storageGet(b, 'stats')) as { days: Record<string, { pause: Record<string, number> }> };
    const totals = Object.values(stats.days).reduce(
      (t, d) => ({ paused: t.paused + d.pause.paused, sentAnyway: t.sentAnyway + d.pause.sentAnyway, edited: t.edited + d.pause.edited }),
      { paused: 0, sentAnyway: 0, edited: 0 },
    );
    expect(totals.paused).toBeGreaterThanOrEqual(8);
    expect(totals.sentAnyway).toBeGreaterThanOrEqual(7);
    expect(totals.edited).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(stats)).not.toMatch(/never|tonight|listen/);
  });

  test('with the send pause switched off, a strong draft sends at once', async () => {
    await storageSet(b, { settings: { schema: 2, sendPause: false } });
    const { page } = await open(CHATS[0]!);
    await page.keyboard.type(HEAVY, { delay: 5 });
    await waitForNudge(page, shown);
    await page.keyboard.press('Enter');
    expect(await sent(page)).toEqual([HEAVY]);
    expect(await pauseShown(page)).toBe(false);
    await storageClear(b);
    await page.close();
  });
});
