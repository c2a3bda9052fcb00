import { existsSync } from 'node:fs';

/**
 * The Chromium every browser test uses: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, else
 * Playwright's own download (undefined lets Playwright find it). `scripts/ensure-chromium.mjs`
 * runs first in `npm test` and fails with one clear line when none exists.
 */
export const CHROMIUM_PATH: string | undefined =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate));

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
