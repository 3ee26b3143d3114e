/**
 * Captures the popup and the options page, light and dark, from the built extension
 * (`npm run build` first) into docs/screenshots/. The week shown is a made-up sample of counts.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyEvent, emptyStats, STATS_KEY, type StatsEvent } from '../lib/stats';
import { launch, openExtensionPage, serveFixture, storageSet } from '../tests/e2e/browser';
import buildFixtures from '../tests/e2e/global-setup';
import { waitForNudge } from '../tests/e2e/nudge';

const OUT = resolve('docs/screenshots');
/** The popup's own width (popup.css); Chromium sizes the real popup to its content. */
const POPUP_WIDTH = 340;
const OPTIONS_VIEWPORT = { width: 900, height: 1000 };
/** A chat-sized window for the nudge beside a composer. */
const CHAT_VIEWPORT = { width: 760, height: 520 };
const CHAT_URL = 'https://web.telegram.org/a/';
const HEAVY_SAMPLE = "Why are you ignoring me? You never answer. If you don't reply by tonight we're done.";

/** A plausible week: [days ago, event]. */
const SAMPLE: [number, StatsEvent][] = [
  [6, { kind: 'nudged', categories: ['length'], level: 'heads-up' }],
  [4, { kind: 'nudged', categories: ['length', 'emotion'], level: 'strong' }],
  [4, { kind: 'nudged', categories: ['length'], level: 'heads-up' }],
  [4, { kind: 'nudged', categories: ['pressure'], level: 'heads-up' }],
  [4, { kind: 'pause', outcome: 'paused' }],
  [4, { kind: 'pause', outcome: 'edited' }],
  [2, { kind: 'nudged', categories: ['past'], level: 'heads-up' }],
  [1, { kind: 'nudged', categories: ['length'], level: 'heads-up' }],
  [0, { kind: 'nudged', categories: ['blame'], level: 'heads-up' }],
];

function sampleStats() {
  const now = new Date();
  return SAMPLE.reduce(
    (s, [ago, e]) => applyEvent(s, e, new Date(now.getFullYear(), now.getMonth(), now.getDate() - ago, 12)),
    emptyStats(),
  );
}

mkdirSync(OUT, { recursive: true });
await buildFixtures();
for (const scheme of ['light', 'dark'] as const) {
  const b = await launch({ colorScheme: scheme });
  try {
    await storageSet(b, { [STATS_KEY]: sampleStats() });

    const popup = await openExtensionPage(b, 'popup.html');
    await popup.page.setViewportSize({ width: POPUP_WIDTH, height: 600 });
    await popup.page.getByTestId('week-chart').waitFor();
    await popup.page.locator('main').screenshot({ path: `${OUT}/popup-${scheme}.png` });

    const options = await openExtensionPage(b, 'options.html');
    await options.page.setViewportSize(OPTIONS_VIEWPORT);
    await options.page.getByTestId('samples').waitFor();
    await options.page.screenshot({ path: `${OUT}/options-${scheme}.png`, fullPage: true });

    // The nudge on a Telegram-style chat (the card-lab test fixture): chip with underlines, then the card.
    await serveFixture(b.context, CHAT_URL, 'card-lab');
    const chat = await b.context.newPage();
    await chat.setViewportSize(CHAT_VIEWPORT);
    await chat.goto(`${CHAT_URL}${scheme === 'dark' ? '#dark' : ''}`);
    await chat.click('.input-message-input');
    await chat.keyboard.type(HEAVY_SAMPLE, { delay: 5 });
    await waitForNudge(chat, (v) => v.marks.length > 0);
    await chat.waitForTimeout(300); // let the chip's fade-in finish
    await chat.screenshot({ path: `${OUT}/chip-${scheme}.png` });
    await chat.keyboard.press('Alt+Shift+KeyK');
    await waitForNudge(chat, (v) => v.card !== null);
    await chat.waitForTimeout(300);
    await chat.screenshot({ path: `${OUT}/card-${scheme}.png` });

    const errors = [...popup.errors, ...options.errors];
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  } finally {
    await b.close();
  }
}
console.log(`screenshots in ${OUT}`);
