// Builds nothing: runs against apps/demo/dist (turbo builds it first). Serves the production
// build with `vite preview` (which sends the strict Content-Security-Policy of vite.config.ts),
// opens it in headless Chromium at desktop and phone widths and checks: every section renders with
// no console errors and no CSP violation; no request leaves the page's own origin; the tokenizer,
// attention views (hover, shared selection, bring-your-own file), neighbour search, analogy and
// calculator work; the embed routes render, and bad embed parameters show a message. Screenshots
// go to apps/demo/test-results/.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { collectPageErrors, createChecker, launchChromium } from '../../../scripts/browser.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const CONTENT_SECURITY_POLICY = JSON.parse(await readFile(path.join(root, 'csp.json'), 'utf8')).directives.join('; ');
const out = path.join(root, 'test-results');
await mkdir(out, { recursive: true });
const hfFixture = await readFile(
  path.join(root, '../../packages/attention-heatmap/stories/fixtures/hf-attentions.json'),
);

const server = await preview({ root, logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
const url = server.resolvedUrls.local[0];
const origin = new URL(url).origin;
const browser = await launchChromium();
const { check, summary } = createChecker();

/** Console errors, page errors, CSP violations and requests to other origins, per page. */
async function watchedPage(viewport) {
  const page = await browser.newPage({ viewport, locale: 'en-US' });
  const errors = collectPageErrors(page);
  const foreign = [];
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith('data:') && !target.startsWith('blob:') && new URL(target).origin !== origin) {
      foreign.push(target);
    }
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
    });
  });
  const finish = async (name) => {
    await check(`${name}: no console errors`, async () => assert.deepEqual(errors, []));
    await check(`${name}: no CSP violations`, async () =>
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []),
    );
    await check(`${name}: no requests to other origins`, async () => assert.deepEqual(foreign, []));
    await page.close();
  };
  return { page, finish };
}

/** Grows the viewport to the whole page (instead of `fullPage`, which re-measures mid-capture). */
async function screenshot(page, viewport, name) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(height, 16_000) });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: path.join(out, name) });
  await page.setViewportSize(viewport);
}

const section = (page, id) => page.locator(`section[data-section="${id}"]`);

