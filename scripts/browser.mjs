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

/** Fraction of distinct colours in a canvas region of a screenshot: 0 for a blank box. */
export async function canvasIsDrawn(page, selector) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) return false;
  const png = await page.screenshot({ clip: box });
  // Count distinct byte patterns in the PNG body as a cheap "is anything drawn" signal.
  return new Set(png.subarray(64).toString('base64').match(/.{8}/g)).size > 50;
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
