// tensor-core vs the peers a JavaScript user would pick, in headless Chromium, on every backend
// the browser offers. Real GloVe data (fetched once on demand, see scripts/glove.mjs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { ensureGlove } from '../scripts/glove.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { chromium } from 'playwright-core';

const dir = path.dirname(fileURLToPath(import.meta.url));

export default async function run() {
  const glove = await ensureGlove();
  const server = await createServer({
    root: path.join(dir, 'tensor-core-page'),
    publicDir: glove.dir,
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  const url = server.resolvedUrls.local[0];
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--enable-unsafe-webgpu', '--js-flags=--max-old-space-size=6000'],
  });
  try {
    const page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready', null, {
      timeout: 120_000,
    });
    const backends = (process.env.BENCH_BACKENDS ?? 'wasm,webgl,webgpu').split(',');
    const progress = setInterval(async () => {
      const text = await page
        .locator('#status')
        .textContent()
        .catch(() => null);
      if (text) process.stdout.write(`  … ${text}\n`);
    }, 15_000);
    try {
      return await page.evaluate((b) => window.runBench({ backends: b }), backends);
    } finally {
      clearInterval(progress);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
