/**
 * One sentence, parsed once: compromise tags it (with our plugin's tags), one sweep finds every rule,
 * then guards drop what a keyword matcher would get wrong — negation, quotes, reported speech.
 * Results are cached by sentence text, so a small edit re-parses only the sentence that changed.
 */
import nlp from './nlp';
import { net, rulesByKey } from './detectors';
import { surfaceHits as emotionSurface } from './detectors/emotion';
import { surfaceHits as pressureSurface } from './detectors/pressure';
import type { Hit } from './types';
import { sentenceFeatures } from './model/features';
import { sentenceModel, type SentenceModel } from './model';
import { Lru } from './lru';
import englishWords from './lexicon/english-function-words';
import foreignWords from './lexicon/foreign-function-words';
import jokeEmoji from './lexicon/joke-emoji';
import reportingVerbs from './lexicon/reporting-verbs';

export interface SentenceAnalysis {
  /** offsets relative to the sentence text */
  hits: Hit[];
  /** word-like terms that are very common English words (language check) */
  english: number;
  /** of those, very common words of other Latin-script languages */
  foreign: number;
  /** letters, how many of them are Latin script, and how many are capitals */
  letters: number;
  latinLetters: number;
  capitals: number;
  /** lol, haha, 😂 … */
  joking: boolean;
  /** features for the linear model (model/features.ts) */
  features: string[];
  /** the same, as the model's feature ids with their summed weights */
  model: SentenceModel;
}

/** Sentences kept; a long draft being edited has well under this many. */
const CACHE_SIZE = 512;
/** How many terms before a match a negation ("no need to", "not") still applies to it. */
const NEGATION_WINDOW = 3;
/** How many terms after a match an `unlessNear` word still changes its meaning. */
const NEAR_WINDOW = 4;
/** How many terms before a reporting verb we look for who is speaking ("my boss said"). */
const SPEAKER_WINDOW = 3;

