/**
 * Pressure: demands, deadlines and ultimatums aimed at the reader. A deadline only counts when it is
 * about the reader getting back to us ("reply by tonight"), not about a thing ("the form is due Friday").
 * Note for rule writers: contractions ("don't", "you're") do not match inside (a|b) alternatives,
 * so those phrases get their own rules.
 */
import type { Hit, Rule } from '../types';

export const category = 'pressure' as const;

export const rules: Rule[] = [
  // commands to get back to us
  { id: 'answer-me', match: '(answer|respond|reply) (to)? me', weight: 1 },
  { id: 'bare-command', match: '^(just|please|pls|so)? (pick up|answer|reply|respond) (pls|please|already|now)?$', weight: 1 },
  { id: 'bare-call-me', match: '^(just|please|pls|so)? (call|text) me back? (pls|please|already|now)?$', weight: 0.7 },
  { id: 'answer-your-phone', match: 'answer (your|the) phone', weight: 1 },
  { id: 'reply-when-you-get-this', match: '#KilReply when you (get|see|read) this', weight: 0.5 },
  { id: 'wont-ask-again', match: 'i will not ask (again|twice)', weight: 0.6 },
  { id: 'bare-now', match: '^(right now|now|today|tonight|immediately|asap)$', weight: 0.6 },
  // "pick up the phone charger" is an errand
  { id: 'pick-up-phone', match: 'pick up (the|your) phone$', weight: 1 },
  { id: 'pick-up-phone-then', match: 'pick up (the|your) phone !#Noun', weight: 1 },
  { id: 'until-you-pick-up', match: 'until you (pick up|answer|reply|respond|call|text)', weight: 1 },
  // "can I call now?" is us offering, not a demand: a subject or modal before the verb cancels it
  { id: 'reply-now', match: '(#Imperative && #KilReply) me? back? (right now|right away|this instant|now|immediately|asap)', weight: 1, negatable: true },
  { id: 'reply-now-start', match: '^(just|please|pls|so)? #KilReply me? back? (right now|right away|this instant|now|immediately|asap)', weight: 1, negatable: true },
  { id: 'reply-today', match: '^(just|please|pls|so)? #KilReply me? back? (today|tonight)', weight: 0.5, negatable: true },
  { id: 'expect-reply', match: 'i #Adverb? (expect|want|need|deserve) (a|an|your|some)? (reply|answer|response|explanation)', weight: 1, negatable: true },
  { id: 'expect-you-to', match: 'i #Adverb? expect you to', weight: 1, negatable: true },
  { id: 'you-better', match: 'you (had better|better) #Adverb? #KilReply', weight: 1 },
  { id: 'you-better-do', match: 'you (had better|better) #Adverb? #Verb', weight: 0.6 },
  { id: 'owe-me', match: 'you owe me (a|an|the)? (explanation|answer|reply|apology|call|conversation|talk|truth)', weight: 1, negatable: true },
  { id: 'explain-yourself', match: 'explain yourself', weight: 1, negatable: true },
  { id: 'tell-me-now', match: 'tell me (what you want|right now|the truth|now|why)', weight: 0.5, negatable: true },
  { id: 'need-to-know', match: 'i #Adverb? need to know (right now|now|today|tonight|why|what|if|whether)', weight: 0.8, negatable: true },
  // ultimatums
  { id: 'if-you-dont-i-will', match: 'if you do not .{0,6} i will', weight: 1 },
  { id: 'if-you-dont-then', match: 'if you do not .{0,6} (then|forget|goodbye|bye)', weight: 1 },
  { id: 'if-you-dont-done', match: 'if you do not .{0,6} we are (done|over|finished)', weight: 1 },
  { id: 'if-you-dont-over', match: 'if you do not .{0,6} it is (over|done|finished)', weight: 1 },
  { id: 'unless-you', match: 'unless you', weight: 0.7 },
  { id: 'dont-bother', match: 'do not bother (calling|texting|replying|answering|coming|messaging|ever)', weight: 1 },
  { id: 'take-as-answer', match: '(take|assume) (your silence|that|it|this) (as|is|means) (your|an|a) (answer|no)', weight: 1 },
  { id: 'or-ill', match: 'or i will (give up|move on|be done|assume|take|know|consider|stop|block|leave|delete)', weight: 1 },
  { id: 'or-done', match: 'or (we are done|it is over|i am done|i am gone|forget it|else)', weight: 1 },
  { id: 'last-chance', match: '(last|final) (time i ask|chance|warning)', weight: 1 },
  { id: 'wasting-time', match: 'am i wasting my time', weight: 1 },
  { id: 'cant-keep-doing', match: 'we can not keep (doing|going) (this|on)', weight: 0.5 },
  { id: 'leave-on-read', match: 'leave me on (read|seen|delivered)', weight: 1 },
  // deadlines set on the reader
  { id: 'you-have-until', match: 'you have got? (until|till|til)', weight: 1 },
  { id: 'giving-you-until', match: '(giving|give|given) you (one more day|a day|a week|24 hours|until|till|til)', weight: 1 },
  { id: 'decide-by', match: '(get back to me|make up your mind|tell me|decide|answer|reply|respond|choose) .{0,4} (by|before|until|within) (the end of|tonight|tomorrow|#Date|#Value)', weight: 1, negatable: true },
  { id: 'agree-this-week', match: 'can we (agree|decide|settle) .{0,3} (this week|by #Date|today|tonight|tomorrow|now)', weight: 1 },
  // chasing: ignoring, online, read receipts
  { id: 'why-not-answering', match: 'why (are|do|did|have|is|will|would|can|r) (you|u|it) not? (been)? (picking up|#KilReply|answered|replied|responded|ignoring)', weight: 1 },
  { id: 'why-ignore', match: 'why (are|do|did|would) you (ignore|ignoring|avoid|avoiding|ghost|ghosting)', weight: 1 },
  { id: 'ignoring-me', match: 'you (are|keep)? (ignoring|avoiding|ghosting) me', weight: 1 },
  { id: 'stop-ignoring', match: 'stop (ignoring|avoiding|ghosting) me', weight: 1 },
  { id: 'see-online', match: 'i #Adverb? (can|could)? (see|know) that? you (are|were) (online|there|active|typing|reading)', weight: 1 },
  { id: 'saw-you-read', match: '(i can see you|i saw you|you) (read|saw|seen|opened) my (message|messages|text|texts)', weight: 1 },
  // demands for an explanation, pointed questions
  { id: 'why-keep', match: 'why (do|would|did) you (keep|always|even|never)', weight: 1 },
  { id: 'why-dont-you', match: 'why do not you (just)? #Verb', weight: 0.6 },
  { id: 'why-didnt-you', match: 'why did not you (call|text|reply|answer|write|message|respond|tell|say)', weight: 1 },
  { id: 'why-wont-you', match: 'why will not you (call|text|reply|answer|write|message|respond|tell|talk|say|just)', weight: 1 },
  { id: 'why-havent-you-called', match: 'why have not you (called|texted|replied|answered|written|messaged|responded|said)', weight: 1 },
  { id: 'did-you-even', match: '(did|do|have) you (even|actually) (read|try|tried|listen|look|care|think)', weight: 1 },
  { id: 'what-is-your-problem', match: 'what is your (problem|deal|excuse)', weight: 1 },
  { id: 'so-hard', match: 'is it #Adverb? (so|that)? (hard|difficult) to', weight: 1 },
  // broader: decisions demanded, waiting announced, chasing
  { id: 'decide', match: '^(just|so|now)? (make up your mind|pick one|decide|choose)$', weight: 0.8 },
  { id: 'not-wait-forever', match: '(not going to|will not|can not) wait (around)? (much longer|any longer|forever)', weight: 1 },
  { id: 'answer-the-question', match: '(just)? answer (the|my) question', weight: 1 },
  { id: 'yes-or-no', match: 'yes or no', weight: 0.6 },
  { id: 'hours-to-reply', match: 'you have #Value (hours|minutes|days) to', weight: 1 },
  { id: 'tell-me-where-we-stand', match: 'tell me (what is going on|where we stand|what we are) (right now|now|today|tonight)', weight: 1 },
  { id: 'stop-playing-games', match: 'stop (messing me around|wasting my time|playing games)', weight: 1 },
  { id: 'why-havent-you', match: 'why have you not (said anything|called|texted|replied|answered|written|messaged|responded)', weight: 1 },
  { id: 'been-waiting', match: 'i have been waiting (all day|all night|for hours|for days|for your|since)', weight: 0.8 },
  { id: 'least-you-can-do', match: 'the least you (can|could) do', weight: 1 },
  { id: 'seen-this', match: 'i know you have (seen|read) (this|it|my)', weight: 1 },
  { id: 'anyone-there', match: '(anyone|anybody|you) (there|home|alive)', weight: 0.4 },
  { id: 'as-soon-as-you-see', match: '#KilReply (me)? (back)? (as soon as|the moment|the second) you (see|read|get)', weight: 1 },
  { id: 'if-i-dont-hear', match: 'if i (do|did) not (hear|get) (from you|an answer|a reply|back)', weight: 1 },
  { id: 'i-mean-it', match: 'i mean it', weight: 0.4 },
  { id: 'ignoring-me-anywhere', match: '(ignoring|ignore|avoiding|ghosting) me', weight: 1, negatable: true },
  { id: 'need-your-answer', match: '(need|want|expect) (your|an|a|my) (answer|reply|response|decision) (before|by|today|tonight|now|asap|this)', weight: 1, negatable: true },
  { id: 'texted-you-times', match: '(texted|called|messaged|rang) you #Value (times|messages)', weight: 0.6 },
  { id: 'you-need-to-tell', match: 'you (need|have|got) to (make up|give me|tell|explain|answer|reply|respond|decide|call|talk|text|choose)', weight: 0.7, negatable: true },
  { id: 'outside-your-place', match: 'i am (in front of|downstairs at|outside|at) your (building|house|door|place|flat|apartment|work|office)', weight: 1 },
  { id: 'come-down-talk', match: '(open the door|come down|come out|come outside) and (see me|face me|talk)', weight: 1 },
  { id: 'last-time-asking', match: 'last time i am asking', weight: 1 },
  // word-class cues: a demand verb said as a command, time running out, "or not?"
  { id: 'command-demand', match: '(#Imperative && (#KilReply|#KilDemand))', weight: 0.6 },
  { id: 'command-your-texts', match: '(reply to|answer|read|check) (your|my) (texts|messages|phone|calls)', weight: 1 },
  { id: 'or-not', match: '(coming|going|staying|doing|interested|in|serious) or not$', weight: 0.5 },
  { id: 'say-something-or-not', match: '(tell me|say|answer|reply|respond|talk|call|text) .{0,2} or not', weight: 1 },
  { id: 'done-waiting', match: '(tired of|sick of|done|finished) waiting', weight: 0.8 },
  { id: 'not-asking-again', match: '(not|never) (going to ask|asking) (you again|again|twice)', weight: 0.8 },
  { id: 'leave-me-hanging', match: 'leave me (hanging|waiting|guessing)', weight: 1 },
  { id: 'you-owe-me', match: 'you owe me', weight: 0.8 },
  { id: 'cant-just', match: 'you can not just', weight: 0.5 },
  { id: 'make-a-decision', match: '(make|take) a (decision|choice)', weight: 0.5 },
  { id: 'been-days', match: 'it has been #Value (days|hours|weeks)', weight: 0.5 },
  { id: 'are-you-going-to-answer', match: 'are you going to (say|answer|reply|respond|talk|tell|call|text|explain)', weight: 0.6 },
  { id: 'dont-make-me', match: 'do not make me', weight: 0.6 },
  { id: 'expect-you-to-show', match: 'expect you to (show up|be there|turn up|come)', weight: 1 },
  { id: 'why-arent-you', match: 'why are not you (picking up|#KilReply|answering|replying|talking|responding)', weight: 1 },
  { id: 'need-you-to-reply', match: 'need you to #KilReply me? back? (right away|now|asap|immediately|today|tonight)', weight: 1 },
  { id: 'decency-to-reply', match: '(decency|courtesy) to (#KilReply|tell|say)', weight: 1 },
  { id: 'at-least-reply', match: 'at least (say something|#KilReply|answer)', weight: 0.6 },
  { id: 'why-so-hard', match: 'why is it so hard (for you)? to', weight: 1 },
  { id: 'online-all-day', match: '(been|are|were) online (all day|all night|for hours|all evening)', weight: 1 },
  { id: 'still-nothing', match: 'still nothing', weight: 0.6 },
  { id: 'give-me-an-answer', match: 'give me (an|a|your)? (straight answer|answer|reply|decision|explanation|response)', weight: 1, negatable: true },
  { id: 'stop-stalling', match: 'stop (avoiding the question|stalling|dodging)', weight: 1 },
  { id: 'tell-me-right-now', match: 'tell me (right now|now|immediately|tonight|today) (if|whether|what|why|who)', weight: 1 },
  // pointed questions that demand an account
  { id: 'bare-why', match: '^(so)? why$', weight: 0.6 },
  { id: 'why-on-earth', match: 'why (in the world|on earth|the hell|the heck)', weight: 1 },
  { id: 'what-are-you-talking-about', match: 'what (are|were) you (even)? talking about', weight: 1 },
  { id: 'are-you-really', match: 'are you (really|seriously|actually) (telling me|going to|denying|saying|suggesting|trying)', weight: 1 },
  { id: 'bare-seriously', match: '^(seriously|really|hello)$', weight: 0.4 },
  { id: 'to-do-with-you', match: 'what (has|does|did) (it|this|that) (got)? to do with you', weight: 1 },
  { id: 'actual-question', match: 'what is your (actual|real) (question|problem|point|issue)', weight: 1 },
  { id: 'dont-ignore', match: 'do not ignore (me|this|my|us)', weight: 1 },
  { id: 'not-going-to-respond', match: '(not|never) going to (respond|reply|answer|text back|call|say anything)', weight: 0.8 },
  { id: 'so-thats-it', match: '^so that is it$', weight: 0.4 },
  { id: 'how-many-times', match: 'how many times do i have to (ask|tell|say|beg|call|text)', weight: 1 },
  { id: 'why-wont-you-even', match: 'why will not you (even|just)? (look at|read|open|answer|reply to|return) my', weight: 1 },
  { id: 'need-to-know-tonight', match: 'i #Adverb? need to know (right now|tonight|today|now|by)', weight: 1 },
  // counting the hours, camping outside: chasing without asking
  { id: 'hours-since-i-texted', match: 'it (is|has) been #Value (hours|days|weeks) since (i|you) (texted|messaged|called|wrote|replied|answered|sent|heard)', weight: 1 },
  { id: 'waiting-until-you', match: 'i (will|am) #Adverb? (wait|waiting|stay|staying|sit|sitting) .{0,5} (until|till|til) you', weight: 1 },
  { id: 'dont-make-me-wait', match: 'do not make me wait', weight: 1 },
  { id: 'yes-or-no-now', match: '(give|tell) me (a|an)? (yes or no|straight answer|date|answer)', weight: 0.8, negatable: true },
];

/** Each "??" chasing a reply adds a little; two in one draft ("hello?? anyone there??") add up. */
const STACKED_QUESTION_WEIGHT = 0.4;

/** "?!" and "!?" read as an exasperated demand. */
const INTERROBANG = /\?!|!\?/;

export interface SurfaceTerm { post: string; start: number; end: number }

/** Stacked question marks, which compromise keeps as punctuation rather than words. */
export function surfaceHits(terms: readonly SurfaceTerm[]): Hit[] {
  return terms
    .filter((term) => term.post.includes('??') || INTERROBANG.test(term.post))
    .map((term) => ({ category, rule: 'stacked-questions', weight: STACKED_QUESTION_WEIGHT, start: term.start, end: term.end }));
}
