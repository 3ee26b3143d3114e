import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeDraft, CATEGORIES, type Category } from '../../../lib/analysis/index';

interface Draft { id: string; text: string; flag: boolean; cats: Category[] }
const dir = join(import.meta.dirname, '../../corpus');
const drafts: Draft[] = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Draft));

/** Whole-corpus floors: the targets from the issue, so a rule change that breaks a category fails here. */
const MIN_PROBLEM_FLAGGED = 0.9;
const MAX_LIGHT_FLAGGED = 0.05;
const MIN_PRECISION_RECALL = 0.8;

describe('own corpus', () => {
  test('has at least 300 labeled drafts with known categories', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(300);
    for (const d of drafts) for (const c of d.cats) expect(CATEGORIES).toContain(c);
    expect(new Set(drafts.map((d) => d.id)).size).toBe(drafts.length);
  });

  test('shares no draft with the held-out sets (which must stay unseen by training)', () => {
    const heldDir = join(import.meta.dirname, '../../holdout');
    const normal = (text: string) => text.trim().toLowerCase();
    const held = new Set(
      readdirSync(heldDir)
        .filter((f) => f.endsWith('.jsonl'))
        .flatMap((f) => readFileSync(join(heldDir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => normal((JSON.parse(l) as Draft).text))),
    );
    expect(held.size).toBeGreaterThan(0);
    expect(drafts.filter((d) => held.has(normal(d.text))).map((d) => d.id)).toEqual([]);
  });

  const results = new Map(drafts.map((d) => [d.id, analyzeDraft(d.text)]));

  test('flags problem drafts and stays quiet on light ones', () => {
    const problems = drafts.filter((d) => d.flag);
    const lights = drafts.filter((d) => !d.flag);
    const hit = problems.filter((d) => results.get(d.id)!.flagged).length / problems.length;
    const alarms = lights.filter((d) => results.get(d.id)!.flagged).length / lights.length;
    expect(hit).toBeGreaterThanOrEqual(MIN_PROBLEM_FLAGGED);
    expect(alarms).toBeLessThanOrEqual(MAX_LIGHT_FLAGGED);
  });

  test.each(CATEGORIES.map((c) => [c]))('%s precision and recall', (category) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const d of drafts) {
      const found = results.get(d.id)!.categories.includes(category);
      const wanted = d.cats.includes(category);
      if (found && wanted) tp++;
      else if (found) fp++;
      else if (wanted) fn++;
    }
    expect(tp / (tp + fp || 1)).toBeGreaterThanOrEqual(MIN_PRECISION_RECALL);
    expect(tp / (tp + fn || 1)).toBeGreaterThanOrEqual(MIN_PRECISION_RECALL);
  });
});
