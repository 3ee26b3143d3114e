/**
 * Every supported app's composer, modeled with the editor library the app uses and served at the
 * app's real URL: real key events in, the nudge out — and the editor's model untouched.
 * One browser for the whole file; one page per app.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EditorKind } from '../../lib/editors';
import { launch, serveFixture, storageSet, watchErrors, type ExtensionBrowser } from './browser';
import { axeNudge, contrastOfNudge, hidden, overlaps, readNudge, shown, waitForNudge } from './nudge';

/** Unmistakably heavy for any tuning of the analyzer: old story, "you never", an ultimatum with a deadline. */
const HEAVY =
  "I can't stop thinking about what went wrong between us. You never listened to me!!! If you don't answer by tonight I'll know it's over.";
const LIGHT = "hey! saw a dog in a tiny raincoat and thought of you. how's your week going?";
/** Line breaks, a blank line and an emoji: where readers most often differ from the model. */
const MULTI_LINES = ['line one', '', '🙂 the second line', 'and the third, thanks'];
const MULTI = MULTI_LINES.join('\n');
/** Roughly a quick typist; real key events, one per character. */
const KEY_DELAY_MS = 12;
/** Long enough for a nudge that was going to appear (debounce plus analysis) to have appeared. */
const QUIET_WAIT_MS = 700;

interface App {
  name: string;
  fixture: string;
  url: string;
  composer: string;
  kind: EditorKind;
  send?: string;
  newline?: string;
  /** Mail apps open a reply with the caret on the first line, above signature and quote. */
  caretToStart?: boolean;
}

const APPS: App[] = [
  { name: 'WhatsApp', fixture: 'whatsapp', url: 'https://web.whatsapp.com/', composer: '#composer', kind: 'lexical' },
  { name: 'Messenger', fixture: 'messenger', url: 'https://www.messenger.com/t/100000000000001', composer: '#composer', kind: 'lexical' },
  { name: 'Instagram', fixture: 'instagram', url: 'https://www.instagram.com/direct/t/340282366841710300949128000000000000/', composer: '#composer', kind: 'lexical' },
  { name: 'Telegram K', fixture: 'telegram', url: 'https://web.telegram.org/k/#@sam', composer: '.input-message-input[contenteditable="true"]', kind: 'contenteditable' },
  { name: 'Telegram A', fixture: 'telegram', url: 'https://web.telegram.org/a/#777000', composer: '#editable-message-text', kind: 'contenteditable' },
  { name: 'Discord', fixture: 'discord', url: 'https://discord.com/channels/@me/1000000000000000001', composer: '[data-slate-editor]', kind: 'slate' },
  { name: 'Slack', fixture: 'slack', url: 'https://app.slack.com/client/T01234567/D01234567', composer: '.ql-editor', kind: 'quill' },
  { name: 'Gmail', fixture: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWZrKbKxPzVwKqLrjDnnRmNt', composer: '#reply-2 [g_editable]', kind: 'gmail', send: 'Control+Enter', newline: 'Enter', caretToStart: true },
  { name: 'Outlook', fixture: 'outlook', url: 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1iNTcwLWE0OTUtMDACLTAwCgAQAA', composer: '#composer', kind: 'outlook', send: 'Control+Enter', newline: 'Enter', caretToStart: true },
  { name: 'LinkedIn', fixture: 'linkedin', url: 'https://www.linkedin.com/messaging/thread/2-ZmQ0ZTQ1YjQtNGM3Zi00/', composer: '.msg-form__contenteditable', kind: 'prosemirror' },
  { name: 'X', fixture: 'x', url: 'https://x.com/messages/1000000001-1000000002', composer: '[data-testid="dmComposerTextInput"]', kind: 'draft' },
  { name: 'Google Messages', fixture: 'google-messages', url: 'https://messages.google.com/web/conversations/42', composer: 'textarea.input', kind: 'textarea' },
  { name: 'Tinder', fixture: 'tinder', url: 'https://tinder.com/app/messages/5f0c0000000000000000000000000000', composer: 'form textarea', kind: 'textarea' },
];
const FALLBACK_URL = 'https://www.facebook.com/messages/t/fallback';
const PROBE = resolve('.tmp/readers-probe.js');

let b: ExtensionBrowser;
const latencies: { app: string; ms: number }[] = [];

beforeAll(async () => {
  b = await launch();
  // These tests send heavy drafts to see the nudge go; the one held send is send-pause.test.ts's subject.
  await storageSet(b, { settings: { schema: 2, sendPause: false } });
  const served = new Set<string>();
  for (const app of [...APPS, { fixture: 'fallback', url: FALLBACK_URL }]) {
    const origin = new URL(app.url).origin;
    if (served.has(origin)) continue;
    served.add(origin);
    await serveFixture(b.context, app.url, app.fixture);
  }
});
afterAll(async () => {
  await b?.close();
});

type Fixture = { modelText(): string; sent: string[]; frameText?(): string };
const fixture = <T>(page: Page, fn: (f: Fixture) => T) =>
  page.evaluate((src) => new Function('f', `return (${src})(f)`)((window as unknown as { __fixture: Fixture }).__fixture), fn.toString()) as Promise<T>;
const modelText = (page: Page) => fixture(page, (f) => f.modelText());
const sent = (page: Page) => fixture(page, (f) => f.sent);

interface Probe { text: string; caret: number | null; kind: EditorKind; known: boolean }
/** What our readers make of the focused composer, run in the page itself. */
const probe = (page: Page) =>
  page.evaluate(() => (window as unknown as { __kilProbe(): Probe | null }).__kilProbe());

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await b.context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await page.addScriptTag({ path: PROBE });
  return { page, errors };
}

async function typeLines(page: Page, lines: string[], newline: string) {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press(newline);
    if (line) await page.keyboard.type(line, { delay: KEY_DELAY_MS });
  }
}

