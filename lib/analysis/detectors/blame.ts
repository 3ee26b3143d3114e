/** Blame: "you always/never", "your fault", name-calling, sarcasm and guilt-trips aimed at the reader. */
import type { Rule } from '../types';

export const category = 'blame' as const;

export const rules: Rule[] = [
  // "you never know" and "you always make me laugh" are not accusations
  // "do you always …?" is a question, not a charge
  { id: 'you-always-never', match: '!(do|did|does|have|has|are|were|will|would|can|could) you (always|never|constantly) !(know|been|told|mentioned|make|#KilWarm|#Gerund)', weight: 1 },
  { id: 'you-always-never-opening', match: '^you (always|never|constantly) !(know|been|told|mentioned|make|#KilWarm|#Gerund)', weight: 1 },
  { id: 'you-always-make', match: '!(do|did|does) you (always|never|constantly) make (everything|it|this|things|me feel|me the)', weight: 1 },
  { id: 'you-always-make-opening', match: '^you (always|never|constantly) make (everything|it|this|things|me feel|me the)', weight: 1 },
  { id: 'always-about-you', match: '(always|all) about you', weight: 1 },
  { id: 'your-fault', match: '(your|ur) fault', weight: 1, negatable: true },
  { id: 'thanks-for-nothing', match: 'thanks for nothing', weight: 1 },
  { id: 'where-i-stand', match: '(nice|good|glad|great) to know (where i stand|how you feel|i matter|how much i mean)', weight: 1 },
  { id: 'must-be-nice', match: 'must be nice', weight: 0.7 },
  { id: 'if-you-loved-me', match: 'if you (really|actually|truly)? (loved|cared about|cared for|respected|wanted) me', weight: 1 },
  { id: 'only-yourself', match: '(anyone|anybody|nobody|no one) (but|except|other than) yourself', weight: 1 },
  { id: 'care-about-yourself', match: 'you (only|just) (think|care) about (yourself|you)', weight: 1 },
  { id: 'you-are-insult', match: '(you are|you were|you have been|you) (so|such|such a|a|an|really|just|the most|being)? #Adverb? #KilInsult', weight: 1, negatable: true },
  { id: 'how-could-you', match: 'how (could|dare|can) you', weight: 1 },
  { id: 'whats-wrong-with-you', match: 'what is (wrong|the matter) with you', weight: 1 },
  { id: 'you-made-me', match: 'you (made|make) me (feel|cry|do|this way|like this)', weight: 0.7 },
  { id: 'you-made-me-feel', match: 'you (made|make) me feel #Adverb? (#KilHeavy|#KilSore|#KilInsult|like)', weight: 1 },
  { id: 'the-one-who', match: 'you are the one who (ruined|broke|left|lied|cheated|destroyed|started|gave up|walked)', weight: 1 },
  { id: 'ur-the-one-who', match: 'ur the one who', weight: 1 },
  { id: 'ruined-everything', match: 'ruined everything', weight: 0.7 },
  { id: 'shows-how-much', match: 'shows how much (you care|i matter|i mean)', weight: 1 },
  { id: 'like-nothing-happened', match: 'like nothing (ever)? happened', weight: 0.5 },
  { id: 'hate-you', match: 'i #Adverb? (hate|despise|resent|loathe) you', weight: 1, negatable: true },
  { id: 'what-you-did', match: 'what you did to (me|us)', weight: 0.7 },
  { id: 'chose-over-me', match: 'you (chose|picked|put) .{1,3} over me', weight: 1 },
  { id: 'because-of-you', match: '(because of|thanks to) you', weight: 0.5, negatable: true },
  { id: 'after-everything', match: 'after (everything|all) i (did|have done|gave|sacrificed)', weight: 1 },
  { id: 'dont-even', match: 'you (do not|did not|never) even (care|try|tried|listen|listened|ask|asked|notice|noticed|bother|bothered)', weight: 1 },
  { id: 'who-do-you-think', match: 'who do you think you are', weight: 1 },
  { id: 'you-ruined', match: 'you (ruined|destroyed|wrecked|betrayed|used|abandoned) (everything|it|us|me|my|our|the|that|this)', weight: 1 },
  { id: 'you-lied', match: 'you (lied|cheated|lie|cheat)', weight: 1, negatable: true },
  { id: 'your-own-effort', match: 'your own (effort|homework|work|research)', weight: 0.7 },
  { id: 'do-your-homework', match: 'do (your|their) (own)? (homework|work|research|job)', weight: 0.7 },
  { id: 'typical-you', match: '(typical|classic) (you|of you)', weight: 1 },
  { id: 'real-mature', match: '(real|very|so) (mature|nice|classy) of you', weight: 1 },
];
