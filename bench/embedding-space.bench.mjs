// tensorscope's EmbeddingSpace vs scatter-gl 0.0.13, the WebGL renderer of the TensorFlow
// Embedding Projector, in headless Chromium on a production build of bench/embedding-space-page,
// with the real GloVe vectors (scripts/glove.mjs) projected to 3D by tensor-core's PCA:
//   - time to the first frame at 10,000, 100,000 and all 341,479 points;
//   - orbiting (a ~2 s mouse drag by Playwright): main-thread ms per frame (CDP
//     Performance.getMetrics TaskDuration and ScriptDuration deltas ÷ frames counted with rAF)
//     and frames per second;
//   - a neighbour query (k = 100) from a warm resident tensor-core index, label search per
//     keystroke, and the PCA time (the tensor-core bench compares that PCA with ml-pca on every
//     backend).
// BENCH_SIZES=341479 measures only the given sizes; BENCH_POINT_SIZE=2 mounts ours with that pointSize
// (an experiment: the first frame's cost on software WebGL grows with the pixels the points cover).
// scatter-gl needs three 0.125, so it is installed once, on demand, into bench/.cache/scatter-gl
// (git-ignored) and the page's Vite build resolves `scatter-gl` there, where it finds its own
// three; our component uses the repository's three. Needs the built packages (`npm run bench`).
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { ensureGlove } from '../scripts/glove.mjs';

const dir = path.dirname(fileURLToPath(import.meta.url));
const SCATTER_GL = 'scatter-gl@0.0.13';
const THREE_FOR_SCATTER_GL = 'three@0.125.2';
const scatterDir = path.join(dir, '.cache/scatter-gl');
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [10_000, 100_000, 341_479];
const POINT_SIZE = process.env.BENCH_POINT_SIZE ? Number(process.env.BENCH_POINT_SIZE) : undefined;
const ORBIT_MS = 2_000;
const round = (x) => Math.round(x * 10) / 10;

/** Installs scatter-gl with its own three 0.125 into bench/.cache/scatter-gl, once. */
async function ensureScatterGl() {
  const manifest = path.join(scatterDir, 'node_modules/scatter-gl/package.json');
  const installed = existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === '0.0.13';
  if (!installed) {
    console.log(`  installing ${SCATTER_GL} + ${THREE_FOR_SCATTER_GL} into bench/.cache/scatter-gl (once)…`);
    await mkdir(scatterDir, { recursive: true });
    await writeFile(path.join(scatterDir, 'package.json'), '{ "private": true }\n');
    execFileSync(
      'npm',
      [
        'install',
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        SCATTER_GL,
        THREE_FOR_SCATTER_GL,
      ],
      { cwd: scatterDir, stdio: 'inherit' },
    );
  }
  return path.join(scatterDir, 'node_modules/scatter-gl');
}

/** Serves the cached GloVe files at /glove/* from the preview server (not copied into the build). */
function gloveFiles(gloveDir) {
  return {
    name: 'glove-files',
    configurePreviewServer(server) {
      server.middlewares.use('/glove', (req, res, next) => {
        const name = path.basename(req.url ?? '');
        if (name !== 'vectors.f32' && name !== 'words.json') return next();
        res.setHeader('Content-Type', name.endsWith('.json') ? 'application/json' : 'application/octet-stream');
        createReadStream(path.join(gloveDir, name)).pipe(res);
      });
    },
  };
}

const row = (name, ours, peer, extra = {}) => ({
  name,
  backend: 'webgl',
  ours_ms: ours ?? null,
  peer: 'scatter-gl 0.0.13 (Embedding Projector renderer, three 0.125)',
  peer_ms: peer ?? null,
  ratio: ours && peer ? round(peer / ours) : null,
  ...extra,
});

