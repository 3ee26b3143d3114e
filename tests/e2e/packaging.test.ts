/**
 * Packaging: `npm run zip` makes both store packages, each a loadable extension; the Firefox build
 * passes `web-ext lint` with no errors, and its only warnings are the ones the README explains.
 * No browser here; it lives with the e2e tests because it rebuilds .output (the suite runs files one
 * at a time, so nothing else is reading the build meanwhile).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_MATCHES } from '../../lib/sites/matches';

const OUTPUT = resolve('.output');
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };

/** Warnings the README's "Firefox build and lint warnings" section explains, by code and file. */
const EXPLAINED_WARNINGS = [
  // Preact's renderer has a `dangerouslySetInnerHTML` branch; none of our components use it.
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^(content-scripts\/content\.js|chunks\/[\w-]+\.js)$/ },
];

/** The entries of a zip file (central directory), with a reader for stored or deflated ones. */
function readZip(file: string): Map<string, () => Buffer> {
  const zip = readFileSync(file);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file} is not a zip`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(entryName, () => {
      const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(dataAt, dataAt + size);
      return method === 0 ? data : inflateRawSync(data);
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => relative(dir, join(dir, f)).split('\\').join('/'))
    .sort();
}

describe('npm run zip', () => {
  let zipRun: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    zipRun = spawnSync('npm', ['run', '--silent', 'zip'], { encoding: 'utf8', timeout: 240_000 });
  }, 250_000);

  test('succeeds', () => {
    expect(zipRun.error).toBeUndefined();
    expect(zipRun.status, String(zipRun.stderr)).toBe(0);
  });

  test.each([
    ['chrome', 'chrome-mv3', 3],
    ['firefox', 'firefox-mv2', 2],
  ])('makes the %s package: the whole build, with its manifest', (browser, dir, manifestVersion) => {
    const zipFile = join(OUTPUT, `${name}-${version}-${browser}.zip`);
    expect(existsSync(zipFile)).toBe(true);
    const entries = readZip(zipFile);
    expect([...entries.keys()].filter((n) => !n.endsWith('/')).sort()).toEqual(filesUnder(join(OUTPUT, dir)));
    const manifest = JSON.parse(entries.get('manifest.json')!().toString('utf8'));
    expect(manifest.manifest_version).toBe(manifestVersion);
    expect(manifest.version).toBe(version);
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect([...manifest.content_scripts[0].matches].sort()).toEqual([...CONTENT_MATCHES].sort());
    // No source maps or stray files in a store package.
    expect([...entries.keys()].filter((n) => n.endsWith('.map'))).toEqual([]);
    if (browser === 'firefox') {
      expect(manifest.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
      expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    } else {
      expect(manifest.browser_specific_settings).toBeUndefined();
    }
  });

  test('and the sources package Firefox reviewers ask for, without dependencies or build output', () => {
    const entries = [...readZip(join(OUTPUT, `${name}-${version}-sources.zip`)).keys()];
    expect(entries).toContain('package.json');
    expect(entries).toContain('wxt.config.ts');
    expect(entries.filter((n) => /^(node_modules|\.output)\//.test(n))).toEqual([]);
  });

  test('the Firefox build passes web-ext lint with no errors, and only the warnings the README explains', () => {
    const lint = spawnSync('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', join(OUTPUT, 'firefox-mv2'), '--output=json'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    const report = JSON.parse(lint.stdout) as {
      summary: { errors: number; warnings: number; notices: number };
      errors: { code: string; file?: string }[];
      warnings: { code: string; file?: string; message: string }[];
    };
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
    const unexplained = report.warnings.filter((w) => !EXPLAINED_WARNINGS.some((e) => e.code === w.code && e.file.test(w.file ?? '')));
    expect(unexplained).toEqual([]);
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Firefox build and lint warnings'));
    expect(readme).toContain('## Firefox build and lint warnings');
    for (const w of report.warnings) expect(section).toContain(w.code);
  });
});
