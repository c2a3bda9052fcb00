// The custom elements on a plain HTML page, in headless Chromium, under a strict
// Content-Security-Policy: test/page/index.html loads dist/browser/tensorscope-elements.js with one
// module script; a tiny node:http server sends the page with the CSP header. Checks that every
// element renders, the refused origin and the bad file show their messages, locale and theme
// attributes change labels and colours, and that there are no console errors, no CSP violations
// and no requests to any other origin. Writes test-results/elements-page.png.
//
// Usage: `node test/elements.browser.mjs` in packages/elements after `npm run build`
// (`--serve` keeps the server running and prints its URL, for looking at the page by hand).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectPageErrors, createChecker, launchChromium } from '../../../scripts/browser.mjs';

const packageDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(packageDir, 'test-results');

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.tsemb': 'application/octet-stream',
  '.tsat': 'application/octet-stream',
};
/** Only these folders of the package are served. */
const SERVED = ['test/page/', 'dist/browser/'];

/** A static server for the package folder that sends the CSP header with every response. */
export function serve(dir = packageDir) {
  const server = http.createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/') {
      response.writeHead(302, { Location: '/test/page/index.html' }).end();
      return;
    }
    const relative = path.posix.normalize(decodeURIComponent(pathname)).replace(/^\/+/, '');
    const file = path.join(dir, relative);
    if (!SERVED.some((prefix) => relative.startsWith(prefix)) || !file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404, { 'Content-Security-Policy': CSP, 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      response
        .writeHead(200, {
          'Content-Security-Policy': CSP,
          'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        })
        .end(body);
    } catch {
      response.writeHead(500).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  if (!existsSync(path.join(packageDir, 'dist/browser/tensorscope-elements.js'))) {
    console.error('dist/browser/tensorscope-elements.js is missing: run `npm run build` first.');
    return 1;
  }
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const url = `${origin}/test/page/index.html`;
  if (process.argv.includes('--serve')) {
    console.log(`serving ${url} (Ctrl+C to stop)`);
    return new Promise(() => {});
  }
  const { check, fail, summary } = createChecker();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const errors = collectPageErrors(page);
    const foreign = [];
    const requested = [];
    page.on('request', (req) => {
      const target = req.url();
      requested.push(target);
      if (/^(data|blob):/.test(target)) return;
      if (new URL(target).origin !== origin) foreign.push(target);
    });
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
      });
    });
    const response = await page.goto(url);
    await check('the page is served with the strict Content-Security-Policy header', async () => {
      assert.equal(response?.headers()['content-security-policy'], CSP);
    });

    await check('<tensorscope-attention-heatmap src> renders Hugging Face JSON (canvas, grid, tokens)', async () => {
      const grid = page
        .locator('#attention')
        .getByRole('grid', { name: /Attention weights: 8 query tokens × 8 key tokens/ });
      await grid.waitFor({ timeout: 30_000 });
      assert.ok((await page.locator('#attention canvas').count()) > 0, 'no canvas');
      assert.match(await text(page, '#attention'), /\bcat\b/);
      assert.match(await text(page, '#attention'), /Layer|layer/);
    });

    await check('<tensorscope-embedding-space src> renders 60 GloVe words on a WebGL canvas', async () => {
      await page.locator('#embedding canvas').first().waitFor({ timeout: 60_000 });
      await page.waitForFunction(() =>
        document.querySelector('#events [data-type="tensorscope-load"][data-target="embedding"]'),
      );
      // PCA ran (on tfjs, whose .wasm comes from this origin) and the words are labelled.
      await page
        .locator('#embedding')
        .getByText(/PCA of all 60 rows/)
        .first()
        .waitFor({ timeout: 30_000 });
      assert.doesNotMatch(await text(page, '#embedding'), /cannot be shown/);
    });

    await check('<tensorscope-scaling-chart chart="parameters"> renders its svg and English title', async () => {
      await page.locator('#parameters svg').first().waitFor({ timeout: 30_000 });
      assert.match(await text(page, '#parameters'), /Parameters of notable AI models/);
      assert.ok((await page.locator('#parameters .ts-parameter-chart__point').count()) >= 18);
    });

    await check(
      '<tensorscope-scaling-chart chart="calculator" locale="ko" theme="dark"> is Korean and dark',
      async () => {
        await page.locator('#calculator').getByText('학습 연산량 계산기').first().waitFor({ timeout: 30_000 });
        assert.equal(await background(page, '#calculator'), 'rgb(18, 20, 23)');
      },
    );

    await check('<tensorscope-retrieval query=… map="false"> searches the built-in corpus three ways', async () => {
      const keyword = page.locator('#retrieval').getByRole('region', { name: 'Keyword (BM25)' });
      await keyword.getByRole('listitem').first().waitFor({ timeout: 60_000 });
      assert.ok((await page.locator('#retrieval').getByRole('region', { name: 'Hybrid (RRF)' }).count()) === 1);
      assert.equal(await page.locator('#retrieval canvas').count(), 0);
    });

    await check(
      '<tensorscope-transformer text=…> runs the built-in induction model on the repeated sentence',
      async () => {
        const host = page.locator('#transformer');
        await host.getByRole('list').first().waitFor({ timeout: 60_000 });
        assert.match(await text(page, '#transformer'), /%/);
        assert.doesNotMatch(await text(page, '#transformer'), /cannot be shown/);
      },
    );

    await check('locale and theme attributes change the rendered labels and colours', async () => {
      assert.equal(await background(page, '#parameters'), 'rgb(255, 255, 255)');
      await page.locator('#parameters').evaluate((el) => {
        el.setAttribute('locale', 'ko');
        el.setAttribute('theme', 'dark');
      });
      await page.locator('#parameters').getByText('주요 AI 모델의 파라미터 수').first().waitFor({ timeout: 10_000 });
      assert.equal(await background(page, '#parameters'), 'rgb(18, 20, 23)');
      await page.locator('#parameters').evaluate((el) => {
        el.setAttribute('locale', 'en');
        el.removeAttribute('theme');
      });
      await page
        .locator('#parameters')
        .getByText('Parameters of notable AI models')
        .first()
        .waitFor({ timeout: 10_000 });
      assert.equal(await background(page, '#parameters'), 'rgb(255, 255, 255)');
    });

    await check('the data property renders a matrix (set from an external module script)', async () => {
      await page
        .locator('#from-property')
        .getByRole('grid', { name: 'Attention weights: 3 query tokens × 3 key tokens' })
        .waitFor({ timeout: 30_000 });
    });

    await check('a src on another origin is refused with a visible message naming the origin', async () => {
      const alert = page.locator('#refused').getByRole('alert');
      await alert.waitFor();
      const text = await alert.innerText();
      assert.match(text, /Data source not allowed/);
      assert.match(text, /https:\/\/data\.example\.org/);
      assert.ok(!requested.some((r) => r.includes('data.example.org')), 'the refused URL was requested');
    });

    await check('bad data from src shows the typed error inline', async () => {
      const alert = page.locator('#bad').getByRole('alert');
      await alert.waitFor({ timeout: 30_000 });
      assert.match(await alert.innerText(), /Data could not be loaded[\s\S]*(negative|INVALID_VALUE)/i);
    });

    await check('focusing a heatmap cell dispatches tensorscope-select', async () => {
      const grid = page.locator('#attention').getByRole('grid').first();
      await grid.focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        () => document.querySelector('#events [data-type="tensorscope-select"][data-target="attention"]'),
        null,
        { timeout: 5_000 },
      );
    });

    await check('disconnecting an element unmounts its React root', async () => {
      const left = await page.evaluate(() => {
        const el = document.getElementById('from-property');
        const parent = el.parentElement;
        el.remove();
        const empty = el.shadowRoot.querySelector('[part="root"]').childElementCount;
        parent.append(el);
        return empty;
      });
      assert.equal(left, 0);
      await page.locator('#from-property').getByRole('grid').waitFor({ timeout: 10_000 });
    });

    await page.waitForTimeout(1500);
    await mkdir(resultsDir, { recursive: true });
    await page.screenshot({ path: path.join(resultsDir, 'elements-page.png'), fullPage: true });

    await check('no console errors', async () => assert.deepEqual(errors, []));
    await check('no CSP violations', async () => {
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    });
    await check('no requests to other origins', async () => assert.deepEqual(foreign, []));
    const wasm = requested.filter((r) => r.endsWith('.wasm'));
    if (wasm.length > 0)
      console.log(`  tfjs wasm served from the page's origin: ${wasm.map((r) => path.basename(r)).join(', ')}`);
  } catch (error) {
    fail(`elements browser test failed: ${error.stack ?? error.message}`);
  } finally {
    await browser.close();
    server.close();
  }
  return summary();
}

/** The visible text inside an element's shadow root (a host's own innerText leaves it out). */
function text(page, selector) {
  return page.locator(`${selector} .ts-element`).innerText();
}

/** The background colour of an element's themed root inside its shadow root. */
function background(page, selector) {
  return page
    .locator(selector)
    .evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.ts-element')).backgroundColor);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main();
