// Builds nothing: runs against apps/demo/dist (turbo builds it first). Serves the production
// build, opens it in headless Chromium at desktop and phone widths, checks that every section
// renders with no console errors, and writes screenshots to apps/demo/test-results/.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { collectPageErrors, createChecker, launchChromium } from '../../../scripts/browser.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'test-results');
await mkdir(out, { recursive: true });

const server = await preview({ root, logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
const url = server.resolvedUrls.local[0];
const browser = await launchChromium();
const { check, summary } = createChecker();

try {
  for (const viewport of [
    { name: 'desktop', width: 1280, height: 900 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    const page = await browser.newPage({ viewport, locale: 'en-US' });
    const errors = collectPageErrors(page);
    await page.goto(url);
    await check(`${viewport.name}: backend report names a backend`, async () => {
      await page.getByTestId('backend-name').waitFor({ timeout: 60_000 });
      assert.match(await page.getByTestId('backend-name').innerText(), /WebAssembly|CPU|WebGL|WebGPU/);
    });
    await check(`${viewport.name}: measuring this device fills the GPU chart's "your device" bar`, async () => {
      await page.getByRole('button', { name: 'Measure this device' }).click();
      await page.locator('.ts-throughput-meter[aria-busy="false"] [data-backend="cpu"]').waitFor({ timeout: 120_000 });
      assert.ok((await page.locator('.ts-throughput-meter__value').count()) >= 2);
      await page
        .getByText(/Your device/)
        .first()
        .waitFor({ timeout: 10_000 });
    });
    await check(`${viewport.name}: live attention heatmap renders from tensor-core`, async () => {
      await page
        .getByRole('grid', { name: 'Attention weights: 7 query tokens × 7 key tokens' })
        .waitFor({ timeout: 60_000 });
      assert.match(await page.getByText(/Computed live by tensor-core on the “wasm” backend/).innerText(), /wasm/);
    });
    await check(`${viewport.name}: 3D points render in a WebGL canvas`, async () => {
      await page.locator('.ts-embedding-scatter__view canvas').waitFor({ timeout: 60_000 });
    });
    await check(`${viewport.name}: parameter chart draws every model`, async () => {
      const points = page.locator('.ts-parameter-chart__point');
      assert.ok((await points.count()) >= 18);
    });
    await check(`${viewport.name}: switching to Korean relabels the page`, async () => {
      await page.getByRole('button', { name: '한국어' }).click();
      await page.getByRole('heading', { name: '2. 어텐션' }).waitFor();
      await page.getByRole('grid', { name: /어텐션 가중치/ }).waitFor({ timeout: 60_000 });
      assert.equal(await page.locator('html').getAttribute('lang'), 'ko');
    });
    await check(`${viewport.name}: dark theme applies`, async () => {
      await page.getByRole('button', { name: /테마/ }).click();
      const background = await page.locator('.app').evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(background, 'rgb(18, 20, 23)');
    });
    // Grow the viewport to the page instead of `fullPage`, which briefly resizes the page and makes
    // the responsive charts re-measure mid-capture.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: viewport.width, height });
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(out, `demo-${viewport.name}.png`) });
    await check(`${viewport.name}: no console errors`, async () => assert.deepEqual(errors, []));
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
process.exit(summary());
