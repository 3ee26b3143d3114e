/**
 * Analysis time in node: `analyzeDraft` on drafts it has never seen (every sentence is new, so the
 * sentence cache misses for real) against compromise's own `nlp(text).json()` on the same text,
 * interleaved, medians of several repetitions after a warm-up.
 *
 * The baseline is a pristine compromise (its CommonJS build, loaded separately): the instance the
 * analyzer uses carries our plugin, whose cost belongs to us.
 */
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyzeDraft } from '../../lib/analysis/index';
import { DraftMaker, countWords, editLastSentence } from './texts';
import { median, ms, ratio, type Row } from './stats';

type Nlp = (text: string) => { json(): unknown };
const require = createRequire(import.meta.url);
const pristineNlp = require('compromise') as Nlp;

setFlagsFromString('--expose-gc');
/** A full collection between repetitions, so one side does not pay for the other's garbage. */
const gc = runInNewContext('gc') as () => void;

/** Target figures from issue 9. */
const TARGET_FULL_RATIO = 1.5;
const TARGET_EDIT_RATIO = 0.1;
const SIZES = [50, 300, 2000] as const;
/** Repetitions per size (medians); the 2,000-word text is slow enough that fewer do. */
const REPS: Record<(typeof SIZES)[number], number> = { 50: 25, 300: 15, 2000: 7 };
const EDIT_REPS = 41;
const WARMUP_ROUNDS = 12;

function time(f: () => unknown): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

export function benchAnalysis(seed: number): Row[] {
  const drafts = new DraftMaker(seed);
  const rows: Row[] = [];
  const section = 'Analysis (node)';

  for (let i = 0; i < WARMUP_ROUNDS; i++) {
    const text = drafts.draft(i % 4 === 3 ? 2000 : 300);
    analyzeDraft(text);
    pristineNlp(text).json();
  }

  for (const size of SIZES) {
    const ours: number[] = [];
    const theirs: number[] = [];
    let words = 0;
    for (let rep = 0; rep < REPS[size]; rep++) {
      const text = drafts.draft(size);
      words += countWords(text);
      // Alternate which side goes first, so neither always runs on a warmer cache or a quieter moment.
      const runOurs = () => {
        gc();
        ours.push(time(() => analyzeDraft(text)));
      };
      const runTheirs = () => {
        gc();
        theirs.push(time(() => pristineNlp(text).json()));
      };
      if (rep % 2) {
        runOurs();
        runTheirs();
      } else {
        runTheirs();
        runOurs();
      }
    }
    const r = median(ours) / median(theirs);
    const label = `${size.toLocaleString('en')} words (≈${Math.round(words / REPS[size])})`;
    rows.push({ section, figure: `analyzeDraft, ${label}, cold cache`, value: ms(median(ours)), target: '', pass: null });
    rows.push({ section, figure: `compromise nlp(text).json(), ${label}`, value: ms(median(theirs)), target: '', pass: null });
    rows.push({
      section,
      figure: `ratio analyzeDraft / nlp().json(), ${size.toLocaleString('en')} words`,
      value: ratio(r),
      target: size === 300 ? `≤ ${TARGET_FULL_RATIO}×` : '',
      pass: size === 300 ? r <= TARGET_FULL_RATIO : null,
    });
  }

  // A one-word edit in the last sentence of a 300-word draft just analyzed: only that sentence is new.
  // `forceGc`: a full GC before each timing. Without it is the stricter reading (a full GC drops V8's compiled
  // regexps, which costs a small parse relatively more than a big one), printed for reference.
  const editRuns = (word: string, forceGc: boolean) => {
    const edits: number[] = [];
    const fulls: number[] = [];
    for (let rep = 0; rep < EDIT_REPS; rep++) {
      const text = drafts.draft(300);
      analyzeDraft(text);
      const edited = editLastSentence(text, `${word}${rep}`);
      if (forceGc) gc();
      edits.push(time(() => analyzeDraft(edited)));
      if (forceGc) gc();
      fulls.push(time(() => pristineNlp(edited).json()));
    }
    return { edits, fulls };
  };
  const { edits, fulls } = editRuns('today', true);
  const editRatio = median(edits) / median(fulls);
  const { edits: warmEdits, fulls: warmFulls } = editRuns('now', false);
  const warmRatio = median(warmEdits) / median(warmFulls);
  rows.push({ section, figure: 'one-word edit at the end of 300 words, warm', value: ms(median(edits)), target: '', pass: null });
  rows.push({ section, figure: 'full nlp(text).json() of the edited draft', value: ms(median(fulls)), target: '', pass: null });
  rows.push({
    section,
    figure: 'ratio edit / full parse',
    value: ratio(editRatio),
    target: `≤ ${TARGET_EDIT_RATIO}×`,
    pass: editRatio <= TARGET_EDIT_RATIO,
  });
  rows.push({
    section,
    figure: `same without a forced GC before each run: ${ms(median(warmEdits))} / ${ms(median(warmFulls))}`,
    value: ratio(warmRatio),
    target: '',
    pass: null,
  });
  return rows;
}
