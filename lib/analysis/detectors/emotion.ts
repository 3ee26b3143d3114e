/**
 * Emotion: deep feelings and heat — despair, rage, declarations, shouting. Words come from our lexicons
 * (tagged by the plugin); the surface scan adds what compromise does not model: "!!!", caps runs, tear emoji.
 */
import type { Hit, Rule } from '../types';
import heavyEmoji from '../lexicon/heavy-emoji';

export const category = 'emotion' as const;

/** Words after "hate to …" that make it a courtesy. */
const HATE_TO_IDIOMS = ['bother', 'interrupt', 'admit', 'state', 'break', 'say', 'ask', 'be'];
/** Who (or what whole) "I hate …" can be aimed at and still be anger rather than a mood about a thing. */
const HATED = 'you|u|ya|yourself|myself|us|him|her|them|everyone|everybody|everything|life';

export const rules: Rule[] = [
  { id: 'heavy-word', match: '#KilHeavy', weight: 1, negatable: true, quietOnThings: true },
  // hatred counts fully when it is the writer's own ("I hate", or a tweet-style "Hate being …");
  // "she hates selfies" or hate as a topic ("define hate") is heat at second hand
  // "hate to bother you" is a courtesy, not a feeling
  { id: 'hatred-word', match: '(#KilHatred && !#Noun)', weight: 0.6, negatable: true, unlessNear: HATE_TO_IDIOMS, anger: true },
  { id: 'hatred-noun', match: '(#KilHatred && #Noun)', weight: 0.3, negatable: true, anger: true },
  // hating a person (or oneself, or life) is anger; hating Mondays or the wifi is a mood the model may doubt
  { id: 'i-hate-someone', match: `i #Adverb? #KilHatred (${HATED}|my life|what you)`, weight: 0.4, negatable: true, unlessNear: HATE_TO_IDIOMS, anger: true },
  { id: 'i-hate', match: `i #Adverb? #KilHatred !(${HATED}|my|what)`, weight: 0.4, negatable: true, unlessNear: HATE_TO_IDIOMS },
  { id: 'hate-opening', match: '^#KilHatred', weight: 0.4, unlessNear: HATE_TO_IDIOMS, anger: true },
  { id: 'harsh-word', match: '#KilHarsh', weight: 0.6, negatable: true, anger: true },
  { id: 'sore-word', match: '#KilSore', weight: 0.35, negatable: true, anger: true },
  { id: 'piss-off', match: '(piss|fuck|screw|bugger|sod) (off|you|this|that|them|him|her)', weight: 1, anger: true },
  { id: 'what-a-jerk', match: '(what a|such a|bunch of|total|complete|absolute) (#KilInsult|#KilProfanity|#KilHarsh|#KilHatred)', weight: 1, anger: true },
  { id: 'go-die', match: '^die$', weight: 1, anger: true },
  { id: 'swear', match: '#KilProfanity', weight: 0.5, keepInQuotes: true, anger: true },
  { id: 'insult', match: '#KilInsult', weight: 0.6, negatable: true, anger: true },
  { id: 'heart-broken', match: 'my heart (has been|is|was|feels)? #Adverb? (in pieces|broken|shattered|breaking|aching|torn)', weight: 1 },
  { id: 'crying', match: 'i #Adverb? (cry|cried|crying|sob|sobbed|sobbing) (the whole|every|all|myself|each)', weight: 1 },
  { id: 'cant-stop-crying', match: 'can not stop (crying|shaking|sobbing|shaking)', weight: 1 },
  { id: 'falling-apart', match: '(my whole world|my life|my world|i am|everything|i|me) .{0,2} (fell|falling|fall|fallen|come|coming) apart', weight: 1 },
  { id: 'so-sore', match: 'i am #Adverb? (so|really|very|fucking|absolutely|beyond|just) #KilSore', weight: 1, negatable: true, quietOnThings: true },
  { id: 'think-straight', match: 'can not #Adverb? think straight', weight: 0.6 },
  { id: 'a-wreck', match: 'i am (such a|an absolute|a complete|a total|a) (wreck|mess|disaster)', weight: 1 },
  { id: 'killing-me', match: '(this|it|that|you) (is|are)? killing me', weight: 0.7 },
  { id: 'feel-like-drowning', match: 'i feel like (i am)? (losing my mind|falling apart|drowning|dying|suffocating|nothing)', weight: 1 },
  { id: 'feel-broken', match: 'i #Adverb? feel #Adverb? (so|completely|totally|really)? (broken|empty|alone|lost|hopeless|numb|worthless|#KilHeavy)', weight: 1, negatable: true },
  { id: 'just-done', match: 'i am #Adverb? (so so|so|completely|totally|just) done$', weight: 1 },
  { id: 'everything-hurts', match: '(it all|my heart|everything) (hurts|aches)', weight: 1 },
  { id: 'it-hurts-so', match: 'it (hurts|aches) (so much|so bad|like hell)', weight: 1 },
  { id: 'want-to-die', match: '(feel like|want to|wanna) (dying|die|disappear)', weight: 1 },
  { id: 'pure-torture', match: '(pure|absolute|living|sheer|total) (torture|agony|hell|misery)', weight: 1 },
  { id: 'more-than-anything', match: 'more than anything', weight: 0.5 },
  { id: 'cant-take-it', match: 'can not (take|handle|do|bear|stand) (any of this|all of this|it|this)? (any more|much longer|anymore)', weight: 1 },
  { id: 'done-with-it-all', match: 'i am #Adverb? (so|completely|totally)? done with (all of this|it all|all this|everything|this|you)', weight: 1 },
  { id: 'dont-know-what-to-do', match: 'do not know what to do (any more|with myself|anymore)', weight: 1 },
  { id: 'never-felt', match: 'never (ever)? (felt|loved|been|wanted|hurt) .{0,2} (like this|like that|this|so|anyone|anything|anybody)', weight: 1 },
  { id: 'never-ever', match: 'never ever', weight: 0.5 },
  { id: 'never-felt-pain', match: 'never (ever)? felt (pain|anything|this|so|that|such)', weight: 1 },
  // to a partner "I love you" is everyday; to an ex, "still" is what makes it a confession
  { id: 'love-you', match: 'i #Adverb? (love|adore) you', weight: 0.5, negatable: true },
  { id: 'love-you-so', match: 'love you (so much|more than|with all|forever)', weight: 0.3 },
  { id: 'still-love-you', match: 'i #Adverb? still (think about|love|miss|want) you', weight: 1, negatable: true },
  { id: 'in-love', match: 'i am #Adverb? (still|so|madly|completely)? in love with you', weight: 1, negatable: true },
  { id: 'whole-world', match: 'you (are|were) (my|the) (whole world|other half|everything|soulmate|world|person|home|air)', weight: 1 },
  { id: 'miss-you-so', match: 'i #Adverb? miss you (so so much|all the time|so much|like crazy|too much|every|more|terribly|constantly)', weight: 1, negatable: true },
  { id: 'miss-you', match: 'i #Adverb? miss you', weight: 0.5, negatable: true },
  { id: 'cant-function', match: 'i #Adverb? can not (think straight|go on|function|breathe|eat|sleep|cope)', weight: 0.6 },
  { id: 'so-intense', match: '#KilIntensifier (#KilIntensifier|#KilHeavy|#KilSore|#KilHarsh|#KilHatred|lost|broken|alone|empty)', weight: 0.5 },
  { id: 'hurt-me', match: '(you|it|this) (hurt|hurts|destroyed|crushed|broke) (my heart|me) #Adverb?', weight: 1, negatable: true },
  { id: 'kill-myself', match: '(kill|hurt) myself', weight: 1, keepInQuotes: true },
  { id: 'die', match: '(just|go|kindly) die', weight: 1 },
  { id: 'hate-hate', match: '(#KilHatred|#KilHarsh) (#KilHatred|#KilHarsh)', weight: 0.5, anger: true },
  { id: 'i-am-broken', match: '^(i am|i feel)? #Adverb? (so|completely|totally|utterly)? (broken|shattered|destroyed|crushed|empty|hopeless)$', weight: 1 },
  { id: 'angry-scream', match: '(so angry|so mad|so upset|so furious) (that i|i) (want to|could|wanna) (scream|cry|explode|die)', weight: 1, anger: true },
  { id: 'cried-so-hard', match: 'i (cried|sobbed|screamed) (myself to sleep|so hard|so much|all night|until)', weight: 1 },
  { id: 'heart-ripped', match: 'my heart (has been|is|was|feels)? (being)? (ripped|torn|breaking|broken|crushed|shattered|aching|bleeding)', weight: 1 },
  { id: 'losing-my-mind', match: '(losing|lost|lose) my mind', weight: 1 },
  { id: 'mean-everything', match: 'you mean (#Adverb)? (the world|everything) to me', weight: 1 },
  { id: 'die-for-you', match: 'i would die (for|without) you', weight: 1 },
  { id: 'never-been-so', match: 'never been so (in love|hurt|sad|angry|broken|lonely|lost|miserable|scared|betrayed|humiliated)', weight: 1 },
  { id: 'pain-unbearable', match: '(this|the) (pain|hurt|loneliness|silence) is #Adverb? (killing me|too much|unbearable|everywhere)', weight: 1 },
  { id: 'another-day', match: 'can not (take|do|survive|face) another (day|night|week)', weight: 1 },
  { id: 'in-love-with-you', match: 'in love with you', weight: 0.7, negatable: true },
  { id: 'cant-hide', match: 'can not (hide|pretend|fight) (my feelings|it|this) (any longer|anymore)', weight: 0.6 },
  { id: 'stopped-shaking', match: '(stopped|stop) (shaking|crying|trembling|sobbing)', weight: 1 },
  { id: 'tearing-me-apart', match: '(tearing|ripping|eating|killing) me (apart|alive|inside)', weight: 1 },
  { id: 'chest-hurts', match: 'my (whole body|chest|heart|stomach) #Adverb? (is aching|is pounding|hurts|aches|drops|sinks)', weight: 1 },
  { id: 'going-crazy', match: '(going|gone|go) (crazy|insane|mad) (here|over|without|because)?', weight: 0.7 },
  { id: 'cry-when', match: 'i #Adverb? (still)? (cry|cried) (every time|when|whenever|about|over|thinking)', weight: 1 },
  { id: 'shaking', match: 'i am #Adverb? (falling apart|shaking|trembling|sobbing|crying)', weight: 1, unlessNear: ['beautiful', 'happy', 'laughing', 'good', '#KilWarm'] },
  { id: 'sick-to-stomach', match: 'sick to my stomach', weight: 1 },
  { id: 'i-am-so-lost', match: 'i am #Adverb? (so|completely|totally|utterly|really)? (broken|empty|numb|hopeless|shattered|devastated|heartbroken|crushed)', weight: 1, negatable: true, quietOnThings: true },
  // plain "I'm lost" is usually about directions
  { id: 'i-am-so-lost-really', match: 'i am #Adverb? (so|completely|totally|utterly) lost', weight: 1, negatable: true },
  { id: 'been-crying', match: '(been|keep|kept) (crying|sobbing|shaking)', weight: 1 },
  { id: 'crying-all-day', match: 'crying (the whole|all) (day|night|morning|week|weekend)', weight: 1 },
  { id: 'heart-cant-take', match: 'can not take (any more|this|it|anymore)', weight: 0.7 },
  { id: 'worst-pain', match: 'worst (pain|day|feeling|night|week|year) (of my life|i have|ever)', weight: 1 },
  { id: 'ever-felt', match: '(pain|hurt|heartbreak) i have ever felt', weight: 1 },
  // "that song breaks my heart, so good" is praise
  { id: 'broke-my-heart', match: '(broke|breaks|breaking|broken|crushed|shattered) my heart', weight: 1, unlessNear: ['good', 'beautiful', 'lovely', 'gorgeous', '#KilWarm'] },
  { id: 'hope-you-die', match: 'hope (you|he|she|they) (are dead|die|rot|suffer|burn)', weight: 1, anger: true },
  { id: 'leave-me-alone', match: 'leave me alone', weight: 0.5 },
];