const ENGLISH = new Set<string>(englishWords);
const FOREIGN = new Set<string>(foreignWords);
const JOKE_EMOJI = new Set<string>(jokeEmoji);
const REPORTING = new Set<string>(reportingVerbs);
// compromise expands "don't" into a #Negative term; texting spellings ("dont", "wasnt") need listing
const NEGATIONS = new Set(['no', 'not', 'never', 'without', 'nobody', 'none', 'dont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'arent', 'werent', 'cant', 'wont', 'aint']);
const FIRST_AND_SECOND_PERSON = new Set(['i', 'you', 'we']);
const OPEN_QUOTES = /["“„«]|(?:^|\s)'/u;
const CLOSE_QUOTES = /["”»]|'(?:\s|$)/u;
const WORDLIKE = /[\p{L}\p{N}]/u;
const CLAUSE_BREAK = /[,;:.!?]/;
const LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const UPPERCASE = /\p{Lu}/u;

interface TermLike { text: string; pre: string; post: string; normal?: string; machine?: string; tags?: Set<string> }
interface Term { text: string; pre: string; post: string; word: string; tags: Set<string>; start: number; end: number; quoted: boolean }
/** A rule match: which rule (`category/id`) and where — [sentence, first term, end term]. */
interface Found { reason?: string; pointer: [number, number, number] }

const cache = new Lru<string, SentenceAnalysis>(CACHE_SIZE);

/** Terms of each compromise sentence with their offsets in `text`, and whether they sit inside quotes. */
function termsOf(text: string, docs: TermLike[][]): Term[][] {
  let cursor = 0;
  let quoted = false;
  return docs.map((sentence) =>
    sentence.map((t) => {
      const head = t.pre + t.text;
      const at = text.startsWith(head, cursor) ? cursor + t.pre.length : Math.max(cursor, text.indexOf(t.text, cursor));
      const start = Math.min(at, text.length);
      const end = Math.min(start + t.text.length, text.length);
      cursor = t.text ? end + t.post.length : start;
      if (OPEN_QUOTES.test(t.pre)) quoted = true;
      const term: Term = { text: t.text, pre: t.pre, post: t.post, word: t.machine || t.normal || '', tags: t.tags ?? new Set(), start, end, quoted };
      if (CLOSE_QUOTES.test(t.post) || (quoted && /[.!?]/.test(t.post) && /["”]/.test(t.post))) quoted = false;
      return term;
    }),
  );
}

/** A negation in the same clause, just before the match ("I can't function, I need you" is not negated). */
function negatedBefore(terms: Term[], from: number): boolean {
  for (let i = from - 1; i >= Math.max(0, from - NEGATION_WINDOW); i--) {
    if (CLAUSE_BREAK.test(terms[i].post)) return false;
    // "I can't believe you …" is indignation, not a negation of what follows
    const believe = terms[i + 1]?.word === 'believe' || terms[i + 2]?.word === 'believe';
    if ((terms[i].tags.has('Negative') || NEGATIONS.has(terms[i].word)) && !believe) return true;
  }
  return false;
}

function nearAfter(terms: Term[], to: number, near: readonly string[]): boolean {
  for (let i = to; i < Math.min(terms.length, to + NEAR_WINDOW); i++) {
    for (const key of near) if (key.startsWith('#') ? terms[i].tags.has(key.slice(1)) : terms[i].word === key) return true;
  }
  return false;
}

/** Words that tie a feeling to what follows: "nervous about …", "angry at …", "devastated that …". */
const ABOUT = new Set(['about', 'at', 'of', 'for', 'over', 'with', 'that', 'by']);
/** After one of those, any of these (before the clause ends) makes it about a person or the relationship. */
const PERSONAL = new Set([
  'you', 'u', 'ya', 'yourself', 'us', 'we', 'me', 'myself', 'him', 'her', 'them', 'he', 'she', 'they', 'what', 'how',
  'breakup', 'relationship', 'divorce', 'split', 'fight', 'argument', 'ex', 'ending', 'leaving', 'left', 'losing',
]);
const FEELING_SCOPE = 6;

/** "so nervous about my presentation", "heartbroken for the fans": the feeling is about a thing or an event. */
function aboutThing(terms: Term[], to: number): boolean {
  if (to >= terms.length || !ABOUT.has(terms[to].word) || CLAUSE_BREAK.test(terms[to - 1]?.post ?? '')) return false;
  for (let i = to + 1; i < Math.min(terms.length, to + 1 + FEELING_SCOPE); i++) {
    if (PERSONAL.has(terms[i].word)) return false;
    if (CLAUSE_BREAK.test(terms[i].post)) break;
  }
  return to + 1 < terms.length;
}

/** "she said answer me", "my boss told me to reply by Friday": someone else's words, not ours. */
function reportedBefore(terms: Term[], from: number): boolean {
  for (let r = 0; r < from; r++) {
    if (!REPORTING.has(terms[r].word)) continue;
    for (let s = Math.max(0, r - SPEAKER_WINDOW); s < r; s++) {
      const speaker = terms[s];
      if (speaker.tags.has('Noun') && !FIRST_AND_SECOND_PERSON.has(speaker.word)) return true;
    }
  }
  return false;
}

/** Hits and counts for one sentence, from its terms and the sweep matches that fall in it. */
function analyzeTerms(sentences: Term[][], found: Found[]): SentenceAnalysis {
  const hits: Hit[] = [];
  for (const match of found) {
    const rule = match.reason ? rulesByKey.get(match.reason) : undefined;
    const ptr = match.pointer;
    const terms = ptr && sentences[ptr[0]];
    if (!rule || !terms) continue;
    const [, from, to] = ptr;
    if (rule.negatable && negatedBefore(terms, from)) continue;
    if (rule.unlessNear && nearAfter(terms, to, rule.unlessNear)) continue;
    if (rule.quietOnThings && aboutThing(terms, to)) continue;
    if (!rule.keepInQuotes && (terms.slice(from, to).some((t) => t.quoted) || reportedBefore(terms, from))) continue;
    const spanned = terms.slice(from, to).filter((t) => t.text);
    if (!spanned.length) continue;
    hits.push({ category: rule.category, rule: rule.id, weight: rule.weight, start: spanned[0].start, end: spanned[spanned.length - 1].end, anger: rule.anger });
  }
  let english = 0;
  let foreign = 0;
  let letters = 0;
  let latinLetters = 0;
  let capitals = 0;
  let joking = false;
  for (const terms of sentences) {
    hits.push(...emotionSurface(terms, hits.length > 0), ...pressureSurface(terms));
    for (const t of terms) {
      if (WORDLIKE.test(t.text)) {
        if (ENGLISH.has(t.word)) english++;
        if (FOREIGN.has(t.word)) foreign++;
        for (const char of t.text) {
          // ASCII fast path; the Unicode classes only for the rest
          const code = char.charCodeAt(0);
          const ascii = code < 128;
          if (ascii ? (code | 32) < 97 || (code | 32) > 122 : !LETTER.test(char)) continue;
          letters++;
          if (ascii || LATIN_LETTER.test(char)) latinLetters++;
          if (ascii ? code < 97 : UPPERCASE.test(char)) capitals++;
        }
      }
      if (t.tags.has('KilJoke')) joking = true;
      for (const char of t.text + t.post) if (JOKE_EMOJI.has(char)) joking = true;
    }
  }
  const features = sentenceFeatures(sentences);
  return { hits, english, foreign, letters, latinLetters, capitals, joking, features, model: sentenceModel(features) };
}

interface SweepWorld {
  methods: { one: { bulkMatch: (docs: unknown[][], net: unknown, methods: unknown, opts: object) => Found[] } };
}
const sweepWorld = nlp.world() as unknown as SweepWorld;

function parse(text: string): { docs: TermLike[][]; found: Found[] } {
  const doc = nlp(text);
  const docs = doc.docs as unknown as TermLike[][];
  // The matcher itself, without View.sweep's wrapping (a View per match) and without tagging: our
  // rules only find. Pointers come back as [sentence, start, end] within `docs`.
  const found = sweepWorld.methods.one.bulkMatch(docs, net, sweepWorld.methods, {});
  return { docs, found };
}

/**
 * Quotes that arrived as Windows-1252 bytes read as Latin-1 (U+0091–U+0094, control characters) become the
 * quotes they were meant to be, so "wasn\u0092t" reads as "wasn't". One code unit for one, so spans still
 * point into the original text.
 */
function repairQuotes(text: string): string {
  return /[\u0091-\u0094]/.test(text) ? text.replace(/[\u0091\u0092]/g, "'").replace(/[\u0093\u0094]/g, '"') : text;
}

function analyzeOne(text: string): SentenceAnalysis {
  const { docs, found } = parse(text);
  return analyzeTerms(termsOf(text, docs), found);
}

const sentenceText = (terms: TermLike[]) => terms.map((t) => t.pre + t.text + t.post).join('');

/**
 * Parses consecutive sentences in one compromise call (one call per sentence costs more than the
 * parse itself), then files each sentence's share under its own cache key. If compromise cuts the
 * run differently from our pieces, each piece is parsed alone instead.
 */
function analyzeRun(originals: string[]): SentenceAnalysis[] {
  const texts = originals.map(repairQuotes);
  if (texts.length === 1) return [analyzeOne(texts[0])];
  const { docs, found } = parse(texts.join(''));
  if (docs.length !== texts.length || docs.some((terms, n) => sentenceText(terms) !== texts[n])) return texts.map(analyzeOne);
  return texts.map((text, n) => {
    const own = found
      .filter((f) => f.pointer[0] === n)
      .map((f): Found => ({ reason: f.reason, pointer: [0, f.pointer[1], f.pointer[2]] }));
    return analyzeTerms(termsOf(text, [docs[n]]), own);
  });
}

/** Analyses of sentence-sized pieces, in order: cached ones reused, runs of new ones parsed together. */
export function analyzeSentences(texts: readonly string[]): SentenceAnalysis[] {
  const out: SentenceAnalysis[] = texts.map((text) => cache.get(text) as SentenceAnalysis);
  for (let i = 0; i < texts.length; ) {
    if (out[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < texts.length && !out[j]) j++;
    analyzeRun(texts.slice(i, j)).forEach((result, k) => {
      out[i + k] = result;
      cache.set(texts[i + k], result);
    });
    i = j;
  }
  return out;
}

/** For tests and the bench: how many sentences are cached. */
export function cachedSentenceCount(): number {
  return cache.size;
}