describe.each(APPS)('$name ($kind)', (app) => {
  const send = app.send ?? 'Enter';
  const newline = app.newline ?? 'Shift+Enter';
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await open(app.url));
    await page.click(app.composer);
    if (app.caretToStart) await page.keyboard.press('Control+Home');
  });
  afterAll(async () => {
    await page?.close();
  });

  test('reads a multi-line draft with a blank line and an emoji exactly as the editor holds it', async () => {
    await typeLines(page, MULTI_LINES, newline);
    expect(await modelText(page)).toBe(MULTI);
    const reading = await probe(page);
    expect(reading).toMatchObject({ text: MULTI, kind: app.kind, known: true, caret: MULTI.length });
    await page.keyboard.press(send);
    await expect.poll(() => sent(page)).toEqual([MULTI]);
  });

  test('stays quiet on a light draft', async () => {
    await page.keyboard.type(LIGHT, { delay: KEY_DELAY_MS });
    await page.waitForTimeout(QUIET_WAIT_MS);
    expect((await readNudge(page)).visible).toBe(false);
    expect(await modelText(page)).toBe(LIGHT);
    expect((await probe(page))?.text).toBe(LIGHT);
    await page.keyboard.press(send);
    await expect.poll(() => sent(page)).toEqual([MULTI, LIGHT]);
  });

  test('flags a heavy draft after the last key, and the editor holds exactly what was typed', async () => {
    await page.keyboard.type(HEAVY, { delay: KEY_DELAY_MS });
    const { view, ms } = await waitForNudge(page, shown);
    latencies.push({ app: app.name, ms });
    expect(view.shadowMode).toBe('closed');
    expect(await modelText(page)).toBe(HEAVY);
    expect((await probe(page))?.text).toBe(HEAVY);
  });

  test('the card opens beside the composer (Alt+Shift+K): readable, clear of it, accessible; Escape goes back', async () => {
    await page.keyboard.press('Alt+Shift+KeyK');
    const { view } = await waitForNudge(page, (v) => v.card !== null);
    expect(view.text).toMatch(/Try ?:/);
    expect(overlaps(view.card!, (await page.locator(app.composer).boundingBox())!)).toBe(false);
    expect(await axeNudge(page)).toEqual([]);
    expect((await contrastOfNudge(page)).failures).toEqual([]);
    await page.keyboard.press('Escape');
    await waitForNudge(page, (v) => v.card === null && v.chip !== null);
    expect(await modelText(page)).toBe(HEAVY);
  });

  test('the nudge goes away once the message is sent, with no page errors', async () => {
    await page.keyboard.press(send);
    await waitForNudge(page, hidden);
    expect(await sent(page)).toEqual([MULTI, LIGHT, HEAVY]);
    expect(errors).toEqual([]);
  });
});

