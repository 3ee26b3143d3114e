import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { isRequest } from '../../lib/messages';
import {
  applyEvent,
  dayKey,
  emptyDay,
  emptyStats,
  interpretStoredStats,
  isStatsEvent,
  KEEP_DAYS,
  loadStats,
  migrateStats,
  recordEvent,
  recordMessage,
  resetStats,
  STATS_KEY,
  STATS_SCHEMA,
  statsToJson,
  validateStats,
  weekOf,
  type Stats,
} from '../../lib/stats';

beforeEach(() => fakeBrowser.reset());

/** A Tuesday, mid-afternoon local time. */
const NOW = new Date(2025, 2, 18, 15, 0);
const at = (daysAgo: number, hour = 12) => new Date(2025, 2, 18 - daysAgo, hour);

describe('dayKey', () => {
  test.each([
    [new Date(2025, 0, 5, 0, 0), '2025-01-05'],
    [new Date(2025, 11, 31, 23, 59), '2025-12-31'],
  ])('keys %s by its local date', (date, key) => {
    expect(dayKey(date)).toBe(key);
  });
});

describe('isStatsEvent', () => {
  test.each([
    [{ kind: 'nudged', categories: ['length'], level: 'heads-up' }],
    [{ kind: 'nudged', categories: [], level: 'strong' }],
    [{ kind: 'pause', outcome: 'paused' }],
    [{ kind: 'pause', outcome: 'sent-anyway' }],
    [{ kind: 'pause', outcome: 'edited' }],
  ])('accepts %j', (event) => {
    expect(isStatsEvent(event)).toBe(true);
  });

  test.each([
    [null],
    ['nudged'],
    [{ kind: 'nudged', categories: ['length'], level: 'light' }],
    [{ kind: 'nudged', categories: ['gossip'], level: 'strong' }],
    [{ kind: 'nudged', categories: 'length', level: 'strong' }],
    [{ kind: 'pause', outcome: 'cancelled' }],
    [{ kind: 'typed', text: 'hello' }],
  ])('refuses %j', (event) => {
    expect(isStatsEvent(event)).toBe(false);
  });

  test('the runtime message is a valid request only with a valid event', () => {
    expect(isRequest(recordMessage({ kind: 'pause', outcome: 'edited' }))).toBe(true);
    expect(isRequest({ type: 'kil:record', event: { kind: 'nudged', text: 'hi' } })).toBe(false);
  });
});

describe('applyEvent', () => {
  test('counts a nudged draft once per level and once per category, on the local day', () => {
    let s = applyEvent(emptyStats(), { kind: 'nudged', categories: ['length', 'past', 'past'], level: 'strong' }, NOW);
    s = applyEvent(s, { kind: 'nudged', categories: ['length'], level: 'heads-up' }, NOW);
    const day = s.days['2025-03-18']!;
    expect(day.drafts).toEqual({ 'heads-up': 1, strong: 1 });
    expect(day.categories.length).toEqual({ 'heads-up': 1, strong: 1 });
    expect(day.categories.past).toEqual({ 'heads-up': 0, strong: 1 });
    expect(day.categories.blame).toEqual({ 'heads-up': 0, strong: 0 });
  });

  test.each([
    ['paused', 'paused'],
    ['sent-anyway', 'sentAnyway'],
    ['edited', 'edited'],
  ] as const)('counts the send pause outcome %s', (outcome, field) => {
    const s = applyEvent(emptyStats(), { kind: 'pause', outcome }, NOW);
    expect(s.days['2025-03-18']!.pause[field]).toBe(1);
  });

  test('leaves its input alone', () => {
    const before = emptyStats();
    applyEvent(before, { kind: 'pause', outcome: 'paused' }, NOW);
    expect(before).toEqual(emptyStats());
  });

  test('prunes days older than eight weeks on every write', () => {
    const s: Stats = {
      schema: STATS_SCHEMA,
      days: { [dayKey(at(KEEP_DAYS))]: emptyDay(), [dayKey(at(KEEP_DAYS - 1))]: emptyDay() },
    };
    const next = applyEvent(s, { kind: 'pause', outcome: 'paused' }, NOW);
    expect(Object.keys(next.days).sort()).toEqual([dayKey(at(KEEP_DAYS - 1)), '2025-03-18']);
  });
});

describe('validateStats', () => {
  test('nothing stored is an empty history, with nothing to report', () => {
    expect(validateStats(undefined)).toEqual({ stats: emptyStats(), repaired: false });
  });

  test.each([['garbage'], [42], [[1, 2]], [{ schema: 1, days: 'x' }]])('%j is unusable', (raw) => {
    expect(validateStats(raw)).toEqual({ stats: emptyStats(), repaired: true });
  });

  test('keeps good counts, drops bad ones alone, and fills missing ones with zero', () => {
    const { stats, repaired } = validateStats({
      schema: 1,
      days: {
        '2025-03-17': { drafts: { strong: 2 }, categories: { blame: { strong: 2 } } },
        '2025-03-16': { drafts: { strong: -1 }, pause: { paused: 1.5, edited: 3 } },
        'last tuesday': { drafts: { strong: 1 } },
      },
    });
    expect(repaired).toBe(true);
    expect(Object.keys(stats.days).sort()).toEqual(['2025-03-16', '2025-03-17']);
    expect(stats.days['2025-03-17']!.drafts).toEqual({ 'heads-up': 0, strong: 2 });
    expect(stats.days['2025-03-17']!.categories.blame.strong).toBe(2);
    expect(stats.days['2025-03-16']!.drafts.strong).toBe(0);
    expect(stats.days['2025-03-16']!.pause).toEqual({ paused: 0, sentAnyway: 0, edited: 3 });
  });

  test('never carries anything but counts, whatever was stored beside them', () => {
    const { stats } = validateStats({
      schema: 1,
      days: { '2025-03-17': { drafts: { strong: 1 }, text: 'I miss you', contact: 'Sam' } },
      chats: ['abc'],
    });
    expect(JSON.stringify(stats)).not.toMatch(/miss|Sam|abc/);
  });
});

