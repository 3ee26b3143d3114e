/** Neediness: begging, "I can't live without you", waiting by the phone. */
import type { Rule } from '../types';

export const category = 'neediness' as const;

export const rules: Rule[] = [
  { id: 'cant-without-you', match: 'i #Adverb? (can not|could not) #Adverb? (live|function|breathe|sleep|eat|go on|cope|survive|do this|do anything|be happy) without you', weight: 1 },
  { id: 'nothing-without-you', match: 'i am #Adverb? (nothing|lost|empty|worthless|broken|incomplete) without you', weight: 1 },
  { id: 'need-you', match: 'i #Adverb? need you (so much|back|here|now|more than|in my life|to come back)', weight: 1, negatable: true },
  { id: 'need-you-end', match: 'i #Adverb? need you$', weight: 1, negatable: true },
  { id: 'come-back', match: '(please|just|pls|plz) come (back|home)', weight: 1 },
  { id: 'come-back-to-me', match: 'come back to me', weight: 1 },
  { id: 'take-me-back', match: 'take me back', weight: 1 },
  { id: 'another-chance', match: 'give (me|us) (another|one more|a second|a last) chance', weight: 1 },
  { id: 'do-anything', match: 'i will do (anything|whatever it takes|whatever you want|everything)', weight: 1 },
  { id: 'whatever-it-takes', match: 'whatever it takes', weight: 0.6 },
  { id: 'ill-change', match: 'i (will|can) change (for you|i promise|i swear|everything|$)', weight: 1 },
  { id: 'wait-forever', match: 'i will wait (for you|forever|as long as|however long)', weight: 1 },
  { id: 'begging', match: '(i am begging|i beg|begging you|on my knees)', weight: 1 },
  { id: 'please-please', match: 'please please', weight: 1 },
  { id: 'staring-at-phone', match: '(stare|staring|stared|check|checking|checked|look|looking) at my phone', weight: 1 },
  { id: 'hoping-its-you', match: 'hoping (it is|it was|that it is) you', weight: 1 },
  { id: 'waiting-for-you', match: 'waiting (for your|by the) (text|call|message|reply|phone)', weight: 1 },
  { id: 'get-you-back', match: '(get|win|have) you back', weight: 1, negatable: true },
  { id: 'so-lonely', match: 'i am #Adverb? (so|really|very)? (lonely|desperate)', weight: 1, negatable: true },
  { id: 'all-i-have', match: 'you are (all|everything) i (have|need|want|think about)', weight: 1 },
  { id: 'dont-leave-me', match: '(do not|never) leave me', weight: 1 },
  { id: 'only-one', match: 'you are the only (one|person) (who|that|i)', weight: 0.7 },
  { id: 'cant-stop-thinking-you', match: 'i #Adverb? can not stop thinking about you', weight: 1 },
];
