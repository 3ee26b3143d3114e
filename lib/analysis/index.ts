/**
 * analyzeDraft: the one entry point. Pure TypeScript — no DOM, no browser APIs — so it runs the same in
 * the service worker, the CLI and tests. Sentences are parsed once and cached (see sentence.ts); this
 * file only adds them up, applies sensitivity and context, and words the findings.
 */
import { adviceFor, noteAdviceFor } from '../advice';
import { measureLength, countWords, type WordCount } from './detectors/length';
import { boundaryAtOrAfter, boundaryAtOrBefore, splitPiecesAfter, type Split } from './segment';
import { analyzeSentences } from './sentence';
import { draftLogits, sentenceWeight, type ModelLabel, type SentenceModel } from './model';
import {
  CATEGORIES,
  type Analysis,
  type AnalysisContext,
  type AnalyzeOptions,
  type Category,
  type Finding,
  type Hit,
  type Level,
  type Note,
  type Sensitivity,
  type Span,
} from './types';

export { CATEGORIES };
export type { Analysis, AnalysisContext, AnalyzeOptions, Category, Finding, Level, Note, Sensitivity, Span };

const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'balanced', 'strict'];
/** Multiplies every threshold: gentle needs more evidence, strict lets single weak signals through. */
const SENSITIVITY_FACTOR: Record<Sensitivity, number> = { gentle: 1.5, balanced: 1, strict: 0.6 };
/** Evidence (sum of rule weights) a category needs before we mention it, at balanced. */
const CATEGORY_THRESHOLD = 1;
/** Total evidence across categories that makes a draft 'strong' rather than a heads-up. */
const STRONG_SCORE = 3;
/** Three different concerns in one draft is strong whatever the scores. */
const STRONG_CATEGORY_COUNT = 3;
/** "lol", "haha", 😂: feelings and jabs said in jest weigh much less. */
const JOKE_DAMPING = 0.4;
/** Categories that a joke softens ("answer me or I'll eat your cake haha", "I'd give anything for a nap lol"). */
const JOKE_DAMPED: ReadonlySet<Category> = new Set(['emotion', 'blame', 'pressure', 'neediness', 'past']);
/** Only this much of a draft gets a close reading; length still covers all of it (keeps 200k-char pastes fast). */
const MAX_PARSED_CHARS = 20_000;
/** Drafts mostly in another script (Cyrillic, Arabic, CJK …) are not English; our word lists would only misfire. */
const MIN_LATIN_SHARE = 0.5;
/** A Latin-script draft is taken as another language once it has this many of that language's common words … */
const FOREIGN_MIN_WORDS = 2;
/** Above this share of capital letters a draft is typed in caps by habit, so caps runs are not shouting. */
const CAPS_HABIT_SHARE = 0.6;
/**
 * How much the model's log-odds count. Exported (and mutable) only so scripts/tune.ts (npm run tune) can try other
 * values against held-out data; the extension never changes them.
 */
export const MODEL_TUNING = {
  /** Log-odds below this add nothing (the model is unsure). */
  minLogit: 0,
  /** From here the model is sure enough to raise a category on its own. */
  sureLogit: 1.5,
  /** Evidence the model adds when it leans towards a category: needs a rule hit for company. */
  leanWeight: 0.5,
  /** Evidence the model adds when it is sure. */
  sureWeight: 1,
  /** From here the model's "heavy at all" output flags a draft no category reached, under its likeliest category. */
  heavyLogit: 2,
  /** A joke ("lol", 😂) lowers that output by this much. */
  jokeHeavyPenalty: 1,
  /**
   * Once a draft is heavy on one count, other categories need only this share of the threshold to be
   * named too (a rant that is clearly blame is often pressure as well); 1 turns it off.
   */
  companionShare: 0.5,
  /** The same for emotion, which most heavy drafts carry a trace of: it needs more to be named as a companion. */
  emotionCompanionShare: 0.75,
  /**
   * When the model reads the whole draft as clearly light (its "heavy at all" log-odds below this), a rule hit
   * counts for only `doubtShare` of its weight: "destroyed", "!!!" or "what went wrong" in a draft about a
   * finale, a house or a cake. Anger and blame rules keep their weight (rage is heavy even about a thing).
   */
  doubtLogit: -3,
  doubtShare: 0.5,
};
/** Blame rules name the reader ("you never…", "thanks for ruining…"): a light reading of the rest does not excuse them. */
const UNDOUBTED: ReadonlySet<Category> = new Set(['blame']);
/** Typing the third message in a row without a reply gets a pacing note. */
const PACING_UNANSWERED = 2;

const EMPTY: Omit<Analysis, 'words'> = { level: 'light', flagged: false, categories: [], findings: [], notes: [] };

function stricter(sensitivity: Sensitivity): Sensitivity {
  return SENSITIVITIES[Math.min(SENSITIVITIES.indexOf(sensitivity) + 1, SENSITIVITIES.length - 1)];
}

