// The packed-install test: what an educator's `npm install` sees. Packs every public package,
// installs the tarballs into a fresh Vite + React app outside the workspace, type-checks it
// against the published .d.ts files, builds it, and checks in headless Chromium that each
// package's component renders with no console errors.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectPageErrors, createChecker, launchChromium } from '../scripts/browser.mjs';
import { exportNames, publishedPackages } from '../scripts/workspace.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// Every published package of the workspace (packages/* that are not private), found by scripts/workspace.mjs.
const PACKAGES = publishedPackages();
// The view packages that export their own custom element (`./element`, the package contract);
// common's `./element` is the base class they extend, not an element of its own.
const ELEMENT_PACKAGES = PACKAGES.filter(
  (p) => exportNames(p).includes('./element') && p.name !== '@tensorscope/common',
);
const rootPkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const version = (name) => rootPkg.devDependencies[name];
const keep = process.argv.includes('--keep');

const app = await mkdtemp(path.join(os.tmpdir(), 'tensorscope-packed-'));
const run = (cmd, args, cwd = app) => {
  try {
    return execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  } catch (error) {
    // Show what the command printed (e.g. the type errors), not only that it failed.
    throw new Error(`${error.message.split('\n')[0]}\n${String(error.stdout ?? '').trim()}`, { cause: error });
  }
};
const { check, fail, summary } = createChecker();

