/**
 * Bundles every fixture's script (with the real editor libraries) before the e2e tests run, and
 * the readers probe: lib/editors and lib/sites as a page script, so tests can compare our reading
 * of a composer with the editor's own model text (the content script's world is out of reach).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { FIXTURE_BUILD_DIR } from './browser';

const common = {
  bundle: true,
  target: 'chrome120',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  logLevel: 'warning',
} as const;

export default async function setup() {
  const root = resolve('tests/e2e/fixtures');
  const names = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  await Promise.all([
    ...names.map((name) => {
      const tsx = join(root, name, 'main.tsx');
      return build({
        ...common,
        entryPoints: [existsSync(tsx) ? tsx : join(root, name, 'main.ts')],
        outfile: join(FIXTURE_BUILD_DIR, `${name}.js`),
        format: 'esm',
        // React fixtures (Draft.js, Slate) use React's JSX; Preact stays the product's.
        jsxImportSource: 'react',
      });
    }),
    build({
      ...common,
      entryPoints: [resolve('tests/e2e/readers-probe.ts')],
      outfile: join(FIXTURE_BUILD_DIR, '..', 'readers-probe.js'),
      format: 'iife',
    }),
  ]);
}
