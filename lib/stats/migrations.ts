/**
 * Versioned migrations of the stored counts, in the same pattern as the settings: each step takes
 * the object stored under schema N and returns it in the shape of schema N + 1; validation runs
 * after the last step. Schema 1 is the first shape, so there is no step yet.
 */
import { STATS_SCHEMA } from './schema';

export type StatsStep = (old: Record<string, unknown>) => Record<string, unknown>;

/** STATS_MIGRATIONS[n] upgrades schema n to n + 1. */
export const STATS_MIGRATIONS: Readonly<Record<number, StatsStep>> = {};

export type StatsMigration =
  | { ok: true; value: unknown; migratedFrom?: number }
  | { ok: false; reason: 'future' | 'unknown-schema'; schema: unknown };

/**
 * Brings a stored value up to `target`. A value from a newer version (after a downgrade) is
 * reported, not guessed at; so is a schema with no path to the current one.
 */
export function migrateStats(
  raw: unknown,
  target: number = STATS_SCHEMA,
  steps: Readonly<Record<number, StatsStep>> = STATS_MIGRATIONS,
): StatsMigration {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: true, value: raw };
  let value = raw as Record<string, unknown>;
  const schema = value.schema;
  if (!Number.isInteger(schema) || (schema as number) < 1) return { ok: false, reason: 'unknown-schema', schema };
  if ((schema as number) > target) return { ok: false, reason: 'future', schema };
  for (let n = schema as number; n < target; n++) {
    const step = steps[n];
    if (!step) return { ok: false, reason: 'unknown-schema', schema };
    value = { ...step(value), schema: n + 1 };
  }
  return { ok: true, value, migratedFrom: schema === target ? undefined : (schema as number) };
}
