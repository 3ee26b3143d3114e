import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, serveFixture, watchErrors, type ExtensionBrowser } from './browser';
import { hidden, readNudge, shown, waitForNudge } from './nudge';

const HEAVY =
  "I can't stop thinking about what went wrong between us. You never listened to me!!! If you don't answer by tonight I'll know it's over.";
const LIGHT = "hey! saw a dog in a tiny raincoat and thought of you. how's your week going?";
/** Roughly a quick typist; real key events, one per character. */
const KEY_DELAY_MS = 15;

const FIXTURES = [
  { name: 'google-messages', url: 'https://messages.google.com/web/conversations/42', composer: 'textarea.input' },
  { name: 'whatsapp', url: 'https://web.whatsapp.com/', composer: '#composer' },
] as const;

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launch();
  for (const f of FIXTURES) await serveFixture(b.context, f.url, f.name);
});
afterAll(async () => {
  await b?.close();
});

const modelText = (page: Page) => page.evaluate(() => (window as unknown as { __fixture: { modelText(): string } }).__fixture.modelText());
const latencies: number[] = [];

describe.each(FIXTURES)('on $name', ({ url, composer }) => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    page = await b.context.newPage();
    errors = watchErrors(page);
    await page.goto(url);
    await page.click(composer);
  });
  afterAll(async () => {
    await page.close();
  });

  test('stays quiet on a light draft, and the editor holds exactly what was typed', async () => {
    await page.keyboard.type(LIGHT, { delay: KEY_DELAY_MS });
    await page.waitForTimeout(600);
    expect((await readNudge(page)).visible).toBe(false);
    expect(await modelText(page)).toBe(LIGHT);
  });

  test('flags a heavy draft beside the composer, and the editor holds exactly what was typed', async () => {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(HEAVY, { delay: KEY_DELAY_MS });
    const { view, ms } = await waitForNudge(page, shown);
    latencies.push(ms);
    expect(view.shadowMode).toBe('closed');
    expect(view.text.length).toBeGreaterThan(3);
    expect(await modelText(page)).toBe(HEAVY);
    expect(await page.evaluate(() => document.querySelector('keep-it-light-nudge')?.shadowRoot ?? null)).toBeNull();
  });

  test('the nudge goes away once the message is sent', async () => {
    await page.keyboard.press('Enter');
    await waitForNudge(page, hidden);
    expect(await page.evaluate(() => (window as unknown as { __fixture: { sent: string[] } }).__fixture.sent)).toEqual([HEAVY]);
    expect(errors).toEqual([]);
  });
});

test('no request left the browser', () => {
  expect(b.blocked).toEqual([]);
  console.log(`nudge latency after the last key (ms): ${latencies.join(', ')}`);
});
