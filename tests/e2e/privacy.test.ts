/**
 * Nothing leaves the device. Statically: the built extension holds no code that could reach the
 * network or run remote code, and no URL other than the ones listed here (namespaces, our match
 * patterns, the sites' test URLs, one documentation link in an error message). At run time: with a
 * heavy draft typed into every app's fixture and every extension page used, the service worker makes
 * no request at all (watched through the debugger, which also sees what page routing cannot), and the
 * pages ask for nothing but their own fixture files and our own packaged files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_MATCHES } from '../../lib/sites/matches';
import { SITES } from '../../lib/sites';
import { EXTENSION_DIR, launch, openExtensionPage, serveFixture, watchErrors, type ExtensionBrowser } from './browser';
import { hidden, shown, waitForNudge } from './nudge';

const HEAVY = "You never listen to me and I'm tired of it. If you don't answer by tonight, we're done, I mean it!!!";
const FIXTURE_PATHS = new Set(['/__fixture__/app.js', '/favicon.ico']);
/** The generic fallback's fixture: a composer in an open shadow root and one in a same-origin iframe. */
const FALLBACK_URL = 'https://www.facebook.com/messages/t/fallback';

const builtFiles = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|html|json|css)$/.test(f));
const read = (f: string) => readFileSync(join(EXTENSION_DIR, f), 'utf8');

