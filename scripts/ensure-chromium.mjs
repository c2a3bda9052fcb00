// Runs before `npm test`: makes sure a Chromium exists for the browser tests, or stops with one
// clear line. Never lets browser tests be skipped silently.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function fail(message) {
  console.error(`✖ ${message}`);
  process.exit(1);
}

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

if (process.env.CHROMIUM_PATH) {
  if (!existsSync(process.env.CHROMIUM_PATH)) fail(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  process.exit(0);
}
if (SYSTEM_PATHS.some((path) => existsSync(path))) process.exit(0);
if (await playwrightChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/etc/debian_version')) {
  console.log('No Chromium found: installing Debian chromium with apt-get (root on Debian)…');
  const run = (args) =>
    spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['update', '-qq']);
  const result = run(['install', '-y', '-qq', 'chromium']);
  if (result.status === 0 && SYSTEM_PATHS.some((path) => existsSync(path))) process.exit(0);
  fail('apt-get install -y chromium failed; install Chromium and run npm test again.');
}
fail(
  'No Chromium found for the browser tests. Install one with `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH.',
);
