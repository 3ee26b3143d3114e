/**
 * The rule-based detectors, compiled into one compromise net so each sentence is swept once (our
 * `bulkMatch` in ../sweep.ts only tries the rules whose words and tags occur in the sentence).
 */
import nlp from '../nlp';
import type { Category, Rule } from '../types';
import * as blame from './blame';
import * as commitment from './commitment';
import * as emotion from './emotion';
import * as neediness from './neediness';
import * as past from './past';
import * as pressure from './pressure';

export interface KeyedRule extends Rule { category: Category }

const detectors = [emotion, pressure, neediness, past, blame, commitment];

/** Rules by `category/id`; the key travels through the sweep as the match's `reason`. */
export const rulesByKey = new Map<string, KeyedRule>();
for (const detector of detectors) {
  for (const rule of detector.rules) rulesByKey.set(`${detector.category}/${rule.id}`, { ...rule, category: detector.category });
}

export type Net = ReturnType<typeof nlp.buildNet>;
export const net: Net = nlp.buildNet([...rulesByKey].map(([key, rule]) => ({ match: rule.match, reason: key })));
