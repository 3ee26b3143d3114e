/**
 * A small linear model per category over draft features, trained on our own labeled drafts with
 * everyday real messages as negatives (see train.ts). Rules give precise spans and explanations;
 * the model adds evidence for phrasings the rules do not spell out.
 *
 * A draft's features are the union of its sentences' features. Each sentence is turned into the ids
 * of the features the model knows once, when it is parsed (and cached with it), so scoring a draft
 * after an edit is a walk over small integer arrays, not a set of strings.
 */
import type { Category } from '../types';
import { type PackedWeights, unpack } from './packed';
import trained from './weights.json';

/** The model's outputs: a score per category, and one for "heavy at all" (any category but length). */
export type ModelLabel = Category | 'heavy';
/** The shipped model, unpacked once when the module loads (see packed.ts for the stored form). */
export const model = unpack(trained as PackedWeights);

const CATEGORY_COUNT = model.categories.length;
const ids = new Map<string, number>(model.features.map((feature, id) => [feature, id]));
/** All weights in one flat array: feature `id`, category `c` at `id * CATEGORY_COUNT + c`. */
const flat = model.flat;
/** For the union: the draft that last counted each feature (a stamp per call, no set per call). */
const countedIn = new Int32Array(ids.size);
let stamp = 0;

/** The features of one sentence the model knows, and their summed weight per category. */
export interface SentenceModel { ids: Int32Array; sums: Float64Array }

export function sentenceModel(features: Iterable<string>): SentenceModel {
  const known: number[] = [];
  const sums = new Float64Array(CATEGORY_COUNT);
  for (const feature of new Set(features)) {
    const id = ids.get(feature);
    if (id === undefined) continue;
    known.push(id);
    for (let c = 0; c < CATEGORY_COUNT; c++) sums[c] += flat[id * CATEGORY_COUNT + c];
  }
  return { ids: Int32Array.from(known), sums };
}

/** Log-odds per category for a draft made of these sentences (each feature counted once). */
export function draftLogits(sentences: readonly SentenceModel[]): Map<ModelLabel, number> {
  const sums = [...model.bias];
  const current = ++stamp;
  for (const sentence of sentences) {
    for (const id of sentence.ids) {
      if (countedIn[id] === current) continue;
      countedIn[id] = current;
      for (let c = 0; c < CATEGORY_COUNT; c++) sums[c] += flat[id * CATEGORY_COUNT + c];
    }
  }
  return new Map(model.categories.map((category, c) => [category, sums[c]]));
}

/** Log-odds per category for a draft with these features. */
export function modelLogits(features: Iterable<string>): Map<ModelLabel, number> {
  return draftLogits([sentenceModel(features)]);
}

/** Log-odds contribution of one sentence to a category (to point at the sentence that weighs most). */
export function sentenceWeight(sentence: SentenceModel, category: ModelLabel): number {
  const c = model.categories.indexOf(category);
  return c < 0 ? 0 : sentence.sums[c];
}

/** The same for a bare list of features. */
export function featureWeight(features: Iterable<string>, category: ModelLabel): number {
  return sentenceWeight(sentenceModel(features), category);
}
