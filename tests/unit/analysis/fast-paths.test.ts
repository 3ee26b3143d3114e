/**
 * The analyzer's shortcuts must give exactly what the plain way gives: our compromise matcher against
 * stock compromise, the char-code word counter against a regex one, the incremental sentence split
 * against a full split, the model's id arrays against adding up weights.json by hand.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import nlp, { extend } from '../../../lib/analysis/nlp';
import { net, rulesByKey } from '../../../lib/analysis/detectors';
import { countWords } from '../../../lib/analysis/detectors/length';
import { draftLogits, sentenceModel } from '../../../lib/analysis/model';
import { type PackedWeights, unpack } from '../../../lib/analysis/model/packed';
import weights from '../../../lib/analysis/model/weights.json';
import { splitPieces, splitPiecesAfter } from '../../../lib/analysis/segment';

const corpusDir = new URL('../../corpus/', import.meta.url);
const corpus = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.jsonl'))
  .flatMap((name) => readFileSync(new URL(name, corpusDir), 'utf8').split('\n'))
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { text: string }).text);

interface TermLike { text: string; tags: Set<string> }
/** Every term's text and tags. */
const tagsOf = (docs: TermLike[][]) =>
  docs.map((terms) => terms.map((t) => `${t.text}/${[...t.tags].sort().join(',')}`).join(' '));

describe('our sweep (lib/analysis/sweep.ts)', () => {
  test('compromise tags every corpus draft exactly as with its stock matcher', () => {
    // The CommonJS build is a separate compromise instance: it gets our plugin but keeps its own sweep.
    const stock = extend(createRequire(import.meta.url)('compromise'), { fastSweep: false }) as unknown as (text: string) => { docs: TermLike[][] };
    const differing = corpus.filter((text) => tagsOf(nlp(text).docs as unknown as TermLike[][]).join('|') !== tagsOf(stock(text).docs).join('|'));
    expect(corpus.length).toBeGreaterThan(900);
    expect(differing).toEqual([]);
  }, 60_000);

  test('a sweep with every rule finds what matching each rule on its own finds', () => {
    const rules = [...rulesByKey];
    const sample = corpus.filter((_, i) => i % 10 === 0);
    let found = 0;
    for (const text of sample) {
      const doc = nlp(text);
      const swept = (doc.sweep(net, { tagger: false }) as unknown as { found: { reason: string; view: { ptrs: number[][] } }[] }).found
        .map((f) => `${f.reason}@${f.view.ptrs[0].join(':')}`)
        .sort();
      const oneByOne = rules
        .flatMap(([key, rule]) => (doc.match(rule.match) as unknown as { fullPointer: number[][] }).fullPointer.map((ptr) => `${key}@${ptr.slice(0, 3).join(':')}`))
        .sort();
      expect(swept, text).toEqual(oneByOne);
      found += swept.length;
    }
    expect(found).toBeGreaterThan(sample.length / 2);
  }, 60_000);
});

/** The reference: the regex word counter the char-code scanner replaced. */
function regexCount(text: string): { words: number; numbers: number } {
  let words = 0;
  let numbers = 0;
  for (const [token] of text.matchAll(/\S+/gu)) {
    if (!/[\p{L}\p{N}]/u.test(token)) continue;
    const unspaced = token.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu)?.length ?? 0;
    words += unspaced > 0 ? Math.max(1, Math.round(unspaced / 2)) : 1;
    if (/^\p{N}/u.test(token)) numbers++;
  }
  return { words, numbers };
}