try {
  console.log(`packed-install app: ${app}`);
  const tarballs = path.join(app, 'tarballs');
  await mkdir(tarballs);
  const files = {};
  for (const pkg of PACKAGES) {
    const out = run('npm', ['pack', '--silent', '--pack-destination', tarballs], pkg.dir);
    files[pkg.name] = `file:./tarballs/${out.trim().split('\n').pop()}`;
  }

  await writeFile(
    path.join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'packed-install-app',
        private: true,
        type: 'module',
        dependencies: {
          ...files,
          react: version('react'),
          'react-dom': version('react-dom'),
          three: version('three'),
          '@react-three/fiber': version('@react-three/fiber'),
          '@tensorflow/tfjs-core': version('@tensorflow/tfjs-core'),
          '@tensorflow/tfjs-backend-cpu': version('@tensorflow/tfjs-backend-cpu'),
          '@tensorflow/tfjs-backend-webgl': version('@tensorflow/tfjs-backend-webgl'),
          '@tensorflow/tfjs-backend-wasm': version('@tensorflow/tfjs-backend-wasm'),
          '@tensorflow/tfjs-backend-webgpu': version('@tensorflow/tfjs-backend-webgpu'),
        },
        devDependencies: {
          vite: version('vite'),
          '@vitejs/plugin-react': version('@vitejs/plugin-react'),
          '@types/react': version('@types/react'),
          '@types/react-dom': version('@types/react-dom'),
        },
        overrides: { '@tensorscope/common': files['@tensorscope/common'] },
      },
      null,
      2,
    ),
  );
  await mkdir(path.join(app, 'src'));
  await writeFile(
    path.join(app, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>packed</title><link rel="icon" href="data:,"></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>',
  );
  await writeFile(
    path.join(app, 'vite.config.js'),
    "import react from '@vitejs/plugin-react';\nexport default { plugins: [react()], logLevel: 'warn' };\n",
  );
  await writeFile(
    path.join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: ['src'],
    }),
  );
  await writeFile(
    path.join(app, 'src', 'main.tsx'),
    `${ELEMENT_PACKAGES.map((p, i) => `import * as element${i} from '${p.name}/element';`).join('\n')}
import { AttentionHeadGrid, AttentionHeatmap, fromCircuitsVis } from '@tensorscope/attention-heatmap';
import { createAttentionMatrix, type AttentionMatrixInput } from '@tensorscope/attention-heatmap/core';
import { TensorscopeError } from '@tensorscope/common';
import { EmbeddingScatter, EmbeddingSpace } from '@tensorscope/embedding-space';
import { createEmbeddingData, loadEmbeddingFile, runProjection } from '@tensorscope/embedding-space/core';
import { defineTensorscopeElements } from '@tensorscope/elements';
import { ParameterChart, formatCount } from '@tensorscope/scaling-chart';
import { createRuntime, type TensorRuntime } from '@tensorscope/tensor-core';
import { BackendReport } from '@tensorscope/tensor-core/react';
import { createRoot } from 'react-dom/client';

const props: AttentionMatrixInput = { queryTokens: ['a', 'b'], weights: [[1, 0], [0.4, 0.6]] };
const heads = fromCircuitsVis({ tokens: ['a', 'b'], attention: [[[1, 0], [0.4, 0.6]], [[1, 0], [0.9, 0.1]]] });
const matrix = createAttentionMatrix(props);
const error: TensorscopeError = new TensorscopeError('EMPTY_INPUT', 'typed');
const runtime: Promise<TensorRuntime> | null = matrix.max > 2 ? createRuntime({ backends: ['cpu'] }) : null;
void error;
void runtime;
const words = createEmbeddingData({
  vectors: [[1, 0, 0], [0.9, 0.1, 0], [0, 1, 0], [0, 0.9, 0.1], [0, 0, 1], [0.1, 0, 0.9]],
  labels: ['king', 'queen', 'cat', 'dog', 'red', 'blue'],
});
// The custom elements, as a page without React would use them. The registry must define each
// package's own element class (one class per tag, whoever defines it first).
defineTensorscopeElements();
const elementModules: Record<string, unknown>[] = [${ELEMENT_PACKAGES.map((_, i) => `element${i}`).join(', ')}];
const elementChecks = elementModules.map((module) => {
  const tag = Object.entries(module).find(([key, value]) => key.endsWith('_TAG') && typeof value === 'string')?.[1] as string;
  const define = Object.entries(module).find(([key]) => /^define\\w+Element$/.test(key))?.[1] as () => boolean;
  const classes = Object.values(module).filter((value) => typeof value === 'function' && (value as { prototype?: unknown }).prototype instanceof HTMLElement);
  return [tag, classes.includes(customElements.get(tag) as never), define()].join(':');
});
const element = document.createElement('tensorscope-scaling-chart');
element.setAttribute('chart', 'parameters');
element.setAttribute('locale', 'ko');
document.body.appendChild(element);
const show = (id: string, text: string) => ((document.getElementById(id) as HTMLElement).textContent = text);
// Both run in the package's module workers: this checks that their URLs survive a bundler.
runProjection('tsne', words, { perplexity: 1.5, iterations: 50 }, { useWorker: true }).then(
  (result) => show('tsne', String(result.coordinates.length)),
  (e: Error) => show('tsne', e.message),
);
loadEmbeddingFile(new Blob(['a 1 2\\nb 3 4\\n']), { name: 'v.txt' }).then(
  (data) => show('parsed', String(data.count)),
  (e: Error) => show('parsed', e.message),
);

createRoot(document.getElementById('root') as HTMLElement).render(
  <>
    <BackendReport options={{ backends: ['cpu'] }} />
    <AttentionHeatmap {...props} />
    <AttentionHeadGrid data={heads} />
    <EmbeddingScatter points={[[0, 0, 0], [1, 1, 1], [1, 0, 1]]} labels={['x', 'y', 'z']} />
    <EmbeddingSpace data={words} runtimeOptions={{ backends: ['cpu'] }} height={240} />
    <p id="tsne" />
    <p id="parsed" />
    <ParameterChart />
    <p id="format">{formatCount(175e9, 'ko')}</p>
    <p id="elements">{elementChecks.join(' ')}</p>
  </>,
);
`,
  );

  await check('npm install of the packed tarballs', async () => {
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);
  });
  await check('published types compile in a strict app', async () => {
    run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  });
  await check('visual packages carry neither tfjs nor three', async () => {
    for (const name of ['attention-heatmap', 'scaling-chart']) {
      const pkg = JSON.parse(await readFile(path.join(app, 'node_modules/@tensorscope', name, 'package.json'), 'utf8'));
      const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
      assert.ok(
        !deps.some((d) => d.startsWith('@tensorflow/') || d === 'three' || d.startsWith('@react-three/')),
        `${name}: ${deps}`,
      );
    }
  });
  await check('each ./element entry is in its tarball and imports in Node, defining nothing there', async () => {
    assert.ok(ELEMENT_PACKAGES.length >= 3, `only ${ELEMENT_PACKAGES.length} packages export ./element`);
    for (const pkg of ELEMENT_PACKAGES) {
      const script = `const m = await import('${pkg.name}/element');
        const defines = Object.keys(m).filter((k) => /^define\\w+Element$/.test(k));
        if (defines.length !== 1) throw new Error('define functions: ' + defines);
        if (m[defines[0]]() !== false) throw new Error('defined something on the server');`;
      run(process.execPath, ['--input-type=module', '-e', script]);
    }
  });
  await check('vite build', async () => {
    run(process.execPath, [path.join(app, 'node_modules/vite/bin/vite.js'), 'build']);
  });
  await check('three.js and tfjs backends stay out of the entry chunk (lazy)', async () => {
    const html = await readFile(path.join(app, 'dist/index.html'), 'utf8');
    const entry = html.match(/src="\/(assets\/index-[^"]+\.js)"/)?.[1];
    assert.ok(entry, 'entry chunk not found');
    const code = await readFile(path.join(app, 'dist', entry), 'utf8');
    assert.ok(!code.includes('WebGLRenderer'), 'three.js WebGLRenderer is in the entry chunk');
    // WGSL that only tfjs-backend-webgpu's shader generator contains.
    assert.ok(!code.includes('setOutputAtIndex'), 'tfjs-backend-webgpu is in the entry chunk');
    const assets = await readdir(path.join(app, 'dist/assets'));
    assert.ok(
      assets.some((f) => f.startsWith('PointsScene')),
      'no lazy PointsScene chunk',
    );
    assert.ok(
      assets.some((f) => f.startsWith('ExplorerScene')),
      'no lazy ExplorerScene chunk',
    );
  });

  const { preview } = await import(path.join(app, 'node_modules/vite/dist/node/index.js'));
  const server = await preview({ root: app, logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const errors = collectPageErrors(page);
    await page.goto(server.resolvedUrls.local[0]);
    await check('tensor-core: BackendReport runs on the cpu backend', async () => {
      await page.getByTestId('backend-name').waitFor({ timeout: 60_000 });
      assert.match(await page.getByTestId('backend-name').innerText(), /CPU/);
    });
    await check('attention-heatmap: AttentionHeatmap and AttentionHeadGrid render', async () => {
      await page.getByRole('grid', { name: 'Attention weights: 2 query tokens × 2 key tokens' }).waitFor();
      await page.getByRole('grid', { name: 'Attention heads: 1 layer × 2 heads' }).waitFor();
    });
    await check('embedding-space: EmbeddingScatter renders a WebGL canvas', async () => {
      await page.locator('.ts-embedding-scatter__view canvas').waitFor({ timeout: 60_000 });
    });
    await check('embedding-space: EmbeddingSpace draws PCA of the vectors (tensor-core, cpu) with labels', async () => {
      await page.locator('[data-testid="embedding-space-canvas"] canvas[data-engine]').waitFor({ timeout: 60_000 });
      await page.getByText(/the shown axes explain/).waitFor({ timeout: 60_000 });
    });
    await check('embedding-space: t-SNE and file parsing run in their bundled workers', async () => {
      await page.waitForFunction(() => document.getElementById('tsne')?.textContent !== '', null, { timeout: 60_000 });
      assert.equal(await page.locator('#tsne').innerText(), '12');
      await page.waitForFunction(() => document.getElementById('parsed')?.textContent !== '', null, {
        timeout: 60_000,
      });
      assert.equal(await page.locator('#parsed').innerText(), '2');
    });
    await check('elements: <tensorscope-scaling-chart> renders the chart in its shadow root, in Korean', async () => {
      await page.locator('tensorscope-scaling-chart svg').first().waitFor({ timeout: 60_000 });
      await page
        .locator('tensorscope-scaling-chart')
        .getByText(/파라미터/)
        .first()
        .waitFor({ timeout: 10_000 });
    });
    await check('every package element is what the registry defined (and defining twice is a no-op)', async () => {
      const text = await page.locator('#elements').innerText();
      const rows = text.split(' ');
      assert.equal(rows.length, ELEMENT_PACKAGES.length, text);
      for (const row of rows) assert.match(row, /^tensorscope-[\w-]+:true:false$/, text);
    });
    await check('scaling-chart: ParameterChart renders its points', async () => {
      assert.ok((await page.locator('.ts-parameter-chart__point').count()) >= 18);
      assert.equal(await page.locator('#format').innerText(), '1,750억');
    });
    await page.waitForTimeout(500);
    await mkdir(path.join(root, 'e2e/test-results'), { recursive: true });
    await page.screenshot({ path: path.join(root, 'e2e/test-results/packed-install.png') });
    await check('no console errors', async () => assert.deepEqual(errors, []));
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
} catch (error) {
  fail(`packed-install setup failed: ${error.message}`);
} finally {
  if (!keep) await rm(app, { recursive: true, force: true });
}
process.exit(summary());
