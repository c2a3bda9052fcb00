// The demo (apps/demo) as a visitor meets it: a production build served by `vite preview` with the
// strict Content-Security-Policy of apps/demo/csp.json, in headless Chromium at 1280 × 900. Rows:
// first contentful paint; the initial JavaScript (gzip) that index.html loads; and, for each
// section in the lecture's order, the time from scrolling it into view until it is interactive
// (its `section-ready:<id>` performance mark: runtime chosen, tokenizer loaded, attention drawn,
// first frame of 20,000 GloVe points, charts mounted). Sections load lazily, so each time includes
// downloading its code (and tfjs, the tokenizer vocabulary, three.js or the GloVe file) from
// localhost. No peer: ours_ms only.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { initialJavaScript } from '../apps/demo/test/initialJs.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const dir = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(dir, '../apps/demo');
const SECTIONS = ['gpu', 'tokens', 'attention', 'vectors', 'scale'];

export default async function run() {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'demo-bench-'));
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const initial = await initialJavaScript(outDir);
  const server = await preview({ root, logLevel: 'error', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(server.resolvedUrls.local[0]);
    const fcp = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const read = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
          if (read() !== undefined) return resolve(read());
          new PerformanceObserver(() => read() !== undefined && resolve(read())).observe({
            type: 'paint',
            buffered: true,
          });
        }),
    );
    const rows = [
      {
        name: 'first contentful paint',
        backend: 'chromium',
        ours_ms: round(fcp),
        peer: null,
        peer_ms: null,
        ratio: null,
        note: `production build from localhost under the strict CSP; initial JavaScript ${initial.files.length} files, ${(initial.gzip / 1024).toFixed(1)} KB gzip (${(initial.bytes / 1024).toFixed(1)} KB raw; limit 300 KB gzip)`,
        initial_js_gzip_kb: Number((initial.gzip / 1024).toFixed(1)),
      },
    ];
    for (const id of SECTIONS) {
      const section = page.locator(`section[data-section="${id}"]`);
      const start = await section.evaluate((element) => {
        element.scrollIntoView({ block: 'start' });
        return performance.now();
      });
      await page.waitForSelector(`section[data-section="${id}"][data-ready="true"]`, { timeout: 180_000 });
      const [readyAt, sincePageStart] = await page.evaluate((name) => {
        const mark = performance.getEntriesByName(`section-ready:${name}`)[0];
        return [mark?.startTime ?? performance.now(), mark?.startTime ?? performance.now()];
      }, id);
      // A section near the top may already be ready before it is scrolled to (it loads 400 px early).
      const ms = Math.max(0, readyAt - start);
      rows.push({
        name: `section "${id}": scrolled into view → interactive`,
        backend: 'chromium',
        ours_ms: round(ms),
        peer: null,
        peer_ms: null,
        ratio: null,
        note:
          readyAt <= start
            ? `already interactive when scrolled to (it starts loading 400 px before it is visible), ${round(sincePageStart)} ms after navigation start`
            : `interactive ${round(sincePageStart)} ms after navigation start`,
      });
    }
    return rows;
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
    await rm(outDir, { recursive: true, force: true });
  }
}

const round = (ms) => Math.round(ms * 10) / 10;
