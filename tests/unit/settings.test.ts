import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  defaultSettings,
  inQuietHours,
  interpretStored,
  loadSettings,
  migrateSettings,
  SETTINGS_KEY,
  SETTINGS_SCHEMA,
  updateSettings,
  validateSettings,
  watchSettings,
  type LoadedSettings,
} from '../../lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('validateSettings', () => {
  test('nothing stored gives the defaults, with nothing to report', () => {
    expect(validateSettings(undefined)).toEqual({ settings: defaultSettings(), repaired: [] });
  });

  test.each([
    ['a string', 'hello'],
    ['an array', [1, 2]],
    ['null', null],
    ['a number', 42],
  ])('%s stored as settings falls back to the defaults and says so', (_, raw) => {
    expect(validateSettings(raw)).toEqual({ settings: defaultSettings(), repaired: ['settings'] });
  });

  test.each([
    ['sensitivity', { sensitivity: 'extreme' }],
    ['enabled', { enabled: 'yes' }],
    ['pausedSites', { pausedSites: ['ok.example', 7] }],
    ['pausedSites', { pausedSites: ['<script>'] }],
    ['quietHours', { quietHours: { enabled: true, start: 25, end: 6 } }],
    ['categories.blame', { categories: { blame: 'off' } }],
    ['sendPause', { sendPause: null }],
  ])('a bad %s field falls back alone', (field, raw) => {
    const { settings, repaired } = validateSettings({ schema: SETTINGS_SCHEMA, sensitivity: 'strict', ...raw });
    expect(repaired).toEqual([field]);
    if (field !== 'sensitivity') expect(settings.sensitivity).toBe('strict');
  });

  test('keeps good values and removes duplicate sites', () => {
    const { settings, repaired } = validateSettings({
      sensitivity: 'gentle',
      categories: { past: false },
      pausedSites: ['web.whatsapp.com', 'web.whatsapp.com'],
    });
    expect(repaired).toEqual([]);
    expect(settings.sensitivity).toBe('gentle');
    expect(settings.categories.past).toBe(false);
    expect(settings.categories.blame).toBe(true);
    expect(settings.pausedSites).toEqual(['web.whatsapp.com']);
  });
});

describe('migrateSettings', () => {
  test('upgrades schema 1 (a paused map and holdEnter) to the current shape', () => {
    const r = migrateSettings({ schema: 1, sensitivity: 'strict', paused: { 'discord.com': true, 'x.com': false }, holdEnter: false });
    expect(r).toMatchObject({ ok: true, migratedFrom: 1 });
    const { settings, repaired } = validateSettings(r.ok ? r.value : null);
    expect(repaired).toEqual([]);
    expect(settings).toMatchObject({ sensitivity: 'strict', pausedSites: ['discord.com'], sendPause: false, schema: SETTINGS_SCHEMA });
  });

  test('a value from a newer version is refused, not guessed at', () => {
    expect(migrateSettings({ schema: SETTINGS_SCHEMA + 1 })).toMatchObject({ ok: false, reason: 'future' });
    expect(interpretStored({ schema: SETTINGS_SCHEMA + 1, sensitivity: 'strict' })).toEqual({
      settings: defaultSettings(),
      notice: 'future',
    });
  });

  test.each([[0], [-1], ['2'], [1.5]])('schema %j is unknown and resets', (schema) => {
    expect(interpretStored({ schema })).toEqual({ settings: defaultSettings(), notice: 'reset' });
  });
});

describe('stored settings', () => {
  test('load gives the defaults on a new install', async () => {
    expect(await loadSettings()).toEqual({ settings: defaultSettings() });
  });

  test('a corrupted stored value loads as defaults with a notice', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: '{not json' });
    expect(await loadSettings()).toEqual({ settings: defaultSettings(), notice: 'reset' });
  });

  test('updates are validated, stored and reach every watcher', async () => {
    const seen: LoadedSettings[] = [];
    const stop = watchSettings((l) => seen.push(l));
    await updateSettings((s) => ({ ...s, sensitivity: 'strict' }));
    expect((await loadSettings()).settings.sensitivity).toBe('strict');
    expect(seen.at(-1)?.settings.sensitivity).toBe('strict');
    stop();
    await updateSettings((s) => ({ ...s, sensitivity: 'gentle' }));
    expect(seen).toHaveLength(1);
  });

  test('an update that produces nonsense stores the defaults for that field', async () => {
    await updateSettings((s) => ({ ...s, sensitivity: 'loud' as never }));
    expect((await loadSettings()).settings.sensitivity).toBe('balanced');
  });
});

describe('inQuietHours', () => {
  test.each([
    [23, 6, 23, true],
    [23, 6, 2, true],
    [23, 6, 6, false],
    [23, 6, 12, false],
    [1, 5, 3, true],
    [1, 5, 0, false],
    [4, 4, 4, false],
  ])('from %i to %i, hour %i → %s', (start, end, hour, expected) => {
    expect(inQuietHours({ enabled: true, start, end }, hour)).toBe(expected);
  });

  test('never while switched off', () => {
    expect(inQuietHours({ enabled: false, start: 0, end: 23 }, 3)).toBe(false);
  });
});