try {
  await check('the preview server sends the strict CSP header, also for /embed/*', async () => {
    for (const target of [url, new URL('/embed/scaling-chart', url).href]) {
      const response = await fetch(target);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
      assert.match(await response.text(), /<div id="root">/);
    }
  });

  await check('the CSP listener sees a violation (control: an inline script is refused)', async () => {
    const { page } = await watchedPage({ width: 800, height: 600 });
    await page.goto(new URL('/embed/no-such-view', url).href);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
    });
    await page.waitForFunction(() => window.__cspViolations.length > 0, null, { timeout: 5000 });
    assert.equal(await page.evaluate(() => window.__inlineRan), undefined);
    assert.match((await page.evaluate(() => window.__cspViolations))[0], /script-src/);
    await page.close();
  });

  for (const viewport of [
    { name: 'desktop', width: 1280, height: 900 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    const { page, finish } = await watchedPage(viewport);
    const v = viewport.name;
    await page.goto(url);

    await check(`${v}: GPU section names the backend`, async () => {
      await page.getByTestId('backend-name').waitFor({ timeout: 60_000 });
      assert.match(await page.getByTestId('backend-name').innerText(), /WebAssembly|CPU|WebGL|WebGPU/);
    });
    if (v === 'desktop') {
      await check(`${v}: measuring this device explains serial vs parallel with the numbers`, async () => {
        await page.getByRole('button', { name: 'Measure this device' }).click();
        await page.getByTestId('serial-parallel').waitFor({ timeout: 180_000 });
        assert.match(await page.getByTestId('serial-parallel').innerText(), /GFLOP\/s/);
      });
    }

    await check(
      `${v}: the trained transformer predicts the copy, and switching its induction heads off breaks it`,
      async () => {
        const part = section(page, 'transformer');
        await part.scrollIntoViewIfNeeded();
        const grid = part.getByRole('group', { name: 'Heads by layer' });
        await grid.waitFor({ timeout: 120_000 });
        const induction = grid.getByRole('button', { name: /Layer 2, Head \d: induction head/ });
        assert.ok((await induction.count()) > 0, 'no head of layer 2 is named an induction head');
        await induction.first().click();
        await part.getByRole('region', { name: /head\(s\) off/ }).waitFor({ timeout: 60_000 });
        await part.getByRole('list', { name: 'Most likely next tokens' }).first().waitFor({ timeout: 120_000 });
      },
    );

    await check(`${v}: tokenizer counts the tokens of a Korean sentence`, async () => {
      await section(page, 'tokens').scrollIntoViewIfNeeded();
      const input = page.getByTestId('tokens-input');
      await input.waitFor({ timeout: 60_000 });
      await page.getByTestId('token-count').waitFor({ timeout: 60_000 });
      await input.fill('학생들이 방과 후 학교에서 축구를 했다.');
      await page
        .getByTestId('token-count')
        .filter({ hasText: /22 characters/ })
        .waitFor();
      const count = await page.getByTestId('token-count').innerText();
      const tokens = Number(/^(\d+) tokens/.exec(count)?.[1]);
      assert.ok(tokens >= 5 && tokens <= 20, count);
      const shown = await page.locator('.token__text').allInnerTexts();
      assert.equal(shown.length, tokens);
      assert.ok(!shown.join('').includes('\uFFFD'), `a token shows U+FFFD: ${shown.join(' | ')}`);
      const summaryText = await page.getByTestId('token-summary').innerText();
      const [, ko, en] = /Korean uses ([\d.]+) tokens per character and English ([\d.]+)/.exec(summaryText) ?? [];
      assert.ok(Number(ko) > Number(en), summaryText);
      if (v === 'desktop') console.log(`  Korean sentence: ${count}\n  ${summaryText}`);
    });

    await check(`${v}: live attention renders in all four views from GloVe vectors`, async () => {
      const att = section(page, 'attention');
      await att.scrollIntoViewIfNeeded();
      await att.getByRole('grid', { name: /Attention weights: \d+ query tokens/ }).waitFor({ timeout: 90_000 });
      await att.getByRole('grid', { name: /Attention heads: / }).waitFor();
      await att.getByRole('group', { name: 'Tokens shaded by attention' }).waitFor();
      await att.getByRole('group', { name: /Attention lines, layer 1/ }).waitFor();
      assert.match(await page.getByTestId('attention-source').innerText(), /GloVe.*untrained/s);
    });
    await check(`${v}: the views share one selection, and hovering the heatmap shows a tooltip`, async () => {
      const att = section(page, 'attention');
      const strip = att.getByRole('group', { name: 'Tokens shaded by attention' });
      await strip.getByRole('button').nth(1).click();
      assert.equal(await strip.getByRole('button').nth(1).getAttribute('aria-pressed'), 'true');
      const lines = att.getByRole('group', { name: /Attention lines, layer 1/ });
      assert.equal(await lines.locator('[aria-pressed="true"]').count(), 1);
      await att.getByRole('button', { name: /Layer 1, head 3/ }).click();
      await att.getByRole('group', { name: /Attention lines, layer 1, heads? 3/ }).waitFor();
      const heatmap = att.getByRole('grid', { name: /Attention weights: \d+ query tokens/ });
      await heatmap.scrollIntoViewIfNeeded();
      const box = await heatmap.boundingBox();
      await heatmap.hover({ position: { x: box.width * 0.6, y: box.height * 0.5 } });
      await page.getByRole('tooltip').first().waitFor({ timeout: 5000 });
    });
    await check(`${v}: words outside the GloVe vocabulary are named`, async () => {
      await page.getByTestId('attention-input').fill('the cat sat on the qwertzuiop mat');
      await page.getByTestId('attention-missing').filter({ hasText: 'qwertzuiop' }).waitFor({ timeout: 30_000 });
      await section(page, 'attention')
        .getByRole('grid', { name: /Attention weights: 6 query tokens/ })
        .waitFor({ timeout: 30_000 });
    });
    if (v === 'desktop') {
      await check(`${v}: a bad attention file names the problem and keeps the views`, async () => {
        await page.getByTestId('attention-file').setInputFiles({
          name: 'broken.json',
          mimeType: 'application/json',
          buffer: Buffer.from('{"tokens": ["a", "b"], "attentions": [[[[0.5, 0.5]'),
        });
        await section(page, 'attention')
          .getByRole('alert')
          .filter({ hasText: /broken\.json is not valid JSON/ })
          .waitFor();
        await page.getByRole('grid', { name: /Attention weights: 6 query tokens/ }).waitFor();
      });
      await check(`${v}: an oversized attention file is refused by size`, async () => {
        await page.getByTestId('attention-drop').evaluate((zone) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([new Uint8Array(65 * 1024 * 1024)], 'huge.json'));
          zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
        });
        await section(page, 'attention')
          .getByRole('alert')
          .filter({ hasText: /huge\.json is 65\.0 MB; the limit is 64 MB/ })
          .waitFor();
        await page.getByRole('grid', { name: /Attention weights: 6 query tokens/ }).waitFor();
      });
      await check(`${v}: a Hugging Face JSON export loads into the views`, async () => {
        await page.getByTestId('attention-file').setInputFiles({
          name: 'hf-attentions.json',
          mimeType: 'application/json',
          buffer: hfFixture,
        });
        await page.getByText(/Showing hf-attentions\.json: \d+ layers × \d+ heads × 8 tokens/).waitFor();
        await page.getByRole('grid', { name: /Attention weights: 8 query tokens/ }).waitFor();
        await page.getByRole('button', { name: 'Back to the live sentence' }).click();
        await page.getByRole('grid', { name: /Attention weights: 6 query tokens/ }).waitFor();
      });
    }

    await check(`${v}: word vectors: search "king", select it, neighbours appear`, async () => {
      await section(page, 'vectors').scrollIntoViewIfNeeded();
      await page.locator('[data-testid="embedding-space-canvas"] canvas').waitFor({ timeout: 90_000 });
      await page.getByRole('searchbox', { name: 'Search labels' }).fill('king');
      await section(page, 'vectors').getByRole('button', { name: 'king', exact: true }).first().click();
      const caption = page.getByText(/Nearest neighbours of “king”/);
      await caption.waitFor({ timeout: 30_000 });
      const table = page.locator('table', { has: caption });
      assert.ok((await table.locator('tbody tr').count()) >= 5);
    });
    await check(`${v}: analogy king - man + woman answers queen first`, async () => {
      await page.getByRole('textbox', { name: 'Analogy' }).fill('king - man + woman');
      await page.getByRole('button', { name: 'Ask', exact: true }).click();
      const list = page.getByRole('list', { name: 'king - man + woman' });
      await list.waitFor({ timeout: 30_000 });
      assert.equal((await list.getByRole('button').first().innerText()).trim(), 'queen');
    });

    await check(
      `${v}: word vectors: the meaning preset restores a query from the view state, drawn and listed`,
      async () => {
        await section(page, 'vectors').getByRole('button', { name: 'Query by meaning: “royal family”' }).click();
        const list = section(page, 'vectors').getByTestId('embedding-space-meaning-neighbors');
        await list.getByRole('button').first().waitFor({ timeout: 30_000 });
        assert.ok((await list.getByRole('button').count()) >= 5);
        await section(page, 'vectors')
          .getByText(/placed by the same projection as every point/)
          .waitFor();
      },
    );

    await check(
      `${v}: word vectors: the map preset runs UMAP in a worker, then draws density and labels clusters`,
      async () => {
        await section(page, 'vectors')
          .getByRole('button', { name: 'Map: UMAP 2D, density and cluster labels' })
          .click();
        const coarse = section(page, 'vectors').getByRole('list', { name: 'Clusters: Coarse' });
        await coarse.getByRole('button').first().waitFor({ timeout: 180_000 });
        await coarse.getByRole('button').first().click();
        await section(page, 'vectors')
          .getByText(/^Cluster “.+”, [\d,]+ points\. Label: /)
          .first()
          .waitFor();
      },
    );

    await check(`${v}: RAG: a question is searched three ways, recall is measured, the prompt is shown`, async () => {
      await section(page, 'rag').scrollIntoViewIfNeeded();
      const keyword = section(page, 'rag').getByRole('region', { name: 'Keyword (BM25)' });
      await keyword.getByRole('listitem').first().waitFor({ timeout: 90_000 });
      await section(page, 'rag').getByRole('region', { name: 'Hybrid (RRF)' }).getByRole('listitem').first().waitFor();
      await section(page, 'rag')
        .getByText(/Recall@5 and MRR per retriever/)
        .waitFor({ timeout: 60_000 });
      assert.match(await section(page, 'rag').locator('pre.ts-rx-prompt').innerText(), /Question: /);
      const box = section(page, 'rag').getByRole('searchbox', { name: 'Question' });
      await box.fill('   ');
      await box.press('Enter');
      assert.match(await section(page, 'rag').getByRole('alert').innerText(), /EMPTY_INPUT/);
      assert.ok((await keyword.getByRole('listitem').count()) > 0, 'the previous results stay');
    });

    await check(`${v}: the compute calculator responds to input`, async () => {
      await section(page, 'scale').scrollIntoViewIfNeeded();
      const field = page.getByRole('textbox', { name: /Parameters N/ });
      await field.waitFor({ timeout: 60_000 });
      const calculator = page.locator('.ts-compute-calculator');
      const before = await calculator.innerText();
      await field.fill('1e9');
      await page.waitForFunction(
        (text) => document.querySelector('.ts-compute-calculator')?.innerText !== text,
        before,
        { timeout: 10_000 },
      );
      assert.match(await calculator.innerText(), /FLOP/);
      assert.ok((await page.locator('.ts-parameter-chart__point').count()) >= 18);
    });

    await check(`${v}: on-device: measure bandwidth, the calculator predicts for this device`, async () => {
      await section(page, 'on-device').scrollIntoViewIfNeeded();
      const calculator = section(page, 'on-device').locator('.ts-on-device');
      await calculator.waitFor({ timeout: 60_000 });
      assert.match(await calculator.innerText(), /Predicted decode speed: [\d.,]+ tokens\/s/);
      assert.match(await calculator.innerText(), /median error is \d+ %/);
      await section(page, 'on-device')
        .getByRole('button', { name: /Measure this device/ })
        .click();
      await page.getByTestId('bandwidth-result').waitFor({ timeout: 90_000 });
      assert.match(await page.getByTestId('bandwidth-result').innerText(), /Measured: [\d.,]+ GB\/s/);
      await calculator
        .getByRole('cell', { name: /This device \(measured/ })
        .first()
        .waitFor();
    });

    await check(
      `${v}: on-device: the small trained model decodes here, next to the cost model's prediction`,
      async () => {
        const panel = section(page, 'on-device').locator('.small-model');
        await panel.getByRole('button', { name: 'Run the small trained model here' }).click();
        await panel.getByTestId('small-model-result').waitFor({ timeout: 120_000 });
        const text = await panel.getByTestId('small-model-result').innerText();
        assert.match(text, /Measured\s+[\d.,]+\s+32 tokens, greedy/);
        assert.match(text, /Bandwidth rule\s+[\d.,]+/);
        assert.match(text, /Compute rule\s+[\d.,]+/);
        assert.match(text, /The (bandwidth|compute) limit binds here: [\d.,]+ tokens\/s predicted, [\d.,]+ measured/);
        assert.match(text, /537,312 parameters/);
      },
    );

    await check(`${v}: "copy embed code" gives an iframe snippet`, async () => {
      await section(page, 'scale').getByRole('button', { name: 'Copy embed code' }).click();
      const snippet = await section(page, 'scale').getByRole('textbox', { name: 'Embed code' }).inputValue();
      assert.match(snippet, new RegExp(`^<iframe src="${origin}/embed/scaling-chart\\?chart=parameters&amp;locale=en`));
    });

    await check(`${v}: Korean and dark theme`, async () => {
      await page.getByRole('button', { name: '한국어' }).click();
      await page.getByRole('heading', { name: '3. 어텐션' }).waitFor();
      await section(page, 'attention')
        .getByRole('grid', { name: /어텐션 가중치/ })
        .waitFor({ timeout: 60_000 });
      assert.equal(await page.locator('html').getAttribute('lang'), 'ko');
      await page.getByRole('button', { name: /테마/ }).click();
      const background = await page.locator('.app').evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(background, 'rgb(18, 20, 23)');
    });
    await check(`${v}: nothing is wider than the viewport`, async () => {
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= viewport.width, `the page is ${wide} px wide at a ${viewport.width} px viewport`);
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, viewport, `demo-${v}.png`);
    await finish(v);
  }

  // Embeds: one component full-frame, configured by URL parameters.
  const embeds = [
    [
      'attention-heatmap?sentence=the+king+spoke+to+the+queen&view=all&theme=dark',
      async (page) => {
        await page.getByRole('grid', { name: /Attention weights: 6 query tokens/ }).waitFor({ timeout: 90_000 });
        await page.getByRole('group', { name: /Attention lines/ }).waitFor();
      },
    ],
    [
      'embedding-space?view=eyJ2IjoxLCJtb2RlIjoiMmQiLCJjb2xvckJ5IjoidG9waWMifQ&locale=ko',
      async (page) => {
        await page.locator('[data-testid="embedding-space-canvas"] canvas').waitFor({ timeout: 90_000 });
        await page.getByRole('button', { name: '2D', pressed: true }).waitFor();
      },
    ],
    [
      'scaling-chart?chart=law',
      async (page) => {
        await page.locator('svg').first().waitFor({ timeout: 30_000 });
      },
    ],
    [
      'gpu-chart?gflops=42&backend=wasm',
      async (page) => {
        await page
          .getByText(/Your device/)
          .first()
          .waitFor({ timeout: 30_000 });
      },
    ],
    [
      'tokens?text=%EC%95%88%EB%85%95%ED%95%98%EC%84%B8%EC%9A%94&locale=ko',
      async (page) => {
        await page
          .getByTestId('token-count')
          .filter({ hasText: /글자 5개/ })
          .waitFor({ timeout: 60_000 });
      },
    ],
    [
      'on-device?model=llama-3.2-3b&locale=ko&theme=dark',
      async (page) => {
        await page.getByText(/예상 생성 속도/).waitFor({ timeout: 60_000 });
      },
    ],
    [
      'transformer?view=next-token&model=brown&text=She+looked+at+the&theme=dark',
      async (page) => {
        await page.getByRole('list', { name: 'Most likely next tokens' }).waitFor({ timeout: 90_000 });
        assert.match(await page.locator('body').innerText(), /Brown/);
      },
    ],
    [
      'transformer?view=attention&text=%ED%95%98%EB%82%98+%EB%91%98+%EC%85%8B&locale=ko',
      async (page) => {
        await page.getByRole('grid').first().waitFor({ timeout: 90_000 });
      },
    ],
    [
      'rag?query=%EC%96%B4%ED%85%90%EC%85%98%EC%9D%B4%EB%9E%80&map=false&locale=ko',
      async (page) => {
        await page
          .getByRole('region', { name: '키워드 (BM25)' })
          .getByRole('listitem')
          .first()
          .waitFor({ timeout: 90_000 });
        assert.equal(await page.locator('canvas').count(), 0);
      },
    ],
  ];
  const embedViewport = { width: 800, height: 700 };
  for (const [route, ready] of embeds) {
    const { page, finish } = await watchedPage(embedViewport);
    const name = route.split('?')[0];
    await check(`embed ${name} renders`, async () => {
      await page.goto(new URL(`/embed/${route}`, url).href);
      await ready(page);
      assert.equal(await page.locator('header').count(), 0);
    });
    await page.screenshot({ path: path.join(out, `embed-${name}.png`) });
    await finish(`embed ${name}`);
  }
  for (const [route, message] of [
    [
      'scaling-chart?chart=pie',
      /Parameter “chart” must be one of parameters, compute, gpu, scaling-law, calculator, on-device; got “pie”/,
    ],
    ['embedding-space?view=%7B%22k%22%3A0%7D', /"k" must be a whole number from 1 to 100, got 0/],
    ['gpu-chart?gflops=-3&colour=red', /Unknown parameter “colour”.*“gflops” must be a positive number; got “-3”/s],
    ['no-such-view', /Unknown view “no-such-view”/],
    ['transformer?model=gpt5&repeat=0', /“model” must be one of induction, brown.*“repeat” must be one of 1–8/s],
  ]) {
    const { page, finish } = await watchedPage(embedViewport);
    await check(`embed ${route}: a visible message, not a blank frame`, async () => {
      await page.goto(new URL(`/embed/${route}`, url).href);
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 30_000 });
      assert.match(await alert.innerText(), message);
      assert.ok(await alert.isVisible());
    });
    if (route.startsWith('scaling-chart')) await page.screenshot({ path: path.join(out, 'embed-invalid.png') });
    await finish(`embed ${route}`);
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
process.exit(summary());
