// `npm start`: installs what is missing, builds, and opens Chromium with Keep It Light loaded on
// the practice pad. Without a display it runs headless instead and saves a screenshot of a nudge.
import { mkdirSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildExtension, CHROMIUM, ensureChromium, ensurePackages } from './setup.mjs';

const HEAVY_SAMPLE =
  "I can't stop thinking about what went wrong between us. You never listened to me!!! If you don't answer by tonight I'll know it's over.";
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!ensurePackages() || !ensureChromium() || !buildExtension()) process.exit(1);

const { chromium } = await import('playwright-core');
const extension = resolve('.output/chrome-mv3');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay)
  console.log('\n▸ No display found (DISPLAY and WAYLAND_DISPLAY are empty), so Chromium runs headless and saves a screenshot instead.');

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'keep-it-light-')), {
  executablePath: CHROMIUM,
  headless: !hasDisplay,
  viewport: hasDisplay ? null : { width: 900, height: 760 },
  args: [...FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const practiceUrl = `chrome-extension://${new URL(worker.url()).host}/practice.html`;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(practiceUrl);

if (hasDisplay) {
  console.log(`\n▸ Chromium is open with Keep It Light loaded: ${practiceUrl}\n  Close the browser window to stop.`);
  await new Promise((done) => context.on('close', done));
} else {
  await page.locator('#draft').click();
  await page.keyboard.type(HEAVY_SAMPLE, { delay: 5 });
  await page.locator('.kil-card').waitFor({ timeout: 10_000 });
  mkdirSync('.tmp', { recursive: true });
  const shot = resolve('.tmp/practice-pad.png');
  await page.screenshot({ path: shot, fullPage: true });
  const card = (await page.locator('.kil-card').innerText()).split('\n').filter(Boolean).slice(0, 3).join(' · ');
  console.log(`\n▸ Keep It Light works: the practice pad nudged a heavy draft (“${card}”).\n  Screenshot: ${shot}`);
  await context.close();
}
