// What a fresh machine needs before Keep It Light can run or be tested: the npm packages,
// a Chromium to load the extension into, and a build. Only Node's own modules are used here,
// because this runs before `npm ci` has installed anything.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  return r.status === 0;
}

function say(message) {
  console.log(`\n▸ ${message}`);
}

/** Installs the npm packages when they are missing or older than the lock file. */
export function ensurePackages() {
  const marker = 'node_modules/.package-lock.json';
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs) return true;
  say('Installing packages (npm ci)…');
  return run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Finds Chromium, installing Debian's package when we are root and it is missing. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    say('Chromium is missing; installing Debian’s chromium package…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], { env }) && run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) && existsSync(CHROMIUM))
      return true;
  }
  console.error(
    `\nKeep It Light needs Chromium at ${CHROMIUM}.\n` +
      '  Debian/Ubuntu:  sudo apt-get install -y chromium\n' +
      '  Elsewhere:      set CHROMIUM_PATH to your Chromium or Chrome binary.\n',
  );
  return false;
}

export function buildExtension() {
  say('Building the extension (.output/chrome-mv3)…');
  return run('npx', ['--no-install', 'wxt', 'build']);
}
