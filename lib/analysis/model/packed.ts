/**
 * How weights.json stores the model compactly: the feature names joined by newlines, and every weight as one
 * signed byte (a multiple of `step`), base64-encoded, feature by feature. For 15,000 features × 7 outputs that
 * is 324 KB instead of 811 KB as a JSON object of float arrays (149 KB instead of 230 KB gzipped). No feature
 * contains a newline: features are single words or word pairs.
 */
import type { ModelLabel } from './index';

export interface PackedWeights {
  categories: ModelLabel[];
  bias: number[];
  /** Trained on half of the real rows / of our drafts (a tuning run), not for shipping. */
  realHalf: boolean;
  draftHalf: boolean;
  /** A weight is its stored byte times this. */
  step: number;
  features: string;
  weights: string;
}

export interface Weights {
  categories: ModelLabel[];
  bias: number[];
  features: string[];
  /** Feature `i`, output `c` at `i * categories.length + c`. */
  flat: Float64Array;
}

/** Weights are rounded to multiples of 1/32 (at most 4 in size, well above the largest the trainer produces). */
export const STEP = 1 / 32;

export function pack(
  model: Omit<Weights, 'flat'> & { rows: readonly (readonly number[])[]; realHalf: boolean; draftHalf: boolean },
): PackedWeights {
  const bytes = new Uint8Array(model.rows.length * model.categories.length);
  model.rows.forEach((row, i) =>
    row.forEach((weight, c) => {
      const q = Math.max(-128, Math.min(127, Math.round(weight / STEP)));
      bytes[i * model.categories.length + c] = q & 0xff;
    }),
  );
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return {
    categories: model.categories,
    bias: model.bias,
    realHalf: model.realHalf,
    draftHalf: model.draftHalf,
    step: STEP,
    features: model.features.join('\n'),
    weights: btoa(binary),
  };
}

export function unpack(packed: PackedWeights): Weights {
  const features = packed.features ? packed.features.split('\n') : [];
  const binary = atob(packed.weights);
  const size = features.length * packed.categories.length;
  if (binary.length !== size) throw new Error(`weights.json: ${binary.length} weights for ${features.length} features`);
  const flat = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const byte = binary.charCodeAt(i);
    flat[i] = (byte > 127 ? byte - 256 : byte) * packed.step;
  }
  return { categories: packed.categories, bias: packed.bias, features, flat };
}
