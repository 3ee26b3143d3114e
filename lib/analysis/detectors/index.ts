/** The rule-based detectors, compiled into one compromise net so each sentence is swept once. */
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

interface CacheTerm { normal?: string; implicit?: string; machine?: string; alias?: string[]; tags?: Set<string> }
type Hooks = Record<string, unknown>;

/**
 * The net trimmed to the words and tags that occur in `docs`. compromise's sweep walks every key of
 * the net for every sentence; with ~500 keys that walk costs more than the matching, and a draft
 * only ever touches a few dozen of them. Same keys as compromise's own sentence cache.
 */
export function netFor(docs: CacheTerm[][]): Net {
  const all = net.hooks as Hooks;
  const hooks: Hooks = {};
  const keep = (key: string | undefined) => {
    if (key && all[key] && !hooks[key]) hooks[key] = all[key];
  };
  for (const terms of docs) {
    for (const term of terms) {
      keep(term.normal);
      keep(term.implicit);
      keep(term.machine);
      term.alias?.forEach(keep);
      term.tags?.forEach((tag) => keep(`#${tag}`));
    }
  }
  return { ...net, hooks };
}
