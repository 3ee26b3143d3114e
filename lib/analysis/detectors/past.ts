/** Past: re-opening the old story — what went wrong, how it ended, old messages, "remember when we". */
import type { Rule } from '../types';

export const category = 'past' as const;

export const rules: Rule[] = [
  { id: 'went-wrong', match: 'what went wrong', weight: 1 },
  { id: 'how-it-ended', match: '(how|why|the way) (it|we|things|everything) (ended|fell apart|went wrong|broke down)', weight: 1 },
  { id: 'ended-things', match: '(we|you|i) (ended|broke) (things|it|up)', weight: 1 },
  { id: 'since-breakup', match: '(since|after|before) (the|our) (breakup|break up|split)', weight: 1 },
  { id: 'our-breakup', match: 'our (breakup|break up|fight|fights|argument|arguments|last fight|relationship)', weight: 0.8 },
  { id: 'going-over', match: '(going over|replaying|rehashing|thinking about|reliving) (how|what|why|the way) (it|we|you|things|that|happened)', weight: 1 },
  { id: 'remember-when-we', match: '(remember|recall) (when|how) (we|you and i|you and me)', weight: 1 },
  { id: 'remember-us', match: 'do you remember (our|us|the night|the day|that night|the time we)', weight: 0.8 },
  { id: 'why-did-we', match: '(why|how) did we (let|lose|throw|give up|end|break|split|stop|ruin)', weight: 1 },
  { id: 'was-it-me', match: '^was it (me|my fault|something i)', weight: 1 },
  { id: 'old-messages', match: '(reread|re-read|rereading|reading|read|looking at|looked at|scrolling through|scrolled through|went through) (your|our|all our|all your) (old)? (letters|messages|texts|chats|photos|pictures|emails)', weight: 1 },
  { id: 'how-happy-we-were', match: 'how (happy|good|close|great) we were', weight: 1 },
  { id: 'what-we-had', match: 'what we (had|used to have|shared)', weight: 1 },
  { id: 'back-when-we', match: '(back when we|the way we were|the good old days|used to be us)', weight: 0.8 },
  { id: 'we-used-to', match: 'we used to', weight: 0.5 },
  { id: 'you-never-did', match: 'you (never|always) #PastTense', weight: 0.7 },
  { id: 'took-it-out', match: 'i took (everything|it|things) out on you', weight: 1 },
  { id: 'should-have', match: 'i should (not)? have (listened|been|said|told|stayed|fought|treated|tried|stopped|left|let)', weight: 0.7 },
  { id: 'that-night', match: '(what|everything) (happened|you said|i said) (that night|back then|last year|between us)', weight: 1 },
  { id: 'still-think-about-us', match: '(still|keep|always) (think|thinking) about (us|what happened|that night|how)', weight: 1 },
];
