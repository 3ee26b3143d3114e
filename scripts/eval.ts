/**
 * npm run eval — scores the analyzer (as the check CLI runs it: balanced) on the seed drafts, our own
 * corpus and the real messages, next to two sentiment baselines held to our false-alarm rate.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Sentiment from 'sentiment';
import { analyzeDraft, type Category } from '../lib/analysis/index';
import { inTrainingHalf } from '../lib/analysis/model/halves';
import weights from '../lib/analysis/model/weights.json';
import { scoreCategories } from './scoring';

const require = createRequire(import.meta.url);
const vader = require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } } };

const SHARED = join(import.meta.dirname, '../../shared/corpus');
const OWN = join(import.meta.dirname, '../tests/corpus');
const HOLDOUT = join(import.meta.dirname, '../tests/holdout');
/** Target figures from the issue, checked at the end. */
const TARGET_PROBLEM_FLAGGED = 0.9;
const TARGET_LIGHT_FALSE_ALARMS = 0.05;
const TARGET_CATEGORY_PR = 0.8;
const TARGET_QUIET_SOURCE_FALSE_ALARMS = 0.03;
const TARGET_VADER_FLAGGED = 0.75;
/** GoEmotions groups whose flag rate we compare with the baselines. */
const HEAVY_EMOTIONS = ['anger', 'grief', 'sadness'];

interface Draft { id: string; text: string; flag: boolean; cats: Category[] }
interface Real { id: string; source: string; group: string; expect: 'flag' | 'quiet'; text: string }
type Scorer = (text: string) => boolean;

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as T);

const seed = readJsonl<Draft>(join(SHARED, 'dev-drafts.jsonl'));
const own = readdirSync(OWN).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => readJsonl<Draft>(join(OWN, f)));
const real = readJsonl<Real>(join(SHARED, 'dev-real.jsonl'));
const holdout = readdirSync(HOLDOUT).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => readJsonl<Draft>(join(HOLDOUT, f)));

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : 'n/a');
const share = (n: number, d: number) => (d ? n / d : 0);
const results: string[] = [];
const check = (ok: boolean, what: string) => results.push(`${ok ? 'PASS' : 'FAIL'}  ${what}`);

function draftFigures(name: string, drafts: Draft[], flagged: Scorer): { problem: number; light: number } {
  const problems = drafts.filter((d) => d.flag);
  const lights = drafts.filter((d) => !d.flag);
  const hit = problems.filter((d) => flagged(d.text)).length;
  const alarms = lights.filter((d) => flagged(d.text)).length;
  console.log(`  ${name.padEnd(22)} problem drafts flagged ${pct(hit, problems.length).padStart(8)} (${hit}/${problems.length})   false alarms on light ${pct(alarms, lights.length).padStart(8)} (${alarms}/${lights.length})`);
  return { problem: share(hit, problems.length), light: share(alarms, lights.length) };
}

function realFigures(flagged: Scorer): Map<string, number> {
  const rates = new Map<string, number>();
  const bySource = new Map<string, Real[]>();
  for (const row of real) {
    const key = `${row.source} ${row.expect}`;
    bySource.set(key, [...(bySource.get(key) ?? []), row]);
  }
  for (const [key, rows] of [...bySource].sort()) {
    const n = rows.filter((r) => flagged(r.text)).length;
    rates.set(key, share(n, rows.length));
    console.log(`  ${key.padEnd(26)} flag rate ${pct(n, rows.length).padStart(8)} (${n}/${rows.length})`);
    if (!key.endsWith('flag')) continue;
    const groups = new Map<string, Real[]>();
    for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
    for (const [group, members] of [...groups].sort()) {
      const g = members.filter((r) => flagged(r.text)).length;
      console.log(`      ${group.padEnd(30)} ${pct(g, members.length).padStart(8)} (${g}/${members.length})`);
    }
  }
  const heavy = real.filter((r) => r.source === 'goemotions' && r.expect === 'flag' && r.group.split('+').some((g) => HEAVY_EMOTIONS.includes(g)));
  const h = heavy.filter((r) => flagged(r.text)).length;
  rates.set('heavy', share(h, heavy.length));
  console.log(`  ${'goemotions anger/grief/sadness'.padEnd(26)} flag rate ${pct(h, heavy.length).padStart(8)} (${h}/${heavy.length})`);
  return rates;
}

/** The baseline's threshold: the most negative cut-off whose false-alarm rate on quiet rows stays within ours. */
function calibrate(score: (text: string) => number, falseAlarmRate: number): { scorer: Scorer; rule: string } {
  const quiet = real.filter((r) => r.expect === 'quiet').map((r) => score(r.text)).sort((a, b) => a - b);
  const allowed = Math.floor(falseAlarmRate * quiet.length);
  const threshold = allowed > 0 ? quiet[allowed - 1] : -Infinity;
  // when the next quiet score ties the threshold, flag strictly below it so ties cannot push the rate over ours
  const strict = allowed < quiet.length && quiet[allowed] === threshold;
  const cache = new Map<string, number>();
  const scorer = (text: string) => {
    let s = cache.get(text);
    if (s === undefined) cache.set(text, (s = score(text)));
    return strict ? s < threshold : s <= threshold;
  };
  return { scorer, rule: `${strict ? '<' : '<='} ${threshold}` };
}

const ours: Scorer = (text) => analyzeDraft(text, { sensitivity: 'balanced' }).flagged;

