/** Bundles every fixture's script (with the real editor libraries) before the e2e tests run. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { FIXTURE_BUILD_DIR } from './browser';

export default async function setup() {
  const root = resolve('tests/e2e/fixtures');
  const names = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  await Promise.all(
    names.map((name) =>
      build({
        entryPoints: [join(root, name, 'main.ts')],
        outfile: join(FIXTURE_BUILD_DIR, `${name}.js`),
        bundle: true,
        format: 'esm',
        target: 'chrome120',
        jsx: 'automatic',
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'warning',
      }),
    ),
  );
}
