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