/** Three or more "!" in a row reads as shouting. */
const EXCLAIM_RUN = 3;
/** This many ALL-CAPS words in a row read as shouting; two ("WE WON") is just excitement. */
const CAPS_RUN_WORDS = 4;
/** This many tear/heartbreak emoji in one sentence is a flood. */
const HEAVY_EMOJI_FLOOD = 3;
/** A shout ("!!!", caps) next to another signal (a demand, a hostile word) counts fully; alone ("WE WON!!!") it needs company. */
const SHOUT_ALONE_WEIGHT = 0.5;
const SHOUT_WITH_COMPANY_WEIGHT = 1;
/** One or two tear emoji add a little, a flood counts on its own. */
const FEW_HEAVY_EMOJI_WEIGHT = 0.4;

const HEAVY_EMOJI = new Set<string>(heavyEmoji);
/** Text faces that count like tear emoji. */
const SAD_EMOTICONS = new Set([':(', ':-(', ":'(", ':((', 'D:', '):']);
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

export interface SurfaceTerm { text: string; post: string; start: number; end: number }

/** Shouting and tear floods in one sentence. `others` = the sentence already has other signals. */
/** Words before a run of !!! quoted with it, so the card shows what was exclaimed. */
const EXCLAIM_CONTEXT_WORDS = 2;

