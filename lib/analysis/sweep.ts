/**
 * A faster drop-in for compromise's `bulkMatch`, the step behind every `sweep` — its own post-tagger
 * and our detectors alike. Stock compromise walks every key of the match net for each clause, then
 * concatenates the match lists of the keys it found (lists for common tags like #Noun run to hundreds)
 * and filters them in three passes. For a one-sentence edit that bookkeeping cost more than the
 * matching itself. Here each clause looks up only its own keys, in the net's key order, and each
 * match is checked once. The same matches run in the same order, so tags and results come out
 * identical to stock (tests/unit/analysis/fast-paths.test.ts compares the two on the whole corpus).
 */

export interface SweepMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
export interface SweepNet { hooks: Record<string, SweepMatch[]>; always: SweepMatch[] }
interface Found { ptrs: number[][] }
export interface SweepMethods {
  one: {
    cacheDoc: (document: unknown[][]) => Set<string>[];
    match: (document: unknown[][], match: SweepMatch) => Found;
  };
}
export interface SweepResult extends SweepMatch { pointer: number[] }

/** What we precompute once per net (nets are built once and reused). */
interface Index {
  /** position of every key in the net, and the keys by position */
  order: Map<string, number>;
  keys: string[];
  /** per key, a number per match text: stock drops a match whose text it has already seen */
  textIds: Map<string, Int32Array>;
  /** per match text, the clause that last saw it (saves a fresh Set per clause) */
  seenIn: Int32Array;
}
const indexes = new WeakMap<object, Index>();
let clauseStamp = 0;

function indexOf(net: SweepNet): Index {
  let index = indexes.get(net.hooks);
  if (!index) {
    const ids = new Map<string, number>();
    const textIds = new Map<string, Int32Array>();
    for (const [key, list] of Object.entries(net.hooks)) {
      textIds.set(key, Int32Array.from(list, (m) => ids.get(m.match) ?? ids.set(m.match, ids.size).size - 1));
    }
    const keys = Object.keys(net.hooks);
    index = { order: new Map(keys.map((key, i) => [key, i])), keys, textIds, seenIn: new Int32Array(ids.size) };
    indexes.set(net.hooks, index);
  }
  return index;
}

function hasAll(haves: Set<string>, list: readonly string[]): boolean {
  for (let i = 0; i < list.length; i++) if (!haves.has(list[i])) return false;
  return true;
}

function countIn(haves: Set<string>, list: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < list.length; i++) if (haves.has(list[i])) count++;
  return count;
}

/** The matches worth trying on one clause, in stock order: first mention wins, then needs / ifNo / wants. */
function candidates(net: SweepNet, index: Index, haves: Set<string>, termCount: number): SweepMatch[] {
  const { order, textIds, seenIn } = index;
  // the clause's keys that the net knows, in the net's order (sorting small integers is cheap)
  const positions: number[] = [];
  for (const key of haves) {
    const position = order.get(key);
    if (position !== undefined) positions.push(position);
  }
  const sorted = Int32Array.from(positions).sort();
  const stamp = ++clauseStamp;
  const out: SweepMatch[] = [];
  for (const position of sorted) {
    const key = index.keys[position];
    const list = net.hooks[key];
    const ids = textIds.get(key) as Int32Array;
    for (let i = 0; i < list.length; i++) {
      if (seenIn[ids[i]] === stamp) continue;
      seenIn[ids[i]] = stamp;
      const m = list[i];
      if (termCount < m.minWords || !hasAll(haves, m.needs)) continue;
      if (m.ifNo && countIn(haves, m.ifNo) > 0) continue;
      if (m.wants.length && countIn(haves, m.wants) < m.minWant) continue;
      out.push(m);
    }
  }
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

export function bulkMatch(document: unknown[][], net: SweepNet, methods: SweepMethods, opts: { matchOne?: boolean } = {}): SweepResult[] {
  const docCache = methods.one.cacheDoc(document);
  const index = indexOf(net);
  const results: SweepResult[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const m of candidates(net, index, docCache[n], document[n].length)) {
      const found = methods.one.match([document[n]], m);
      if (!found.ptrs.length) continue;
      for (const ptr of found.ptrs) {
        ptr[0] = n;
        const todo: SweepResult = { ...m, pointer: ptr };
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne) return [results[0]];
    }
  }
  return results;
}
