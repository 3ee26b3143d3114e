/**
 * A small linear model per category over draft features, trained on our own labeled drafts with
 * everyday real messages as negatives (see train.ts). Rules give precise spans and explanations;
 * the model adds evidence for phrasings the rules do not spell out.
 */
import type { Category } from '../types';
import trained from './weights.json';

interface Weights { categories: Category[]; bias: number[]; features: Record<string, number[]> }
const model = trained as unknown as Weights;

/** Log-odds per category for a draft with these features. */
export function modelLogits(features: Iterable<string>): Map<Category, number> {
  const sums = [...model.bias];
  for (const feature of features) {
    const weights = model.features[feature];
    if (weights) for (let i = 0; i < sums.length; i++) sums[i] += weights[i];
  }
  return new Map(model.categories.map((category, i) => [category, sums[i]]));
}

/** Log-odds contribution of one sentence's features (to point at the sentence that weighs most). */
export function featureWeight(features: Iterable<string>, category: Category): number {
  const index = model.categories.indexOf(category);
  let sum = 0;
  for (const feature of features) sum += model.features[feature]?.[index] ?? 0;
  return sum;
}
