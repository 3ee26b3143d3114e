/** Picks a phrasing for a category or note; `variant` rotates through them so the UI does not repeat itself. */
import type { Category, Note } from '../analysis/types';
import { CATEGORY_PHRASINGS, NOTE_PHRASINGS, type Phrasing } from './texts';

function pick<T>(list: readonly T[], variant: number): T {
  const index = Number.isFinite(variant) ? Math.abs(Math.trunc(variant)) % list.length : 0;
  return list[index];
}

export function adviceFor(category: Category, variant = 0): Phrasing {
  return pick(CATEGORY_PHRASINGS[category], variant);
}

export function noteAdviceFor(kind: Note['kind'], variant = 0): Omit<Phrasing, 'label'> {
  return pick(NOTE_PHRASINGS[kind], variant);
}

export { CATEGORY_PHRASINGS, NOTE_PHRASINGS };
export type { Phrasing };
