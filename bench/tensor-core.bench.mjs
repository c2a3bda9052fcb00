// tensor-core vs the peers a JavaScript user would pick, in headless Chromium, on every backend
// the browser offers. Real GloVe data (fetched once on demand, see scripts/glove.mjs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { ensureGlove } from '../scripts/glove.mjs';
import { runPageBench } from './page-runner.mjs';

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
  try {
    return await runPageBench({
      url: server.resolvedUrls.local[0],
      argument: { backends: (process.env.BENCH_BACKENDS ?? 'wasm,webgl,webgpu').split(',') },
      extraArgs: ['--enable-unsafe-webgpu'],
    });
  } finally {
    await server.close();
  }
}