describe('WhatsApp, moving between chats', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await open(APPS[0]!.url));
    await page.click('#composer');
  });
  afterAll(async () => {
    await page?.close();
  });

  test('the nudge goes away when the draft is cleared', async () => {
    await page.keyboard.type(HEAVY, { delay: KEY_DELAY_MS });
    await waitForNudge(page, shown);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await waitForNudge(page, hidden);
  });

  test('a chat switch replaces the composer: the old nudge goes, the new composer is watched', async () => {
    await page.keyboard.type(HEAVY, { delay: KEY_DELAY_MS });
    await waitForNudge(page, shown);
    await page.click('.chat[data-name="Robin"]');
    await waitForNudge(page, hidden);
    await page.keyboard.type(HEAVY, { delay: KEY_DELAY_MS });
    const { ms } = await waitForNudge(page, shown);
    latencies.push({ app: 'WhatsApp (after chat switch)', ms });
    expect(await modelText(page)).toBe(HEAVY);
  });
});

describe('the generic fallback', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await open(FALLBACK_URL));
  });
  afterAll(async () => {
    await page?.close();
  });

  test('watches an unknown composer in an open shadow root', async () => {
    await page.click('chat-box [role="textbox"]');
    await page.keyboard.type(HEAVY, { delay: KEY_DELAY_MS });
    const { ms } = await waitForNudge(page, shown);
    latencies.push({ app: 'fallback (shadow root)', ms });
    expect(await probe(page)).toMatchObject({ text: HEAVY, kind: 'contenteditable', known: false });
    expect(await modelText(page)).toBe(HEAVY);
    await page.keyboard.press('Enter');
    await waitForNudge(page, hidden);
  });

  test('watches a textarea in a same-origin iframe', async () => {
    await page.frameLocator('iframe').locator('textarea').click();
    await page.keyboard.type(HEAVY, { delay: KEY_DELAY_MS });
    const { ms } = await waitForNudge(page, shown);
    latencies.push({ app: 'fallback (iframe)', ms });
    const { view } = await waitForNudge(page, (v) => v.chip !== null);
    // Beside the textarea in the top page's coordinates, not the frame's.
    const box = (await page.frameLocator('iframe').locator('textarea').boundingBox())!;
    const chip = view.chip!;
    const gap = chip.y >= box.y + box.height ? chip.y - (box.y + box.height) : box.y - (chip.y + chip.height);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(20);
    expect(chip.x + chip.width).toBeGreaterThan(box.x);
    expect(chip.x).toBeLessThan(box.x + box.width);
    expect(await fixture(page, (f) => f.frameText!())).toBe(HEAVY);
    await page.keyboard.press('Enter');
    await waitForNudge(page, hidden);
    expect(await sent(page)).toEqual([HEAVY, HEAVY]);
  });

  test('leaves search boxes alone', async () => {
    await page.click('#search');
    await page.keyboard.type(HEAVY, { delay: KEY_DELAY_MS });
    await page.waitForTimeout(QUIET_WAIT_MS);
    expect((await readNudge(page)).visible).toBe(false);
    expect(errors).toEqual([]);
  });
});

test('no request left the browser; nudge latency reported', () => {
  expect(b.blocked).toEqual([]);
  const sorted = latencies.map((l) => l.ms).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  console.log(`nudge latency after the last key (ms): median ${at(0.5)}, p90 ${at(0.9)}, n=${sorted.length}`);
  console.log(latencies.map((l) => `  ${l.app}: ${l.ms}`).join('\n'));
  expect(at(0.5)).toBeLessThan(400);
});
