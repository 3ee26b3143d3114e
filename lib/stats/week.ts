/**
 * The popup's picture of the week: the last seven days of counts, ready to draw and to put in
 * one sentence. Pure.
 */
import { CATEGORY_IDS, type CategoryId } from '../settings/schema';
import { dayKey, daysBefore, type Stats } from './schema';

/** A week: today and the six days before it. */
export const WEEK_DAYS = 7;

export interface WeekDay {
  key: string;
  date: Date;
  /** Drafts nudged that day. */
  total: number;
  /** Per category (a draft may count in several). */
  byCategory: Record<CategoryId, number>;
}

export interface Week {
  days: WeekDay[];
  total: number;
  /** Category totals over the week, largest first, zeros left out. */
  categories: { category: CategoryId; count: number }[];
  /** The day with the most nudged drafts (the latest one on a tie); null in a quiet week. */
  busiest: WeekDay | null;
  pause: { paused: number; sentAnyway: number; edited: number };
}

export function weekOf(stats: Stats, now: Date = new Date()): Week {
  const days: WeekDay[] = [];
  const pause = { paused: 0, sentAnyway: 0, edited: 0 };
  const totals = Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])) as Record<CategoryId, number>;
  for (let i = WEEK_DAYS - 1; i >= 0; i--) {
    const date = daysBefore(now, i);
    const key = dayKey(date);
    const d = stats.days[key];
    const byCategory = Object.fromEntries(
      CATEGORY_IDS.map((c) => [c, d ? d.categories[c]['heads-up'] + d.categories[c].strong : 0]),
    ) as Record<CategoryId, number>;
    for (const c of CATEGORY_IDS) totals[c] += byCategory[c];
    if (d) {
      pause.paused += d.pause.paused;
      pause.sentAnyway += d.pause.sentAnyway;
      pause.edited += d.pause.edited;
    }
    days.push({ key, date, total: d ? d.drafts['heads-up'] + d.drafts.strong : 0, byCategory });
  }
  const total = days.reduce((n, d) => n + d.total, 0);
  const busiest = total ? days.reduce((best, d) => (d.total >= best.total ? d : best)) : null;
  const categories = CATEGORY_IDS.map((category) => ({ category, count: totals[category] }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count);
  return { days, total, categories, busiest, pause };
}