export function surfaceHits(terms: readonly SurfaceTerm[], others: boolean): Hit[] {
  const hits: Hit[] = [];
  const shout = others ? SHOUT_WITH_COMPANY_WEIGHT : SHOUT_ALONE_WEIGHT;
  let capsStart = -1;
  let capsCount = 0;
  let emoji = 0;
  let emojiStart = -1;
  let emojiEnd = -1;
  terms.forEach((term, i) => {
    const exclaims = /!{3,}/.exec(term.post);
    if (exclaims && exclaims[0].length >= EXCLAIM_RUN) {
      // The words that were shouted and the marks themselves: "listened to me!!!", not just "me".
      const from = terms[Math.max(0, i - EXCLAIM_CONTEXT_WORDS)]!.start;
      hits.push({ category, rule: 'exclaim-run', weight: shout, start: from, end: term.end + exclaims.index + exclaims[0].length });
    }
    const shouting = LETTER.test(term.text) && !LOWER.test(term.text) && term.text.length > 1;
    if (shouting) {
      if (capsCount === 0) capsStart = i;
      capsCount++;
    }
    if (!shouting || i === terms.length - 1) {
      if (capsCount >= CAPS_RUN_WORDS) {
        const last = shouting ? i : i - 1;
        hits.push({ category, rule: 'caps-run', weight: shout, start: terms[capsStart].start, end: terms[last].end });
      }
      if (!shouting) capsCount = 0;
    }
    if (SAD_EMOTICONS.has(term.text)) {
      if (emoji === 0) emojiStart = term.start;
      emoji++;
      emojiEnd = term.end;
    }
    let at = term.start;
    for (const char of term.text + term.post) {
      if (HEAVY_EMOJI.has(char)) {
        if (emoji === 0) emojiStart = at;
        emoji++;
        emojiEnd = at + char.length;
      }
      at += char.length;
    }
  });
  if (emoji > 0) {
    const weight = emoji >= HEAVY_EMOJI_FLOOD ? 1 : FEW_HEAVY_EMOJI_WEIGHT;
    hits.push({ category, rule: 'tear-emoji', weight, start: emojiStart, end: emojiEnd });
  }
  return hits;
}
