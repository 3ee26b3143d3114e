import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '../../../lib/analysis/index';
import { featureWeight, model, modelLogits } from '../../../lib/analysis/model';
import { pack, STEP, unpack } from '../../../lib/analysis/model/packed';
import { draftFeatures } from '../../../lib/analysis/model/draft-features';
import weights from '../../../lib/analysis/model/weights.json';

describe('linear model', () => {
  test('covers every category but length, with one weight per category for each feature', () => {
    expect(weights.categories).toEqual([...CATEGORIES.filter((c) => c !== 'length'), 'heavy']);
    expect(model.features.length).toBeGreaterThan(1000);
    expect(new Set(model.features).size).toBe(model.features.length);
    expect(model.flat).toHaveLength(model.features.length * weights.categories.length);
  });

  test('packing keeps each weight to within half a step, and the features in order', () => {
    const rows = [[0.12, -3.9], [2.5, -0.01]];
    const packed = pack({ categories: ['emotion', 'heavy'], bias: [-1, -2], features: ['w:a', 'b:a b'], rows, realHalf: false, draftHalf: false });
    const back = unpack(JSON.parse(JSON.stringify(packed)));
    expect(back.features).toEqual(['w:a', 'b:a b']);
    expect(back.bias).toEqual([-1, -2]);
    rows.flat().forEach((w, i) => expect(Math.abs(back.flat[i] - w)).toBeLessThanOrEqual(STEP / 2));
  });

  test('a weights file whose counts disagree is refused, not misread', () => {
    const packed = pack({ categories: ['emotion', 'heavy'], bias: [0, 0], features: ['w:a'], rows: [[1, 1]], realHalf: false, draftHalf: false });
    expect(() => unpack({ ...packed, features: 'w:a\nw:b' })).toThrow(/2 weights for 2 features/);
  });

  describe('flags …', () => {
    test.each([
      ['pressure', 'why are you ignoring me, answer me'],
      ['neediness', 'please come back, I need you'],
    ] as const)('%s leans positive in %j', (category, text) => {
      expect(modelLogits(draftFeatures(text)).get(category)).toBeGreaterThan(0);
    });
  });

  describe('stays quiet on …', () => {
    test.each(['see you at the station at 8', 'thanks for dinner, it was lovely'])('%j', (text) => {
      for (const [, logit] of modelLogits(draftFeatures(text))) expect(logit).toBeLessThan(0);
    });
  });

  test('ships weights trained on every row, not a --real-half / --draft-half tuning run', () => {
    const trained = weights as { realHalf?: boolean; draftHalf?: boolean };
    expect(trained.realHalf).toBe(false);
    expect(trained.draftHalf).toBe(false);
  });

  test('a sentence weighs what its features weigh', () => {
    const features = draftFeatures('answer me');
    expect(featureWeight(features, 'pressure')).toBeGreaterThan(featureWeight(features, 'commitment'));
  });
});
