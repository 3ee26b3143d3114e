/**
 * Reading, writing and watching the settings in extension storage (local only: sync storage
 * would copy them to the person's account, and nothing of ours leaves the device).
 */
import { browser } from 'wxt/browser';
import { migrateSettings } from './migrations';
import { defaultSettings, validateSettings, type Settings } from './schema';

export const SETTINGS_KEY = 'settings';

export interface LoadedSettings {
  settings: Settings;
  /** Set when the stored value could not be used as it was; the pages show it to the person. */
  notice?: 'repaired' | 'future' | 'reset';
}

/** Interprets a raw stored value. Pure, so watchers and loaders agree on every edge. */
export function interpretStored(raw: unknown): LoadedSettings {
  const migrated = migrateSettings(raw);
  if (!migrated.ok) return { settings: defaultSettings(), notice: migrated.reason === 'future' ? 'future' : 'reset' };
  const { settings, repaired } = validateSettings(migrated.value);
  if (repaired.includes('settings')) return { settings, notice: 'reset' };
  return repaired.length ? { settings, notice: 'repaired' } : { settings };
}

export async function loadSettings(): Promise<LoadedSettings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return interpretStored(stored[SETTINGS_KEY]);
  } catch {
    // Storage can be unreachable while the extension reloads; defaults keep the page usable.
    return { settings: defaultSettings(), notice: 'reset' };
  }
}

/** Applies a change on top of the current settings and stores the validated result. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = validateSettings(change(structuredClone(settings))).settings;
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export async function resetSettings(): Promise<Settings> {
  const next = defaultSettings();
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls back with the new settings whenever any page or tab changes them. Returns the unsubscribe. */
export function watchSettings(onChange: (loaded: LoadedSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(interpretStored(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Whether Keep It Light should watch drafts on this host right now. */
export function activeOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.pausedSites.includes(hostname);
}
