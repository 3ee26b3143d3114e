/**
 * Reading, writing and watching the counts in local extension storage. The background service
 * worker is the only writer (through `recordEvent`), so writes are queued there one after another.
 */
import { browser } from 'wxt/browser';
import type { RecordRequest } from '../messages';
import { migrateStats } from './migrations';
import { applyEvent, emptyStats, pruneStats, validateStats, type Stats, type StatsEvent } from './schema';

export const STATS_KEY = 'stats';

export interface LoadedStats {
  stats: Stats;
  /** Set when the stored counts could not be used as they were; pages say so. */
  notice?: 'repaired' | 'future' | 'reset';
}

/** Interprets a raw stored value, dropping days older than eight weeks before `now`. Pure. */
export function interpretStoredStats(raw: unknown, now: Date = new Date()): LoadedStats {
  const migrated = migrateStats(raw);
  if (!migrated.ok) return { stats: emptyStats(), notice: migrated.reason === 'future' ? 'future' : 'reset' };
  const { stats, repaired } = validateStats(migrated.value);
  const kept = pruneStats(stats, now);
  if (!repaired) return { stats: kept };
  // Nothing usable at all reads as a fresh start; some days kept reads as a repair.
  return { stats: kept, notice: Object.keys(stats.days).length ? 'repaired' : 'reset' };
}

export async function loadStats(now: Date = new Date()): Promise<LoadedStats> {
  try {
    const stored = await browser.storage.local.get(STATS_KEY);
    return interpretStoredStats(stored[STATS_KEY], now);
  } catch {
    return { stats: emptyStats(), notice: 'reset' };
  }
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Adds one event to today's counts and prunes old days. Unreadable stored counts are replaced
 * (the pages have already told the person); counts from a newer version are left untouched.
 */
export function recordEvent(event: StatsEvent, now: Date = new Date()): Promise<Stats | null> {
  const run = queue.then(async () => {
    const stored = await browser.storage.local.get(STATS_KEY);
    const loaded = interpretStoredStats(stored[STATS_KEY], now);
    if (loaded.notice === 'future') return null;
    const next = applyEvent(loaded.stats, event, now);
    await browser.storage.local.set({ [STATS_KEY]: next });
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function resetStats(): Promise<Stats> {
  const next = emptyStats();
  await browser.storage.local.set({ [STATS_KEY]: next });
  return next;
}

/** The counts as a JSON document for the person to keep: the same data we store, nothing more. */
export function statsToJson(stats: Stats, now: Date = new Date()): string {
  return `${JSON.stringify({ app: 'keep-it-light', exportedAt: now.toISOString(), ...stats }, null, 2)}\n`;
}

/** Calls back with the new counts whenever they change. Returns the unsubscribe. */
export function watchStats(onChange: (loaded: LoadedStats) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && STATS_KEY in changes) onChange(interpretStoredStats(changes[STATS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The runtime message the content script sends to have an event counted. */
export function recordMessage(event: StatsEvent): RecordRequest {
  return { type: 'kil:record', event };
}

/**
 * Sends an event to the background to be counted. Never throws: a missed count is better than a
 * broken composer (the worker may be restarting, or the extension was just updated).
 */
export async function sendRecord(event: StatsEvent): Promise<void> {
  try {
    await browser.runtime.sendMessage(recordMessage(event));
  } catch {
    // Nothing to do: counts are a nicety.
  }
}
