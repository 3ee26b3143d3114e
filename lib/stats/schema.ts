/**
 * The weekly picture's data: per-day counts, never text. No draft, word, contact or conversation
 * is ever part of it, only how many drafts got a nudge (by category and level) and what happened
 * at the send pause. Pure: no browser APIs, so it is tested directly.
 */
import { CATEGORY_IDS, type CategoryId } from '../settings/schema';

/** Bumped whenever the stored shape changes; each bump adds a step in migrations.ts. */
export const STATS_SCHEMA = 1;

/** Eight weeks of days (today included): enough for a trend, short enough to mean little on its own. */
export const KEEP_DAYS = 56;

export const NUDGE_LEVELS = ['heads-up', 'strong'] as const;
export type NudgeLevel = (typeof NUDGE_LEVELS)[number];
export type LevelCounts = Record<NudgeLevel, number>;

export const PAUSE_OUTCOMES = ['paused', 'sent-anyway', 'edited'] as const;
export type PauseOutcome = (typeof PAUSE_OUTCOMES)[number];

export interface DayCounts {
  /** Drafts that became non-light, by the level they reached. */
  drafts: LevelCounts;
  /** The same drafts by category (a draft with two categories counts in both). */
  categories: Record<CategoryId, LevelCounts>;
  /** The send pause: how often it held a draft, and what the person did next. */
  pause: { paused: number; sentAnyway: number; edited: number };
}

export interface Stats {
  schema: number;
  /** Keyed by local calendar date, YYYY-MM-DD. */
  days: Record<string, DayCounts>;
}

/** What the content script reports, once per draft that turns non-light and once per send pause outcome. */
export type StatsEvent =
  | { kind: 'nudged'; categories: CategoryId[]; level: NudgeLevel }
  | { kind: 'pause'; outcome: PauseOutcome };

/** Larger counts are corruption, not a real week of typing. */
const MAX_COUNT = 1_000_000;
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

export function emptyStats(): Stats {
  return { schema: STATS_SCHEMA, days: {} };
}

const zeroLevels = (): LevelCounts => ({ 'heads-up': 0, strong: 0 });

export function emptyDay(): DayCounts {
  return {
    drafts: zeroLevels(),
    categories: Object.fromEntries(CATEGORY_IDS.map((c) => [c, zeroLevels()])) as Record<CategoryId, LevelCounts>,
    pause: { paused: 0, sentAnyway: 0, edited: 0 },
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of a moment, as the key of its day. */
export function dayKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local date `n` days before `date` (calendar days, so daylight-saving changes do not skew it). */
export function daysBefore(date: Date, n: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - n, 12);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_COUNT;

export function isStatsEvent(value: unknown): value is StatsEvent {
  if (!isRecord(value)) return false;
  if (value.kind === 'pause') return (PAUSE_OUTCOMES as readonly unknown[]).includes(value.outcome);
  return (
    value.kind === 'nudged' &&
    (NUDGE_LEVELS as readonly unknown[]).includes(value.level) &&
    Array.isArray(value.categories) &&
    value.categories.length <= CATEGORY_IDS.length &&
    value.categories.every((c) => (CATEGORY_IDS as readonly unknown[]).includes(c))
  );
}

/** Reads one level pair; a missing or bad number is reported through `bad`. */
function levels(raw: unknown, bad: () => void): LevelCounts {
  const out = zeroLevels();
  if (!isRecord(raw)) {
    bad();
    return out;
  }
  for (const l of NUDGE_LEVELS) {
    if (isCount(raw[l])) out[l] = raw[l];
    else if (raw[l] !== undefined) bad();
  }
  return out;
}

function day(raw: unknown, bad: () => void): DayCounts {
  const d = emptyDay();
  if (!isRecord(raw)) {
    bad();
    return d;
  }
  if (raw.drafts !== undefined) d.drafts = levels(raw.drafts, bad);
  if (raw.categories !== undefined) {
    if (isRecord(raw.categories)) {
      for (const c of CATEGORY_IDS) if (raw.categories[c] !== undefined) d.categories[c] = levels(raw.categories[c], bad);
    } else bad();
  }
  if (raw.pause !== undefined) {
    if (isRecord(raw.pause)) {
      for (const k of ['paused', 'sentAnyway', 'edited'] as const) {
        if (isCount(raw.pause[k])) d.pause[k] = raw.pause[k];
        else if (raw.pause[k] !== undefined) bad();
      }
    } else bad();
  }
  return d;
}

export interface ValidatedStats {
  stats: Stats;
  /** Some stored counts were unusable and were dropped (the rest is kept). */
  repaired: boolean;
}

/** Turns whatever is stored into usable counts; a bad day or number costs only itself. */
export function validateStats(raw: unknown): ValidatedStats {
  if (raw === undefined) return { stats: emptyStats(), repaired: false };
  if (!isRecord(raw) || !isRecord(raw.days)) return { stats: emptyStats(), repaired: true };
  let repaired = false;
  const bad = () => {
    repaired = true;
  };
  const days: Record<string, DayCounts> = {};
  for (const [key, value] of Object.entries(raw.days)) {
    if (DAY_KEY.test(key)) days[key] = day(value, bad);
    else bad();
  }
  return { stats: { schema: STATS_SCHEMA, days }, repaired };
}

/** Drops days older than eight weeks before `now`. */
export function pruneStats(stats: Stats, now: Date): Stats {
  const oldest = dayKey(daysBefore(now, KEEP_DAYS - 1));
  return { ...stats, days: Object.fromEntries(Object.entries(stats.days).filter(([key]) => key >= oldest)) };
}

/** Adds one event to the day it happened on. Returns a new object; the input is left alone. */
export function applyEvent(stats: Stats, event: StatsEvent, now: Date): Stats {
  const key = dayKey(now);
  const d: DayCounts = structuredClone(stats.days[key] ?? emptyDay());
  if (event.kind === 'nudged') {
    d.drafts[event.level] += 1;
    for (const c of new Set(event.categories)) d.categories[c][event.level] += 1;
  } else {
    const field = event.outcome === 'sent-anyway' ? 'sentAnyway' : event.outcome;
    d.pause[field] += 1;
  }
  return pruneStats({ ...stats, days: { ...stats.days, [key]: d } }, now);
}
