import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/** Launches the same headless Chromium as the vitest browser tests. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** Collects console errors and uncaught page errors, so a test can fail on any of them. */
export function collectPageErrors(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/**
 * A tiny test runner for the Node end-to-end scripts: `check(name, fn)` records a pass or a
 * failure, `summary()` prints the closing "N passed, N failed" line and returns the exit code.
 */
export function createChecker() {
  let passed = 0;
  let failed = 0;
  return {
    async check(name, fn) {
      try {
        await fn();
        passed++;
        console.log(`✓ ${name}`);
      } catch (error) {
        failed++;
        console.error(`✗ ${name}\n  ${error.message}`);
      }
    },
    fail(message) {
      failed++;
      console.error(`✗ ${message}`);
    },
    summary() {
      console.log(`${passed} passed, ${failed} failed`);
      return failed === 0 ? 0 : 1;
    },
  };
}
