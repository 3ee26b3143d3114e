/** The model's features for a whole draft: the union of its (cached) sentences' features. */
import { splitPieces } from '../segment';
import { analyzeSentences } from '../sentence';

export function draftFeatures(text: string): string[] {
  const out = new Set<string>();
  for (const sentence of analyzeSentences(splitPieces(text).map((piece) => piece.text))) {
    for (const feature of sentence.features) out.add(feature);
  }
  return [...out];
}