describe('the built extension, read as text', () => {
  test.each([
    ['XMLHttpRequest', /XMLHttpRequest/],
    ['WebSocket', /WebSocket/],
    ['sendBeacon', /sendBeacon/],
    ['EventSource', /EventSource/],
    ['WebRTC', /RTCPeerConnection|RTCDataChannel/],
    ['importScripts', /importScripts/],
    ['eval', /\beval\s*\(/],
    ['new Function', /new\s+Function\s*\(/],
    ['string timers', /set(Timeout|Interval)\(\s*["'`]/],
    ['remote script tags', /<script[^>]+src=["']?(https?:)?\/\//],
    ['document.write', /document\.write/],
  ])('has no %s', (_, pattern) => {
    expect(builtFiles.filter((f) => pattern.test(read(f)))).toEqual([]);
  });

  test('calls fetch only where the libraries load our own packaged files', () => {
    // Each allowed call, with why it never leaves the extension:
    const ALLOWED = [
      // WXT loadCss: fetch(runtime.getURL('/content-scripts/content.css')); unused with cssInjectionMode 'manual'.
      /fetch\(\w+\)\)\.text\(\)/,
      // @webext-core/isolated-element: `"url" in css ? fetch(css.url)`; we always pass textContent.
      /"url"in \w+\?\w+\.textContent=yield fetch\(\w+\.url\)/,
      // Vite's modulepreload polyfill: fetches <link rel=modulepreload> hrefs of our own pages' chunks.
      /const \w+=\w+\(\w+\);fetch\(\w+\.href,\w+\)/,
    ];
    const calls = builtFiles.flatMap((f) =>
      [...read(f).matchAll(/.{0,60}\bfetch\(.{0,30}/g)].map((m) => ({ file: f, code: m[0] })),
    );
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((c) => !ALLOWED.some((a) => a.test(c.code)))).toEqual([]);
  });

  test('holds no URL but namespaces, our match patterns, the sites\' test URLs and one documentation link', () => {
    const allowed = new Set<string>([
      'http://www.w3.org/2000/svg',
      'http://www.w3.org/1999/xhtml',
      'http://www.w3.org/1998/Math/MathML',
      'http://www.w3.org/1999/xlink',
      'http://www.w3.org/XML/1998/namespace',
      // In @webext-core/isolated-element's error for elements that cannot host a shadow root.
      'https://developer.mozilla.org/en-US/docs/Web/API/Element/attachShadow#elements_you_can_attach_a_shadow_to',
      ...CONTENT_MATCHES,
      ...SITES.flatMap((s) => s.testedOn),
    ]);
    const urls = new Set(builtFiles.flatMap((f) => [...read(f).matchAll(/(?:https?|wss?):\/\/[^\s"'`)\\,]+/g)].map((m) => m[0])));
    expect([...urls].filter((u) => !allowed.has(u))).toEqual([]);
  });

  test('asks for no more than it uses, and lets no page or extension talk to it', () => {
    const manifest = JSON.parse(read('manifest.json'));
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual([...CONTENT_MATCHES].sort());
  });
});

let b: ExtensionBrowser;
let browserSession: CDPSession;
/** Requests the service worker made, as the debugger saw them. */
const workerRequests: string[] = [];
/** Every request any page or worker made, as Playwright saw them. */
const requests: { url: string; fromWorker: boolean }[] = [];

/** Watches every service worker of the extension (MV3 may stop and restart it) through the debugger. */
async function watchWorkers(session: CDPSession) {
  let id = 0;
  const attach = async (targetId: string) => {
    const { sessionId } = (await session.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
    await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++id, method: 'Network.enable' }) });
  };
  session.on('Target.receivedMessageFromTarget', ({ message }) => {
    const m = JSON.parse(message) as { method?: string; params?: { request?: { url: string } } };
    if (m.method === 'Network.requestWillBeSent') workerRequests.push(m.params!.request!.url);
  });
  session.on('Target.targetCreated', ({ targetInfo }) => {
    if (targetInfo.type === 'service_worker' && targetInfo.url.includes(b.extensionId)) void attach(targetInfo.targetId);
  });
  await session.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { type: string; url: string; targetId: string }[] };
  for (const t of targetInfos) if (t.type === 'service_worker' && t.url.includes(b.extensionId)) await attach(t.targetId);
}

beforeAll(async () => {
  b = await launch();
  b.context.on('request', (r) => requests.push({ url: r.url(), fromWorker: !!r.serviceWorker() }));
  browserSession = await b.context.browser()!.newBrowserCDPSession();
  await watchWorkers(browserSession);
  for (const site of SITES) await serveFixture(b.context, site.testedOn[0]!, site.id);
  await serveFixture(b.context, FALLBACK_URL, 'fallback');
});
afterAll(async () => {
  await b?.close();
});

describe('at run time', () => {
  test('the watchers do hear a request from the service worker (so their silence below means something)', async () => {
    await b.worker.evaluate(() => fetch('https://example.com/probe').catch(() => undefined));
    await expect.poll(() => workerRequests).toContain('https://example.com/probe');
    expect(requests).toContainEqual({ url: 'https://example.com/probe', fromWorker: true });
    expect(b.blocked).toContain('https://example.com/probe');
    workerRequests.length = 0;
    requests.length = 0;
    b.blocked.length = 0;
  });

  const cases = [
    ...SITES.map((s) => [s.name, s.testedOn[0]!, [s.composers.map((c) => c.selector).join(', ')]] as const),
    ['the generic fallback (shadow root, iframe)', FALLBACK_URL, ['chat-box .box', 'iframe >>> textarea']] as const,
  ];
  test.each(cases)('%s: a heavy draft is analyzed and nudged with no request leaving', async (_, url, composers) => {
    const page = await b.context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    for (const selector of composers) {
      const [outer, inner] = selector.split(' >>> ');
      await (inner ? page.frameLocator(outer!).locator(inner) : page.locator(outer!)).first().click();
      // A new, empty composer: the previous one's nudge goes before this draft begins.
      await waitForNudge(page, hidden);
      // Mail replies open with the caret above the signature and quote.
      await page.keyboard.press('Control+Home');
      await page.keyboard.type(HEAVY, { delay: 3 });
      await waitForNudge(page, shown);
      await page.keyboard.press('Alt+Shift+KeyK');
      await waitForNudge(page, (v) => v.card !== null);
      await page.keyboard.press('Escape');
    }
    await page.close();

    const { origin, pathname } = new URL(url);
    const unexpected = requests.filter((r) => {
      const u = new URL(r.url);
      if (u.protocol === 'chrome-extension:' && u.host === b.extensionId) return false;
      return !(u.origin === origin && (u.pathname === pathname || FIXTURE_PATHS.has(u.pathname)) && !r.fromWorker);
    });
    expect(unexpected).toEqual([]);
    expect(workerRequests).toEqual([]);
    expect(b.blocked).toEqual([]);
    expect(errors).toEqual([]);
    requests.length = 0;
  });

  test('the popup, the options page and the practice pad, used, ask for nothing outside the extension', async () => {
    for (const path of ['popup.html', 'options.html']) {
      const { page, errors } = await openExtensionPage(b, path);
      await expect.poll(() => page.locator('body').innerText()).not.toBe('');
      await page.close();
      expect(errors).toEqual([]);
    }
    const { page, errors } = await openExtensionPage(b, 'practice.html');
    await page.locator('#draft').click();
    await page.keyboard.type(HEAVY, { delay: 3 });
    await expect.poll(() => page.getByTestId('practice-status').innerText()).not.toMatch(/light/i);
    await page.close();
    expect(errors).toEqual([]);
    expect(requests.filter((r) => !r.url.startsWith(`chrome-extension://${b.extensionId}/`))).toEqual([]);
    expect(workerRequests).toEqual([]);
    expect(b.blocked).toEqual([]);
  });
});