const SPACES = [' ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u0085'];
const token = fc.oneof(
  fc.constantFrom('hello', '12', '3.5km', '—', '...', '😭', '你好吗', 'ไม่เป็นไร', '١٢٣', 'e\u0301', '\uD800', 'don’t', '#1', ':)'),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const spaced = fc.array(fc.tuple(token, fc.constantFrom(...SPACES)), { maxLength: 30 }).map((parts) => parts.flat().join(''));

describe('countWords', () => {
  test('counts words and numbers like the regex version, on any text', () => {
    fc.assert(
      fc.property(spaced, (text) => {
        const { words, numbers } = countWords(text);
        expect({ words, numbers }).toEqual(regexCount(text));
      }),
      { numRuns: 1500 },
    );
  });

  test('reports where the word past a limit starts', () => {
    const text = 'one  two\tthree\n four 你好吗你好 five';
    expect(text.slice(countWords(text, 3).offsetOfLimit)).toBe('four 你好吗你好 five');
    // five characters of Chinese count as three words, so "five" is the eighth word
    expect(text.slice(countWords(text, 6).offsetOfLimit)).toBe('你好吗你好 five');
    expect(text.slice(countWords(text, 7).offsetOfLimit)).toBe('five');
    expect(countWords(text, 99).offsetOfLimit).toBe(-1);
  });
});

/** Fragments that make compromise's splitter merge or split: abbreviations, quotes, brackets, numbers. */
const FRAGMENTS = [
  'hey you.', 'I miss you!!!', 'Why?', 'ok', 'Mr. Smith said hi.', 'e.g. the U.S. trip', 'it was 3.5 km.',
  '"no sir.', 'i will not beg."', '“Yes!” said Tom.', '(no way!', 'and left.)', 'wait...', 'lol', '😭😭',
  '\n', '\n\n', 'call me', 'at 8 p.m.', 'so.', 'A.', 'x'.repeat(650), 'see you soon!', 'fine? fine.',
];
const draftText = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 40 }).chain((parts) =>
  fc.array(fc.constantFrom(' ', '', '  ', '\n'), { minLength: parts.length, maxLength: parts.length }).map((glue) => parts.map((p, i) => p + glue[i]).join('')),
);
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat(12),
  insert: fc.oneof(fc.constantFrom('', ' today', '.', '"', ')', '(', 'Mr.', '\n', '!! ', ' x', 'e.g.'), fc.string({ maxLength: 4 })),
});

describe('splitPiecesAfter', () => {
  test('gives the same pieces as a full split after any edit', () => {
    fc.assert(
      fc.property(draftText, fc.array(edit, { minLength: 1, maxLength: 4 }), (start, edits) => {
        let text = start;
        let previous = { text, pieces: splitPieces(text) };
        for (const { at, remove, insert } of edits) {
          const i = Math.floor(at * text.length);
          text = text.slice(0, i) + insert + text.slice(i + remove);
          const pieces = splitPiecesAfter(previous, text);
          expect(pieces).toEqual(splitPieces(text));
          previous = { text, pieces };
        }
      }),
      { numRuns: 1500 },
    );
  });

  test('typing at the end of a long draft re-splits only its last sentences', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const previous = { text, pieces: splitPieces(text) };
    const pieces = splitPiecesAfter(previous, `${text.slice(0, -1)} today.`);
    const reused = pieces.filter((piece, i) => piece === previous.pieces[i]).length;
    expect(reused).toBeGreaterThanOrEqual(35);
    expect(pieces).toEqual(splitPieces(`${text.slice(0, -1)} today.`));
  });
});

describe('model ids', () => {
  test('a draft scores the sum of its distinct features, as weights.json says', () => {
    const model = unpack(weights as PackedWeights);
    const known = model.features;
    const weightOf = new Map(known.map((f, i) => [f, [...model.flat.subarray(i * model.categories.length, (i + 1) * model.categories.length)]]));
    const sentences = fc.array(fc.array(fc.oneof(fc.constantFrom(...known), fc.constant('w:not-a-feature')), { maxLength: 12 }), { maxLength: 5 });
    fc.assert(
      fc.property(sentences, (lists) => {
        const union = new Set(lists.flat());
        const expected = model.bias.map((bias, c) => [...union].reduce((sum, f) => sum + (weightOf.get(f)?.[c] ?? 0), bias));
        const got = draftLogits(lists.map(sentenceModel));
        model.categories.forEach((category, c) => expect(got.get(category as never)).toBeCloseTo(expected[c], 9));
      }),
      { numRuns: 300 },
    );
  });
});