export default async function run() {
  const glove = await ensureGlove();
  const scatterGl = await ensureScatterGl();
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'embedding-space-bench-'));
  const root = path.join(dir, 'embedding-space-page');
  console.log('  building the page…');
  await build({
    root,
    logLevel: 'error',
    publicDir: false,
    plugins: [react()],
    resolve: { alias: { 'scatter-gl': scatterGl } },
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 10_000 },
  });
  const server = await preview({
    root,
    logLevel: 'error',
    publicDir: false,
    plugins: [gloveFiles(glove.dir)],
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--enable-unsafe-swiftshader', '--js-flags=--max-old-space-size=6000'],
  });
  const rows = [];
  const log = (item) => {
    console.log(`  row ${JSON.stringify(item)}`);
    rows.push(item);
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    page.on('console', (m) => m.type() === 'error' && console.error('  page:', m.text()));
    page.on('pageerror', (e) => console.error('  page error:', e.message));
    await page.goto(server.resolvedUrls.local[0]);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready', null, {
      timeout: 60_000,
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    const metrics = async () => {
      const { metrics: list } = await cdp.send('Performance.getMetrics');
      const get = (name) => list.find((m) => m.name === name)?.value ?? 0;
      return { task: get('TaskDuration') * 1000, script: get('ScriptDuration') * 1000 };
    };

    const info = await page.evaluate(() => window.bench.prepare());
    console.log(`  WebGL: ${info.webgl}; PCA ${info.pcaMs} ms; EmbeddingSpace exported: ${info.ours}`);
    log({
      name: `PCA ${info.count.toLocaleString('en')} × 100 GloVe → 3D (the projection this bench draws)`,
      backend: 'wasm',
      ours_ms: info.pcaMs,
      peer: 'see the tensor-core bench (ml-pca, and webgl/webgpu)',
      peer_ms: null,
      ratio: null,
      target_ms: 1000,
      note: `tensor-core pca, 3 components, explained-variance ratios ${info.explained}; one run, cold; the tensor-core bench row "PCA 341,479 × 100 GloVe" compares it with ml-pca on every backend`,
    });
    for (const item of await page.evaluate(() => window.bench.computeRows())) log(item);

    const software = /swiftshader|llvmpipe|software/i.test(info.webgl)
      ? ' (software WebGL: relative numbers only)'
      : '';
    /** Drags the mouse back and forth across `target` for ORBIT_MS; returns per-frame costs. */
    async function orbit(target) {
      const cx = target.x + target.width / 2;
      const cy = target.y + target.height / 2;
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      const before = await metrics();
      await page.evaluate(() => window.bench.startFrames());
      const start = Date.now();
      let step = 0;
      while (Date.now() - start < ORBIT_MS) {
        const phase = (step++ % 50) / 50; // one sweep right and back every 50 moves
        const dx = (phase < 0.5 ? phase * 4 - 1 : 3 - phase * 4) * target.width * 0.3;
        await page.mouse.move(cx + dx, cy + Math.sin(step / 8) * target.height * 0.1);
        await new Promise((resolve) => setTimeout(resolve, 8));
      }
      const counted = await page.evaluate(() => window.bench.stopFrames());
      const after = await metrics();
      await page.mouse.up();
      const frames = Math.max(1, counted.frames);
      return {
        taskPerFrame: round((after.task - before.task) / frames),
        scriptPerFrame: round((after.script - before.script) / frames),
        fps: round((counted.frames * 1000) / counted.ms),
        moves: step,
      };
    }

    // Warm both once (module chunks, shader compilation paths) on the smallest size, untimed.
    for (const renderer of ['scatter-gl', 'ours']) {
      await page.evaluate((args) => window.bench.mount(args), { renderer, n: SIZES[0] });
      await page.evaluate(() => window.bench.unmount());
    }
    for (const n of SIZES) {
      const result = {};
      for (const renderer of ['scatter-gl', 'ours']) {
        await page.evaluate((text) => window.bench.status(text), `${renderer}: ${n} points`);
        const mounted = await page.evaluate((args) => window.bench.mount(args), { renderer, n, pointSize: POINT_SIZE });
        if (mounted.error) {
          result[renderer] = { error: mounted.error };
        } else {
          await page.waitForTimeout(300); // let a deferred second render settle before orbiting
          result[renderer] = {
            firstFrameMs: mounted.firstFrameMs,
            oneRafMs: mounted.oneRafMs,
            ...(await orbit(mounted.target)),
          };
          if (mounted.profile) {
            console.log(
              `  ours, ${n.toLocaleString('en')} points: mount profile (ms after mount start; span = summed duration)`,
            );
            console.table(mounted.profile);
            result[renderer].profile = mounted.profile;
          }
        }
        await page.evaluate(() => window.bench.unmount());
      }
      const ours = result.ours;
      const peer = result['scatter-gl'];
      const label = `${n.toLocaleString('en')} points`;
      const missing = ours.error ? `; ours not measured: ${ours.error}` : '';
      const peerMissing = peer.error ? `; peer not measured: ${peer.error}` : '';
      log(
        row(`${label}: time to first frame`, ours.firstFrameMs, peer.firstFrameMs, {
          target_ms: n <= 100_000 ? 1000 : undefined,
          ours_profile: ours.profile ?? null,
          note: `mount start → the rAF after the frame that carries the first drawing (ours: onFirstFrame, one rAF after the frame whose rAF drew; scatter-gl: new ScatterGL + render(new Dataset(points, metadata)), which draws synchronously, + two rAFs; with one rAF, which stops before its frame is committed, scatter-gl took ${peer.oneRafMs ?? '?'} ms), ${info.webgl}${software}${missing}${peerMissing}`,
        }),
      );
      log(
        row(`${label}: orbit, main-thread ms per frame`, ours.taskPerFrame, peer.taskPerFrame, {
          target_ms: 16,
          ours_fps: ours.fps ?? null,
          peer_fps: peer.fps ?? null,
          ours_script_ms_per_frame: ours.scriptPerFrame ?? null,
          peer_script_ms_per_frame: peer.scriptPerFrame ?? null,
          note: `${ORBIT_MS / 1000} s mouse drag (Playwright); CDP TaskDuration delta ÷ rAF frames; fps ours ${ours.fps ?? '–'} vs peer ${peer.fps ?? '–'}; script ms/frame ours ${ours.scriptPerFrame ?? '–'} vs peer ${peer.scriptPerFrame ?? '–'}${software}${missing}${peerMissing}`,
        }),
      );
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
    await rm(outDir, { recursive: true, force: true });
  }
  return rows;
}
