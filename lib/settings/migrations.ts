/**
 * Versioned migrations of the stored settings. Each step takes the object stored under schema N
 * and returns it in the shape of schema N + 1; validation runs after the last step.
 */
import { SETTINGS_SCHEMA } from './schema';

type Step = (old: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] upgrades schema n to n + 1. */
const MIGRATIONS: Record<number, Step> = {
  // Schema 1 kept one `paused` flag per site in an object ({ "web.whatsapp.com": true }) and
  // called the send pause `holdEnter`. Schema 2 keeps a list of paused hosts.
  1: ({ paused, holdEnter, ...rest }) => ({
    ...rest,
    pausedSites:
      typeof paused === 'object' && paused !== null
        ? Object.entries(paused as Record<string, unknown>)
            .filter(([, on]) => on === true)
            .map(([host]) => host)
        : [],
    ...(typeof holdEnter === 'boolean' ? { sendPause: holdEnter } : {}),
  }),
};

export type MigrationResult =
  | { ok: true; value: unknown; migratedFrom?: number }
  | { ok: false; reason: 'future' | 'unknown-schema'; schema: unknown };

/**
 * Brings a stored value up to the current schema. A value from a newer version of the
 * extension (after a downgrade) cannot be read safely and is reported, not guessed at.
 */
export function migrateSettings(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: true, value: raw };
  let value = raw as Record<string, unknown>;
  const schema = value.schema ?? 1;
  if (!Number.isInteger(schema) || (schema as number) < 1) return { ok: false, reason: 'unknown-schema', schema };
  if ((schema as number) > SETTINGS_SCHEMA) return { ok: false, reason: 'future', schema };
  for (let n = schema as number; n < SETTINGS_SCHEMA; n++) value = { ...MIGRATIONS[n]!(value), schema: n + 1 };
  return { ok: true, value, migratedFrom: schema === SETTINGS_SCHEMA ? undefined : (schema as number) };
}
