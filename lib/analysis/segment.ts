/** Cuts a draft into sentence-sized pieces with their offsets, so each piece is parsed (and cached) alone. */
import nlp from './nlp';

/** `opens`: the piece starts a sentence (false for the later cuts of an over-long one). */
export interface Piece { text: string; start: number; opens: boolean }

/** Longer "sentences" (pasted logs, emoji floods) are cut so one parse stays small. */
const MAX_PIECE_CHARS = 600;
/** How far back from a cut we look for whitespace before cutting at any grapheme boundary. */
const CUT_LOOKBACK = 120;

const world = nlp.world() as unknown as {
  methods: { one: { tokenize: { splitSentences: (text: string, world: unknown) => string[] } } };
};
const splitSentences = (text: string): string[] => world.methods.one.tokenize.splitSentences(text, world);

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Between two plain ASCII characters (other than CR LF) is always a grapheme boundary: skip the segmenter. */
function plainBoundary(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before < 0x80 && after < 0x80 && !(before === 0x0d && after === 0x0a);
}

/** The grapheme boundary at or before `index` within `text` (never splits a surrogate pair or emoji sequence). */
export function boundaryAtOrBefore(text: string, index: number): number {
  if (plainBoundary(text, index)) return Math.max(0, Math.min(index, text.length));
  const from = Math.max(0, index - CUT_LOOKBACK);
  let best = from;
  for (const { index: i } of graphemes.segment(text.slice(from, index + 1))) {
    if (from + i > index) break;
    best = from + i;
  }
  return best;
}

/** The grapheme boundary at or after `index`. */
export function boundaryAtOrAfter(text: string, index: number): number {
  if (index >= text.length) return text.length;
  if (plainBoundary(text, index)) return Math.max(0, index);
  const from = Math.max(0, index - CUT_LOOKBACK);
  for (const { index: i, segment } of graphemes.segment(text.slice(from, index + CUT_LOOKBACK))) {
    if (from + i >= index) return from + i;
    if (from + i + segment.length > index) return from + i + segment.length;
  }
  return Math.min(text.length, index + CUT_LOOKBACK);
}

function cutLong(text: string, start: number, out: Piece[]): void {
  let at = 0;
  let opens = true;
  while (text.length - at > MAX_PIECE_CHARS) {
    const limit = at + MAX_PIECE_CHARS;
    const space = text.lastIndexOf(' ', limit);
    let cut = space > limit - CUT_LOOKBACK ? space + 1 : boundaryAtOrBefore(text, limit);
    if (cut <= at) cut = boundaryAtOrAfter(text, limit);
    out.push({ text: text.slice(at, cut), start: start + at, opens });
    opens = false;
    at = cut;
  }
  if (at < text.length) out.push({ text: text.slice(at), start: start + at, opens });
}

/** Sentence pieces covering `text` in order; pieces of pure whitespace are dropped. */
export function splitPieces(text: string): Piece[] {
  const out: Piece[] = [];
  let cursor = 0;
  for (const sentence of splitSentences(text)) {
    // compromise's splitter keeps every character, but guard against drift so offsets stay exact.
    const found = text.startsWith(sentence, cursor) ? cursor : text.indexOf(sentence, cursor);
    if (found < 0) break;
    if (sentence.trim()) cutLong(sentence, found, out);
    cursor = found + sentence.length;
  }
  if (cursor < text.length && text.slice(cursor).trim()) cutLong(text.slice(cursor), cursor, out);
  return out;
}

/**
 * compromise's splitter decides a boundary from the chunk before it and at most the two after it
 * (quote and bracket merging look two ahead), so pieces that end this many sentences before the first
 * changed character cannot change.
 */
const UNCHANGED_MARGIN = 3;

/** A draft and its pieces, kept to split the next version of it faster. */
export interface Split { text: string; pieces: Piece[] }

/**
 * The same pieces as `splitPieces(text)`, reusing those of an earlier version of the draft up to
 * a few sentences before the first change, so typing at the end of a long draft re-splits only its
 * tail (tests/unit/analysis/fast-paths.test.ts checks it against a full split on random edits).
 */
export function splitPiecesAfter(previous: Split | undefined, text: string): Piece[] {
  if (!previous) return splitPieces(text);
  if (previous.text === text) return previous.pieces;
  const limit = Math.min(text.length, previous.text.length);
  let same = 0;
  while (same < limit && text.charCodeAt(same) === previous.text.charCodeAt(same)) same++;
  const { pieces } = previous;
  // the first piece that reaches the change (one that ends right at it may join what follows)
  let keep = pieces.findIndex((piece) => piece.start + piece.text.length >= same);
  if (keep < 0) keep = pieces.length;
  for (let margin = 0; keep > 0 && margin < UNCHANGED_MARGIN; ) if (pieces[--keep].opens) margin++;
  while (keep > 0 && !pieces[keep].opens) keep--;
  if (keep === 0) return splitPieces(text);
  const from = pieces[keep].start;
  const tail = splitPieces(text.slice(from)).map((piece) => ({ ...piece, start: piece.start + from }));
  return pieces.slice(0, keep).concat(tail);
}
