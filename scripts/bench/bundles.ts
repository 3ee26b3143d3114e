/** Sizes of the built extension: every file raw and gzipped, and what the manifest injects into pages. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, type Row } from './stats';

/** Issue 9: the content scripts the manifest injects, gzipped, in total. */
const TARGET_CONTENT_GZIP = 40 * 1024;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

interface Manifest { content_scripts?: { js?: string[]; css?: string[] }[] }

export function benchBundles(dir: string): Row[] {
  const section = 'Built extension (chrome-mv3), gzip -9';
  const rows: Row[] = [];
  const all = [...files(dir)].map((path) => ({ path, name: relative(dir, path), raw: statSync(path).size, gzip: gzipSize(path) }));
  all.sort((a, b) => b.gzip - a.gzip || a.name.localeCompare(b.name));
  for (const f of all) rows.push({ section, figure: f.name, value: `${kb(f.raw)} raw, ${kb(f.gzip)} gz`, target: '', pass: null });
  const total = all.reduce((s, f) => s + f.gzip, 0);
  rows.push({ section, figure: 'all files', value: `${kb(all.reduce((s, f) => s + f.raw, 0))} raw, ${kb(total)} gz`, target: '', pass: null });

  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const injected = [...new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]))];
  const injectedGzip = injected.reduce((s, name) => s + gzipSize(join(dir, name)), 0);
  rows.push({
    section,
    figure: `content scripts in the manifest (${injected.join(', ')})`,
    value: `${kb(injectedGzip)} gz`,
    target: `≤ ${kb(TARGET_CONTENT_GZIP)}`,
    pass: injectedGzip <= TARGET_CONTENT_GZIP,
  });
  return rows;
}
