/** Reads and writes the extension's local storage from its service worker, as a test needs to. */
import type { ExtensionBrowser } from './browser';

type Area = { set(v: Record<string, unknown>): Promise<void>; get(k: string | null): Promise<Record<string, unknown>>; clear(): Promise<void> };
type Chrome = { chrome: { storage: { local: Area } } };

export function setStored(b: ExtensionBrowser, values: Record<string, unknown>): Promise<void> {
  return b.worker.evaluate((v) => (globalThis as unknown as Chrome).chrome.storage.local.set(v), values);
}

export function getStored(b: ExtensionBrowser, key: string | null = null): Promise<Record<string, unknown>> {
  return b.worker.evaluate((k) => (globalThis as unknown as Chrome).chrome.storage.local.get(k), key);
}

export function clearStored(b: ExtensionBrowser): Promise<void> {
  return b.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.clear());
}
