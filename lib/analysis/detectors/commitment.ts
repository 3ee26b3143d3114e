/** Commitment: pushing for labels or big steps ("what are we?", back together, marriage, moving in). */
import type { Rule } from '../types';

export const category = 'commitment' as const;

export const rules: Rule[] = [
  { id: 'what-are-we', match: '^(so|ok|okay|seriously|honestly)? what are we$', weight: 1 },
  { id: 'where-going', match: 'where (is|are) (this|things|we) (going|heading)$', weight: 1 },
  { id: 'where-this-going', match: 'where (is|are) (this|things|we|us) (going|heading) (with|between) (us|this)', weight: 1 },
  { id: 'back-together', match: '(be|get|getting|are|we|us) back together', weight: 1 },
  { id: 'make-official', match: '(make|making|be|become|get|are we|us to be) (it|this|us|things)? #KilLabel', weight: 1, negatable: true },
  { id: 'be-my-partner', match: '(be|become) my (girlfriend|boyfriend|wife|husband|partner|fiance|fiancee)', weight: 1 },
  { id: 'marry-me', match: '(marry me|get married|get engaged|be engaged)', weight: 1, negatable: true },
  { id: 'move-in', match: '(move|moving) (back)? in with (me|you)', weight: 1, negatable: true },
  { id: 'define-us', match: '(define|label) (this|us|what we are|what this is|the relationship)', weight: 1 },
  { id: 'relationship-talk', match: '(where we stand|what we are to each other|what this is between us)', weight: 1 },
  { id: 'rest-of-life', match: '(spend|live) the rest of (my|our) (life|lives)', weight: 1 },
  { id: 'never-anyone-else', match: 'never #Adverb? (love|want|be with) (anyone|anybody|someone) else', weight: 1 },
  { id: 'only-you-forever', match: 'you are (the one|my forever|my future)', weight: 1 },
  { id: 'are-we-together', match: '(are|r) we (together|a thing|a couple|dating|official|exclusive)', weight: 1 },
  { id: 'we-are-a-couple', match: 'we are (a couple|together again|official|exclusive)', weight: 1 },
  { id: 'rings', match: '(looked|looking|look|bought|picked|shopping) (at|for|out)? (engagement)? rings', weight: 1 },
  { id: 'future-with-me', match: '(see|have|want) a future (with me|together|for us|with you)', weight: 1 },
  { id: 'we-have-a-future', match: '(we|us) (have|had) a future', weight: 1 },
  { id: 'marry-you', match: '(want to|wanna|going to|gonna|will|to) marry you', weight: 1, negatable: true },
  { id: 'lets-try-again', match: '(let us|lets) (try again|give it another|start over|be together)', weight: 1 },
  { id: 'try-again', match: '(give|try) (us|this|it|things) (another|one more) (try|go|shot)', weight: 1 },
  { id: 'start-over', match: '(start|begin) (over|again) (together|with you)', weight: 1 },
  { id: 'want-us-back', match: 'i want (us|you) back', weight: 1, negatable: true },
  { id: 'be-your-partner', match: '(be|become|being) your (boyfriend|girlfriend|partner|wife|husband|fiance|fiancee|person)', weight: 1 },
  { id: 'are-you-my', match: 'are you my (boyfriend|girlfriend|partner|person)', weight: 1 },
  { id: 'we-are-together', match: 'we are (together|a couple|a thing|back)$', weight: 1 },
  { id: 'agree-together', match: '(agree|admit|say) (that)? we are (together|a couple|a thing|dating)', weight: 1 },
  { id: 'as-a-couple', match: 'as a couple', weight: 1 },
  { id: 'in-between', match: '(the|this) (in-between|in between|grey area|situationship)', weight: 0.6 },
  { id: 'move-in-ours', match: '(we|us|let us|lets|i want to|we should|we could) (move|moving) (back)? in together', weight: 1 },
];
