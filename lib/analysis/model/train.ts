/**
 * Trains model/weights.json: one logistic regression per category over draft features.
 *   node --import tsx lib/analysis/model/train.ts
 * Positives: our labeled drafts with that category (tests/corpus, plus the shared seed drafts).
 * Negatives: every other draft and the shared corpus's everyday "quiet" real messages, so words
 * that are common in ordinary chat ("miss", "call", "tonight") do not become alarms on their own.
 * `--real-half`: use only half of the real rows (by a hash of their id), so scripts/tune.ts can score
 * the other half as messages the model never saw. `--draft-half`: the same for our own drafts.
 * Dev tool only (uses node:fs); the extension never imports it.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, type Category } from '../types';
import { draftFeatures } from './draft-features';
import { inTrainingHalf } from './halves';
import { pack } from './packed';

const HERE = import.meta.dirname;
const OWN = join(HERE, '../../../tests/corpus');
const SHARED = join(HERE, '../../../../shared/corpus');
/** Passes over the data; the loss has flattened well before this. */
const EPOCHS = 40;
/** Adagrad step size. */
const LEARNING_RATE = 0.3;
/** L2 pull towards zero, so rare words cannot carry a decision alone. */
const L2 = 0.01;
/** A feature seen in fewer drafts than this is dropped (no memorising single drafts). */
const MIN_DOCUMENTS = 3;
/** Positives are rare; weigh them up to this share of the negatives' total weight. */
const POSITIVE_SHARE = 0.5;
/** Weights smaller than this are left out of the shipped file. */
const MIN_SHIPPED_WEIGHT = 0.05;

const MODEL_CATEGORIES = CATEGORIES.filter((c) => c !== 'length');
/** One more output beside the categories: is the draft heavy at all (any category but length)? */
const LABELS = [...MODEL_CATEGORIES, 'heavy'] as const;
const hasLabel = (cats: Category[], label: (typeof LABELS)[number]) => (label === 'heavy' ? cats.some((c) => c !== 'length') : cats.includes(label));

interface Row { features: string[]; cats: Category[] }
const jsonl = (path: string) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

const drafts = [
  ...readdirSync(OWN).filter((f) => f.endsWith('.jsonl')).flatMap((f) => jsonl(join(OWN, f))),
  ...jsonl(join(SHARED, 'dev-drafts.jsonl')),
] as { id: string; text: string; cats: Category[] }[];
const realHalf = process.argv.includes('--real-half');
const draftHalf = process.argv.includes('--draft-half');
const quiet = (jsonl(join(SHARED, 'dev-real.jsonl')) as { id: string; text: string; expect: string }[]).filter(
  (r) => r.expect === 'quiet' && (!realHalf || inTrainingHalf(r.id)),
);

const draftRows: Row[] = drafts.filter((d) => !draftHalf || inTrainingHalf(d.id)).map((d) => ({ features: draftFeatures(d.text), cats: d.cats }));
const rows: Row[] = [...draftRows, ...quiet.map((r) => ({ features: draftFeatures(r.text), cats: [] as Category[] }))];

// The vocabulary comes from our drafts only: real messages teach what is ordinary about those
// words, without adding thousands of chat words to the shipped file.
const documents = new Map<string, number>();
for (const row of draftRows) for (const f of row.features) documents.set(f, (documents.get(f) ?? 0) + 1);
const vocabulary = [...documents].filter(([, n]) => n >= MIN_DOCUMENTS).map(([f]) => f).sort();
const index = new Map(vocabulary.map((f, i) => [f, i]));
const encoded = rows.map((row) => ({ ids: row.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), cats: row.cats }));

const bias: number[] = [];
const weights: Float64Array[] = [];
for (const category of LABELS) {
  const positives = encoded.filter((r) => hasLabel(r.cats, category)).length;
  const negatives = encoded.length - positives;
  const positiveWeight = (POSITIVE_SHARE * negatives) / Math.max(1, positives);
  const w = new Float64Array(vocabulary.length);
  const g2 = new Float64Array(vocabulary.length).fill(1e-8);
  let b = 0;
  let gb2 = 1e-8;
  let seed = 1;
  const random = () => ((seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff);
  const order = encoded.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    // a fresh order every pass, the same every run (seeded), so no block of rows comes last each time
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const row of order.map((i) => encoded[i])) {
      const y = hasLabel(row.cats, category) ? 1 : 0;
      let z = b;
      for (const i of row.ids) z += w[i];
      const p = 1 / (1 + Math.exp(-z));
      const scale = y ? positiveWeight : 1;
      const g = (p - y) * scale;
      gb2 += g * g;
      b -= (LEARNING_RATE * g) / Math.sqrt(gb2);
      for (const i of row.ids) {
        const gi = g + L2 * w[i];
        g2[i] += gi * gi;
        w[i] -= (LEARNING_RATE * gi) / Math.sqrt(g2[i]);
      }
    }
  }
  bias.push(Number(b.toFixed(2)));
  weights.push(w);
  console.log(`${category}: ${positives} positives, ${negatives} negatives`);
}

const features: string[] = [];
const shipped: number[][] = [];
vocabulary.forEach((f, i) => {
  const row = weights.map((w) => w[i]);
  if (row.some((v) => Math.abs(v) >= MIN_SHIPPED_WEIGHT)) {
    features.push(f);
    shipped.push(row);
  }
});
// `realHalf` / `draftHalf` tell scripts/eval.ts and scripts/tune.ts which rows they may report as unseen
const packed = pack({ categories: [...LABELS], bias, features, rows: shipped, realHalf, draftHalf });
writeFileSync(join(HERE, 'weights.json'), `${JSON.stringify(packed)}\n`);
console.log(`${features.length} features kept of ${vocabulary.length}`);
