// Drives one benchmark page in headless Chromium: waits until the page's #status says "ready",
// then runs `window.runBench(argument)` and returns its rows, echoing #status every 15 s so a
// long run shows where it is. Each bench serves its own page and passes the URL.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

/**
 * @param {{ url: string, argument?: unknown, extraArgs?: string[], viewport?: { width: number, height: number },
 *   readyTimeoutMs?: number, onConsole?: (message: import('playwright-core').ConsoleMessage) => void }} options
 */
export async function runPageBench({ url, argument, extraArgs = [], viewport, readyTimeoutMs = 120_000, onConsole }) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...extraArgs, '--js-flags=--max-old-space-size=6000'],
  });
  try {
    const page = await browser.newPage(viewport ? { viewport } : {});
    page.on('console', onConsole ?? ((m) => m.type() === 'error' && console.error('page:', m.text())));
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready', null, {
      timeout: readyTimeoutMs,
    });
    const progress = setInterval(async () => {
      const text = await page
        .locator('#status')
        .textContent()
        .catch(() => null);
      if (text) process.stdout.write(`  … ${text}\n`);
    }, 15_000);
    try {
      return await page.evaluate((value) => window.runBench(value), argument);
    } finally {
      clearInterval(progress);
    }
  } finally {
    await browser.close();
  }
}
