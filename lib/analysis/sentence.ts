/**
 * One sentence, parsed once: compromise tags it (with our plugin's tags), one sweep finds every rule,
 * then guards drop what a keyword matcher would get wrong — negation, quotes, reported speech.
 * Results are cached by sentence text, so a small edit re-parses only the sentence that changed.
 */
import nlp from './nlp';
import { net, rulesByKey } from './detectors';
import { surfaceHits } from './detectors/emotion';
import type { Hit } from './types';
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
  /** letters, and how many of them are Latin script */
  letters: number;
  latinLetters: number;
  /** lol, haha, 😂 … */
  joking: boolean;
}

/** Sentences kept; a long draft being edited has well under this many. */
const CACHE_SIZE = 512;
/** How many terms before a match a negation ("no need to", "not") still applies to it. */
const NEGATION_WINDOW = 3;
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
const LETTERS = /\p{L}/gu;
const LATIN_LETTERS = /\p{Script=Latin}/gu;

interface TermLike { text: string; pre: string; post: string; normal?: string; machine?: string; tags?: Set<string> }
interface Term { text: string; pre: string; post: string; word: string; tags: Set<string>; start: number; end: number; quoted: boolean }
interface Found { reason?: string; view: { ptrs: [number, number, number][] } }

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

function negatedBefore(terms: Term[], from: number): boolean {
  for (let i = Math.max(0, from - NEGATION_WINDOW); i < from; i++) {
    if (terms[i].tags.has('Negative') || NEGATIONS.has(terms[i].word)) return true;
  }
  return false;
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

function analyze(text: string): SentenceAnalysis {
  const doc = nlp(text);
  const sentences = termsOf(text, doc.docs as unknown as TermLike[][]);
  const hits: Hit[] = [];
  const { found } = doc.sweep(net) as unknown as { found: Found[] };
  for (const match of found) {
    const rule = match.reason ? rulesByKey.get(match.reason) : undefined;
    const ptr = match.view.ptrs[0];
    const terms = ptr && sentences[ptr[0]];
    if (!rule || !terms) continue;
    const [, from, to] = ptr;
    if (rule.negatable && negatedBefore(terms, from)) continue;
    if (!rule.keepInQuotes && (terms[from].quoted || reportedBefore(terms, from))) continue;
    const spanned = terms.slice(from, to).filter((t) => t.text);
    if (!spanned.length) continue;
    hits.push({ category: rule.category, rule: rule.id, weight: rule.weight, start: spanned[0].start, end: spanned[spanned.length - 1].end });
  }
  let english = 0;
  let foreign = 0;
  let letters = 0;
  let latinLetters = 0;
  let joking = false;
  for (const terms of sentences) {
    hits.push(...surfaceHits(terms, hits.length > 0));
    for (const t of terms) {
      if (WORDLIKE.test(t.text)) {
        if (ENGLISH.has(t.word)) english++;
        if (FOREIGN.has(t.word)) foreign++;
        letters += t.text.match(LETTERS)?.length ?? 0;
        latinLetters += t.text.match(LATIN_LETTERS)?.length ?? 0;
      }
      if (t.tags.has('KilJoke')) joking = true;
      for (const char of t.text + t.post) if (JOKE_EMOJI.has(char)) joking = true;
    }
  }
  return { hits, english, foreign, letters, latinLetters, joking };
}

/** Cached analysis of one sentence-sized piece of text. */
export function analyzeSentence(text: string): SentenceAnalysis {
  const cached = cache.get(text);
  if (cached) return cached;
  const result = analyze(text);
  cache.set(text, result);
  return result;
}

/** For tests and the bench: how many sentences are cached. */
export function cachedSentenceCount(): number {
  return cache.size;
}
