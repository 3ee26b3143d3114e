import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { analyzeDraft, MODEL_TUNING } from '../../../lib/analysis/index';
import { cachedSentenceCount } from '../../../lib/analysis/sentence';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const boundaries = (text: string) => new Set([...graphemes.segment(text)].map((s) => s.index).concat(text.length));

describe('spans', () => {
  test('a quote mark mangled by an old encoding (U+0092) reads as an apostrophe, and spans stay on the original text', () => {
    const text = 'You don\u0092t care. You never did \u0093listen\u0094.';
    const result = analyzeDraft(text);
    expect(result.categories).toContain('blame');
    expect(result.findings.flatMap((f) => f.phrases).join(' ')).toMatch(/don\u0092t care/);
  });

  test.each([
    'I hate how much I still love you 😭😭😭',
    '👩‍👩‍👧 family day! but honestly I’m devastated\r\nanswer me!!!',
    'Cafe\u0301 talk: you never listen to me',
    '\u202eanswer me\u202c now 🇵🇹 I am heartbroken',
  ])('are UTF-16 offsets on grapheme boundaries in %j', (text) => {
    const result = analyzeDraft(text);
    expect(result.flagged).toBe(true);
    const ok = boundaries(text);
    for (const f of result.findings) {
      f.spans.forEach((span, i) => {
        expect(ok.has(span.start) && ok.has(span.end)).toBe(true);
        expect(text.slice(span.start, span.end)).toBe(f.phrases[i]);
      });
    }
  });
});

describe('never throws on …', () => {
  test.each([
    ['a 200,000-character draft', 'so much to say '.repeat(13_334)],
    ['an emoji flood', '😭'.repeat(20_000)],
    ['lone surrogates', 'hi \ud800 there \udc00 answer me'],
    ['control and bidi characters', '\u0000\u0007\u202e\u2066text\u2069\u0008'],
    ['an empty string', ''],
  ])('%s', (_name, text) => {
    const result = analyzeDraft(text);
    expect(['light', 'heads-up', 'strong']).toContain(result.level);
  });
});

describe('options and context', () => {
  describe('thresholds (rules alone, so retraining the model cannot move these drafts)', () => {
    const shipped = { ...MODEL_TUNING };
    beforeEach(() => Object.assign(MODEL_TUNING, { minLogit: Infinity, heavyLogit: Infinity, doubtLogit: -Infinity }));
    afterEach(() => Object.assign(MODEL_TUNING, shipped));

    test('sensitivity moves the thresholds', () => {
      // one rule hit of weight 0.7: over strict's bar (0.6), under balanced's (1) and gentle's (1.5)
      const text = 'must be nice';
      expect(analyzeDraft(text, { sensitivity: 'gentle' }).flagged).toBe(false);
      expect(analyzeDraft(text, { sensitivity: 'balanced' }).flagged).toBe(false);
      expect(analyzeDraft(text, { sensitivity: 'strict' }).flagged).toBe(true);
    });

    test('quiet hours are one step stricter and add a late-night note', () => {
      // one rule hit of weight 1: under gentle's bar, over balanced's
      const text = 'where are you? I need you';
      const context = { localHour: 1, quietHours: { start: 22, end: 7 } };
      expect(analyzeDraft(text, { sensitivity: 'gentle' }).flagged).toBe(false);
      const result = analyzeDraft(text, { sensitivity: 'gentle', context });
      expect(result.flagged).toBe(true);
      expect(result.notes.map((n) => n.kind)).toContain('late-night');
    });
  });

  test('a switched-off category stays quiet', () => {
    const result = analyzeDraft('Answer me. Now.', { categories: { pressure: false } });
    expect(result.categories).not.toContain('pressure');
  });

  test('the third unanswered message gets a pacing note', () => {
    const result = analyzeDraft('hey, how was the trip?', { context: { unansweredInRow: 2 } });
    expect(result.level).toBe('heads-up');
    expect(result.notes.map((n) => n.kind)).toEqual(['pacing']);
  });

  test('a long reply to a short message is lopsided', () => {
    const text = 'I have so much to tell you about the trip and the new job and everything else. '.repeat(5);
    expect(analyzeDraft(text).categories).not.toContain('length');
    expect(analyzeDraft(text, { context: { theirLastMessage: 'how are you?' } }).categories).toContain('length');
  });

  test('variant picks another phrasing', () => {
    const a = analyzeDraft('Answer me. Now.', { variant: 0 }).findings[0];
    const b = analyzeDraft('Answer me. Now.', { variant: 1 }).findings[0];
    expect(a.tip).not.toBe(b.tip);
  });

  test('an edit re-parses only the changed sentence', () => {
    const base = 'Had a lovely walk today. The park was full of dogs. ';
    analyzeDraft(`${base}See you soon`);
    const before = cachedSentenceCount();
    analyzeDraft(`${base}See you soon!`);
    expect(cachedSentenceCount()).toBe(before + 1);
  });
});

describe('check CLI', () => {
  const run = (args: string[], input = '') =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], { input, encoding: 'utf8' });

  test('answers every line in order, marks bad lines and exits 1', () => {
    const input = ['{"id":"a","text":"answer me!!!"}', '', 'nope', '{"id":2}', '{"id":"b","text":"have a nice day"}'].join('\n');
    const result = run(['--jsonl'], input);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 2, 'b']);
    expect(lines[0]).toMatchObject({ flagged: true, categories: expect.arrayContaining(['pressure']) });
    expect(lines[1].error).toBeTruthy();
    expect(lines[2].error).toBeTruthy();
    expect(lines[3]).toEqual({ id: 'b', flagged: false, level: 'light', categories: [], findings: [] });
    expect(result.status).toBe(1);
  });

  test('rejects unknown flags with a usage error', () => {
    const result = run(['--loud']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage/);
  });

  test('marks flagged words in the text report', () => {
    const result = run(['Answer me, I know you are there']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('[[');
  });
});
