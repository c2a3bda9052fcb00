import { existsSync } from 'node:fs';

/**
 * The Chromium every browser test uses: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, else
 * undefined (Playwright then uses its own downloaded browser, if any).
 * @type {string | undefined}
 */
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate));

/** Flags for headless Chromium on a machine without a GPU, root user and a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