describe('migrateStats', () => {
  test('the current schema passes through', () => {
    expect(migrateStats({ schema: STATS_SCHEMA, days: {} })).toEqual({ ok: true, value: { schema: STATS_SCHEMA, days: {} } });
  });

  test('runs each step in order up to the target', () => {
    const steps = {
      1: ({ counts, ...rest }: Record<string, unknown>) => ({ ...rest, days: counts }),
      2: (old: Record<string, unknown>) => ({ ...old, note: 'v3' }),
    };
    expect(migrateStats({ schema: 1, counts: {} }, 3, steps)).toEqual({
      ok: true,
      value: { schema: 3, days: {}, note: 'v3' },
      migratedFrom: 1,
    });
  });

  test('a schema with no path forward is refused', () => {
    expect(migrateStats({ schema: 1 }, 2, {})).toMatchObject({ ok: false, reason: 'unknown-schema' });
  });

  test('counts from a newer version are refused, not guessed at', () => {
    expect(migrateStats({ schema: STATS_SCHEMA + 1, days: {} })).toMatchObject({ ok: false, reason: 'future' });
    expect(interpretStoredStats({ schema: STATS_SCHEMA + 1, days: {} }, NOW)).toEqual({ stats: emptyStats(), notice: 'future' });
  });

  test.each([[0], ['1'], [undefined]])('schema %j is unknown and resets', (schema) => {
    expect(interpretStoredStats({ schema, days: {} }, NOW)).toEqual({ stats: emptyStats(), notice: 'reset' });
  });
});

describe('stored stats', () => {
  test('a new install has no counts and nothing to report', async () => {
    expect(await loadStats(NOW)).toEqual({ stats: emptyStats() });
  });

  test('corrupted stored counts load as empty with a notice', async () => {
    await fakeBrowser.storage.local.set({ [STATS_KEY]: '{not json' });
    expect(await loadStats(NOW)).toEqual({ stats: emptyStats(), notice: 'reset' });
  });

  test('partly corrupted counts keep the good days and say so', async () => {
    await fakeBrowser.storage.local.set({
      [STATS_KEY]: { schema: 1, days: { '2025-03-17': { drafts: { strong: 1 } }, nope: 1 } },
    });
    const loaded = await loadStats(NOW);
    expect(loaded.notice).toBe('repaired');
    expect(loaded.stats.days['2025-03-17']!.drafts.strong).toBe(1);
  });

  test('events recorded at once are all counted', async () => {
    await Promise.all(
      Array.from({ length: 5 }, () => recordEvent({ kind: 'nudged', categories: ['emotion'], level: 'heads-up' }, NOW)),
    );
    const { stats } = await loadStats(NOW);
    expect(stats.days['2025-03-18']!.categories.emotion['heads-up']).toBe(5);
  });

  test('recording over unreadable counts starts afresh; counts from a newer version are left alone', async () => {
    await fakeBrowser.storage.local.set({ [STATS_KEY]: 'garbage' });
    await recordEvent({ kind: 'pause', outcome: 'paused' }, NOW);
    expect((await loadStats(NOW)).stats.days['2025-03-18']!.pause.paused).toBe(1);

    const future = { schema: STATS_SCHEMA + 1, days: {}, extra: true };
    await fakeBrowser.storage.local.set({ [STATS_KEY]: future });
    expect(await recordEvent({ kind: 'pause', outcome: 'paused' }, NOW)).toBeNull();
    expect((await fakeBrowser.storage.local.get(STATS_KEY))[STATS_KEY]).toEqual(future);
  });

  test('reset empties the counts; export is exactly the stored counts plus a date', async () => {
    await recordEvent({ kind: 'nudged', categories: ['past'], level: 'strong' }, NOW);
    const { stats } = await loadStats(NOW);
    const exported = JSON.parse(statsToJson(stats, NOW));
    expect(exported).toEqual({ app: 'keep-it-light', exportedAt: NOW.toISOString(), ...stats });
    await resetStats();
    expect((await loadStats(NOW)).stats).toEqual(emptyStats());
  });
});

describe('weekOf', () => {
  test('a quiet week has seven empty days, no busiest day and no categories', () => {
    const w = weekOf(emptyStats(), NOW);
    expect(w.days.map((d) => d.key)).toEqual([6, 5, 4, 3, 2, 1, 0].map((n) => dayKey(at(n))));
    expect(w).toMatchObject({ total: 0, busiest: null, categories: [] });
  });

  test('sums the last seven days only, ranks categories and finds the busiest day', () => {
    let s = emptyStats();
    const nudge = (daysAgo: number, categories: ('length' | 'past' | 'blame')[]) =>
      (s = applyEvent(s, { kind: 'nudged', categories, level: 'heads-up' }, at(daysAgo)));
    nudge(7, ['blame']); // eight days ago: outside the week
    nudge(3, ['length']);
    nudge(3, ['length', 'past']);
    nudge(0, ['length']);
    s = applyEvent(s, { kind: 'pause', outcome: 'sent-anyway' }, at(1));
    const w = weekOf(s, NOW);
    expect(w.total).toBe(3);
    expect(w.categories).toEqual([
      { category: 'length', count: 3 },
      { category: 'past', count: 1 },
    ]);
    expect(w.busiest?.key).toBe(dayKey(at(3)));
    expect(w.pause).toEqual({ paused: 0, sentAnyway: 1, edited: 0 });
  });
});
