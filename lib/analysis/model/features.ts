/**
 * Features for the small linear model: the words compromise normalised ("don't" → do, not), our
 * lexicon tags, a few of compromise's tags and word pairs. Computed per sentence (and cached with it).
 */
/** `quoted`: inside quotation marks — someone else's words, which say nothing about the writer's tone. */
export interface FeatureTerm { text: string; post: string; word: string; tags: ReadonlySet<string>; quoted?: boolean }

/** compromise tags that carry tone on their own. */
const TONE_TAGS = ['Imperative', 'Negative', 'QuestionWord'];
const WORDLIKE = /[\p{L}\p{N}]/u;

export function sentenceFeatures(sentences: readonly (readonly FeatureTerm[])[]): string[] {
  const out = new Set<string>();
  for (const terms of sentences) {
    let previous = '';
    for (const term of terms) {
      if (term.quoted) {
        previous = '';
        continue;
      }
      for (const tag of term.tags) if (tag.startsWith('Kil') || TONE_TAGS.includes(tag)) out.add(`t:${tag}`);
      if (term.post.includes('??')) out.add('p:??');
      if (term.post.includes('!!')) out.add('p:!!');
      if (term.post.includes('?')) out.add('p:?');
      const word = term.word.toLowerCase();
      if (!word || !WORDLIKE.test(word)) continue;
      out.add(`w:${word}`);
      if (previous) out.add(`b:${previous} ${word}`);
      previous = word;
    }
  }
  return [...out];
}
