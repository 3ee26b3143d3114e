/**
 * Starts the system Chromium with the built extension, as a person would have it installed,
 * and serves fixture pages at the real sites' URLs through request routing.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const FIXTURE_BUILD_DIR = resolve('.tmp/fixtures');

/** Flags that keep Chromium from reaching for the network on its own (this machine has none). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request that tried to leave for a host we do not serve. */
  blocked: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** Load no extension: the baseline for comparisons. */
  withoutExtension?: boolean;
  /**
   * Developer mode on, as for anyone who loads an unpacked build by hand. Without it Chromium
   * blocks an unpacked extension that reloads itself (`chrome.runtime.reload()`).
   */
  developerMode?: boolean;
}

export async function launch(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!options.withoutExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('No built extension in .output/chrome-mv3: run `npm run build` first.');
  const userDataDir = mkdtempSync(join(tmpdir(), 'kil-e2e-'));
  if (options.developerMode) {
    mkdirSync(join(userDataDir, 'Default'));
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  const extensionArgs = options.withoutExtension
    ? []
    : [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
    args: [...CHROMIUM_FLAGS, ...extensionArgs],
  });
  const blocked: string[] = [];
  // Anything not served by a fixture is refused and recorded: no request may leave the machine.
  await context.route(/^(https?|wss?):/, (route) => {
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  let worker: Worker | undefined;
  let extensionId = '';
  if (!options.withoutExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    worker: worker!,
    blocked,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The JavaScript bundle of a fixture, built by the e2e global setup. */
export function fixtureBundle(name: string): string {
  const file = join(FIXTURE_BUILD_DIR, `${name}.js`);
  if (!existsSync(file)) throw new Error(`Fixture bundle ${name} missing: the e2e global setup builds it.`);
  return readFileSync(file, 'utf8');
}

const FIXTURE_SCRIPT_PATH = '/__fixture__/app.js';

export interface ServeOptions {
  /** Extra response headers for the page (e.g. a strict Content-Security-Policy). */
  headers?: Record<string, string>;
}

/**
 * Serves a fixture at a real site's URL: the page at `url`, its script beside it.
 * Routes added later win over the catch-all, so only this origin is answered.
 */
export async function serveFixture(context: BrowserContext, url: string, name: string, options: ServeOptions = {}): Promise<void> {
  const { origin } = new URL(url);
  const html = readFileSync(resolve(`tests/e2e/fixtures/${name}/index.html`), 'utf8').replace(
    '</body>',
    `<script type="module" src="${FIXTURE_SCRIPT_PATH}"></script></body>`,
  );
  const script = fixtureBundle(name);
  await context.route(`${origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === FIXTURE_SCRIPT_PATH) return route.fulfill({ body: script, contentType: 'text/javascript' });
    if (path === '/favicon.ico') return route.fulfill({ status: 204 });
    return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8', headers: options.headers });
  });
}

/** Collects uncaught errors and console errors of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

export async function openExtensionPage(b: ExtensionBrowser, path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await b.context.newPage();
  const errors = watchErrors(page);
  await page.goto(`chrome-extension://${b.extensionId}/${path}`);
  return { page, errors };
}

type Chrome = { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> } } } };

/** Reads the extension's local storage through its service worker. */
export function storageGet(b: ExtensionBrowser, key: string): Promise<unknown> {
  return b.worker.evaluate(async (k) => (await (globalThis as unknown as Chrome).chrome.storage.local.get(k))[k], key);
}

/** Writes the extension's local storage through its service worker (e.g. to corrupt it on purpose). */
export function storageSet(b: ExtensionBrowser, values: Record<string, unknown>): Promise<void> {
  return b.worker.evaluate((v) => (globalThis as unknown as Chrome).chrome.storage.local.set(v), values);
}

export function storageClear(b: ExtensionBrowser): Promise<void> {
  return b.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.clear());
}

export interface WorldErrors {
  /** Uncaught errors, rejections and console errors, from the page and from content scripts. */
  errors: string[];
  /** Throws asynchronously inside our content script's world: proves the watcher hears that world. */
  probeContentScript(): Promise<void>;
}

/**
 * Like watchErrors, but through the debugger, so errors in the extension's isolated world (our
 * content script, e.g. "Extension context invalidated") count too, not only the page's own.
 */
export async function watchErrorsInAllWorlds(page: Page): Promise<WorldErrors> {
  const session = await page.context().newCDPSession(page);
  const errors: string[] = [];
  const isolated = new Set<number>();
  session.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) isolated.add(context.id);
  });
  session.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) =>
    errors.push(`exception: ${d.exception?.description ?? d.text}`),
  );
  session.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type === 'error' || type === 'assert') errors.push(`console.${type}: ${args.map((a) => a.value ?? a.description).join(' ')}`);
  });
  session.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' && entry.source !== 'network') errors.push(`log: ${entry.text}`);
  });
  await session.send('Runtime.enable');
  await session.send('Log.enable');
  return {
    errors,
    async probeContentScript() {
      const [contextId] = [...isolated].slice(-1);
      if (contextId === undefined) throw new Error('no content script world in this page');
      await session.send('Runtime.evaluate', { contextId, expression: "setTimeout(() => { throw new Error('probe from the content script world'); })" });
    },
  };
}
