/**
 * Property tests of `analyzeDraft` over generated drafts: any Unicode (lone surrogates, emoji
 * sequences, flags, combining marks, bidi and control characters, other scripts) mixed with heavy
 * phrases so the detectors actually fire. It never throws, its answer keeps the contract, every span
 * lies inside the text on grapheme boundaries, and time stays linear in the draft's length.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeDraft, CATEGORIES, type Analysis } from '../../lib/analysis/index';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const boundariesOf = (text: string) => new Set([...graphemes.segment(text)].map((s) => s.index).concat(text.length));

/** Phrases that make detectors fire, so spans get generated and checked. */
const HEAVY = [
  'You never listen to me',
  'answer me now!!!',
  'I need you so much',
  'I miss you every single day',
  'remember when we were happy',
  'are we exclusive or not?',
  'I am devastated and heartbroken',
  "If you don't reply by tonight, we're done",
  'WHY ARE YOU IGNORING ME',
  'I love you',
  'lol',
  '😭😭😭',
];

/** Pieces that trip up offset arithmetic: multi-unit graphemes, sequences that pair up, broken UTF-16. */
const TRICKY = [
  '👩‍👩‍👧', // ZWJ sequence
  '🇵🇹🇬🇧🇺🇸', // regional indicators pair up from the left
  '🇵', // a lone regional indicator shifts the pairing of the ones after it
  'e\u0301\u0301', // stacked combining marks
  '👍🏽', // skin-tone modifier
  '\uD800', // lone high surrogate
  '\uDC00', // lone low surrogate
  '\u202e\u2066\u2069\u200f\u200b\ufeff', // bidi overrides and invisible characters
  '\u0000\u0007\u001b[31m\u0085', // control characters
  '\r\n\n\t',
  'لماذا لا ترد؟',
  'אני צריכה אותך',
  '你为什么不回我消息？',
  '...!!!???',
];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...HEAVY), weight: 3 },
  { arbitrary: fc.constantFrom(...TRICKY), weight: 3 },
  // Any code point, then any UTF-16 unit (lone surrogates included), then whole graphemes.
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 8 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 1 },
);
const draft = fc
  .tuple(fc.array(piece, { maxLength: 24 }), fc.constantFrom(' ', '', '. ', '\n'))
  .map(([pieces, glue]) => pieces.join(glue));

const LEVELS = ['light', 'heads-up', 'strong'];

/** Every way the answer could break its contract for `text`, as readable strings (empty = fine). */
function problems(text: string, result: Analysis): string[] {
  const out: string[] = [];
  if (!LEVELS.includes(result.level)) out.push(`level ${result.level}`);
  if (result.flagged !== (result.level !== 'light')) out.push('flagged disagrees with level');
  if (!result.categories.every((c) => CATEGORIES.includes(c))) out.push(`unknown category in ${result.categories}`);
  if (result.findings.map((f) => f.category).join() !== result.categories.join()) out.push('findings ≠ categories');
  const boundaries = boundariesOf(text);
  for (const f of result.findings) {
    let previousEnd = -1;
    f.spans.forEach(({ start, end }, i) => {
      const where = `${f.category} span ${start}–${end}`;
      if (!(Number.isInteger(start) && Number.isInteger(end))) out.push(`${where}: not integers`);
      if (!(start >= 0 && start < end && end <= text.length)) out.push(`${where}: outside the text (${text.length})`);
      if (!boundaries.has(start) || !boundaries.has(end)) out.push(`${where}: splits a grapheme`);
      if (start <= previousEnd - 1) out.push(`${where}: overlaps or is out of order`);
      if (f.phrases[i] !== text.slice(start, end)) out.push(`${where}: phrase differs from the text`);
      previousEnd = end;
    });
  }
  return out;
}

describe('analyzeDraft on generated drafts', () => {
  test('never throws and always keeps the contract: spans inside the text, on grapheme boundaries', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom('gentle', 'balanced', 'strict' as const), (text, sensitivity) => {
        const result = analyzeDraft(text, { sensitivity });
        expect(problems(text, result)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  test('heavy phrases still get found among the noise', () => {
    // Not vacuous: the generated drafts do reach the span checks above.
    let flagged = 0;
    fc.assert(
      fc.property(draft, (text) => {
        if (analyzeDraft(text).findings.some((f) => f.spans.length)) flagged++;
      }),
      { numRuns: 200, seed: 42 },
    );
    expect(flagged).toBeGreaterThan(20);
  });

  test('the known hard cases keep the contract', () => {
    // Each mixes a heavy phrase with a piece whose grapheme boundaries depend on what came before.
    for (const text of [
      `${'🇵'}${'🇺🇸'.repeat(80)} answer me now!!! ${'🇬🇧'.repeat(80)}`,
      `${'x'.repeat(590)}👩‍👩‍👧 You never listen to me ${'e\u0301'.repeat(300)}`,
      `\uD800You never listen to me\uDC00`,
      `${'😭'.repeat(400)}\u202eI need you so much\u202c`,
    ]) {
      expect(problems(text, analyzeDraft(text))).toEqual([]);
    }
  });

  test('time grows at most linearly: under 1 ms per character over the whole run', () => {
    // Long drafts made of the same generated pieces; the total is measured, not single runs, so a
    // busy machine cannot make it flaky. Typical figures are far below the bound (tens of µs/char).
    const long = fc
      .tuple(fc.array(piece, { minLength: 200, maxLength: 600 }), fc.constantFrom(' ', '. '))
      .map(([pieces, glue]) => pieces.join(glue));
    let chars = 0;
    let ms = 0;
    fc.assert(
      fc.property(long, (text) => {
        const t0 = performance.now();
        analyzeDraft(text);
        ms += performance.now() - t0;
        chars += text.length;
      }),
      { numRuns: 20, seed: 7 },
    );
    expect(chars).toBeGreaterThan(20 * 1000);
    expect(ms / chars).toBeLessThan(1);
  });
});
