/**
 * Our compromise instance: the library plus a small plugin that tags words from our own lexicons,
 * so detectors match `#KilHatred` in one sweep instead of scanning word lists beside the parser.
 */
// Full build (~135 KB gzipped, vs ~118 KB for compromise/two): /three adds the #Imperative and
// clause tagging that the pressure and blame detectors lean on.
import nlp from 'compromise';
import heavyFeelings from './lexicon/heavy-feelings';
import hatredWords from './lexicon/hatred-words';
import harshWords from './lexicon/harsh-words';
import soreFeelings from './lexicon/sore-feelings';
import profanity from './lexicon/profanity';
import insults from './lexicon/insults';
import intensifiers from './lexicon/intensifiers';
import jokeMarkers from './lexicon/joke-markers';
import relationshipLabels from './lexicon/relationship-labels';
import replyVerbs from './lexicon/reply-verbs';
import warmWords from './lexicon/warm-words';
import badTraits from './lexicon/bad-traits';
import demandWords from './lexicon/demand-words';
import { bulkMatch } from './sweep';
import texting, { youAreFollowers } from './lexicon/texting';

/** Our tag → the lexicon that carries it. */
const TAGGED_LEXICONS: Record<string, readonly string[]> = {
  KilHeavy: heavyFeelings,
  KilHatred: hatredWords,
  KilHarsh: harshWords,
  KilSore: soreFeelings,
  KilProfanity: profanity,
  KilInsult: insults,
  KilIntensifier: intensifiers,
  KilJoke: jokeMarkers,
  KilLabel: relationshipLabels,
  KilReply: replyVerbs,
  KilWarm: warmWords,
  KilTrait: badTraits,
  KilDemand: demandWords,
};

const tagsByWord = new Map<string, string[]>();
for (const [tag, words] of Object.entries(TAGGED_LEXICONS)) {
  for (const word of words) {
    const tags = tagsByWord.get(word);
    if (tags) tags.push(tag);
    else tagsByWord.set(word, [tag]);
  }
}

interface PluginTerm { normal?: string; machine?: string; tags?: Set<string> }
interface Contraction { word: string; out: string[] }
interface PluginWorld {
  hooks: string[];
  model: { one: { contractions: Contraction[]; lexicon: Record<string, string | string[]> } };
}
interface PluginView { docs: PluginTerm[][]; world: PluginWorld }

const YOU_ARE_FOLLOWERS = new Set<string>(youAreFollowers);
const YOU_ARE_TAGS = /^(?:Adjective|Adverb|Gerund|Comparative|Superlative)$/;

/** "ur" is "you're" before an adjective, adverb or -ing word, else "your"; decided before the contraction step. */
function readUr(view: PluginView): void {
  const lexicon = view.world.model.one.lexicon;
  for (const terms of view.docs) {
    terms.forEach((term, i) => {
      if (term.normal !== 'ur') return;
      const next = terms[i + 1]?.normal ?? '';
      const tag = lexicon[next];
      const youAre = YOU_ARE_FOLLOWERS.has(next) || (typeof tag === 'string' && YOU_ARE_TAGS.test(tag)) || /ing$/.test(next);
      term.normal = youAre ? 'kil-ur-you-are' : 'kil-ur-your';
    });
  }
}

/** Runs after compromise's own tagger: adds our tags without touching its part-of-speech tags. */
function tagLexicons(view: PluginView): void {
  for (const terms of view.docs) {
    for (const term of terms) {
      const tags = tagsByWord.get(term.machine || term.normal || '');
      if (tags && term.tags) for (const tag of tags) term.tags.add(tag);
    }
  }
}

/**
 * Teaches a compromise instance our reading: lexicon tags, texting spellings, no chunk step and
 * (unless `fastSweep` is false, for tests that compare with stock matching) our faster sweep.
 */
export function extend(instance: typeof nlp, { fastSweep = true } = {}): typeof nlp {
  instance.plugin({
    ...(fastSweep ? { methods: { one: { bulkMatch } } } : {}),
    tags: Object.fromEntries(Object.keys(TAGGED_LEXICONS).map((tag) => [tag, {}])),
    compute: { kilTexting: readUr, keepItLight: tagLexicons },
    hooks: ['keepItLight'],
  });
  const world = instance.world() as unknown as PluginWorld;
  // Texting spellings expand like compromise's own contractions ("dont" → do not), before tagging.
  const known = new Set(world.model.one.contractions.map((c) => c.word));
  for (const [word, out] of Object.entries(texting)) if (!known.has(word)) world.model.one.contractions.push({ word, out: [...out] });
  world.model.one.contractions.push({ word: 'kil-ur-you-are', out: ['you', 'are'] }, { word: 'kil-ur-your', out: ['your'] });
  // compromise's last stock step groups terms into chunks for `<Noun>` matches and `.clauses()`; our
  // rules and features use neither, and it is ~7 % of every parse.
  world.hooks = ['kilTexting', ...world.hooks.filter((hook) => hook !== 'chunks')];
  return instance;
}

export default extend(nlp);