function inQuietHours(context: AnalysisContext | undefined): boolean {
  const hour = context?.localHour;
  const quiet = context?.quietHours;
  if (!quiet || typeof hour !== 'number' || !Number.isFinite(hour)) return false;
  const { start, end } = quiet;
  if (start === end) return false;
  return start < end ? hour >= start && hour < end : hour >= start || hour < end;
}

/** Content hits over the parsed part of the draft, with offsets into the original text. */
interface Content {
  hits: Hit[];
  joking: boolean;
  english: boolean;
  capsHabit: boolean;
  /** each parsed sentence's span and model features, for model evidence */
  sentences: { span: Span; model: SentenceModel }[];
}

/** The last draft read and its pieces: the next call is most often the same draft, a little longer. */
let lastSplit: Split | undefined;

function contentHits(text: string): Content {
  const parsed = text.length > MAX_PARSED_CHARS ? text.slice(0, boundaryAtOrBefore(text, MAX_PARSED_CHARS)) : text;
  const hits: Hit[] = [];
  let english = 0;
  let foreign = 0;
  let letters = 0;
  let latinLetters = 0;
  let capitals = 0;
  let joking = false;
  const pieces = splitPiecesAfter(lastSplit, parsed);
  lastSplit = { text: parsed, pieces };
  const sentences = analyzeSentences(pieces.map((piece) => piece.text));
  const withFeatures = pieces.map((piece, i) => {
    const start = piece.start + piece.text.length - piece.text.trimStart().length;
    return { span: { start, end: piece.start + piece.text.trimEnd().length }, model: sentences[i].model };
  });
  pieces.forEach((piece, i) => {
    const sentence = sentences[i];
    for (const hit of sentence.hits) hits.push({ ...hit, start: hit.start + piece.start, end: hit.end + piece.start });
    english += sentence.english;
    foreign += sentence.foreign;
    letters += sentence.letters;
    latinLetters += sentence.latinLetters;
    capitals += sentence.capitals;
    joking ||= sentence.joking;
  });
  // … and more of them than common English words.
  const otherLatinLanguage = foreign >= FOREIGN_MIN_WORDS && foreign > english;
  const isEnglish = latinLetters >= letters * MIN_LATIN_SHARE && !otherLatinLanguage;
  // A draft typed mostly in capitals is a habit, not a shout.
  return { hits, joking, english: isEnglish, capsHabit: capitals > letters * CAPS_HABIT_SHARE, sentences: withFeatures };
}

