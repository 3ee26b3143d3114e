import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '../../../lib/analysis/index';
import { featureWeight, modelLogits } from '../../../lib/analysis/model';
import { draftFeatures } from '../../../lib/analysis/model/draft-features';
import weights from '../../../lib/analysis/model/weights.json';

describe('linear model', () => {
  test('covers every category but length, with one weight per category for each feature', () => {
    expect(weights.categories).toEqual([...CATEGORIES.filter((c) => c !== 'length'), 'heavy']);
    for (const row of Object.values(weights.features as Record<string, number[]>)) expect(row).toHaveLength(weights.categories.length);
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