console.log('Keep It Light — eval (balanced sensitivity)');
console.log('Note: tests/corpus is also what the rules were tuned on and the model was trained on (lib/analysis/README.md),');
console.log('so its figures are optimistic; dev-real quiet rows are the model\'s negatives too. tests/holdout is neither');
console.log('trained nor tuned on: its figures are the honest estimate for drafts we have not seen.\n');
console.log('Drafts');
const seedFig = draftFigures('dev-drafts', seed, ours);
const ownFig = draftFigures('tests/corpus', own, ours);
const all = [...seed, ...own];
const allFig = draftFigures('all drafts', all, ours);
const holdoutFig = draftFigures('tests/holdout (unseen)', holdout, ours);

/** Precision and recall per category over `drafts`; true when every one meets the target. */
function categoryFigures(name: string, drafts: Draft[]): boolean {
  console.log(`\nPer category (${name})`);
  let ok = true;
  for (const { category, tp, fp, fn, precision, recall } of scoreCategories(drafts, (text) => analyzeDraft(text).categories)) {
    ok &&= precision >= TARGET_CATEGORY_PR && recall >= TARGET_CATEGORY_PR;
    console.log(`  ${category.padEnd(11)} precision ${precision.toFixed(2)}  recall ${recall.toFixed(2)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
  }
  return ok;
}
const categoriesOk = categoryFigures('all drafts', all);
const holdoutCategoriesOk = categoryFigures('tests/holdout, unseen', holdout);

console.log('\nReal messages (dev-real)');
const ourRates = realFigures(ours);
const quietRows = real.filter((r) => r.expect === 'quiet');
const ourQuietRate = share(quietRows.filter((r) => ours(r.text)).length, quietRows.length);
console.log(`  false alarms on all quiet rows: ${pct(ourQuietRate * quietRows.length, quietRows.length)}`);
if ((weights as { draftHalf?: boolean }).draftHalf) {
  console.log('  note: weights trained with --draft-half: half of tests/corpus is unseen, the corpus figures above mix both halves');
}
if ((weights as { realHalf?: boolean }).realHalf) {
  // trained with `train.ts --real-half`: the other half of the quiet rows is as new to the model as held-out data
  console.log('  quiet rows the model never saw (weights trained with --real-half):');
  for (const source of [...new Set(quietRows.map((r) => r.source))].sort()) {
    const unseen = quietRows.filter((r) => r.source === source && !inTrainingHalf(r.id));
    const n = unseen.filter((r) => ours(r.text)).length;
    console.log(`    ${source.padEnd(24)} ${pct(n, unseen.length).padStart(8)} (${n}/${unseen.length})`);
  }
}

const sentiment = new Sentiment();
const baselines = [
  { name: 'sentiment (AFINN score)', ...calibrate((t) => sentiment.analyze(t).score, ourQuietRate) },
  { name: 'vader-sentiment (compound)', ...calibrate((t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound, ourQuietRate) },
];
const baselineRates: Map<string, number>[] = [];
for (const baseline of baselines) {
  console.log(`\nBaseline: ${baseline.name}, flag when score ${baseline.rule} (same false-alarm rate on quiet rows)`);
  draftFigures('dev-drafts', seed, baseline.scorer);
  draftFigures('tests/corpus', own, baseline.scorer);
  draftFigures('all drafts', all, baseline.scorer);
  baselineRates.push(realFigures(baseline.scorer));
}

const best = (key: string) => Math.max(...baselineRates.map((r) => r.get(key) ?? 0));
check(allFig.problem >= TARGET_PROBLEM_FLAGGED, `problem drafts flagged ${pct(allFig.problem, 1)} >= 90 % (seed ${pct(seedFig.problem, 1)}, own ${pct(ownFig.problem, 1)})`);
check(allFig.light <= TARGET_LIGHT_FALSE_ALARMS, `false alarms on light drafts ${pct(allFig.light, 1)} <= 5 % (seed ${pct(seedFig.light, 1)}, own ${pct(ownFig.light, 1)})`);
check(categoriesOk, 'every category precision and recall >= 0.8');
check(holdoutFig.problem >= TARGET_PROBLEM_FLAGGED, `unseen drafts (tests/holdout) flagged ${pct(holdoutFig.problem, 1)} >= 90 %`);
check(holdoutFig.light <= TARGET_LIGHT_FALSE_ALARMS, `false alarms on unseen light drafts ${pct(holdoutFig.light, 1)} <= 5 %`);
check(holdoutCategoriesOk, 'every category precision and recall >= 0.8 on unseen drafts');
for (const [key, rate] of ourRates) if (key.endsWith('quiet')) check(rate <= TARGET_QUIET_SOURCE_FALSE_ALARMS, `${key} false alarms ${pct(rate, 1)} <= 3 %`);
check((ourRates.get('vader flag') ?? 0) >= TARGET_VADER_FLAGGED, `vader flag tweets flagged ${pct(ourRates.get('vader flag') ?? 0, 1)} >= 75 %`);
check((ourRates.get('heavy') ?? 0) > best('heavy'), `goemotions anger/grief/sadness ${pct(ourRates.get('heavy') ?? 0, 1)} > best baseline ${pct(best('heavy'), 1)}`);
check((ourRates.get('politeness flag') ?? 0) > best('politeness flag'), `impolite requests ${pct(ourRates.get('politeness flag') ?? 0, 1)} > best baseline ${pct(best('politeness flag'), 1)}`);
console.log(`\nTargets\n  ${results.join('\n  ')}`);
