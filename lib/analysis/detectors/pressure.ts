/**
 * Pressure: demands, deadlines and ultimatums aimed at the reader. A deadline only counts when it is
 * about the reader getting back to us ("reply by tonight"), not about a thing ("the form is due Friday").
 */
import type { Rule } from '../types';

export const category = 'pressure' as const;

export const rules: Rule[] = [
  // commands to get back to us
  { id: 'answer-me', match: '(answer|respond to|reply to) me', weight: 1 },
  { id: 'pick-up', match: '^(just|please)? pick (up|up the phone|up your phone) $', weight: 1 },
  { id: 'pick-up-phone', match: 'pick up (the|your) phone', weight: 1 },
  { id: 'reply-now', match: '#KilReply (me|back)? (right now|now|immediately|asap|right away|this instant)', weight: 1, negatable: true },
  { id: 'reply-today', match: '#KilReply (me|back)? (today|tonight)', weight: 0.5, negatable: true },
  { id: 'expect-reply', match: 'i #Adverb? (expect|want|need|deserve) (a|an|your|some)? (reply|answer|response|explanation|call back)', weight: 1, negatable: true },
  { id: 'owe-me', match: 'you owe me (a|an)? (explanation|answer|reply|apology|call)', weight: 1, negatable: true },
  { id: 'explain-yourself', match: 'explain yourself', weight: 1, negatable: true },
  { id: 'tell-me-now', match: 'tell me (now|right now|the truth|what you want|why)', weight: 0.5, negatable: true },
  { id: 'need-to-know', match: 'i #Adverb? need to know (now|today|tonight|right now|why|what|if|whether)', weight: 0.8, negatable: true },
  // ultimatums
  { id: 'if-you-dont', match: 'if you do not .{0,6} (i|then|we|it|forget|do not)', weight: 1 },
  { id: 'unless-you', match: 'unless you', weight: 0.7 },
  { id: 'dont-bother', match: 'do not bother (calling|texting|replying|answering|coming|messaging|ever)', weight: 1 },
  { id: 'take-as-answer', match: 'take (that|it|this|your silence) as (your|an|a) (answer|no)', weight: 1 },
  { id: 'last-chance', match: '(last|final) (chance|time i ask|warning)', weight: 1 },
  { id: 'or-else', match: 'or (else|we are done|it is over|i am done|i am gone|forget it)', weight: 1 },
  { id: 'wasting-time', match: 'am i wasting my time', weight: 1 },
  { id: 'cant-keep-doing', match: 'we can not keep (doing|going) (this|on)', weight: 0.5 },
  // deadlines set on the reader
  { id: 'you-have-until', match: 'you have got? (until|till|til)', weight: 1 },
  { id: 'decide-by', match: '(decide|answer|reply|respond|choose|let me know|get back to me|tell me|call me|text me) .{0,4} (by|before|until|within) (tonight|tomorrow|#Date|the end of)', weight: 1, negatable: true },
  { id: 'agree-this-week', match: 'can we (agree|decide|settle) .{0,3} (today|tonight|tomorrow|this week|by #Date|now)', weight: 1 },
  // chasing: ignoring, online, read receipts
  { id: 'why-not-answering', match: 'why (are|do|did|have|is) (you|it) not? (been)? (answering|replying|responding|picking up|answered|replied|responded|calling|texting|ignoring)', weight: 1 },
  { id: 'why-ignore', match: 'why (are|do|did|would) you (ignore|ignoring|avoid|avoiding|ghost|ghosting)', weight: 1 },
  { id: 'ignoring-me', match: '(you are|are you|stop) (ignoring|avoiding|ghosting) me', weight: 1 },
  { id: 'see-online', match: 'i #Adverb? (can|could)? (see|know) (that)? (you are|you were) (online|there|active|typing|reading)', weight: 1 },
  { id: 'read-my-message', match: 'you (read|saw|seen|opened) my (message|messages|text|texts)', weight: 0.8 },
  // demands for an explanation, pointed questions
  { id: 'why-keep', match: 'why (do|would|did) you (keep|always|even|never)', weight: 1 },
  { id: 'why-dont-you', match: 'why (do not|did not|can not|would not) you (just)? #Verb', weight: 0.6 },
  { id: 'did-you-even', match: '(did|do|have) you (even|actually|ever) (read|try|tried|listen|look|care|think)', weight: 1 },
  { id: 'what-is-your-problem', match: 'what is (your|the) (problem|deal|excuse)', weight: 1 },
];