/** Sorted, merged spans snapped to grapheme boundaries so a highlight never splits an emoji or accent. */
function tidySpans(text: string, spans: Span[]): Span[] {
  const snapped = spans
    .map(({ start, end }) => ({ start: boundaryAtOrBefore(text, start), end: boundaryAtOrAfter(text, end) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of snapped) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The sentence that weighs most for `category` in the model, to point at when no rule did. */
function heaviestSentence(content: Content, category: Category): Span | undefined {
  let best: Span | undefined;
  let bestWeight = -Infinity;
  for (const sentence of content.sentences) {
    const w = sentenceWeight(sentence.model, category);
    if (w > bestWeight) [best, bestWeight] = [sentence.span, w];
  }
  return best;
}

/** The model's log-odds that the draft is heavy at all; a joke ("lol", 😂) lowers them. */
function heavyLogit(logits: ReadonlyMap<ModelLabel, number>, joking: boolean): number {
  const logit = logits.get('heavy') ?? -Infinity;
  return joking ? logit - MODEL_TUNING.jokeHeavyPenalty : logit;
}

/**
 * The model's say: confident log-odds add evidence on top of the rules. Where no rule pointed at
 * anything, the sentence that weighs most for the category is highlighted. Returns the category
 * the model leans to most.
 */
function addModelEvidence(
  content: Content,
  logits: ReadonlyMap<ModelLabel, number>,
  scores: Map<Category, number>,
  spans: Map<Category, Span[]>,
  enabled: (c: Category) => boolean,
): Category | undefined {
  let leaning: Category | undefined;
  let leaningLogit = -Infinity;
  for (const [label, logit] of logits) {
    if (label === 'heavy') continue;
    const category = label;
    if (!enabled(category)) continue;
    if (logit > leaningLogit) [leaning, leaningLogit] = [category, logit];
    if (logit < MODEL_TUNING.minLogit) continue;
    const weight = logit >= MODEL_TUNING.sureLogit ? MODEL_TUNING.sureWeight : MODEL_TUNING.leanWeight;
    const damped = content.joking && JOKE_DAMPED.has(category) ? weight * JOKE_DAMPING : weight;
    scores.set(category, (scores.get(category) ?? 0) + damped);
    if (spans.get(category)?.length) continue;
    const best = heaviestSentence(content, category);
    if (best) spans.set(category, [best]);
  }
  return leaning;
}

function finding(text: string, category: Category, spans: Span[], variant: number): Finding {
  const tidy = tidySpans(text, spans);
  const { why, tip, label } = adviceFor(category, variant);
  return { category, spans: tidy, phrases: tidy.map(({ start, end }) => text.slice(start, end)), why, tip, label };
}

function analyze(text: string, options: AnalyzeOptions, counted: WordCount): Analysis {
  const context = options.context;
  const quietHours = inQuietHours(context);
  const chosen = SENSITIVITIES.includes(options.sensitivity as Sensitivity) ? (options.sensitivity as Sensitivity) : 'balanced';
  const sensitivity = quietHours ? stricter(chosen) : chosen;
  const factor = SENSITIVITY_FACTOR[sensitivity];
  const variant = typeof options.variant === 'number' ? options.variant : 0;
  const enabled = (category: Category) => options.categories?.[category] !== false;

  const scores = new Map<Category, number>();
  const spans = new Map<Category, Span[]>();
  let strongLength = false;
  if (enabled('length')) {
    const length = measureLength(text, counted, factor, context?.theirLastMessage);
    if (length.weight > 0) {
      scores.set('length', length.weight * CATEGORY_THRESHOLD * factor);
      spans.set('length', length.spans);
      strongLength = length.strong;
    }
  }
  const content = contentHits(text);
  // the model reads only English drafts (its words and ours would misfire elsewhere)
  const logits = content.english ? draftLogits(content.sentences.map((s) => s.model)) : undefined;
  const heavy = logits ? heavyLogit(logits, content.joking) : -Infinity;
  if (content.english) {
    const doubted = heavy < MODEL_TUNING.doubtLogit;
    for (const hit of content.hits) {
      if (!enabled(hit.category) || (content.capsHabit && hit.rule === 'caps-run')) continue;
      let weight = content.joking && JOKE_DAMPED.has(hit.category) ? hit.weight * JOKE_DAMPING : hit.weight;
      if (doubted && !hit.anger && !UNDOUBTED.has(hit.category)) weight *= MODEL_TUNING.doubtShare;
      scores.set(hit.category, (scores.get(hit.category) ?? 0) + weight);
      spans.set(hit.category, [...(spans.get(hit.category) ?? []), { start: hit.start, end: hit.end }]);
    }
  }

  const leaning = logits ? addModelEvidence(content, logits, scores, spans, enabled) : undefined;

  const threshold = CATEGORY_THRESHOLD * factor;
  const noneYet = !CATEGORIES.some((category) => category !== 'length' && (scores.get(category) ?? 0) >= threshold);
  // sensitivity moves this bar too: gentle asks the model for more certainty, strict for less
  if (noneYet && leaning && heavy >= MODEL_TUNING.heavyLogit * factor) {
    const category = leaning;
    scores.set(category, Math.max(scores.get(category) ?? 0, threshold));
    if (!spans.get(category)?.length) {
      const best = heaviestSentence(content, category);
      if (best) spans.set(category, [best]);
    }
  }
  const reached = CATEGORIES.some((category) => (scores.get(category) ?? 0) >= threshold);
  const needed = (category: Category) =>
    reached ? threshold * (category === 'emotion' ? MODEL_TUNING.emotionCompanionShare : MODEL_TUNING.companionShare) : threshold;
  const categories = CATEGORIES.filter((category) => (scores.get(category) ?? 0) >= needed(category));
  const total = categories.reduce((sum, category) => sum + (scores.get(category) ?? 0), 0);
  let level: Level = 'light';
  if (categories.length) {
    const strong = strongLength || total >= STRONG_SCORE * factor || categories.length >= STRONG_CATEGORY_COUNT;
    level = strong ? 'strong' : 'heads-up';
  }

  const notes: Note[] = [];
  if ((context?.unansweredInRow ?? 0) >= PACING_UNANSWERED) {
    notes.push({ kind: 'pacing', ...noteAdviceFor('pacing', variant) });
    if (level === 'light') level = 'heads-up';
  }
  if (quietHours && level !== 'light') notes.push({ kind: 'late-night', ...noteAdviceFor('late-night', variant) });

  const findings = categories.map((category) => finding(text, category, spans.get(category) ?? [], variant));
  return { level, flagged: level !== 'light', categories, findings, notes, words: counted.words };
}

/** Analyzes a draft. Never throws: anything unexpected degrades to "nothing to say". */
export function analyzeDraft(text: string, options: AnalyzeOptions = {}): Analysis {
  const draft = typeof text === 'string' ? text : String(text ?? '');
  let words = 0;
  try {
    const counted = countWords(draft);
    words = counted.words;
    return analyze(draft, options ?? {}, counted);
  } catch {
    return { ...EMPTY, words };
  }
}
