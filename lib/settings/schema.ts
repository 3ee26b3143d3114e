/**
 * The shape of Keep It Light's settings, their defaults and validation.
 * Pure: no browser APIs, so it is tested directly and shared by every context.
 */

export const SENSITIVITIES = ['gentle', 'balanced', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const CATEGORY_IDS = [
  'length',
  'emotion',
  'pressure',
  'neediness',
  'past',
  'blame',
  'commitment',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Bumped whenever the stored shape changes; each bump adds a step in migrations.ts. */
export const SETTINGS_SCHEMA = 2;

export interface QuietHours {
  enabled: boolean;
  /** Hour of day, 0–23, when quiet hours begin. */
  start: number;
  /** Hour of day, 0–23, when they end (may be smaller than start: wraps past midnight). */
  end: number;
}

export interface Settings {
  schema: number;
  /** Master switch. */
  enabled: boolean;
  sensitivity: Sensitivity;
  categories: Record<CategoryId, boolean>;
  /** Hostnames where the person paused Keep It Light. */
  pausedSites: string[];
  /** Hold one Enter on a strong draft. */
  sendPause: boolean;
  quietHours: QuietHours;
  /** Underline the flagged phrases in our own overlay. */
  highlights: boolean;
}

/** Late evening to early morning: when heavy messages are most often regretted. */
const DEFAULT_QUIET_START = 23;
const DEFAULT_QUIET_END = 6;
/** A paused-sites list longer than this is corrupt, not a real choice (there are ~15 supported hosts). */
const MAX_PAUSED_SITES = 200;

export function defaultSettings(): Settings {
  return {
    schema: SETTINGS_SCHEMA,
    enabled: true,
    sensitivity: 'balanced',
    categories: Object.fromEntries(CATEGORY_IDS.map((c) => [c, true])) as Record<CategoryId, boolean>,
    pausedSites: [],
    sendPause: true,
    quietHours: { enabled: false, start: DEFAULT_QUIET_START, end: DEFAULT_QUIET_END },
    highlights: true,
  };
}

export interface Validated {
  settings: Settings;
  /** Field names whose stored value was unusable and fell back to the default. */
  repaired: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isHour = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 23;

const HOSTNAME = /^[a-z0-9.-]{1,253}$/;

/**
 * Turns whatever is stored into usable settings. Every field is checked on its own, so one bad
 * field costs only that field; the names of repaired fields are reported so pages can say so.
 */
export function validateSettings(raw: unknown): Validated {
  const d = defaultSettings();
  if (!isRecord(raw)) return { settings: d, repaired: raw === undefined ? [] : ['settings'] };
  const repaired: string[] = [];
  const pick = <K extends keyof Settings>(key: K, ok: (v: unknown) => boolean): Settings[K] => {
    if (!(key in raw)) return d[key];
    if (ok(raw[key])) return raw[key] as Settings[K];
    repaired.push(key);
    return d[key];
  };

  const categories = { ...d.categories };
  if ('categories' in raw) {
    if (isRecord(raw.categories)) {
      for (const c of CATEGORY_IDS) {
        const v = raw.categories[c];
        if (typeof v === 'boolean') categories[c] = v;
        else if (v !== undefined) repaired.push(`categories.${c}`);
      }
    } else repaired.push('categories');
  }

  let quietHours = d.quietHours;
  if ('quietHours' in raw) {
    const q = raw.quietHours;
    if (isRecord(q) && typeof q.enabled === 'boolean' && isHour(q.start) && isHour(q.end)) {
      quietHours = { enabled: q.enabled, start: q.start, end: q.end };
    } else repaired.push('quietHours');
  }

  const pausedSites = pick(
    'pausedSites',
    (v) =>
      Array.isArray(v) &&
      v.length <= MAX_PAUSED_SITES &&
      v.every((s) => typeof s === 'string' && HOSTNAME.test(s)),
  );

  return {
    settings: {
      schema: SETTINGS_SCHEMA,
      enabled: pick('enabled', (v) => typeof v === 'boolean'),
      sensitivity: pick('sensitivity', (v) => (SENSITIVITIES as readonly unknown[]).includes(v)),
      categories,
      pausedSites: [...new Set(pausedSites)],
      sendPause: pick('sendPause', (v) => typeof v === 'boolean'),
      quietHours,
      highlights: pick('highlights', (v) => typeof v === 'boolean'),
    },
    repaired,
  };
}

/** Is the hour inside quiet hours? Handles ranges that wrap past midnight (23 → 6). */
export function inQuietHours(q: QuietHours, hour: number): boolean {
  if (!q.enabled || q.start === q.end) return false;
  return q.start < q.end ? hour >= q.start && hour < q.end : hour >= q.start || hour < q.end;
}
