/**
 * npm run tune -- <drafts.jsonl | corpus> ['[{"heavyLogit":1.5}, …]'] — tries settings of MODEL_TUNING
 * (lib/analysis/index.ts) on labeled drafts the model was not trained on, next to the flag rates on the
 * real messages the model never saw. Train first with `node --import tsx lib/analysis/model/train.ts
 * --real-half` so half the real rows are unseen (add `--draft-half` and pass `corpus` to score the half
 * of tests/corpus the model did not see), and retrain without them before committing weights.
 * Use a fresh blind batch or the corpus half, not tests/holdout: tuning on the held-out set would spoil it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDraft, MODEL_TUNING } from '../lib/analysis/index';
import { inTrainingHalf } from '../lib/analysis/model/halves';
import weights from '../lib/analysis/model/weights.json';
import { scoreCategories } from './scoring';

interface Draft { id: string; text: string; flag: boolean; cats: string[] }
interface Real { id: string; source: string; expect: string; text: string }
const jsonl = <T>(path: string): T[] => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

const [draftsPath, gridJson = '[{}]'] = process.argv.slice(2);
if (!draftsPath) {
  console.error('usage: npm run tune -- <drafts.jsonl | corpus> [json array of MODEL_TUNING overrides]');
  process.exit(2);
}
const trained = weights as { realHalf?: boolean; draftHalf?: boolean };
if (!trained.realHalf) console.warn('note: weights were trained on all real rows; the real figures below are optimistic');
const CORPUS = join(import.meta.dirname, '../tests/corpus');
if (draftsPath === 'corpus' && !trained.draftHalf) {
  console.error('tune: `corpus` needs weights trained with --draft-half (otherwise every corpus draft was seen)');
  process.exit(2);
}
const drafts =
  draftsPath === 'corpus'
    ? readdirSync(CORPUS).filter((f) => f.endsWith('.jsonl')).flatMap((f) => jsonl<Draft>(join(CORPUS, f))).filter((d) => !inTrainingHalf(d.id))
    : jsonl<Draft>(draftsPath);
const real = jsonl<Real>(join(import.meta.dirname, '../../shared/corpus/dev-real.jsonl')).filter((r) => r.expect === 'flag' || !inTrainingHalf(r.id));
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;

const defaults = { ...MODEL_TUNING };
for (const overrides of JSON.parse(gridJson) as Partial<typeof MODEL_TUNING>[]) {
  // each setting starts from the shipped values, so a grid entry changes only what it names
  Object.assign(MODEL_TUNING, defaults, overrides);
  let hit = 0;
  let alarms = 0;
  const found = new Map(drafts.map((d) => [d.text, analyzeDraft(d.text)]));
  for (const d of drafts) {
    const { flagged } = found.get(d.text)!;
    if (d.flag && flagged) hit++;
    if (!d.flag && flagged) alarms++;
  }
  const scores = scoreCategories(drafts, (text) => found.get(text)!.categories);
  const lowest = Math.min(...scores.map((s) => Math.min(s.precision, s.recall)));
  const problems = drafts.filter((d) => d.flag).length;
  const sources = new Map<string, [number, number]>();
  for (const r of real) {
    const key = `${r.source} ${r.expect}`;
    const [n, total] = sources.get(key) ?? [0, 0];
    sources.set(key, [n + (analyzeDraft(r.text).flagged ? 1 : 0), total + 1]);
  }
  console.log(JSON.stringify({ ...MODEL_TUNING }));
  console.log(`  drafts: flagged ${pct(hit, problems)}, false alarms ${pct(alarms, drafts.length - problems)}, lowest category P/R ${lowest.toFixed(2)}`);
  console.log(`  real: ${[...sources].sort().map(([key, [n, total]]) => `${key} ${pct(n, total)}`).join(' · ')}`);
}
