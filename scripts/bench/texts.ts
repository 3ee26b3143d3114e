/**
 * Drafts for the bench: everyday chat sentences from templates, filled from small word lists with a
 * seeded generator, so every run measures the same kind of text. No sentence is ever repeated within a
 * run, so the analyzer's sentence cache only helps where the bench means it to (the edit figure).
 */

/** mulberry32: tiny, fast, good enough to pick words. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SLOTS: Record<string, readonly string[]> = {
  name: ['Sam', 'Robin', 'Alex', 'Maya', 'Jonas', 'Priya', 'Leo', 'Hannah', 'Omar', 'Chloe', 'Ben', 'Aisha', 'Tom', 'Lena', 'Marco', 'Zoe', 'Felix', 'Nora', 'Ravi', 'Emma', 'Kai', 'Julia', 'Theo', 'Sofia'],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  place: ['the station', 'that new ramen place', 'the park', 'the office', 'the gym', 'the market', 'the cinema', 'your flat', 'the bakery', 'the beach', 'the library', 'the bar on the corner'],
  food: ['pizza', 'tacos', 'curry', 'sushi', 'pancakes', 'dumplings', 'a burger', 'pasta', 'falafel', 'ice cream', 'noodles', 'soup'],
  thing: ['charger', 'umbrella', 'keys', 'jacket', 'book', 'headphones', 'blue scarf', 'laptop bag', 'water bottle', 'sunglasses', 'camera', 'board game'],
  activity: ['go for a run', 'watch a film', 'try the climbing wall', 'cook something', 'play tennis', 'visit the museum', 'go to the concert', 'walk the dog', 'study for the exam', 'fix the bike'],
  person: ['my sister', 'my brother', 'my mum', 'my dad', 'my cousin', 'my flatmate', 'my boss', 'the neighbour', 'my friend from work', 'my grandma'],
  feeling: ['tired', 'excited', 'a bit stressed', 'happy', 'busy', 'relieved', 'sleepy', 'hungry', 'curious', 'calm'],
};

const TEMPLATES: readonly string[] = [
  'Hey {name}, are we still on for {day} at {time}?',
  'I just got back from {place} and it was packed.',
  'Do you want to grab {food} near {place} on {day}?',
  'Can you bring my {thing} when you come over on {day}?',
  '{person} is visiting on {day}, so I might be slow to reply.',
  'We could {activity} on {day} if the weather holds.',
  'Honestly I am {feeling} today, work was a lot.',
  'The train was {n} minutes late again, classic.',
  'I left my {thing} at {place}, I will pick it up on {day}.',
  'Did you see what {name} posted about {place}?',
  'Let me know if {time} works, otherwise {time2} is fine too.',
  'I owe you {n} euros for the {food}, I will send it tonight.',
  '{name} says hi and wants to {activity} with us on {day}.',
  'My phone is at {n} percent, so text me if plans change.',
  'Thanks again for the {food}, it was so good.',
  'No rush, just tell me when you are free to {activity}.',
  'I booked a table for {n} people at {place} on {day}.',
  'Running about {n} minutes behind, sorry!',
  'Is it okay if {person} joins us at {place}?',
  'I finally finished the {thing} thing, what a week.',
  'Want me to pick up {food} on the way to {place}?',
  'The forecast says rain on {day}, maybe we {activity} instead.',
  'Haha that is exactly what {name} said yesterday.',
  'I am {feeling} but happy to {activity} later if you are up for it.',
  'Bus {n} goes straight to {place}, it is the easiest way.',
  'Good luck on {day}, you will be great.',
];

/** Drafts that a nudge must answer (each is flagged by the analyzer; the bench checks). */
const HEAVY_TEMPLATES: readonly string[] = [
  'Why do you never answer me anymore, {name}? I need you to reply tonight or we are done.',
  'Answer me right now, I have been waiting since {time} and I am sick of it.',
  'I cant stop thinking about us and I am so scared of losing you forever, {name}.',
  'You always do this, you ignore me for {n} days and then act like nothing happened.',
  'We need to talk about what we are, are we together or not, tell me by {day}.',
];

const TIMES = (r: () => number) => `${1 + Math.floor(r() * 11)}:${String(Math.floor(r() * 12) * 5).padStart(2, '0')}`;

export class DraftMaker {
  private readonly rng: () => number;
  private readonly used = new Set<string>();

  constructor(seed: number) {
    this.rng = seeded(seed);
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rng() * list.length)];
  }

  private fill(template: string): string {
    return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
      if (slot === 'time' || slot === 'time2') return TIMES(this.rng);
      if (slot === 'n') return String(2 + Math.floor(this.rng() * 97));
      return this.pick(SLOTS[slot]);
    });
  }

  /** A sentence never produced before in this run (so it is not in the analyzer's cache). */
  private unique(templates: readonly string[]): string {
    for (;;) {
      const sentence = this.fill(this.pick(templates));
      if (this.used.has(sentence)) continue;
      this.used.add(sentence);
      const first = sentence[0];
      return first.toUpperCase() + sentence.slice(1);
    }
  }

  /** A light draft of at least `words` words, sentences joined with spaces. */
  draft(words: number): string {
    const out: string[] = [];
    let count = 0;
    while (count < words) {
      const sentence = this.unique(TEMPLATES);
      out.push(sentence);
      count += countWords(sentence);
    }
    return out.join(' ');
  }

  /** A light draft of about `words` words that ends in a heavy sentence. */
  heavyDraft(words: number): string {
    const ending = this.unique(HEAVY_TEMPLATES);
    const rest = Math.max(0, words - countWords(ending));
    return rest ? `${this.draft(rest)} ${ending}` : ending;
  }
}

export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** The same draft with one more word in its last sentence, just before the closing punctuation. */
export function editLastSentence(text: string, word: string): string {
  const end = /[.!?]*$/.exec(text)!.index;
  return `${text.slice(0, end)} ${word}${text.slice(end)}`;
}
