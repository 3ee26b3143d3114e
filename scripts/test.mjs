// `npm test`: typecheck, unit tests and end-to-end tests in real Chromium, after installing what
// is missing and building. Ends with one plain line, "N passed, N failed", counting every test.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { buildExtension, ensureChromium, ensurePackages, run } from './setup.mjs';

let passed = 0;
let failed = 0;
const finish = () => {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
};

if (!ensurePackages() || !ensureChromium() || !buildExtension()) {
  failed += 1;
  console.error('Setup failed, so no tests ran.');
  finish();
}

console.log('\n▸ Typecheck (tsc --noEmit)');
if (run('npx', ['--no-install', 'tsc', '--noEmit'])) passed += 1;
else failed += 1;

mkdirSync('.tmp', { recursive: true });
for (const [suite, config] of [
  ['unit', 'vitest.config.ts'],
  ['e2e', 'vitest.e2e.config.ts'],
]) {
  console.log(`\n▸ ${suite} tests`);
  const report = `.tmp/${suite}-report.json`;
  rmSync(report, { force: true });
  const ok = run('npx', ['--no-install', 'vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  try {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests + (ok || r.numFailedTests > 0 ? 0 : 1);
  } catch {
    failed += 1; // the runner broke before writing a whole report
    console.error(`The ${suite} runner left no readable report (${report}).`);
  }
}
finish();
