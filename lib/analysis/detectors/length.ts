/**
 * Length: a first message after distance should be a few lines. Words are counted over the whole draft
 * (any script), compared with fixed limits and, when visible, with the other person's last message.
 */
import type { Span } from '../types';
import practicalWords from '../lexicon/practical-words';

export const category = 'length' as const;

/** Past this many words a chat message starts to read like a letter. */
const WORD_LIMIT = 120;
/** This many words is long enough to be heavy on its own (strong). */
const WORD_LIMIT_STRONG = 250;
/** Five or more paragraphs is a letter, whatever the word count. */
const PARAGRAPH_LIMIT = 5;
/** Paragraphs only count when the draft has some body; five one-liners are a list, not a letter. */
const PARAGRAPH_MIN_WORDS = 60;
/** A reply this many times longer than their message is lopsided … */
const LOPSIDED_RATIO = 6;
/** … once it is past a few lines; a 30-word answer to "hey" is fine. */
const LOPSIDED_MIN_WORDS = 60;
/** Practical drafts (lists, addresses, times) may run this much longer before we say anything. */
const PRACTICAL_ALLOWANCE = 2.5;
/** Share of lines that look like list items or carry numbers that makes a draft practical. */
const PRACTICAL_LINE_SHARE = 0.4;
/** Share of word tokens that are numbers (times, prices, house numbers) that makes a draft practical. */
const PRACTICAL_NUMBER_SHARE = 0.08;
/** Share of words that are numbers or logistics words (lexicon/practical-words) that makes it practical. */
const PRACTICAL_WORD_SHARE = 0.07;
const PRACTICAL = new Set<string>(practicalWords);
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

export interface LengthResult { weight: number; strong: boolean; spans: Span[] }

const WORDLIKE = /[\p{L}\p{N}]/u;
const STARTS_WITH_NUMBER = /^\p{N}/u;
/** Scripts written without spaces: roughly one word per two characters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const CHARS_PER_UNSPACED_WORD = 2;
const LIST_LINE = /^\s*(?:[-*•·]|\d+[.)]|\p{N})/u;
/** What `\s` matches beyond ASCII: no-break and typographic spaces, line and paragraph separators, BOM. */
const UNICODE_SPACES = new Set([0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);

export interface WordCount { words: number; offsetOfLimit: number; numbers: number }

/** `\s` without a regex: this runs over every character of every draft. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return UNICODE_SPACES.has(code) || (code >= 0x2000 && code <= 0x200a);
}

const isAsciiAlnum = (code: number) => (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);

/**
 * Words in any script; also reports where word number `limitWordIndex` starts so the span can begin
 * past the limit. A word is a run of non-space characters with a letter or digit in it; a run in an
 * unspaced script (Chinese, Japanese, Thai) counts one word per two of its characters. Scans char
 * codes: regexes only run on the rare tokens with non-ASCII characters.
 */
export function countWords(text: string, limitWordIndex = Infinity): WordCount {
  let words = 0;
  let numbers = 0;
  let offsetOfLimit = -1;
  const length = text.length;
  let i = 0;
  while (i < length) {
    while (i < length && isSpace(text.charCodeAt(i))) i++;
    if (i >= length) break;
    const start = i;
    let alnum = false;
    let ascii = true;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (isSpace(code)) break;
      if (code >= 0x80) ascii = false;
      else if (!alnum && isAsciiAlnum(code)) alnum = true;
      i++;
    }
    const token = ascii ? '' : text.slice(start, i);
    if (!alnum && (ascii || !WORDLIKE.test(token))) continue;
    const unspaced = ascii ? 0 : (token.match(UNSPACED)?.length ?? 0);
    const weight = unspaced > 0 ? Math.max(1, Math.round(unspaced / CHARS_PER_UNSPACED_WORD)) : 1;
    if (offsetOfLimit < 0 && words + weight > limitWordIndex) offsetOfLimit = start;
    words += weight;
    const first = text.charCodeAt(start);
    if ((first >= 0x30 && first <= 0x39) || (first >= 0x80 && STARTS_WITH_NUMBER.test(text.slice(start, i)))) numbers++;
  }
  return { words, offsetOfLimit, numbers };
}

/** Numbers and logistics words among the words of `text` (only run on drafts long enough to matter). */
function practicalWordCount(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) {
    const word = token.toLowerCase().replace(EDGE_PUNCTUATION, '');
    if (PRACTICAL.has(word) || /\d/.test(word)) count++;
  }
  return count;
}

function isPractical(text: string, words: number, numbers: number): boolean {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim());
  const listy = lines.filter((line) => LIST_LINE.test(line)).length;
  if (lines.length >= 3 && listy / lines.length >= PRACTICAL_LINE_SHARE) return true;
  if (numbers / Math.max(1, words) >= PRACTICAL_NUMBER_SHARE) return true;
  return practicalWordCount(text) / Math.max(1, words) >= PRACTICAL_WORD_SHARE;
}

/** `factor` scales the limits with sensitivity (gentle > 1 > strict). */
export function measureLength(text: string, first: WordCount, factor: number, theirLastMessage?: string): LengthResult {
  // Most drafts are short: skip the practical check and paragraph split when nothing could trip.
  if (first.words <= Math.min(LOPSIDED_MIN_WORDS, PARAGRAPH_MIN_WORDS) * factor) return { weight: 0, strong: false, spans: [] };
  const practical = isPractical(text, first.words, first.numbers);
  const allowance = practical ? PRACTICAL_ALLOWANCE : 1;
  let limit = Math.round(WORD_LIMIT * factor * allowance);
  if (theirLastMessage && theirLastMessage.trim()) {
    const theirs = countWords(theirLastMessage).words;
    limit = Math.min(limit, Math.max(Math.round(LOPSIDED_MIN_WORDS * factor), theirs * LOPSIDED_RATIO));
  }
  const paragraphs = text.split(/(?:\r\n|\r|\n)\s*(?:\r\n|\r|\n)/).filter((p) => p.trim()).length;
  const tooManyParagraphs = !practical && paragraphs >= PARAGRAPH_LIMIT && first.words >= PARAGRAPH_MIN_WORDS * factor;
  if (first.words <= limit && !tooManyParagraphs) return { weight: 0, strong: false, spans: [] };
  const strong = first.words > WORD_LIMIT_STRONG * factor * allowance;
  // Point at what runs past the comfortable length: "this part could wait".
  const from = first.words > limit ? countWords(text, limit).offsetOfLimit : 0;
  const end = text.trimEnd().length;
  return { weight: 1, strong, spans: from >= 0 && from < end ? [{ start: from, end }] : [] };
}
