/** Per-category scoring shared by `npm run eval` and `npm run tune`: each draft is analyzed once. */
import { CATEGORIES, type Category } from '../lib/analysis/index';

export interface CategoryScore { category: Category; tp: number; fp: number; fn: number; precision: number; recall: number }

/** True/false positives and misses per category; precision or recall with nothing to measure counts as 1. */
export function scoreCategories(drafts: readonly { text: string; cats: readonly string[] }[], categoriesOf: (text: string) => readonly string[]): CategoryScore[] {
  const counts = new Map(CATEGORIES.map((category) => [category, { tp: 0, fp: 0, fn: 0 }]));
  for (const d of drafts) {
    const found = categoriesOf(d.text);
    for (const [category, c] of counts) {
      const got = found.includes(category);
      const wanted = d.cats.includes(category);
      if (got && wanted) c.tp++;
      else if (got) c.fp++;
      else if (wanted) c.fn++;
    }
  }
  return [...counts].map(([category, { tp, fp, fn }]) => ({
    category,
    tp,
    fp,
    fn,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
  }));
}
